import DocumentModel

// A workbook copied from another unit's often keeps that unit's filled report as a sheet
// ("Mau P.XomChieu" beside the sender's own "P.BenThanh"). Read as one document, the two
// reports' header votes and figures mix: the file is credited to the other unit and its
// figures are counted twice. Each sheet's head is read for a header of its own; when two or
// more sheets are reports of different units, the sender's sheet is kept and the others are
// set aside, each said in a finding (never dropped silently).
extension Extractor {
    /// The sheets of `document` that are the sender's (every sheet when they are not reports
    /// of different units), and a finding for each sheet set aside.
    func senderSheets(_ document: Document, fileName: String, readings: TextReadings) -> (Document, [Finding]) {
        guard document.kind == .spreadsheet, document.sheets.count >= 2 else { return (document, []) }
        let headRows = max(1, Int(vocabulary.headerVote.sheetHeadRows))
        struct SheetReport { var index: Int; var unit: UnitRef; var info: DocumentInfo }
        var reports: [SheetReport] = []
        for (i, sheet) in document.sheets.enumerated() {
            var head = document
            head.sheets = [Sheet(name: sheet.name, visibility: sheet.visibility, rows: Array(sheet.rows.prefix(headRows)), merges: sheet.merges, part: sheet.part)]
            head.properties = DocumentProperties()
            head.furniture = []
            head.comments = []
            // No file name: the sheet's own words must name its unit.
            let header = ExtractionRun(extractor: self, document: head, readings: readings, readsGrids: false).header(fileName: "")
            // A report's head has its number or its date beside the unit.
            guard let unit = header.unit, header.info.number != nil || header.info.date != nil else { continue }
            reports.append(SheetReport(index: i, unit: unit, info: header.info))
        }
        guard Set(reports.map(\.unit.id)).count >= 2 else { return (document, []) }
        // The sender: the unit the file's name (or its properties) names, else the latest
        // report (a template copied from another unit is older than the copy), else the last.
        var byName = document
        byName.sheets = []
        byName.furniture = []
        byName.comments = []
        let named = ExtractionRun(extractor: self, document: byName, readings: readings, readsGrids: false).header(fileName: fileName).unit
        let sender: SheetReport
        if let named, let r = reports.last(where: { $0.unit.id == named.id }) {
            sender = r
        } else {
            sender = reports.max { ($0.info.date ?? "", $0.index) < ($1.info.date ?? "", $1.index) }!
        }
        var kept = document
        var findings: [Finding] = []
        var setAside = Set<Int>()
        for r in reports where r.unit.id != sender.unit.id {
            setAside.insert(r.index)
            let doc = [r.info.number.map { "số \($0)" }, r.info.date.map { "ngày \(Self.displayDate($0))" }].compactMap { $0 }.joined(separator: " ")
            findings.append(Finding(severity: .warning, code: "sheet-other-unit",
                message: vocabulary.refusal("sheet_of_other_unit", ["sheet": document.sheets[r.index].name, "unit": r.unit.name, "document": doc]),
                source: document.sheets[r.index].name))
        }
        kept.sheets = document.sheets.enumerated().filter { !setAside.contains($0.offset) }.map(\.element)
        return (kept, findings)
    }

    /// "2026-10-20" as "20/10/2026".
    static func displayDate(_ iso: String) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        return parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : iso
    }
}
