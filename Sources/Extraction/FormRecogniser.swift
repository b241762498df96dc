import DocumentModel
import Foundation
import Plan
import VietText

/// Reads a returned tonghop form (`tonghop templates`) exactly. The form's own metadata
/// (`FormMetadata`, on its very hidden sheet) says where every input cell is; the recogniser
/// trusts that structure once every label still stands where it was written, and validates
/// every value: a whole number ≥ 0 where a number belongs, a status from the list, a date
/// where the date belongs — anything else is a finding that quotes the cell, never a guess.
/// A form filled for another unit is flagged; a form whose metadata is damaged or whose rows
/// were moved is read as free text, with a finding saying why.
struct FormRecogniser {
    let extractor: Extractor
    let document: Document
    let metadata: FormMetadata
    let sheet: Sheet

    enum Outcome {
        case exact(Submission)
        /// Read the document as free text, and add this finding.
        case freeForm(Finding)
    }

    /// What to do with a document: nil when it carries no form metadata.
    static func outcome(_ document: Document, extractor: Extractor, file: String, fileName: String, sha256: String) -> Outcome? {
        guard document.kind == .spreadsheet else { return nil }
        switch FormMetadata.read(document) {
        case .none:
            return nil
        case .damaged(let reason):
            return .freeForm(Finding(severity: .warning, code: "form-damaged",
                message: "Tệp là biểu mẫu của tonghop nhưng phần nhận dạng bị hỏng (\(reason)); đã đọc như báo cáo tự do, cần kiểm tra kỹ số liệu.",
                source: FormMetadata.sheetName))
        case .intact(let m):
            guard let sheet = document.sheets.first(where: { $0.name == m.formSheet }) else {
                return .freeForm(Finding(severity: .warning, code: "form-rearranged",
                    message: "Biểu mẫu không còn trang “\(m.formSheet)”; đã đọc như báo cáo tự do, cần kiểm tra kỹ số liệu.", source: nil))
            }
            let r = FormRecogniser(extractor: extractor, document: document, metadata: m, sheet: sheet)
            if let moved = r.movedLabels(), !moved.isEmpty {
                let shown = moved.prefix(3).joined(separator: "; ")
                // Rows or columns added or removed: every input cell is found again beside its
                // label, and read as exactly as before.
                if let (relocated, missing) = r.relocated() {
                    let again = FormRecogniser(extractor: extractor, document: document, metadata: relocated, sheet: sheet)
                    var s = again.submission(file: file, fileName: fileName, sha256: sha256)
                    var message = "Biểu mẫu đã bị thêm, xóa hoặc di chuyển dòng, cột (\(shown)\(moved.count > 3 ? "; …" : "")); các ô được tìm lại theo nhãn bên cạnh"
                    if !missing.isEmpty {
                        let gone = missing.prefix(5).map { f in f.task.isEmpty ? "“\(f.label)”" : "“\(f.label)” (nhiệm vụ \(f.task))" }
                        message += "; không còn tìm thấy: " + gone.joined(separator: ", ") + (missing.count > 5 ? " và \(missing.count - 5) ô khác" : "")
                    }
                    s.findings.insert(Finding(severity: .warning, code: "form-rearranged", message: message + "; cần kiểm tra.", source: sheet.name), at: 0)
                    return .exact(s)
                }
                return .freeForm(Finding(severity: .warning, code: "form-rearranged",
                    message: "Biểu mẫu đã bị thay đổi cấu trúc (\(shown)\(moved.count > 3 ? "; …" : "")); đã đọc như báo cáo tự do, cần kiểm tra kỹ số liệu.",
                    source: sheet.name))
            }
            return .exact(r.submission(file: file, fileName: fileName, sha256: sha256))
        }
    }

    func text(_ ref: String) -> String {
        guard let c = CellReference(ref), let v = sheet.value(row: c.row, column: c.column) else { return "" }
        return VietText.collapseWhitespace(VietText.nfc(v.displayText))
    }

    func value(_ ref: String) -> CellValue? {
        guard let c = CellReference(ref) else { return nil }
        return sheet.value(row: c.row, column: c.column)
    }

    /// Labels no longer where the form put them ("B14: “…” thay vì “…”").
    func movedLabels() -> [String]? {
        var out: [String] = []
        for f in metadata.fields where f.kind != .unitName {
            let t = text(f.labelRef)
            if FormRecogniser.key(t) != FormRecogniser.key(f.label) { out.append("ô \(f.labelRef) ghi “\(t.prefix(40))” thay vì “\(f.label.prefix(40))”") }
        }
        return out
    }

    /// The metadata with every field moved to where its label now stands (same offset from
    /// the label as written), or nil when a label cannot be found once and unambiguously:
    /// task codes anchor their block, indicator and result labels are looked for below their
    /// block's code, the numbered difficulty and proposal rows in order after the tasks.
    func relocated() -> (metadata: FormMetadata, missing: [FormMetadata.Field])? {
        var index: [String: [CellReference]] = [:]
        for r in sheet.rows {
            for c in r.cells {
                let key = FormRecogniser.key(c.value.displayText)
                if !key.isEmpty { index[key, default: []].append(CellReference(row: r.index, column: c.column)) }
            }
        }
        func below(_ label: String, after row: Int, before end: Int = Int.max) -> CellReference? {
            index[FormRecogniser.key(label)]?.filter { $0.row > row && $0.row < end }.min { ($0.row, $0.column) < ($1.row, $1.column) }
        }
        func once(_ label: String) -> CellReference? {
            let hits = index[FormRecogniser.key(label)] ?? []
            return hits.count == 1 ? hits[0] : nil
        }
        // Where each task block now starts (its code in a cell of its own).
        let blockStarts = metadata.fields.filter { $0.kind == .status }.compactMap { once($0.label)?.row }.sorted()
        var kept: [FormMetadata.Field] = []
        var missing: [FormMetadata.Field] = []
        var blockRow: Int? = nil
        var lastRow = 0
        for f in metadata.fields {
            guard let ref = CellReference(f.ref), let labelRef = CellReference(f.labelRef) else { return nil }
            var found: CellReference?
            switch f.kind {
            case .unitName, .number, .date:
                found = once(f.label)
            case .status:
                found = once(f.label)
                blockRow = found?.row
            case .indicator, .result:
                // A block whose code is gone takes its fields with it.
                if let b = blockRow { found = below(f.label, after: b, before: blockStarts.first { $0 > b } ?? Int.max) }
            case .difficulty, .proposal:
                found = below(f.label, after: lastRow)
            }
            guard let at = found else { missing.append(f); continue }
            let row = at.row + ref.row - labelRef.row, column = at.column + ref.column - labelRef.column
            guard row >= 1, column >= 1 else { missing.append(f); continue }
            lastRow = max(lastRow, row)
            var moved = f
            moved.ref = CellReference(row: row, column: column).description
            moved.labelRef = at.description
            kept.append(moved)
        }
        // Too little left to call it the same form, or two fields on one cell.
        guard kept.count * 2 >= metadata.fields.count, Set(kept.map(\.ref)).count == kept.count else { return nil }
        var out = metadata
        out.fields = kept
        return (out, missing)
    }

    /// Labels compare as written, case aside: folding would make task "II.2.d" and "II.2.đ" one.
    static func key(_ text: String) -> String {
        VietText.collapseWhitespace(VietText.nfc(text)).lowercased()
    }

    func source(_ ref: String) -> String { "\(sheet.name)!\(ref)" }

    func submission(file: String, fileName: String, sha256: String) -> Submission {
        var s = Submission(file: file, sha256: sha256, status: .extracted)
        var findings: [Finding] = []

        // The unit: the form's, unless the form says or the file name shows another.
        let formUnit = extractor.units.unit(id: metadata.unitID)
        s.unit = UnitRef(id: metadata.unitID, name: formUnit?.name ?? metadata.unitName, source: "biểu mẫu (\(FormMetadata.sheetName))")
        var other: (ReportingUnit, String)? = nil
        if let f = metadata.fields.first(where: { $0.kind == .unitName }) {
            let shown = text(f.ref)
            if !shown.isEmpty, VietText.fold(shown) != VietText.fold(metadata.unitName),
               let u = (extractor.units.resolve(shown).first ?? extractor.units.mentions(in: shown).compactMap(\.unit).first), u.id != metadata.unitID, u.isReporter {
                other = (u, "ô \(f.ref) ghi “\(shown)”")
            }
        }
        if other == nil {
            // Only a unit of the same kind counts in a file name: units often name the file after
            // whom it goes to ("… gui Chi cuc TDC.xlsx").
            let sameKind = { (u: ReportingUnit) in u.isReporter && formUnit.map { $0.kind.group == u.kind.group } ?? true }
            let named = Set(extractor.units.mentions(in: fileName).compactMap(\.unit).filter(sameKind).map(\.id))
            let ids = Set(extractor.units.units.map { $0.id.uppercased() })
            let byID = fileName.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { String($0).uppercased() }
                .filter(ids.contains).compactMap { id in extractor.units.units.first { $0.id.uppercased() == id && sameKind($0) }?.id }
            let all = named.union(byID)
            if !all.isEmpty, !all.contains(metadata.unitID), all.count == 1, let u = extractor.units.unit(id: all.first!) {
                other = (u, "tên tệp “\(fileName)”")
            }
        }
        if let (u, why) = other {
            s.unit = UnitRef(id: u.id, name: u.name, source: why)
            findings.append(Finding(severity: .error, code: "form-other-unit",
                message: "Biểu mẫu này được lập cho \(metadata.unitName) (\(metadata.unitID)) nhưng \(why): số liệu được ghi cho \(u.name); đề nghị xác minh với đơn vị.",
                source: source(metadata.fields.first { $0.kind == .unitName }?.ref ?? "C5")))
        }
        if metadata.pipeline.isEmpty || metadata.formVersion < 1 {
            findings.append(Finding(severity: .warning, code: "form-version", message: "Biểu mẫu không ghi rõ kế hoạch hoặc phiên bản.", source: FormMetadata.sheetName))
        }

        // Number and date of the report.
        for f in metadata.fields where f.kind == .number {
            let t = text(f.ref)
            if !t.isEmpty { s.document.number = t; s.document.numberSource = source(f.ref) }
        }
        for f in metadata.fields where f.kind == .date {
            switch value(f.ref) {
            case .date(let d)?:
                s.document.date = String(d.isoText.prefix(10)); s.document.dateSource = source(f.ref)
            case .number(let n)? where n == n.rounded():
                guard let iso = HeaderReader.serialDate(n, uses1904: document.usesDateSystem1904) else { break }
                s.document.date = iso; s.document.dateSource = source(f.ref)
            case .text(let raw)?:
                let t = VietText.collapseWhitespace(raw)
                if t.isEmpty { break }
                if let m = t.wholeMatch(of: /(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(\d{4})/),
                   let d = PlanDate(year: Int(m.3)!, month: Int(m.2)!, day: Int(m.1)!) {
                    s.document.date = d.description; s.document.dateSource = source(f.ref)
                } else {
                    findings.append(Finding(severity: .warning, code: "form-bad-date",
                        message: "Ô \(f.ref) (ngày báo cáo) ghi “\(t)”: không phải ngày/tháng/năm; ngày báo cáo để trống.", source: source(f.ref)))
                }
            case nil: break
            case let v?:
                findings.append(Finding(severity: .warning, code: "form-bad-date",
                    message: "Ô \(f.ref) (ngày báo cáo) ghi “\(v.displayText)”: không phải ngày/tháng/năm; ngày báo cáo để trống.", source: source(f.ref)))
            }
        }

        // Task blocks, in form order.
        var order: [String] = []
        for f in metadata.fields where !f.task.isEmpty && !order.contains(f.task) { order.append(f.task) }
        for task in order {
            let fields = metadata.fields.filter { $0.task == task }
            var entry = Entry(task: task)
            var said = false
            for f in fields {
                switch f.kind {
                case .status:
                    let t = text(f.ref)
                    guard !t.isEmpty else { continue }
                    said = true
                    entry.sources.append(source(f.ref))
                    if let o = metadata.statuses.first(where: { VietText.fold($0.label) == VietText.fold(t) }), let st = TaskStatus(rawValue: o.status) {
                        entry.status = st
                        entry.statusSource = source(f.ref)
                    } else if let st = typedStatus(t) {
                        entry.status = st
                        entry.statusSource = source(f.ref)
                        findings.append(Finding(severity: .info, code: "form-status-typed",
                            message: "Nhiệm vụ \(task): ô \(f.ref) ghi tiến độ “\(t)”, không chọn trong danh sách; được hiểu là “\(label(st))”.",
                            source: source(f.ref)))
                    } else {
                        findings.append(Finding(severity: .warning, code: "form-bad-status",
                            message: "Nhiệm vụ \(task): ô \(f.ref) ghi tiến độ “\(t)”, không thuộc danh sách (\(metadata.statuses.map(\.label).joined(separator: ", "))); tiến độ ghi là “chưa rõ”.",
                            source: source(f.ref)))
                    }
                case .indicator:
                    guard let v = value(f.ref) else { continue }
                    let shown = VietText.collapseWhitespace(v.displayText)
                    if shown.isEmpty { continue }
                    said = true
                    if let n = number(v) {
                        let id = IndicatorID(f.indicator)
                        entry.indicators[id] = Figure(value: n, sources: [FigureSource(location: source(f.ref), text: "\(f.label) = \(shown)", value: n)])
                        entry.sources.append(source(f.ref))
                    } else {
                        findings.append(Finding(severity: .warning, code: "form-bad-number",
                            message: "Nhiệm vụ \(task): ô \(f.ref) (“\(f.label)”) ghi “\(shown)”: không phải số nguyên không âm\(f.valueKind == "money" ? " (tiền ghi bằng đồng)" : ""); số liệu này chưa được tổng hợp.",
                            source: source(f.ref)))
                    }
                case .result:
                    let t = text(f.ref)
                    if !t.isEmpty { said = true; entry.text = t; entry.sources.append(source(f.ref)) }
                default:
                    continue
                }
            }
            guard said else { continue }
            if entry.status == .unknown {
                findings.append(Finding(severity: .warning, code: "status-missing",
                    message: "Báo cáo không nêu tiến độ của nhiệm vụ \(task); tình trạng được ghi là “chưa rõ”.", source: entry.sources.first))
            }
            if extractor.tasksByCode[task] == nil {
                findings.append(Finding(severity: .warning, code: "form-unknown-task",
                    message: "Biểu mẫu có nhiệm vụ \(task) không có trong Kế hoạch (biểu mẫu của kế hoạch khác?); nội dung này chưa được tổng hợp: \(entry.indicators.map { "\($0.key.rawValue) = \(Int64($0.value.value))" }.sorted().joined(separator: ", ")).",
                    source: entry.sources.first))
                continue
            }
            s.entries.append(entry)
        }

        // Difficulties and proposals: one item per cell, or per line of a cell.
        for f in metadata.fields where f.kind == .difficulty || f.kind == .proposal {
            guard let v = value(f.ref) else { continue }
            for line in v.displayText.split(whereSeparator: \.isNewline) {
                var t = VietText.collapseWhitespace(String(line))
                while let c = t.first, c == "-" || c == "+" || c == "•" || c == "*" { t = VietText.collapseWhitespace(String(t.dropFirst())) }
                guard !t.isEmpty else { continue }
                let item = Item(text: t, source: source(f.ref))
                if f.kind == .difficulty { s.difficulties.append(item) } else { s.proposals.append(item) }
            }
        }
        if s.entries.isEmpty && s.difficulties.isEmpty && s.proposals.isEmpty {
            findings.append(Finding(severity: .warning, code: "form-empty", message: "Biểu mẫu chưa được điền: không có tiến độ, số liệu hay nội dung nào.", source: sheet.name))
        }
        s.findings = findings
        return s
    }

    /// A whole number ≥ 0: a numeric cell, or text that is exactly one number as Vietnamese
    /// officials write it ("1.250.000").
    func number(_ v: CellValue) -> Double? {
        var n: Double? = nil
        switch v {
        case .number(let d): n = d
        case .text(let t): n = VietNumber.parse(Substring(VietText.collapseWhitespace(t)))
        default: n = nil
        }
        guard let n, n >= 0, n == n.rounded(), n < 1e15 else { return nil }
        return n
    }

    /// A status typed by hand: the vocabulary's status phrases ("đã xong", "hoàn thành 100%").
    func typedStatus(_ text: String) -> TaskStatus? {
        let tokens = Tokenizer.tokenize(text)
        if let s = extractor.vocabulary.status(in: tokens) { return s }
        for i in tokens.indices { if let m = extractor.vocabulary.statuses.match(tokens, at: i) { return m.value } }
        return nil
    }

    func label(_ s: TaskStatus) -> String {
        metadata.statuses.first { $0.status == s.rawValue }?.label ?? s.rawValue
    }
}

extension Extractor {
    /// The submission of a returned tonghop form, or nil when the document is not one. A
    /// damaged or rearranged form is read as free text (metadata sheet set aside) with a
    /// finding first.
    func extractForm(_ document: Document, file: String, fileName: String, sha256: String) -> Submission? {
        switch FormRecogniser.outcome(document, extractor: self, file: file, fileName: fileName, sha256: sha256) {
        case nil:
            return nil
        case .exact(let s)?:
            return s
        case .freeForm(let finding)?:
            var plain = document
            plain.sheets.removeAll { $0.name == FormMetadata.sheetName }
            var s = extract(plain, file: file, fileName: fileName, sha256: sha256)
            s.findings.insert(finding, at: 0)
            return s
        }
    }
}
