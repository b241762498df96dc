import DocumentModel
import Plan
import VietText

/// The report's identity: who sends it, its number and its date.
enum HeaderReader {
    // MARK: Number

    /// "Số: 125/BC-UBND" at the start of a line or cell; "(Kèm theo Báo cáo số 69/BC-TĐC
    /// ngày …)". A number cited in the body ("Kế hoạch số 115/KH-SKHCN") is not the report's.
    /// Plain scanning, no shared Regex: extraction runs on several threads at once.
    static func number(in text: String, dates dv: DateVocabulary = .standard) -> String? {
        // Every document number has a "/" and a digit.
        guard text.utf8.contains(0x2F), text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        for line in text.nonEmptyLines {
            var rest = line.drop(while: { $0 == " " || $0 == "(" || $0 == "\u{00A0}" })
            let lead = VietText.fold(String(rest.prefix(24)))
            // "Số", "Số báo cáo", "Số văn bản", "Số (ký) hiệu", then ":" or "." or nothing.
            for label in numberLabels where lead.hasPrefix(label) {
                let after = lead.dropFirst(label.count)
                if let f = after.first, f.isLetter { continue }
                rest = rest.dropFirst(label.count)
                if let token = numberToken(rest) { return token }
                break
            }
        }
        // "Kèm theo Báo cáo (số) 69/BC-TĐC", "(Đính kèm Công văn số …)", anywhere in the line.
        guard mayBeAnnex(text) else { return nil }
        let words = DateWord.words(text)
        let folded = words.map(\.folded)
        for phrase in dv.annexPhrases {
            var i = 0
            while i + phrase.count <= folded.count {
                defer { i += 1 }
                guard Array(folded[i..<(i + phrase.count)]) == phrase else { continue }
                var k = i + phrase.count
                if k < folded.count, folded[k] == "so" { k += 1 }
                guard k < words.count else { continue }
                if let token = numberToken(Substring(words[k...].prefix(3).map(\.raw).joined(separator: " "))) { return token }
            }
        }
        return nil
    }

    /// A cheap test on bytes before folding: the line may hold "kèm" in some case or spelling.
    static func mayBeAnnex(_ text: String) -> Bool {
        text.containsBytes("èm") || text.containsBytes("ÈM") || text.containsBytes("kem ") || text.containsBytes("Kem ")
            || text.containsBytes("KEM ")
    }

    /// The labels of a document's number, folded, longest first: "Số báo cáo: …", "Số: …".
    static let numberLabels = ["so bao cao", "so van ban", "so ky hieu", "so hieu", "so"]

    /// A folded line that holds the document's number ("so: 125/bc-ubnd", "so 125/bc-ubnd",
    /// "so:", "so bao cao: …") — not a unit name that starts with "Sở" ("so y te").
    static func isNumberLine(_ folded: String) -> Bool {
        guard let label = numberLabels.first(where: { folded.hasPrefix($0) }) else { return false }
        let rest = folded.dropFirst(label.count).drop(while: { $0 == " " })
        guard let f = rest.first else { return true }
        return f == ":" || f == "." || f.isASCIIDigit
    }

    /// The identifier at the start of `text` after ":" or "." and spaces: digits first, a "/"
    /// in it ("125/BC-UBND", "125 /BC-UBND", "12/2026/BC-SYT").
    static func numberToken(_ text: Substring) -> String? {
        var rest = text.drop(while: { $0 == " " || $0 == ":" || $0 == "." || $0 == "\u{00A0}" })
        guard let first = rest.first, first.isASCIIDigit else { return nil }
        var token = ""
        while let c = rest.first, !(c == "," || c == ";" || c == ")" || c.isNewline) {
            if c == " " || c == "\u{00A0}" {
                // One space is allowed on either side of the first "/".
                let next = rest.dropFirst().first
                if token.last == "/" || (next == "/" && !token.utf8.contains(UInt8(ascii: "/"))) { rest = rest.dropFirst(); continue }
                break
            }
            token.append(c)
            rest = rest.dropFirst()
        }
        token = token.trimmed(".,;:")
        guard token.utf8.contains(UInt8(ascii: "/")), let last = token.last, last != "/" else { return nil }
        return VietText.nfc(token)
    }

    // MARK: Date

    /// "Phường An Khánh, ngày 28 tháng 10 năm 2026" → 2026-10-28; a blank day gives nil.
    /// Only a place-and-date line counts (the words before "ngày" end with a comma and name a
    /// place, not a cited document), so dates of plans and letters cited in the body are not
    /// taken for the report's date. "Số: 317/BC-UBND Chợ Quán, 14-11-2026" (number and place
    /// typed on one line) counts too.
    static func placeDate(in text: String, dates dv: DateVocabulary = .standard) -> (date: String?, complete: Bool)? {
        placeDateLine(text, dates: dv).map { ($0.date, $0.complete) }
    }

    /// `placeDate`, and whether the date ends the line (a line that is only the place and date,
    /// as a text box or a line far below the header holds it).
    static func placeDateLine(_ text: String, dates dv: DateVocabulary = .standard) -> (date: String?, complete: Bool, wholeLine: Bool)? {
        // "<place>, ngày …" and "<place>, 28/10/2026": a comma, then (past spaces) "n", "N" or
        // a digit. Checked on bytes first; anything non-ASCII after the comma is let through.
        guard hasCommaBeforeDateWord(text) else { return nil }
        // The place is at most 60 characters: the date starts within the first hundred.
        let words = DateWord.words(text.utf8.count > 220 ? String(text.prefix(140)) : text)
        // "…, ngày …", "…, 28/10/2026", "…, 28 tháng 10 năm 2026".
        guard let at = words.indices.first(where: { i in
            words[i].commaBefore && (words[i].folded == "ngay" || numericDate(words[i].tone) != nil
                || Int(words[i].tone) != nil && i + 1 < words.count && words[i + 1].folded == "thang")
        }) else { return nil }
        var head = words[..<at]
        // A number typed before the place on the same line.
        if let first = head.first, isNumberLine(first.folded) || first.folded == "so",
           let n = head.firstIndex(where: { numberToken(Substring($0.raw)) != nil || $0.raw.contains("/") }) {
            head = head[(n + 1)...]
        }
        guard !head.isEmpty else { return nil }
        let headText = head.map(\.folded).joined(separator: " ")
        // A document number or a cited document's name before the date: not a place.
        guard headText.count <= 60, !head.contains(where: { $0.raw.contains("/") && $0.raw.contains(where: \.isNumber) }),
              !dv.isCited(foldedHead: headText) else { return nil }
        if words[at].folded != "ngay" {
            // "Thủ Đức, 28/10/2026", "Thủ Đức, 28 tháng 10 năm 2026": without "ngày" only a
            // short place, no number in it.
            guard headText.count <= 40, !headText.contains(where: \.isNumber) else { return nil }
            if let d = numericDate(words[at].tone) { return (d, true, at + 1 == words.count) }
        }
        guard let d = readDate(words, from: words[at].folded == "ngay" ? at + 1 : at, vocabulary: dv) else { return nil }
        return (d.date, d.complete, d.end == words.count)
    }

    /// The date right after the number of a line that opens with it, with no place between:
    /// "Số: 402/BC-UBND    ngày 27/10/2026" → 2026-10-27; only a complete date that ends the line.
    static func numberLineDate(_ text: String, dates dv: DateVocabulary = .standard) -> String? {
        let words = DateWord.words(text)
        guard let n = words.prefix(4).firstIndex(where: { $0.raw.contains("/") && $0.raw.contains(where: \.isNumber) }),
              n + 1 < words.count, words[n + 1].folded == "ngay",
              let d = readDate(words, from: n + 2, vocabulary: dv), d.complete, d.end == words.count else { return nil }
        return d.date
    }

    static func hasCommaBeforeDateWord(_ text: String) -> Bool {
        let bytes = text.utf8
        var i = bytes.startIndex
        while let comma = bytes[i...].firstIndex(of: 0x2C) {
            var j = bytes.index(after: comma)
            while j < bytes.endIndex, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] >= 0x80 { j = bytes.index(after: j) }
            if j < bytes.endIndex, bytes[j] == 0x6E || bytes[j] == 0x4E || (bytes[j] >= 0x30 && bytes[j] <= 0x39) { return true }
            i = bytes.index(after: comma)
        }
        return false
    }

    /// The date after "ngày" in a line such as "(Kèm theo Báo cáo số 69/BC-TĐC ngày
    /// 6/11/2026 …)" or "… ngày 06 tháng 11 năm 2026 …".
    static func dateAfterNgay(_ text: String, dates dv: DateVocabulary = .standard) -> String? {
        let words = DateWord.words(text)
        for (i, w) in words.enumerated() where w.folded == "ngay" {
            if let d = readDate(words, from: i + 1, vocabulary: dv)?.date { return d }
        }
        return nil
    }

    /// The date after a label of at most `dv.dayLabelMaxWords` words (vocabulary.yaml
    /// `document_date.day_label_max_words`) opening with "Ngày" and ending in a colon, the rest
    /// of the text being only the date ("Ngày chốt sổ: 14/10/2026").
    static func dayLabelDate(_ text: String, dates dv: DateVocabulary = .standard) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = VietText.words(String(text[..<colon]))
        guard label.first == "ngay", label.count <= dv.dayLabelMaxWords else { return nil }
        let rest = String(text[text.index(after: colon)...]).trimmed()
        return numericDate(rest) ?? wholeDate(rest, dates: dv)
    }

    /// A text that is only a date: "Ngày 10/11/2026", "ngày mười tháng mười một năm 2026",
    /// "10/11/2026".
    static func wholeDate(_ text: String, dates dv: DateVocabulary = .standard) -> String? {
        let words = DateWord.words(text)
        guard let first = words.first else { return nil }
        let start = first.folded == "ngay" ? 1 : 0
        guard let d = readDate(words, from: start, vocabulary: dv), d.end == words.count else { return nil }
        return d.date
    }

    /// A date after one of `labels` (folded words) anywhere in a line: "Số báo cáo: 305/BC-UBND
    /// ⎵⎵ Ngày báo cáo: 29/10/2026", "Cập nhật ngày 26/10/2026 - gửi …"; only a complete date.
    /// `screened: false` reads every text's words (the check that the screen changes nothing).
    static func labelledDate(in text: String, labels: [String], dates dv: DateVocabulary = .standard, screened: Bool = true) -> String? {
        labelledDate(in: text, labelParts: labelParts(labels), dates: dv, screened: screened)
    }

    /// The words of each label, as `labelledDate` compares them: made once for a document's
    /// header lines rather than for each line (splitting the labels was half of a call's cost).
    static func labelParts(_ labels: [String]) -> [[String]] {
        // An ASCII label (the folded labels are) is split on its bytes: its characters are its bytes.
        labels.map { label in
            label.utf8.allSatisfy { $0 < 0x80 } ? label.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                : label.split(separator: " ").map(String.init)
        }
    }

    /// `labelledDate(in:labels:dates:screened:)` with the labels' words made by `labelParts`.
    static func labelledDate(in text: String, labelParts: [[String]], dates dv: DateVocabulary = .standard, screened: Bool = true) -> String? {
        // Splitting the text into date words (each normalized, lower-cased and folded) is what
        // costs here, and most header lines hold no label. A date word's folded form is folded
        // from the text's own letters, so it stands in the folded text: a text whose folded
        // form lacks a word of every label has no labelled date. Exact for every text without
        // a scalar whose case mapping or folding may not be one to one (`holdsASCIILookalike`:
        // "İ", "ß", Greek, letter-like symbols), which is read as before; so is a text for
        // labels with a word that is not ASCII (compared by canonical equivalence below).
        if screened, labelParts.allSatisfy({ $0.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }),
           !FoundationSearchFilter.holdsASCIILookalike(text) {
            let whole = VietText.fold(text)
            guard labelParts.contains(where: { parts in !parts.isEmpty && parts.allSatisfy { whole.containsBytes($0) } }) else { return nil }
        }
        let words = DateWord.words(text)
        guard words.count >= 2 else { return nil }
        let folded = words.map(\.folded)
        for parts in labelParts {
            guard !parts.isEmpty, parts.count < folded.count else { continue }
            for i in 0...(folded.count - parts.count) where folded[i..<(i + parts.count)].elementsEqual(parts) {
                var k = i + parts.count
                if k < folded.count, folded[k] == "ngay", parts.last != "ngay" { k += 1 }
                if let d = readDate(words, from: k, vocabulary: dv), d.complete, let date = d.date { return date }
            }
        }
        return nil
    }

    /// A row of two or three fields side by side: each label (text ending in its colon, short)
    /// before its value.
    static func isFieldRow(_ line: Line) -> Bool {
        let cells = line.cells.filter { !$0.continued }
        guard cells.count >= 4, cells.count <= 6, cells.count % 2 == 0 else { return false }
        return stride(from: 0, to: cells.count, by: 2).allSatisfy { i in
            cells[i].value == nil && cells[i].text.utf8.count <= 40 && cells[i].text.trimmed().hasSuffix(":")
        }
    }

    /// The date a maker's line gives after the maker's name: one of `makers` (folded words),
    /// then within `maxWords` words "ngày" and a complete date ("Người cập nhật: Lê Văn A –
    /// ngày 24/10/2026").
    static func makerDate(in text: String, makers: [String], maxWords: Int, dates dv: DateVocabulary = .standard) -> String? {
        guard !makers.isEmpty else { return nil }
        let whole = VietText.fold(text)
        guard whole.containsBytes("ngay"), makers.contains(where: { whole.containsBytes($0) }) else { return nil }
        let words = DateWord.words(text)
        let folded = words.map(\.folded)
        for maker in makers {
            let parts = maker.split(separator: " ").map(String.init)
            guard !parts.isEmpty, parts.count < folded.count else { continue }
            for i in 0...(folded.count - parts.count) where folded[i..<(i + parts.count)].elementsEqual(parts) {
                let from = i + parts.count
                for k in from..<min(folded.count, from + maxWords) where folded[k] == "ngay" {
                    if let d = readDate(words, from: k + 1, vocabulary: dv), d.complete, let date = d.date { return date }
                }
            }
        }
        return nil
    }

    /// "04/11/2026", "4/11/2026", "04-11-2026", "04.11.2026"; the year also in two digits, as
    /// a hurried note writes it ("29/10/26": this century's).
    static func numericDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { "/-.".contains($0) })
        // "2026-11-05": year first, as software and some spreadsheets write it.
        if parts.count == 3, parts[0].count == 4, parts[2].count <= 2, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
           (1990...2100).contains(y), (1...12).contains(m), (1...PlanDate.daysIn(month: m, year: y)).contains(d) {
            return isoDate(y, m, d)
        }
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2].prefix(4)),
              (1...31).contains(d), (1...12).contains(m) else { return nil }
        if parts[2].count == 2, parts[2].allSatisfy(\.isASCII) { y += 2000 }
        guard (1990...2100).contains(y) else { return nil }
        return isoDate(y, m, d)
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)", dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}

import Foundation

extension ExtractionRun {
    /// The lines of the issuing-body block (left of the Quốc hiệu), without rules and "Số:".
    func issuerBlock() -> (lines: [String], source: String) {
        var block: [String] = []
        var source = ""
        for line in lines.prefix(8) {
            // The block stands above the title: a line that opens with it ("BÁO CÁO KẾT QUẢ …")
            // ends the search, so that a sheet whose header rows are typed in one cell each
            // (no Quốc hiệu cell beside the issuer's) does not take its task table's first
            // rows below the title ("1/ | Giáo dục …", "+ Phối hợp Chi cục TĐC …") for the block.
            if let first = line.cells.first, VietText.fold(String(first.text.prefix(12))).hasPrefix("bao cao") { break }
            // The marks of the header block stand at the start of their cells.
            let folded = VietText.fold(line.cells.map { String($0.text.prefix(50)) }.joined(separator: " | "))
            guard folded.containsBytes("cong hoa") || folded.containsBytes("doc lap") || folded.containsBytes("so:") || !block.isEmpty || line.cells.count >= 2 else { continue }
            guard let left = line.cells.first, line.cells.count >= 2 || !block.isEmpty else { continue }
            for piece in left.text.nonEmptyLines {
                let t = piece.trimmed()
                let f = VietText.fold(t)
                if f.isEmpty || HeaderReader.isNumberLine(f) || t.allSatisfy({ "—-_–=*".contains($0) }) { continue }
                if f.containsBytes("cong hoa") || f.containsBytes("doc lap") { continue }
                // "Kính gửi: …" below the block names the addressee, not the issuer.
                if v.headerVote.skipLines.contains(where: { f.hasPrefix($0) }) { return (block, source) }
                block.append(t)
                if source.isEmpty { source = left.location.description }
            }
            if line.cells.count == 1 { break }
        }
        return (block, source)
    }

    struct HeaderResult {
        var unit: UnitRef?
        var info = DocumentInfo()
        var findings: [Finding] = []
    }

    /// Who sent the report, its number and date, from the issuing-body block, labelled cells,
    /// the place-and-date line, the body's own sentences, the signature, the properties and,
    /// last, the file name. Each source votes with a weight; a tie is a finding, not a guess.
    func header(fileName: String) -> HeaderResult {
        // The places that name the sender and their weights (vocabulary `header_vote`).
        let hv = v.headerVote
        var result = HeaderResult()
        var votes: [String: (name: String, weight: Double, source: String)] = [:]
        // The source is described only when the text names a unit.
        func vote(_ text: String, weight: Double, source: @autoclosure () -> String, lastOnly: Bool = false) {
            // The plan's issuer is named in every report ("Kế hoạch số 115/KH-SKHCN của Sở Khoa
            // học và Công nghệ") and never reports to itself: it gets no vote.
            // A unit introduced as the one who asked or leads ("theo đề nghị của Chi cục …",
            // "(chủ trì: Chi cục TĐC)") is not the sender (`header_vote.other_unit_leads`).
            let named = x.units.mentions(in: text).filter { m in
                let before = VietText.words(String(text[..<m.range.lowerBound].suffix(24))).joined(separator: " ")
                return !hv.otherUnitLeads.contains { before.hasSuffix($0) }
            }
            var ms = named.compactMap(\.unit).filter(\.isReporter)
            if lastOnly, let last = ms.last { ms = [last] }
            var seen = Set<String>()
            for unit in ms where seen.insert(unit.id).inserted {
                let old = votes[unit.id]
                votes[unit.id] = (unit.name, (old?.weight ?? 0) + weight, old?.source ?? source())
            }
        }
        let dv = v.documentDate
        // The date labels' words, made once for every line looked at for a labelled date.
        let dateLabelParts = HeaderReader.labelParts(dv.labels)
        var dateLocked = false
        // The line the date was read from, quoted when the date cannot be the report's.
        var dateLine: String?
        var annexDate: (date: String, source: String, line: String)?
        var lateDate: (date: String, source: String, line: String)?
        var lineInContainer = 0
        var lastContainer: Line.Container?
        // The issuing-body block stands above the title ("BÁO CÁO …"); below it a table cell of
        // several lines is an answer or a list ("1) Đề nghị Chi cục TĐC …"), not the sender.
        var titleSeen = false
        /// The date a cell beside or under a date's label holds: a date cell, a bare serial, or
        /// text written as a date.
        func valueDate(_ c: Line.Cell) -> String? {
            switch c.value {
            case .date(let d)?: return String(d.isoText.prefix(10))
            case .number(let n)?: return HeaderReader.serialDate(n, uses1904: document.usesDateSystem1904)
            default: return HeaderReader.numericDate(c.text) ?? HeaderReader.wholeDate(c.text, dates: dv)
            }
        }
        for (index, line) in lines.enumerated() {
            lineInContainer = line.container == lastContainer ? lineInContainer + 1 : 0
            lastContainer = line.container
            // The header of a sheet is in its first rows; far down a long sheet there is none.
            if case .sheet = line.container, lineInContainer > 60 { continue }
            let head = index < 40
            // A row of more than three cells is data (a task table, a reporting period "Kỳ báo
            // cáo: từ ngày | … | đến ngày | …"), not the header.
            // A row of fields, each label with its colon before its value ("Số văn bản: |
            // 5402/BC-… | Ngày: | 29/10/2026"), is the header however many cells it has.
            if line.cells.count > 3, !HeaderReader.isFieldRow(line) { continue }
            for (ci, cell) in line.cells.enumerated() where !cell.continued {
                let text = cell.text
                // A number or date cell is read from its label's cell; a mark is nothing.
                if cell.value != nil || text.utf8.count < 2 { continue }
                // "Gửi lúc 10:05 ngày 30/10/2026" at the foot of a letter sent as a message.
                if lateDate == nil, !dateLocked, text.utf8.count <= 120, dv.isSentLine(text),
                   let date = HeaderReader.dateAfterNgay(text, dates: dv) {
                    lateDate = (date, cell.location.description, text)
                }
                // The header, the annex line and the closing are short; a long body paragraph
                // below the header names nothing this pass looks for.
                if !head {
                    // A line that is only a place and a date, far below (a text box anchored at
                    // the end, a signature table): the date when the header has none.
                    if lateDate == nil, !dateLocked, text.utf8.count <= 120, HeaderReader.hasCommaBeforeDateWord(text),
                       let d = HeaderReader.placeDateLine(text, dates: dv), d.complete, d.wholeLine, let date = d.date {
                        lateDate = (date, cell.location.description, text)
                    }
                    // Below the header only the annex line ("Kèm theo Báo cáo số …") and the
                    // closing ("Trên đây là báo cáo của …") are read; find them without folding.
                    guard text.utf8.count <= 600,
                          HeaderReader.mayBeAnnex(text) || text.containsBytes("rên đây") || text.containsBytes("RÊN ĐÂY") else { continue }
                }
                // Labels and lead-ins are at the start of a cell, "… báo cáo như sau:" at the end
                // of the opening paragraph: a long text is folded only where they can be.
                let folded = VietText.fold(text.utf8.count > 160 ? String(text.prefix(60)) + " … " + String(text.suffix(60)) : text)
                // The line of an annex that names the report it goes with ("(Kèm theo Báo cáo số
                // 441/BC-UBND ngày 21/10/2026 …)"): its number and date are the report's.
                let annex = HeaderReader.mayBeAnnex(text) && dv.isAnnexLine(folded: folded)
                if result.info.number == nil, head || annex, let n = HeaderReader.number(in: text, dates: dv) {
                    result.info.number = n
                    result.info.numberSource = cell.location.description
                }
                // "Số báo cáo: | 310/BC-UBND" in two cells.
                if result.info.number == nil, head, ["so", "so:", "so bao cao", "so bao cao:", "so van ban:", "so hieu:"].contains(folded),
                   ci + 1 < line.cells.count {
                    let next = line.cells[ci + 1]
                    if next.text.utf8.contains(UInt8(ascii: "/")), next.text.first?.isNumber == true {
                        result.info.number = next.text
                        result.info.numberSource = next.location.description
                    }
                }
                if annexDate == nil, annex, let d = HeaderReader.dateAfterNgay(text, dates: dv) {
                    annexDate = (d, cell.location.description, text)
                }
                if !dateLocked, head || annex {
                    let pieces = text.nonEmptyLines
                    for (k, piece) in pieces.enumerated() {
                        var dated = String(piece)
                        var found = HeaderReader.placeDate(in: dated, dates: dv)
                        // A date line broken over two lines of its cell (a PDF turned into Word:
                        // "Phường X, ngày 25 tháng 10" / "năm 2026").
                        if found?.complete != true, k + 1 < pieces.count,
                           let joined = HeaderReader.placeDate(in: dated + " " + pieces[k + 1], dates: dv), joined.complete {
                            found = joined
                            dated += " " + pieces[k + 1]
                        }
                        guard let d = found else { continue }
                        result.info.date = d.date
                        result.info.dateSource = cell.location.description
                        dateLocked = true
                        dateLine = dated.trimmed()
                        if d.date == nil {
                            result.findings.append(Finding(severity: .warning, code: "date-incomplete",
                                message: "Ngày của báo cáo không ghi đủ ngày, tháng, năm (“\(dated.trimmed())”).",
                                source: cell.location.description))
                        }
                        // The place names the unit for a commune ("Phường An Khánh, ngày …").
                        vote(String(piece.prefix(while: { $0 != "," })), weight: hv.placeDate, source: cell.location.description)
                        break
                    }
                }
                // "Số: 402/BC-UBND    ngày 27/10/2026": the number and its date on one line, no
                // place before the date (a sheet's header typed in one cell).
                if !dateLocked, head, text.utf8.count <= 120, HeaderReader.isNumberLine(folded),
                   let d = HeaderReader.numberLineDate(text, dates: dv) {
                    result.info.date = d
                    result.info.dateSource = cell.location.description
                    dateLocked = true
                    dateLine = text
                }
                // A cell that is only a date: "Ngày 10/11/2026", "Ngày: 25/10/2026", "Ngày mười tháng
                // mười một năm 2026"; or a date after a short label of its own opening with "Ngày"
                // ("Ngày chốt sổ: 14/10/2026").
                if !dateLocked, head, folded.hasPrefix("ngay"), let d = HeaderReader.wholeDate(text, dates: dv) ?? HeaderReader.dayLabelDate(text, dates: dv) {
                    result.info.date = d
                    result.info.dateSource = cell.location.description
                    dateLocked = true
                    dateLine = text
                }
                // A labelled date: "Ngày báo cáo | 12/11/2026" (a date cell, a bare serial, text),
                // "Ngày báo cáo: 12/11/2026".
                // (A software export's key "DOC_DATE" is read as its words, "doc date".)
                if !dateLocked, head, folded == "ngay" || folded == "ngay:" || dv.labels.contains(where: { folded.hasPrefix($0) })
                    || text.utf8.count <= 40 && { let words = VietText.words(text).joined(separator: " "); return dv.labels.contains(where: { words.hasPrefix($0) }) }() {
                    if let next = line.cells.dropFirst(ci + 1).first {
                        result.info.date = valueDate(next)
                        if result.info.date != nil {
                            result.info.dateSource = next.location.description
                            dateLocked = true
                            dateLine = text + " " + next.text
                        }
                    } else if let colon = text.firstIndex(of: ":") {
                        let rest = String(text[text.index(after: colon)...]).trimmed()
                        if let d = HeaderReader.numericDate(rest) ?? HeaderReader.wholeDate(rest, dates: dv) {
                            result.info.date = d; result.info.dateSource = cell.location.description; dateLocked = true
                            dateLine = text
                        }
                    }
                }
                // A labelled date further along a header line ("Số báo cáo: … Ngày báo cáo: …").
                if !dateLocked, head, text.utf8.count <= 200, let d = HeaderReader.labelledDate(in: text, labelParts: dateLabelParts, dates: dv) {
                    result.info.date = d
                    result.info.dateSource = cell.location.description
                    dateLocked = true
                    dateLine = text
                }
                // "Người cập nhật: Lê Văn A – ngày 24/10/2026": the day the sheet's maker set on it.
                if !dateLocked, head, text.utf8.count <= 200,
                   let d = HeaderReader.makerDate(in: text, makers: dv.makerLabels, maxWords: dv.makerMaxWords, dates: dv) {
                    result.info.date = d
                    result.info.dateSource = cell.location.description
                    dateLocked = true
                    dateLine = text
                }
                guard head || annex || folded.hasPrefix("tren day la") else { continue }
                defer { if !titleSeen, ci == 0, v.planSubject.titleWords.contains(where: { folded.hasPrefix($0) }) { titleSeen = true } }
                if hv.skipLines.contains(where: { folded.hasPrefix($0) }) { continue }
                if case .table = line.container, !titleSeen, folded.containsBytes("so:") || text.utf8.contains(0x0A) || ci == 0 && index < 3 {
                    // The issuing-body block: the last unit named is the issuer, the first its parent.
                    vote(String(text.nonEmptyLines.prefix { !HeaderReader.isNumberLine(VietText.fold(String($0))) }.joined(separator: "\n")),
                         weight: hv.issuerBlock, source: cell.location.description, lastOnly: true)
                } else if hv.unitLabels.contains(where: { folded.hasPrefix($0) }) {
                    vote(text, weight: hv.unitLabel, source: cell.location.description, lastOnly: true)
                } else if case .sheet = line.container, index < 4 {
                    vote(text, weight: hv.sheetTop, source: cell.location.description, lastOnly: true)
                } else if hv.reportPhrases.contains(where: { folded.containsBytes($0) }) || hv.closingPhrases.contains(where: { folded.hasPrefix($0) }) {
                    vote(text, weight: hv.reportSentence, source: cell.location.description)
                } else if index < 8, text.utf8.count <= 300, line.cells.count <= 2, text.contains(where: \.isLetter) {
                    // Other short lines near the top (a title "… của UBND phường X"); not the
                    // cells of a data table.
                    vote(text, weight: hv.nearTop, source: cell.location.description)
                }
            }
        }
        // A form's responses exported as a sheet ("Dấu thời gian | … | Tên đơn vị báo cáo (ghi
        // đầy đủ …) | Số văn bản báo cáo | Ngày ký văn bản báo cáo | …" over one row a response):
        // a header cell that is a unit's or a date's label names the field of the cell under it,
        // in the first response row (a row of many cells is otherwise data, not the header).
        for (index, line) in lines.enumerated() where index + 1 < lines.count && line.cells.count > 3 {
            // (The form's header is its sheet's first row.)
            guard case .sheet = line.container, index == 0 || lines[index - 1].container != line.container,
                  case .sheetCell(let sheet, let row, _)? = line.cells.first?.location else { continue }
            let below = lines[index + 1]
            guard below.container == line.container else { continue }
            func under(_ cell: Line.Cell) -> Line.Cell? {
                guard case .sheetCell(_, _, let column) = cell.location else { return nil }
                return below.cells.first { c in
                    if case .sheetCell(sheet, let r, column) = c.location, r > row { return true }
                    return false
                }
            }
            for cell in line.cells where !cell.continued && cell.value == nil {
                let head = String(cell.text.prefix(60))
                let folded = VietText.fold(head)
                guard let value = under(cell) else { continue }
                let words = VietText.words(head).joined(separator: " ")
                if hv.unitLabels.contains(where: { folded.hasPrefix($0) }), value.value == nil, value.text.contains(where: \.isLetter) {
                    vote(value.text, weight: hv.unitLabel, source: value.location.description, lastOnly: true)
                } else if !dateLocked, dv.labels.contains(where: { words.hasPrefix($0) }) {
                    if let date = valueDate(value) {
                        result.info.date = date
                        result.info.dateSource = value.location.description
                        dateLocked = true
                        dateLine = cell.text + " " + value.text
                    }
                }
            }
            break
        }
        // The signature block: "TM. ỦY BAN NHÂN DÂN PHƯỜNG X" among the last lines (what signs
        // is the sender; a report may name itself nowhere else).
        let leads = hv.signatureLeads.map { VietText.words($0) }.filter { !$0.isEmpty }
        let titles = hv.signerTitles.map { VietText.words($0) }.filter { !$0.isEmpty }
        for line in lines.suffix(30) where line.cells.count <= 3 {
            for cell in line.cells where !cell.continued && cell.value == nil {
                let first = VietText.words(String(cell.text.prefix(40)))
                if leads.contains(where: { first.starts(with: $0) }) {
                    vote(cell.text, weight: hv.signature, source: cell.location.description)
                    continue
                }
                // A signer's title before the unit it heads ("TRƯỞNG PHÒNG KIỂM TRA – PHÁP CHẾ",
                // "GIÁM ĐỐC TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM"; `signer_titles`): the unit
                // signs with no "TM."; the title line in capitals, as a signature is typed (a
                // sentence or a list line "- Giám đốc Sở Y tế;" is not), and only that line (not
                // the signer's name under it).
                // (The capitals first: most lines fail there at their second letter, before
                // their words are made.)
                guard let titleLine = cell.text.nonEmptyLines.first.map({ String($0).trimmed() }),
                      titleLine.first?.isLetter == true, ScalarClass.isUpperCase(titleLine),
                      case let titleWords = VietText.words(titleLine),
                      titles.contains(where: { titleWords.starts(with: $0) }) else { continue }
                vote(titleLine, weight: hv.signature, source: cell.location.description)
            }
        }
        // The page header and footer (a Word section's, a sheet's print header): a unit's name,
        // its "Số:" line or the date kept there — the only place some units write them, read
        // after the page's own lines and before the places far below.
        for part in document.furniture where part.role == .header || part.role == .footer {
            for block in part.blocks {
                let text = block.text
                guard text.utf8.count >= 2, text.utf8.count <= 300 else { continue }
                vote(text, weight: hv.pageFurniture, source: part.name)
                if result.info.number == nil, let n = HeaderReader.number(in: text, dates: dv) {
                    result.info.number = n
                    result.info.numberSource = part.name
                }
                if !dateLocked, annexDate == nil, lateDate == nil {
                    for piece in text.nonEmptyLines {
                        guard let d = HeaderReader.placeDate(in: String(piece), dates: dv).flatMap({ $0.complete ? $0.date : nil })
                                ?? (VietText.fold(String(piece)).hasPrefix("ngay ") ? HeaderReader.wholeDate(String(piece), dates: dv) : nil)
                        else { continue }
                        result.info.date = d
                        result.info.dateSource = part.name
                        dateLocked = true
                        dateLine = String(piece)
                        break
                    }
                }
            }
        }
        // The issuing-body block read as a whole: "VĂN PHÒNG" under "ỦY BAN NHÂN DÂN THÀNH PHỐ"
        // names the office of the city's committee, the child first, then its parent.
        if !votes.values.contains(where: { $0.weight >= hv.issuerBlock }), case let block = issuerBlock(), !block.lines.isEmpty {
            // "VĂN PHÒNG SỞ" under "SỞ KHOA HỌC VÀ CÔNG NGHỆ": the child's last word is the
            // parent's first ("Văn phòng Sở" is that Sở's office), said once.
            var composite = ""
            // A line that only says where the parent is ("TP. HỒ CHÍ MINH") stands between
            // the child and its parent: it is left out of the composite.
            for piece in block.lines.reversed() where !hv.placeLines.contains(VietText.words(piece).joined(separator: " ")) {
                if let last = VietText.words(composite).last, last == VietText.words(piece).first,
                   let space = composite.lastIndex(of: " ") {
                    composite = String(composite[..<space])
                }
                composite += composite.isEmpty ? piece : " " + piece
            }
            vote(composite, weight: hv.issuerBlock, source: block.source, lastOnly: false)
        }
        if let title = document.properties.title { vote(title, weight: hv.propertiesTitle, source: "docProps/core.xml") }
        vote(fileName, weight: hv.fileName, source: "tên tệp")
        // File names often carry the unit's code ("25975_BC_CT38_2026.docx", "SO-YT_BC_….docx").
        let nameTokens = Set(fileName.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map { $0.uppercased() })
        for token in nameTokens {
            guard let unit = x.unitsByUpperID[token] else { continue }
            let old = votes[unit.id]
            votes[unit.id] = (unit.name, (old?.weight ?? 0) + hv.fileName, old?.source ?? "tên tệp")
        }
        // Ties broken by the unit's id so that the same file always gives the same message.
        let ranked = votes.sorted {
            $0.value.weight != $1.value.weight ? $0.value.weight > $1.value.weight : "\($0.key)" < "\($1.key)"
        }
        if let top = ranked.first {
            let second = ranked.dropFirst().first?.value.weight ?? 0
            if top.value.weight >= hv.accept, top.value.weight >= second * hv.ratio {
                result.unit = UnitRef(id: top.key, name: top.value.name, source: top.value.source)
            } else {
                let names = ranked.prefix(3).map(\.value.name).joined(separator: ", ")
                result.findings.append(Finding(severity: .error, code: "unit-ambiguous",
                    message: "Không xác định chắc chắn đơn vị báo cáo: có thể là \(names). Đề nghị kiểm tra và chỉ định đơn vị."))
            }
        } else {
            result.findings.append(Finding(severity: .error, code: "unit-unresolved",
                message: "Không xác định được đơn vị báo cáo từ phần đầu văn bản, chữ ký, thuộc tính hay tên tệp."))
        }
        if !dateLocked, let other = annexDate ?? lateDate {
            result.info.date = other.date
            result.info.dateSource = other.source
            dateLine = other.line
            dateLocked = true
        }
        // A date the report cannot bear (before the plan, or years after it: last year's
        // template, a typo) is not taken: timeliness then counts from the day the file came.
        if let iso = result.info.date, let range = x.reportDates, let d = PlanDate(iso: iso), !range.contains(d) {
            if let annex = annexDate, let a = PlanDate(iso: annex.date), range.contains(a) {
                result.info.date = annex.date
                result.info.dateSource = annex.source
            } else {
                result.findings.append(Finding(severity: .warning, code: "date-implausible",
                    message: "Ngày ghi trên báo cáo (“\((dateLine ?? iso).trimmed())”) nằm ngoài thời gian thực hiện Kế hoạch (từ \(range.lowerBound.displayText) đến \(range.upperBound.displayText)), có thể còn sót từ mẫu cũ; ngày báo cáo để trống, thời hạn được tính theo ngày nhận tệp.",
                    source: result.info.dateSource))
                result.info.date = nil
                result.info.dateSource = nil
            }
        }
        if result.info.date == nil, !result.findings.contains(where: { $0.code == "date-incomplete" || $0.code == "date-implausible" }) {
            result.findings.append(Finding(severity: .warning, code: "date-missing", message: "Không tìm thấy ngày của báo cáo."))
        }
        return result
    }
}
