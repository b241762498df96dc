import Consolidation
import Foundation
import OOXML
import Plan
import VietText

/// A reminder letter (công văn đôn đốc) to the units whose report is missing or could not be
/// read, in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I, mẫu 1.5 — công văn): the header
/// block of the consolidated report, the number with "V/v …" under it, "Kính gửi:", the
/// body, the list of units with what is asked of each, the signature block and "Nơi nhận:".
/// Built from the report's own WordprocessingML pieces, so the two documents look alike.
public struct ReminderLetterWriter: Sendable {
    /// One unit the letter asks for a report.
    public struct Addressee: Sendable, Equatable {
        public var unitName: String
        /// Why: "chưa gửi báo cáo", or what was wrong with the file the unit sent.
        public var reason: String
        /// The unit sent a file that could not be read (rather than nothing).
        public var unreadable: Bool
        public var phone: String?
        public var email: String?
        public init(unitName: String, reason: String, unreadable: Bool = false, phone: String? = nil, email: String? = nil) {
            self.unitName = unitName; self.reason = reason; self.unreadable = unreadable; self.phone = phone; self.email = email
        }
    }

    /// The letter's wording that is not in the report header (the pipeline's reminder.yaml).
    public struct Wording: Sendable, Equatable {
        /// "Số: …/SKHCN-TĐC".
        public var numberLine: String
        /// "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch …".
        public var subject: String
        /// Days after the letter's date by which units are asked to send.
        public var replyWithinDays: Int
        /// Where reports go ("Chi cục Tiêu chuẩn Đo lường Chất lượng, …").
        public var sendTo: String
        /// "Nơi nhận:" lines after "Như trên;".
        public var copies: [String]
        /// Above this many units, "Kính gửi" names the list instead of each unit.
        public var namedAddresseesAtMost: Int
        /// Every sentence and label of the letter (reminder.yaml's `texts`), with "{name}"
        /// placeholders: the letter's wording is the pipeline's, like the report's.
        public var texts: [String: String]
        /// The keys `texts` must hold, each used by the letter.
        public static let textKeys = ["fileName", "reasonMissing", "reasonUnreadable", "addressedOne", "addressedLabel",
                                      "addressedByList", "opening", "due", "situationMissing", "situationUnreadable",
                                      "situationBoth", "byList", "request", "closing", "copiesLabel", "copiesFirst",
                                      "listTitle", "listSubtitle", "columnNumber", "columnUnit", "columnState", "columnContact"]
        public init(numberLine: String, subject: String, replyWithinDays: Int, sendTo: String, copies: [String],
                    namedAddresseesAtMost: Int, texts: [String: String]) {
            self.numberLine = numberLine; self.subject = subject; self.replyWithinDays = replyWithinDays
            self.sendTo = sendTo; self.copies = copies; self.namedAddresseesAtMost = namedAddresseesAtMost
            self.texts = texts
        }
        /// The text under `key` with each "{name}" replaced by its value.
        public func text(_ key: String, _ values: [String: String] = [:]) -> String {
            ReportWording.fillKnown(texts[key] ?? key, values)
        }
    }

    public init() {}

    /// The letter as DOCX bytes. `header` renders the consolidated report's header (issuer,
    /// signer, plan) with the pipeline's wording.
    public func data(header h: VietnameseRenderer, wording w: Wording, asOf: PlanDate, deadlines: [PlanDate],
                     addressees: [Addressee]) throws -> Data {
        let report = DocxReportWriter()
        // The report's fixed parts (styles, settings, page-number headers) around the letter's own body.
        var parts = report.parts(h)
        parts[parts.firstIndex { $0.0 == "word/document.xml" }!].1 = document(h, w, asOf: asOf, deadlines: deadlines, addressees: addressees)
        parts[parts.firstIndex { $0.0 == "docProps/core.xml" }!].1 = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XMLEscaping.escape(w.subject))</dc:title><dc:creator>tonghop</dc:creator></cp:coreProperties>
            """
        var pkg = PackageWriter()
        for (name, xml) in parts { pkg.add(name, string: VietText.nfc(xml)) }
        return try pkg.data()
    }

    func document(_ h: VietnameseRenderer, _ w: Wording, asOf: PlanDate, deadlines: [PlanDate], addressees: [Addressee]) -> String {
        var x: [String] = []
        let page = PageSetup.portrait
        let leftW = 3969, rightW = 5954
        func centered(_ text: String, bold: Bool = false, italic: Bool = false, size: Int = DocxReportWriter.small) -> Para {
            DocxReportWriter.headerLine(text, bold: bold, italic: italic, size: size)
        }
        func rule(cellWidth: Int, ruleWidth: Int) -> Para { DocxReportWriter.headerRule(cellWidth: cellWidth, ruleWidth: ruleWidth, before: 40) }
        func body(_ text: String) -> Para {
            var p = Para(text, style: "BodyText")
            p.align = .both
            return p
        }
        var leftTop = h.parentLines.map { centered($0, size: 24) }
        leftTop += h.issuerLines.map { centered($0, bold: true, size: 24) }
        leftTop.append(rule(cellWidth: leftW, ruleWidth: 1300))
        var number = centered(w.numberLine); number.before = 120
        var subject = centered(w.subject, size: 24); subject.before = 60
        let rightTop = [
            centered(h.definition.wording("header.nation"), bold: true, size: 24),
            centered(h.definition.wording("header.motto"), bold: true),
            rule(cellWidth: rightW, ruleWidth: 3350),
        ]
        var date = centered(h.placeDate, italic: true); date.before = 120
        x.append(TableSpec(widths: [leftW, rightW], rows: [
            [Cell(paragraphs: leftTop, width: leftW, vCenter: false), Cell(paragraphs: rightTop, width: rightW, vCenter: false)],
            [Cell(paragraphs: [number, subject], width: leftW, vCenter: false), Cell(paragraphs: [date], width: rightW, vCenter: false)],
        ], borders: false, indent: -426).xml)

        let named = addressees.count <= w.namedAddresseesAtMost
        if named && addressees.count == 1 {
            var p = Para(w.text("addressedOne", ["unit": addressees[0].unitName]), align: .center); p.before = 360; p.after = 240
            x.append(p.xml)
        } else if named {
            for (i, a) in addressees.enumerated() {
                let end = i == addressees.count - 1 ? "." : ";"
                var p = Para(i == 0 ? "\(w.text("addressedLabel"))\t- \(a.unitName)\(end)" : "- \(a.unitName)\(end)")
                p.left = 2835; p.hanging = i == 0 ? 1275 : nil; p.tabs = [2835]
                p.before = i == 0 ? 360 : 0; p.after = i == addressees.count - 1 ? 240 : 0
                x.append(p.xml)
            }
        } else {
            var p = Para(w.text("addressedByList"), align: .center); p.before = 360; p.after = 240
            x.append(p.xml)
        }

        let due = Array(Set(deadlines)).sorted()
        let dueText = due.isEmpty ? "" : w.text("due", ["dates": VietFormat.list(due.map(VietFormat.longDate))])
        x.append(body(w.text("opening", ["plan": h.planRef(), "issuer": h.report.issuer.name, "due": dueText,
                                          "recipients": VietFormat.list(h.report.issuer.recipients)])).xml)
        let missing = addressees.filter { !$0.unreadable }.count
        let unreadable = addressees.count - missing
        let counts = ["date": VietFormat.longDate(asOf), "issuer": h.report.issuer.name,
                      "missing": VietFormat.count(missing), "unreadable": VietFormat.count(unreadable)]
        let situation = w.text(missing > 0 && unreadable > 0 ? "situationBoth" : unreadable > 0 ? "situationUnreadable" : "situationMissing", counts)
        x.append(body(situation + (named ? "" : w.text("byList")) + ".").xml)
        let reply = Self.day(asOf, plus: w.replyWithinDays)
        x.append(body(w.text("request", ["issuer": h.report.issuer.name, "sendTo": w.sendTo, "reply": VietFormat.longDate(reply)])).xml)
        x.append(body(w.text("closing")).xml)

        var nn = Para(w.text("copiesLabel"), bold: true, italic: true, size: 24); nn.after = 0; nn.line = 240
        var left = [nn]
        for c in [w.text("copiesFirst")] + w.copies {
            var p = Para("- \(c)", size: 22); p.after = 0; p.line = 240
            left.append(p)
        }
        var right: [Para] = []
        if let a = h.report.signer.authority { right.append(centered(a, bold: true, size: DocxReportWriter.body)) }
        right.append(centered(h.report.signer.title, bold: true, size: DocxReportWriter.body))
        for _ in 0..<4 { right.append(centered("", size: DocxReportWriter.body)) }
        right.append(centered(h.report.signer.name, bold: true, size: DocxReportWriter.body))
        var gap = Para(""); gap.after = 0
        x.append(gap.xml)
        x.append(TableSpec(widths: [4536, 4535], rows: [[Cell(paragraphs: left, width: 4536, vCenter: false),
                                                         Cell(paragraphs: right, width: 4535, vCenter: false)]], borders: false).xml)

        // The list of units, always (with what is asked of each and how to reach them).
        var listTitle = Para(w.text("listTitle"), align: .center, bold: true)
        listTitle.pageBreakBefore = true; listTitle.after = 0
        x.append(listTitle.xml)
        var listSub = Para(w.text("listSubtitle", ["date": VietFormat.longDate(asOf), "issuer": h.report.issuer.name]),
                           align: .center, italic: true)
        listSub.after = 200
        x.append(listSub.xml)
        let widths = [700, 3900, 2600, 2160]
        func cell(_ text: String, _ i: Int, bold: Bool = false, align: Align = .left) -> Cell {
            var p = Para(text, align: align, bold: bold, size: DocxReportWriter.table)
            p.before = 20; p.after = 20; p.line = 240
            return Cell(paragraphs: [p], width: widths[i], shaded: bold)
        }
        var rows = [["columnNumber", "columnUnit", "columnState", "columnContact"].enumerated().map {
            cell(w.text($0.element), $0.offset, bold: true, align: .center)
        }]
        for (i, a) in addressees.enumerated() {
            let contact = [a.phone, a.email].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
            rows.append([cell("\(i + 1)", 0, align: .center), cell(a.unitName, 1), cell(a.reason, 2), cell(contact, 3)])
        }
        x.append(TableSpec(widths: widths, rows: rows, headerRows: 1, borders: true).xml)

        let sect = page.sectPr(defaultHeader: "rIdHeader1", firstHeader: "rIdHeader2", titlePage: true)
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(x.joined())\(sect)</w:body></w:document>
        """
    }
}

extension ReminderLetterWriter {
    /// A civil date some days later (Gregorian calendar, no time zone involved).
    static func day(_ d: PlanDate, plus days: Int) -> PlanDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let start = cal.date(from: DateComponents(year: d.year, month: d.month, day: d.day)),
              let end = cal.date(byAdding: .day, value: days, to: start) else { return d }
        let c = cal.dateComponents([.year, .month, .day], from: end)
        return PlanDate(year: c.year!, month: c.month!, day: c.day!) ?? d
    }
}
