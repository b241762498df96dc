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

    /// The indexes of the lines that stand in a part about another subject, in a report
    /// with at least one part about this plan; empty for a report on one subject.
    static func otherSubjectLines(_ lines: [Line], part: (Line) -> Part?) -> Set<Int> {
        var headings: [(index: Int, part: Part)] = []
        for (i, line) in lines.enumerated() {
            guard case .body = line.container, let p = part(line) else { continue }
            headings.append((i, p))
        }
        guard headings.contains(where: { $0.part == .plan }), headings.contains(where: { $0.part == .other }) else { return [] }
        var out = Set<Int>()
        for (n, h) in headings.enumerated() where h.part == .other {
            let end = n + 1 < headings.count ? headings[n + 1].index : lines.count
            out.formUnion(h.index..<end)
        }
        return out
    }
}

extension ExtractionRun {
    /// A body line that is a roman-numbered heading of the report ("IV. KẾT QUẢ …"), and what
    /// kind of part it opens.
    func reportPart(_ line: Line) -> ReportParts.Part? {
        guard line.cells.count == 1 else { return nil }
        let text = line.text.trimmed()
        guard text.spaceSeparatedCount <= 40, let dot = text.prefix(6).firstIndex(where: { $0 == "." || $0 == ")" }),
              romanValue(String(text[..<dot])) != nil else { return nil }
        if namesThePlan(text) || titleSpeaksOfPlan(text) { return .plan }
        if sectionHeading(line) != nil { return .section }
        return .other
    }
}
