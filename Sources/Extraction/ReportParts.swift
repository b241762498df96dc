import VietText

// A segmenter piece: the top-level parts of a report that covers several subjects. A ward's
// quarterly report ("I. CÔNG TÁC KHOA HỌC, CÔNG NGHỆ …", "II. CÔNG TÁC CHUYỂN ĐỔI SỐ", "III. …
// VĂN HÓA", "IV. KẾT QUẢ THỰC HIỆN KẾ HOẠCH … CHỈ THỊ SỐ 38-CT/TW") holds this plan's results
// in one part only; the classes, posts and inspections of the other parts belong to other
// programmes and must not be counted under this plan's tasks.

enum ReportParts {
    /// What a roman-numbered heading of the body opens.
    enum Part: Equatable {
        /// A part about this plan: it names the directive or the plan, or its subject.
        case plan
        /// A part of every report ("KẾT QUẢ THỰC HIỆN", "KHÓ KHĂN, VƯỚNG MẮC", "PHƯƠNG HƯỚNG").
        case section
        /// A part about another subject.
        case other
    }

    /// How a part's heading is written: with a part word ("PHẦN B.", "Phần thứ hai:"), a
    /// capital letter ("B. KHÓ KHĂN") or a roman numeral ("IV."). Where a report has headings
    /// with a part word, those are its parts and roman-numbered headings are sections inside
    /// them; so are roman headings under lettered ones ("A. KẾT QUẢ ĐẠT ĐƯỢC" then "I. Tuyên
    /// truyền …", "V. ISO 9001 …", then "B. TỒN TẠI, KHÓ KHĂN"): a roman part ends at the next
    /// lettered heading, and the difficulties after it are the report's.
    enum Level: Equatable { case partWord, letter, roman }

    /// The indexes of the lines that stand in a part about another subject, in a report
    /// with at least one part about this plan; empty for a report on one subject.
    static func otherSubjectLines(_ lines: [Line], part: (Line) -> (level: Level, part: Part, namesPlan: Bool)?) -> Set<Int> {
        var found: [(index: Int, level: Level, part: Part, namesPlan: Bool)] = []
        for (i, line) in lines.enumerated() {
            guard case .body = line.container, let p = part(line) else { continue }
            found.append((i, p.level, p.part, p.namesPlan))
        }
        let firstRoman = found.first(where: { $0.level == .roman })?.index ?? lines.count
        let letters = found.filter { $0.level == .letter }
        let top: Level = found.contains(where: { $0.level == .partWord }) ? .partWord
            : letters.count >= 2 && letters[0].index < firstRoman ? .letter : .roman
        let headings = found.filter { $0.level == top }
        guard headings.contains(where: { $0.part == .plan }), headings.contains(where: { $0.part == .other }) else { return [] }
        // "Phần thứ nhất … Phần thứ ba. NÂNG CAO NĂNG LỰC CÁN BỘ" in a department's report on
        // the plan's subject: its parts are its own chapters. A reply on several letters names
        // the plan (or the directive) in the heading of the part that answers it.
        if top == .partWord, !headings.contains(where: \.namesPlan) { return [] }
        var out = Set<Int>()
        for (n, h) in headings.enumerated() where h.part == .other {
            let end = n + 1 < headings.count ? headings[n + 1].index : lines.count
            out.formUnion(h.index..<end)
        }
        return out
    }
}

extension ExtractionRun {
    /// A body line that is a top-level heading of the report ("IV. KẾT QUẢ …", "PHẦN B. VỀ
    /// CÔNG VĂN SỐ …"), how it is written, and what kind of part it opens.
    func reportPart(_ line: Line) -> (level: ReportParts.Level, part: ReportParts.Part, namesPlan: Bool)? {
        guard line.cells.count == 1 else { return nil }
        let text = line.text.trimmed()
        guard text.spaceSeparatedCount(upTo: 40) <= 40 else { return nil }
        let level: ReportParts.Level
        if opensWithRomanNumber(text) {
            level = .roman
        } else if capitalLetterLabel(text) {
            level = .letter
        } else if partLabel(text) {
            level = .partWord
        } else {
            return nil
        }
        if namesThePlan(text) { return (level, .plan, true) }
        if titleSpeaksOfPlan(text) { return (level, .plan, false) }
        if sectionHeading(line) != nil { return (level, .section, false) }
        // "III. TUYÊN TRUYỀN", "IV. VIỆC KHÁC" beside "I. ĐO LƯỜNG": a field's bare name or the
        // rest of the work, as a commune heads its own few parts, is no other subject.
        if isFieldHeading(line) { return (level, .section, false) }
        return (level, .other, false)
    }

    /// Whether a text opens with one capital letter and its mark, then a space: "B. KHÓ KHĂN",
    /// "C) Kiến nghị" ("B.1." and "Bà …" are no such labels).
    func capitalLetterLabel(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.prefix(3))
        guard s.count == 3, s[0].value >= 0x41, s[0].value <= 0x5A, s[1] == "." || s[1] == ")", s[2] == " " else { return false }
        return true
    }

    /// Whether a text opens with a part word and the part's label: "PHẦN B. …", "Phần II:",
    /// "Phần thứ hai – …", "PART 1". The label is one letter, a number, a roman numeral or,
    /// after "thứ", an ordinal word; then the heading's mark or its end ("phần mềm", "phần
    /// lớn" are no parts).
    func partLabel(_ text: String) -> Bool {
        guard !v.partWords.isEmpty, let f = text.unicodeScalars.first, ScalarClass.isAlphabetic(f) else { return false }
        let words = VietText.fold(String(text.prefix(48))).splitting(onASCII: " ")
        for part in v.partWords.sorted(by: { $0.count > $1.count }) {
            let partWords = part.split(separator: " ")
            guard words.count > partWords.count, Array(words.prefix(partWords.count)) == partWords else { continue }
            var label = words[partWords.count]
            let marks: Set<Character> = [".", ":", ")", "-", ","]
            var marked = false
            while let last = label.last, marks.contains(last) { label = label.dropLast(); marked = true }
            guard !label.isEmpty else { continue }
            let ordinal = part.hasSuffix("thu")
            let isLabel = ordinal ? label.allSatisfy(\.isLetter) && label.count <= 5
                : label.allSatisfy(\.isNumber) || romanValue(String(label)) != nil || (label.count == 1 && label.first!.isLetter)
            guard isLabel else { continue }
            // The label ends the heading's first words: a mark, the line's end, a dash, or a
            // heading in capitals.
            let next = words.count > partWords.count + 1 ? words[partWords.count + 1] : nil
            if marked || next == nil || next == "-" || next == "–" || ScalarClass.isUpperCase(text) { return true }
        }
        return false
    }
}
