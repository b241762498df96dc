import Extraction
import Foundation
import Plan
import VietText

/// Writes one unit's XLSX form: its name and id, the period and deadline, one block per task
/// the plan gives it (status drop-down, one row per indicator with its unit of measure, a
/// result text cell), free-text rows for difficulties and proposals; structure protected,
/// input cells unlocked and yellow, fitted to an A4 page width with the column header repeated
/// on every page; and the hidden metadata (`FormMetadata`) that lets tonghop read it back.
public struct UnitFormWriter: Sendable {
    public static let sheetName = "Biểu mẫu"
    /// Free-text rows for difficulties and for proposals.
    public static let itemRows = 4

    public let pipeline: PipelineDefinition
    public let spec: FormSpec

    public init(pipeline: PipelineDefinition, spec: FormSpec) {
        self.pipeline = pipeline
        self.spec = spec
    }

    /// A digest of what the forms ask: the catalogue's tasks and the form spec, so that a
    /// form of another year's plan is told apart.
    public var pipelineVersion: String {
        var text = "\(pipeline.id)\n\(spec.formVersion)\n"
        for t in pipeline.catalogue.tasks { text += "\(t.code.rawValue)\t\(t.lead.joined(separator: ","))\t\(t.partners.joined(separator: ","))\n" }
        for i in spec.indicators { text += "\(i.id)\t\(i.label)\t\(i.measure)\t\(i.kind.rawValue)\n" }
        for (code, t) in spec.tasks.sorted(by: { $0.key < $1.key }) {
            text += "\(code.rawValue)\t\(t.all.joined(separator: ","))\t"
            text += t.byKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value.joined(separator: ","))" }.joined(separator: ";") + "\n"
        }
        return String(SHA256Digest.hex(of: Data(text.utf8)).prefix(16))
    }

    /// The file name of a unit's form: "26740_bieu-mau_ct38-2026.xlsx".
    public func fileName(for unit: ReportingUnit) -> String {
        "\(unit.id)_bieu-mau_\(pipeline.id).xlsx"
    }

    public func write(_ unit: ReportingUnit, to url: URL) throws {
        try workbook(for: unit).write(to: url)
    }

    /// The form's parts, for tests.
    public func parts(for unit: ReportingUnit) -> [(String, String)] {
        workbook(for: unit).parts()
    }

    public func metadata(for unit: ReportingUnit) -> FormMetadata {
        layout(spec.form(for: unit, in: pipeline)).metadata
    }

    struct Layout {
        var sheet: XlsxWorkbook.Sheet
        var metadata: FormMetadata
    }

    func workbook(for unit: ReportingUnit) -> XlsxWorkbook {
        let l = layout(spec.form(for: unit, in: pipeline))
        var meta = XlsxWorkbook.Sheet(name: FormMetadata.sheetName, state: .veryHidden, widths: [16, 16, 16, 16, 16, 16, 16, 40])
        for (r, row) in l.metadata.rows.enumerated() {
            for (c, v) in row.enumerated() where !v.isEmpty { meta.set(r + 1, c + 1, .text(v)) }
        }
        return XlsxWorkbook(sheets: [l.sheet, meta], title: "\(spec.title) — \(unit.name)", creator: pipeline.issuer.name)
    }

    func layout(_ form: UnitForm) -> Layout {
        let unit = form.unit
        var s = XlsxWorkbook.Sheet(name: UnitFormWriter.sheetName, widths: [9, 56, 14, 44])
        var fields: [FormMetadata.Field] = []
        // "&" starts a header/footer code; a literal one is "&&".
        s.footer = "&C&\"Times New Roman\"&10\(unit.name.replacingOccurrences(of: "&", with: "&&")) — Trang &P/&N"

        s.merge(1, 1, 4, .text(spec.title), .title)
        s.heights[1] = 22
        s.merge(2, 1, 4, .text(pipeline.plan.title), .subtitle)
        s.heights[2] = rowHeight(pipeline.plan.title, charsPerLine: 95, lineHeight: 16)
        var period = "Kỳ báo cáo: năm \(pipeline.plan.year)."
        if let rule = form.rule {
            let to = rule.reportTo.flatMap { pipeline.units.unit(id: $0)?.name } ?? pipeline.issuer.name
            period += " Gửi về \(to) \(rule.rule == .before ? "trước ngày" : "chậm nhất ngày") \(rule.deadline.displayText)."
        }
        s.merge(3, 1, 4, .text(period), .subtitle)
        s.heights[3] = rowHeight(period, charsPerLine: 95, lineHeight: 16)

        s.set(5, 2, .text("Đơn vị báo cáo"), .label)
        s.merge(5, 3, 4, .text(unit.name), .boldLabel)
        fields.append(.init(ref: "C5", kind: .unitName, labelRef: "B5", label: "Đơn vị báo cáo"))
        s.set(6, 2, .text("Mã đơn vị"), .label)
        s.merge(6, 3, 4, .text(unit.id), .boldLabel)
        s.set(7, 2, .text("Số văn bản báo cáo (nếu có)"), .label)
        s.set(7, 3, nil, .label)
        s.set(7, 4, nil, .inputText)
        fields.append(.init(ref: "D7", kind: .number, labelRef: "B7", label: "Số văn bản báo cáo (nếu có)"))
        s.set(8, 2, .text("Ngày báo cáo (ngày/tháng/năm)"), .label)
        s.set(8, 3, nil, .label)
        s.set(8, 4, nil, .inputDate)
        fields.append(.init(ref: "D8", kind: .date, labelRef: "B8", label: "Ngày báo cáo (ngày/tháng/năm)"))
        let note = "Hướng dẫn: chỉ nhập vào các ô màu vàng; chọn tiến độ trong danh sách; số liệu ghi số nguyên "
            + "(tiền ghi bằng đồng, không ghi “triệu”); để trống nếu không có. Không thêm, xóa, di chuyển dòng, cột hoặc trang tính."
        s.merge(9, 1, 4, .text(note), .note)
        s.heights[9] = 34

        let header = 11
        for (c, t) in ["Mã", "Nội dung", "Đơn vị tính", "Kết quả thực hiện"].enumerated() { s.set(header, c + 1, .text(t), .header) }
        s.printTitleRows = header...header
        var statusRefs: [String] = [], numberRefs: [String] = []
        var r = header + 1
        if form.blocks.isEmpty {
            s.merge(r, 1, 4, .text("Kế hoạch không giao nhiệm vụ nào cho đơn vị; chỉ báo cáo khó khăn, đề xuất (nếu có)."), .note)
            r += 1
        }
        for block in form.blocks {
            let t = block.task
            let code = t.code.rawValue
            let heading = "\(t.title) (Thời gian thực hiện: \(t.schedule.raw))"
            s.set(r, 1, .text(code), .task)
            s.merge(r, 2, 4, .text(heading), .task)
            s.heights[r] = rowHeight(heading, charsPerLine: 100, lineHeight: 16)
            r += 1
            s.set(r, 1, nil, .label)
            s.set(r, 2, .text("Tiến độ thực hiện"), .label)
            s.set(r, 3, nil, .label)
            s.set(r, 4, nil, .inputStatus)
            fields.append(.init(ref: ref(r, 4), kind: .status, task: code, labelRef: ref(r - 1, 1), label: code))
            statusRefs.append(ref(r, 4))
            r += 1
            for ind in block.indicators {
                s.set(r, 1, nil, .label)
                s.set(r, 2, .text(ind.label), .label)
                s.set(r, 3, .text(ind.measure), .centered)
                s.set(r, 4, nil, .inputNumber)
                s.heights[r] = rowHeight(ind.label, charsPerLine: 52, lineHeight: 16)
                fields.append(.init(ref: ref(r, 4), kind: .indicator, task: code, indicator: ind.id, valueKind: ind.kind.rawValue,
                                    labelRef: ref(r, 2), label: ind.label))
                numberRefs.append(ref(r, 4))
                r += 1
            }
            s.set(r, 1, nil, .label)
            s.set(r, 2, .text("Kết quả, nội dung đã thực hiện"), .label)
            s.set(r, 3, nil, .label)
            s.set(r, 4, nil, .inputText)
            s.heights[r] = 48
            fields.append(.init(ref: ref(r, 4), kind: .result, task: code, labelRef: ref(r, 2), label: "Kết quả, nội dung đã thực hiện"))
            r += 1
        }
        for (kind, title) in [(FormMetadata.FieldKind.difficulty, "KHÓ KHĂN, VƯỚNG MẮC"), (.proposal, "ĐỀ XUẤT, KIẾN NGHỊ")] {
            r += 1
            s.merge(r, 1, 4, .text(title), .section)
            r += 1
            for i in 1...UnitFormWriter.itemRows {
                let label = "(\(i))"
                s.set(r, 1, .text(label), .centered)
                s.merge(r, 2, 4, nil, .inputText)
                s.heights[r] = 36
                fields.append(.init(ref: ref(r, 2), kind: kind, labelRef: ref(r, 1), label: label))
                r += 1
            }
        }
        r += 1
        s.set(r, 2, .text("NGƯỜI LẬP BIỂU"), .boldLabel)
        s.set(r, 4, .text("THỦ TRƯỞNG ĐƠN VỊ"), .boldLabel)
        s.set(r + 1, 2, .text("(Ký, ghi rõ họ tên)"), .note)
        s.set(r + 1, 4, .text("(Ký tên, đóng dấu)"), .note)

        let labels = form.statuses.map(\.label)
        s.validations.append(.init(kind: .list(labels), refs: statusRefs, title: "Tiến độ thực hiện",
                                   prompt: "Chọn một trong: " + labels.joined(separator: "; ") + ".",
                                   error: "Tiến độ phải là một trong: " + labels.joined(separator: "; ") + "."))
        s.validations.append(.init(kind: .whole(min: 0), refs: numberRefs, title: "Số liệu",
                                   prompt: "Số nguyên không âm; tiền ghi bằng đồng.",
                                   error: "Ô này chỉ nhận số nguyên không âm (tiền ghi bằng đồng)."))
        // 01/01/2020 … 31/12/2100 as Excel serials.
        s.validations.append(.init(kind: .date(from: 43831, to: 73415), refs: ["D8"], title: "Ngày báo cáo",
                                   prompt: "Ngày/tháng/năm, ví dụ 28/10/\(pipeline.plan.year).",
                                   error: "Ô này chỉ nhận ngày (ngày/tháng/năm)."))
        s.validations.removeAll { $0.refs.isEmpty }

        let metadata = FormMetadata(
            formVersion: spec.formVersion, pipeline: pipeline.id, pipelineVersion: pipelineVersion,
            unitID: unit.id, unitName: unit.name, formSheet: UnitFormWriter.sheetName,
            statuses: form.statuses.map { .init(status: $0.status, label: $0.label) }, fields: fields)
        return Layout(sheet: s, metadata: metadata)
    }

    func rowHeight(_ text: String, charsPerLine: Int, lineHeight: Double) -> Double {
        let lines = max(1, (text.count + charsPerLine - 1) / charsPerLine)
        return Double(lines) * lineHeight + 4
    }
}
