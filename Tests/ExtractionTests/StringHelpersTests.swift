import Testing
import Foundation
import VietText
@testable import Extraction

/// Extraction's own `String.prefix(_:)` (a cut found on the bytes when characters are
/// scalars) gives what the standard library's gives, character for character, on text where
/// characters are scalars and on text where they are not.
@Suite struct StringPrefixTests {
    static let texts = [
        "", "a", "Báo cáo kết quả thực hiện Chỉ thị 38 – năm 2026", "UBND phường Sài Gòn: 12 lớp; 1.250 lượt người",
        // Decomposed diacritics: a combining mark joins the letter before it.
        "Ba\u{301}o ca\u{301}o nhie\u{302}\u{323}m vu\u{323}",
        // CR LF is one character; LF alone and tabs are not joined.
        "dòng một\r\ndòng hai\nba\tbốn\r",
        // Emoji with joiners and skin tones, regional indicators, Hangul syllables by jamo.
        "Đạt 👍🏽 và 👨‍👩‍👧 🇻🇳🇻🇳 \u{1100}\u{1161}\u{11A8} xong",
        // A zero-width joiner and a soft hyphen between letters; punctuation of the General Punctuation block.
        "ti\u{200D}ếp\u{00AD}tục … “đạt” ‼ — xong",
    ]

    @Test(arguments: texts)
    func cutsWhereTheStandardLibraryCuts(_ text: String) {
        let characters = text.count
        for n in 0...(characters + 2) {
            let ours: Substring = text.prefix(n)
            let standard: Substring = text[...].prefix(n)
            #expect(Array(ours.unicodeScalars) == Array(standard.unicodeScalars), "prefix(\(n)) of \(text.debugDescription)")
        }
    }
}

/// `FoundationSearchFilter` spares Foundation's case-insensitive searches that cannot find
/// anything: it may say "maybe" too often, never "no" where Foundation finds the needle, from
/// any start. Checked against Foundation itself on texts with composed and decomposed
/// letters, characters that fold or decompose into ASCII (the Kelvin sign, long s, sharp s,
/// the "ﬁ" ligature, the Greek question mark), CR LF and needles in both cases.
@Suite struct FoundationSearchFilterTests {
    static let texts = [
        "", "abc", "Ký hiệu: X = Đã xong; O = Đang làm", "KÝ HIỆU: x=đã xong, o=đang làm",
        "Mã 1 - Hoàn thành; 2 - Đang thực hiện; 3 – Chưa", "Ba\u{301}o ca\u{301}o e\u{301} A\u{300}",
        "\u{212A}elvin và \u{017F}ố và Stra\u{00DF}e và \u{FB01}le và a\u{037E} b", "dòng một\r\ndòng hai: OK\r\n",
        "≠ và = và a=\u{0338}b", "TIP ip N/A n/a", "Ấn định: A, Ă, Â",
    ]
    static let needles = ["a", "A", "x", "ok", "K", "k", "s", "S", "ss", "fi", "F", ";", "=", ":", "1", "3", "N/A", "IP", "e", "\r", "●", "Đ"]

    @Test(arguments: texts)
    func neverRulesOutWhatFoundationFinds(_ text: String) {
        let filter = FoundationSearchFilter(text)
        for needle in Self.needles {
            var from = text.startIndex
            // Every start Foundation's own loop would use: after each match, and every character.
            var starts = [text.startIndex]
            while from < text.endIndex { from = text.index(after: from); starts.append(from) }
            for start in starts {
                let found = text.range(of: needle, options: [.caseInsensitive], range: start..<text.endIndex) != nil
                let offset = text.utf8.distance(from: text.startIndex, to: start)
                if found {
                    #expect(filter.mayFind(needle, fromByte: offset), "\(needle.debugDescription) in \(text.debugDescription) from \(offset)")
                }
            }
            if text.contains(needle) { #expect(filter.mayFind(needle)) }
            if needle.utf8.count == 1, let b = needle.utf8.first, !needle.first!.isLetter, text.contains(needle) {
                #expect(FoundationSearchFilter.mayContain(b, in: text), "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test func rulesOutPlainTextWithoutTheNeedle() {
        let filter = FoundationSearchFilter("Hoàn thành: 12 lớp tập huấn")
        #expect(!filter.mayFind("x"))
        #expect(!filter.mayFind("IP"))
        #expect(filter.mayFind("HOÀN") && filter.mayFind("hoàn"))  // not ASCII: left to Foundation
        #expect(filter.mayFind("LỚP"))
        #expect(!filter.mayFind("12", fromByte: 20))
        #expect(!FoundationSearchFilter.mayContain(UInt8(ascii: "="), in: "Hoàn thành: 12 lớp"))
        // A Kelvin sign folds to "k": the text is handed to Foundation whatever the needle.
        #expect(FoundationSearchFilter("\u{212A}").mayFind("k"))
    }

    @Test(arguments: StringPrefixTests.texts + ["●", "ĐẠT", "a\u{301}\u{302}b"])
    func characterBoundIsTheCount(_ text: String) {
        for n in -1...(text.count + 2) {
            #expect(text.hasAtMostCharacters(n) == (text.count <= n), "\(n) of \(text.debugDescription)")
        }
    }
}

/// The byte decoder of `FoundationSearchFilter` finds the same scalars as the standard
/// library's scalar view, and `hasAtMostWords` counts as `split(separator: " ")` does.
@Suite struct ByteScanTests {
    @Test(arguments: FoundationSearchFilterTests.texts + StringPrefixTests.texts + ["\u{1E9E}", "ẞ và ạ", "\u{1F600}\u{FB06}", "\u{10FFFF}x"])
    func lookalikesAsTheScalarView(_ text: String) {
        #expect(FoundationSearchFilter.holdsASCIILookalike(text) == text.unicodeScalars.contains(where: FoundationSearchFilter.mayCompareAsASCII))
    }

    @Test(arguments: StringPrefixTests.texts + ["", " ", "  a  b ", "a \u{301}b c", "Khó khăn vướng mắc", "1 2 3 4 5"])
    func wordBoundIsTheSplitCount(_ text: String) {
        for n in 0...6 { #expect(text.hasAtMostWords(n) == (text.split(separator: " ").count <= n), "\(n) of \(text.debugDescription)") }
    }

    @Test(arguments: StringPrefixTests.texts + ["", " ", "  a  b ", "a \u{301}b c", "\t\u{00A0} \n", "\u{2003}x", "Khó khăn vướng mắc", "1 2 3 4 5"])
    func boundedSpaceCountAndBlankAsTheirDefinitions(_ text: String) {
        let count = text.utf8.split(separator: 0x20).count
        #expect(text.spaceSeparatedCount == count)
        for n in 0...6 { #expect((text.spaceSeparatedCount(upTo: n) <= n) == (count <= n), "\(n) of \(text.debugDescription)") }
        #expect(text.isBlank == text.trimmed().isEmpty)
    }

    /// The native trim is Foundation's `trimmingCharacters(in: .whitespaces)`, scalar for scalar:
    /// ASCII and non-ASCII white space (no-break, em and ideographic spaces, the zero-width
    /// space), line breaks (not in the set), combining marks after a space, emoji at the ends.
    @Test(arguments: StringPrefixTests.texts + ["", " ", "\t", " \t a b \t ", "\u{00A0}x\u{00A0}", "\u{2003}Đạt\u{3000}", "\u{200B}a\u{200B}",
                                                "\u{202F}\u{205F}\u{1680}c\u{2009}", "\nA - Đã xong\n", "\r\n", " \u{301}x ", "😀 x 😀", " \u{FEFF}y\u{85} "])
    func trimAsFoundationWhitespaces(_ text: String) {
        let foundation = text.trimmingCharacters(in: .whitespaces)
        #expect(Array(text.trimmedAsFoundationWhitespaces().unicodeScalars) == Array(foundation.unicodeScalars), "\(text.debugDescription)")
        let inner = text.dropFirst()
        #expect(Array(inner.trimmedAsFoundationWhitespaces().unicodeScalars) == Array(inner.trimmingCharacters(in: .whitespaces).unicodeScalars))
    }

    /// The colon ending a heading's title, found on the bytes, is the one the scalar walk finds.
    @Test(arguments: StringPrefixTests.texts + ["Kết quả: đạt", "ISO 9001:2015 và lúc 8:30: họp", "٣:٤ rồi: xong", "Số ²:³ còn: a", ":", "a:", ":1", "1:", "Phần 1:2:3 hết"])
    func headingColonOnBytesIsTheScalarWalk(_ text: String) {
        let s = text.unicodeScalars
        var i = s.startIndex, previous: Unicode.Scalar?, expected: String.Index?
        while i < s.endIndex {
            if s[i] == ":" {
                let next = s.index(after: i)
                let digitAfter = next < s.endIndex && ScalarClass.isNumeric(s[next])
                if !((previous.map(ScalarClass.isNumeric) ?? false) && digitAfter) { expected = i; break }
            }
            previous = s[i]
            i = s.index(after: i)
        }
        let found = ExtractionRun.headingColon(in: text)
        #expect(found.map { text.utf8.distance(from: text.startIndex, to: $0) } == expected.map { text.utf8.distance(from: text.startIndex, to: $0) })
    }
}

/// The searches answered on UTF-8 bytes when their answer is certain give what Foundation or
/// the standard library gives, on texts where characters are scalars and on texts where they
/// are not (combining marks after the match, CR LF, the Kelvin sign, the Greek question mark,
/// "≠", joiners, emoji).
@Suite struct ByteSearchTests {
    static let texts = FoundationSearchFilterTests.texts + StringPrefixTests.texts + [
        "Nội dung: kết quả – đạt", "a:\u{301} rồi: b", ":\u{301}", "x/\u{200D}y/z", "\u{0600}:a:",
        "Phòng Kiểm tra — Pháp chế — xong", "a —\u{301} b — c", "Mã X – đạt; x – chưa", "ix\u{301}x", "X\u{200D}",
    ]

    /// `firstIndexAndOffset(ofASCII:)` is `firstIndex(of:)` with the character distance to it.
    @Test(arguments: texts)
    func firstASCIICharacterAsTheStandardLibrary(_ text: String) {
        for c: Character in [":", "/", ";", "=", "\n", "x", "\r"] {
            let ours = text.firstIndexAndOffset(ofASCII: c)
            let standard = text.firstIndex(of: c)
            #expect(ours?.index == standard, "\(c.debugDescription) in \(text.debugDescription)")
            #expect(ours?.offset == standard.map { text.distance(from: text.startIndex, to: $0) }, "\(c.debugDescription) in \(text.debugDescription)")
        }
    }

    /// `mayHoldNewline` is false only for a text none of whose characters is a newline (then
    /// `cellLines` keeps it whole), and `containsByte` is `utf8.contains`.
    @Test(arguments: texts + ["a\u{85}b", "a\u{2028}b", "a\u{2029}b", "a\u{0B}b", "a\u{0C}b", "\u{2027}\u{202A}x", "a\r"])
    func newlineBytesAsTheStandardLibrary(_ text: String) {
        if text.contains(where: \.isNewline) { #expect(text.mayHoldNewline, "\(text.debugDescription)") }
        if !text.mayHoldNewline {
            #expect(text.split(whereSeparator: \.isNewline).map(String.init) == (text.isEmpty ? [] : [text]), "\(text.debugDescription)")
        }
        for b: UInt8 in [0x0A, 0x3A, 0x2F, 0xE2] { #expect(text.containsByte(b) == text.utf8.contains(b), "\(b) in \(text.debugDescription)") }
    }

    /// `String.firstIndex(ofASCII:in:)` is `firstIndex(of:)` on a part of a text, from every
    /// character boundary to the end.
    @Test(arguments: texts)
    func firstASCIICharacterInAPartAsTheStandardLibrary(_ text: String) {
        var starts = [text.startIndex]
        var from = text.startIndex
        while from < text.endIndex { from = text.index(after: from); starts.append(from) }
        for start in starts {
            let part = text[start...]
            for c: Character in [":", "/", ";", "=", "\n", "x", "\r"] {
                #expect(String.firstIndex(ofASCII: c, in: part) == part.firstIndex(of: c), "\(c.debugDescription) in \(part.debugDescription)")
            }
        }
    }

    /// `caseInsensitiveRange(of:in:from:)` is Foundation's case-insensitive search, from every start.
    @Test(arguments: texts)
    func caseInsensitiveRangeAsFoundation(_ text: String) {
        let filter = FoundationSearchFilter(text)
        for needle in FoundationSearchFilterTests.needles + ["X", "x", "— ", "a:"] {
            var starts = [text.startIndex]
            var from = text.startIndex
            while from < text.endIndex { from = text.index(after: from); starts.append(from) }
            for start in starts {
                let ours = filter.caseInsensitiveRange(of: needle, in: text, from: start)
                let foundation = text.range(of: needle, options: [.caseInsensitive], range: start..<text.endIndex)
                #expect(ours == foundation, "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    /// `mayFindExactly` never rules out what Foundation's plain search finds, and rules out
    /// a mark that is not there.
    @Test(arguments: texts)
    func exactSearchNeverRuledOutWrongly(_ text: String) {
        for needle in [" – ", " — ", ";", "\u{037E}", " = ", "=", ":", "…", "“", "a", " "] where text.range(of: needle) != nil {
            #expect(FoundationSearchFilter.mayFindExactly(needle, in: text), "\(needle.debugDescription) in \(text.debugDescription)")
        }
        #expect(!FoundationSearchFilter.mayFindExactly(" — ", in: "Phòng Kiểm tra – Pháp chế"))
        #expect(FoundationSearchFilter.mayFindExactly(";", in: "a\u{037E} b"))
    }

    /// Folding and word splitting on UTF-8 bytes give what they gave scalar by scalar: the
    /// words are the folded text split on everything but letters and digits.
    @Test(arguments: texts + ["Sở KH&CN", "ĐẠT 100%", "Ba\u{301}o Ca\u{301}O", "ǅ \u{FB01} ß 🇻🇳", "a\u{00AD}b c\u{200B}d", "\u{2003}x\u{3000}y "])
    func foldAndWordsOnBytes(_ text: String) {
        var expected = ""
        var pendingSpace = false
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.generalCategory == .nonspacingMark || [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD].contains(s.value) { continue }
            if s.properties.isWhitespace || s.value == 0xA0 { pendingSpace = !expected.isEmpty; continue }
            if pendingSpace { expected += " "; pendingSpace = false }
            expected += s == "đ" || s == "Đ" ? "d" : String(s).lowercased()
        }
        let folded = VietText.fold(text)
        // Only where the simple model above holds (ASCII and Vietnamese letters, spaces).
        if text.unicodeScalars.allSatisfy({ $0.value < 0x2000 || $0.properties.isWhitespace }) && !text.contains("ß") && !text.contains("ǅ") {
            #expect(folded == expected.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-"), "\(text.debugDescription)")
        }
        let words = folded.unicodeScalars.split { !ScalarClass.isWordCharacter($0) }.map { String(String.UnicodeScalarView($0)) }
        #expect(VietText.words(text) == words, "\(text.debugDescription)")
    }
}

extension ByteSearchTests {
    /// `foundationContains` is Foundation's `contains` of a one-character string.
    @Test(arguments: texts + ["a;\u{301}b", "\u{037E}", "x\u{0600};", "8:30", "≠"])
    func containsAsFoundation(_ text: String) {
        for c: Character in [";", ":", "=", "/", "\n"] {
            #expect(FoundationSearchFilter.foundationContains(c, in: text) == (text.range(of: String(c)) != nil), "\(c.debugDescription) in \(text.debugDescription)")
        }
        // `foundationContainsAny` (one scan for look-alikes) is the same question for a list;
        // `mayContain(a, or: b)` is the two filters' answer together.
        for cs: [Character] in [[";", "|"], ["|", ";"], [":"], [], ["a", ";"], ["\n", "="]] {
            #expect(FoundationSearchFilter.foundationContainsAny(cs, in: text) == cs.contains { text.range(of: String($0)) != nil },
                    "\(cs) in \(text.debugDescription)")
        }
        for (a, b) in [(UInt8(ascii: ":"), UInt8(ascii: "=")), (UInt8(ascii: ";"), UInt8(ascii: "|"))] {
            #expect(FoundationSearchFilter.mayContain(a, or: b, in: text)
                    == (FoundationSearchFilter.mayContain(a, in: text) || FoundationSearchFilter.mayContain(b, in: text)), "\(text.debugDescription)")
        }
    }
}

extension ByteSearchTests {
    /// `mayFindPlain` never rules out what Foundation's plain search finds (canonical
    /// equivalents such as "≠" for "=" and the Greek question mark for ";", decomposed
    /// letters, joiners, CR LF), and rules out marks absent from plain Latin text.
    @Test(arguments: texts + ["a≠b", "\u{037E}", "x =\u{338} y", "Ô\u{301} – x", "r\r\nx", "Ｘ＝１", "A\u{2011}B", "ǅ-", "8:30", "“a” – b…",
                          "a ↛ b", "x →\u{338} y", "a\u{0387} b", "KV1: 2 · KV2: 0 ⇒ 2", "a ⇏ b – c", "Đạt → xong"])
    func plainSearchNeverRuledOutWrongly(_ text: String) {
        for needle in ["-", "–", "—", "=", ":", ";", "<", " - ", "\n", "…", "“", "a", "Đ", "", "→", "⇒", "·", "=>"] {
            let whole = text[...]
            if text.range(of: needle) != nil {
                #expect(FoundationSearchFilter.mayFindPlain(needle, in: whole), "\(needle.debugDescription) in \(text.debugDescription)")
            }
            if let cut = text.firstIndex(of: " ") {
                let tail = text[text.index(after: cut)...]
                if tail.range(of: needle) != nil {
                    #expect(FoundationSearchFilter.mayFindPlain(needle, in: tail), "\(needle.debugDescription) in \(tail.debugDescription)")
                }
            }
        }
        #expect(!FoundationSearchFilter.mayFindPlain("=", in: "Đã hoàn thành; Chưa thực hiện – “xong”"[...]))
        #expect(!FoundationSearchFilter.mayFindPlain("—", in: "Phòng Kiểm tra – Pháp chế"[...]))
        #expect(FoundationSearchFilter.mayFindPlain("=", in: "a ≠ b"[...]))
        #expect(FoundationSearchFilter.mayFindPlain(";", in: "a\u{037E} b"[...]))
        #expect(FoundationSearchFilter.mayFindPlain("x", in: "abc"[...]))
        // The middle dot and the arrows without a decomposition (speed35), as needles and in the text.
        #expect(!FoundationSearchFilter.mayFindPlain("—", in: "KV1: 2 · KV2: 0 ⇒ 2"[...]))
        #expect(!FoundationSearchFilter.mayFindPlain("·", in: "Đạt → xong"[...]))
        #expect(FoundationSearchFilter.mayFindPlain("·", in: "a\u{0387} b"[...]))
        #expect(FoundationSearchFilter.mayFindPlain("→", in: "a ↛ b"[...]))
    }
}

extension ByteSearchTests {
    /// `hasLetters(_:moreThan:)` counts what `Character.isLetter` counts, on the bytes or not.
    @Test(arguments: texts + ["a\u{301}b\u{301}c", "1\u{301}2", "ab", "Ⅻ và ʻ", "😀a😀b", "a\u{0345}"])
    func lettersAsCharacters(_ text: String) {
        let letters = text.filter(\.isLetter).count
        for n in 0...4 { #expect(ExtractionRun.hasLetters(text, moreThan: n) == (letters > n), "\(n) of \(text.debugDescription)") }
    }
}

/// Speed20's shortcuts give exactly what the slower reading gives: a legend's parts split on
/// the bytes are the standard library's character split, and a labelled date screened by the
/// folded text's words is the one the full word reading finds (on texts where characters are
/// scalars and where they are not: combining marks after a separator, CR LF, a prepended
/// mark, the Greek question mark that is canonically ";", the Kelvin sign, "İ").
@Suite struct Speed20ShortcutTests {
    static let texts = StringPrefixTests.texts + ByteSearchTests.texts + [
        "A - Đã hoàn thành; B - Đang thực hiện|C – Chưa", "HT: hoàn thành;;TTH: tiếp tục\n\nK: không", ";", "\n", "|;\n",
        "a;\u{301}b; c\u{0600};d", "x\r\ny\rz\n", "đạt;\u{200D}b|\u{200C}c", "Mã\u{037E} OK; X", "“HT”;‘B’—c;…d", "a ;b\u{2028};c",
        "Ngày báo cáo: 12/11/2026", "Số: 12/BC-UBND   Ngày lập biểu: 05/11/2026", "NGÀY BÁO CÁO 4 tháng 11 năm 2026",
        "Cập nhật ngày 26/10/2026 - gửi Sở", "ngày gửi: 3/11/2026", "NGA\u{300}Y BA\u{301}O CA\u{301}O 1/11/2026",
        "İngay bao cao 1/11/2026", "\u{212A}ngày ký: 2/11/2026", "Ngày\u{00A0}ký (ngày 7/11/2026)", "báo cáo ngày; 9/11/2026",
    ]

    @Test(arguments: texts)
    func legendPartsAreTheCharacterSplit(_ text: String) {
        for separators in [[";"], [";", "|"], ["|", "\t"], [";", "\u{037E}"], ["\r"], ["–"]] as [[Character]] {
            let expected = text.split(whereSeparator: { separators.contains($0) || $0 == "\n" })
            let parts = ExtractionRun.legendParts(text, separators: separators)
            #expect(parts.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(text.debugDescription) \(separators)")
            #expect(parts.map { $0.startIndex } == expected.map { $0.startIndex })
        }
    }

    @Test(arguments: texts)
    func screenedLabelledDateIsTheFullReading(_ text: String) {
        let labels = DateVocabulary.standard.labels
        for set in [labels, ["bao cao"], ["cap nhat ngay"], ["ngay"]] {
            #expect(HeaderReader.labelledDate(in: text, labels: set) == HeaderReader.labelledDate(in: text, labels: set, screened: false),
                    "\(text.debugDescription) \(set)")
        }
    }
}
