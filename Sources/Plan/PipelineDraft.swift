import DocumentModel
import Foundation
import VietText

/// A new pipeline folder drafted from a plan document (`tonghop pipeline new --from PLAN`):
/// the catalogue imported from the plan, a pipeline.yaml with what the plan itself says
/// (number, date, year, title, issuer, signer, budget, report deadlines) and every value it
/// could not find marked "# REVIEW:" (left null when the loader requires it, so that the
/// pipeline does not load until a person has looked), and the files copied from the template
/// pipeline (units, vocabulary, validation, plan reading, forms).
public struct PipelineDraft: Sendable {
    /// File name → text, relative to the new pipeline folder.
    public var files: [String: String]
    /// Files to copy from the template folder, relative to it and to the new folder.
    public var copies: [String]
    public var catalogue: Catalogue
    /// Every problem of the import and every value left for review, with its place.
    public var diagnostics: [Diagnostic]

    /// The template files a new pipeline starts from.
    public static let copiedFiles = ["vocabulary.yaml", "validation.yaml", PlanReading.fileName, "forms.yaml"]

    public static func make(
        document: Document, source: String, id: String, template: PipelineDefinition, reading: PlanReading
    ) -> PipelineDraft {
        let (catalogue, importDiagnostics) = CatalogueImporter.importCatalogue(from: document, units: template.units, reading: reading)
        var notes = importDiagnostics
        func review(_ code: String, _ message: String, _ location: Location? = nil) {
            notes.append(Diagnostic(severity: .warning, code: code, message: message, location: location))
        }
        let paragraphs = CatalogueImporter.paragraphs(document.body).map { ($0, VietText.collapseWhitespace(stripEmphasis($0.text))) }
            .filter { !$0.1.isEmpty }

        // Number and date lines ("Số: 123/KH-SKHCN", "…, ngày 05 tháng 01 năm 2027").
        let numberLine = paragraphs.prefix(40).first { $0.1.wholeMatch(of: /Số\s*:.*/) != nil }
        var number: String? = nil
        if let line = numberLine?.1, let m = line.wholeMatch(of: /Số\s*:\s*(\d+[^\s]*\/[^\s]+)\s*/) { number = String(m.1) }
        let dateLine = paragraphs.prefix(40).first { VietText.fold($0.1).contains("ngay") && $0.1.contains("năm") && $0.1.contains(",") }
        var date: PlanDate? = nil
        if let line = dateLine?.1, let m = line.firstMatch(of: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/) {
            date = PlanDate(year: Int(m.3)!, month: Int(m.2)!, day: Int(m.1)!)
        }

        // Title: the paragraphs after "KẾ HOẠCH" up to the first that is not a heading-like line.
        var title: String? = nil
        if let k = paragraphs.firstIndex(where: { VietText.words($0.1) == ["ke", "hoach"] }), k + 1 < paragraphs.count {
            title = paragraphs[k + 1].1
        }
        var year = date?.year
        if year == nil, let title, let m = title.firstMatch(of: /năm\s+(\d{4})\s*$/) { year = Int(m.1) }
        if year == nil { year = dateLine.flatMap { $0.1.firstMatch(of: /năm\s+(\d{4})/) }.flatMap { Int($0.1) } }
        if year == nil {
            let years = catalogue.tasks.compactMap { $0.schedule.dueDate?.year }
            // The most frequent; of two as frequent, the earlier (a plan's tasks run into the
            // next year, not back), not whichever the dictionary's order gave this run.
            year = Dictionary(grouping: years, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
        }

        // Issuer: the header's last line naming a unit of the registry.
        var issuer: (name: String, parent: String, unit: String?)? = nil
        if let t = document.body.first(where: { if case .table = $0 { return true } else { return false } }), case .table(let table) = t,
           let cell = table.rows.first?.cells.first {
            let lines = cell.text.split(whereSeparator: \.isNewline).map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
            if let last = lines.last, let u = template.units.resolve(last).first {
                if u.id == template.issuer.unit { issuer = (template.issuer.name, template.issuer.parent, u.id) }
                else { issuer = (u.name, lines.dropLast().joined(separator: " "), u.id) }
            }
        }

        // Signer: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name" at the end.
        var signer: (authority: String?, title: String, name: String)? = nil
        let tail = Array(paragraphs.suffix(12))
        for (i, p) in tail.enumerated() {
            let lines = p.0.text.split(whereSeparator: \.isNewline).map { VietText.collapseWhitespace(stripEmphasis(String($0))) }.filter { !$0.isEmpty }
            guard let titleIndex = lines.firstIndex(where: { isUpper($0) && VietText.fold($0).hasSuffix("giam doc") && !$0.hasPrefix("KT") && !$0.hasPrefix("TL") }) else { continue }
            let authority = lines[..<titleIndex].last { $0.hasPrefix("KT.") || $0.hasPrefix("TL.") || $0.hasPrefix("TM.") }
            let name = lines.count > titleIndex + 1 ? lines[titleIndex + 1] : tail.dropFirst(i + 1).first?.1
            if let name, !isUpper(name) { signer = (authority, lines[titleIndex], name) }
            break
        }

        // Budget: "Dự toán kinh phí …: 349.000.000 đồng (bằng chữ: …)".
        var budget: (amount: Int, text: String)? = nil
        for p in paragraphs where VietText.fold(p.1).contains("kinh phi") {
            if let m = p.1.firstMatch(of: /(\d{1,3}(?:\.\d{3})+)\s*đồng(\s*\([^)]*\))?/), let amount = Int(m.1.filter(\.isNumber)) {
                budget = (amount, VietText.collapseWhitespace(String(m.0)))
                break
            }
        }

        // Report deadlines: "… trước ngày 15 tháng 11 …" sentences, with who they address.
        var reporters: [(units: [String], deadline: PlanDate, rule: String, source: String)] = []
        for p in paragraphs {
            let f = " " + VietText.words(p.1).joined(separator: " ") + " "
            guard f.contains(" bao cao "), let m = p.1.firstMatch(of: /(trước|chậm nhất)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/),
                  let y = m.4.flatMap({ Int($0) }) ?? year, let d = PlanDate(year: y, month: Int(m.3)!, day: Int(m.2)!) else { continue }
            var units: [String] = []
            if f.contains(" phong ") && f.contains(" truc thuoc so ") || f.contains(" don vi truc thuoc so ") { units.append(UnitGroup.internalUnits.rawValue) }
            if f.contains(" so ban nganh ") || f.contains(" cac so ") { units.append(UnitGroup.departments.rawValue) }
            if f.contains(" dia phuong ") || f.contains(" phuong xa ") { units.append(UnitGroup.communes.rawValue) }
            guard !units.isEmpty, !reporters.contains(where: { $0.units == units }) else { continue }
            // The clause that gives the deadline, not the whole paragraph.
            let clause = p.1.split(separator: ";").map(String.init).first { $0.contains(String(m.0)) } ?? p.1
            reporters.append((units, d, m.1 == "trước" ? "before" : "on-or-before", VietText.collapseWhitespace(clause)))
        }

        func q(_ s: String) -> String { CatalogueFile.q(s) }
        var y = """
        # Pipeline definition drafted by
        #   tonghop pipeline new --from \(source)
        # Review every line marked REVIEW, then run `tonghop catalogue --pipeline <this folder>`:
        # it lists every problem left (file:line: field: message).
        id: \(id)

        plan:

        """
        if let number { y += "  number: \(q(number))\n" } else {
            y += "  number: null   # the plan's number is blank or not found\n"
        }
        if let numberLine { y += "  numberAsWritten: \(q(numberLine.1))\n" }
        if let date { y += "  date: \(date)\n" } else { y += "  date: null     # the signing day is blank or not found\n" }
        if let dateLine { y += "  dateAsWritten: \(q(dateLine.1.split(separator: ",").last.map { VietText.collapseWhitespace(String($0)) } ?? dateLine.1))\n" }
        if let year { y += "  year: \(year)\n" } else {
            y += "  year: null     # REVIEW: no year found in the plan\n"
            review("review-year", "Không tìm thấy năm của kế hoạch; điền plan.year trong pipeline.yaml.")
        }
        if let title { y += "  title: \(q("Kế hoạch " + title.prefix(1).lowercased() + title.dropFirst()))\n" } else {
            y += "  title: null    # REVIEW: no title after “KẾ HOẠCH”\n"
            review("review-title", "Không tìm thấy tên kế hoạch sau dòng “KẾ HOẠCH”; điền plan.title.")
        }
        y += "\nissuer:\n"
        if let issuer {
            y += "  name: \(q(issuer.name))\n  parent: \(q(issuer.parent))\n"
            if let u = issuer.unit { y += "  unit: \(u)\n" }
        } else {
            y += "  # REVIEW: the plan's header names no unit of the registry; copied from the template pipeline.\n"
            y += "  name: \(q(template.issuer.name))\n  parent: \(q(template.issuer.parent))\n"
            if let u = template.issuer.unit { y += "  unit: \(u)\n" }
            review("review-issuer", "Không đọc được cơ quan ban hành ở phần đầu kế hoạch; đã chép từ pipeline mẫu, cần kiểm tra issuer.", dateLine?.0.location)
        }
        y += "\nsigner:\n"
        if let signer {
            if let a = signer.authority { y += "  authority: \(q(a))\n" }
            y += "  title: \(q(signer.title))\n  name: \(q(signer.name))\n"
        } else {
            y += "  # REVIEW: no signature block (“GIÁM ĐỐC” and a name) at the end of the plan.\n  title: null\n  name: null\n"
            review("review-signer", "Không tìm thấy phần ký (chức vụ, họ tên) ở cuối kế hoạch; điền signer.")
        }
        y += "\nbudget:\n"
        if let budget {
            y += "  amount: \(budget.amount)      # đồng\n  currency: VND\n  text: \(q(budget.text))\n"
        } else {
            y += "  amount: null   # REVIEW: no “Kinh phí … đồng” in the plan\n  currency: VND\n"
            review("review-budget", "Không tìm thấy dự toán kinh phí (… đồng) trong kế hoạch; điền budget.amount.")
        }
        y += "\nreport:\n  # REVIEW: copied from the template pipeline.\n"
        y += "  numberPattern: \(q(template.report.numberPattern))\n  recipients:\n"
        for r in template.report.recipients { y += "    - \(q(r))\n" }
        y += "\nreporters:\n"
        if reporters.isEmpty {
            y += "  # REVIEW: no “báo cáo … trước ngày …” sentence found: who reports by when?\n"
            y += "  - units: [group:internal, group:departments, group:communes]\n    deadline: null\n    rule: before\n"
            review("review-reporters", "Không tìm thấy câu giao hạn báo cáo (“báo cáo … trước ngày …”); điền reporters.")
        }
        let consolidator = template.reporters.compactMap(\.reportTo).first
        for r in reporters {
            y += "  - units: [\(r.units.joined(separator: ", "))]\n"
            if r.units.contains(UnitGroup.internalUnits.rawValue), let c = consolidator { y += "    except: [\(c)]\n" }
            if let c = consolidator { y += "    reportTo: \(c)\n" }
            y += "    deadline: \(r.deadline)\n    rule: \(r.rule)\n    source: \(q(r.source))\n"
        }
        y += """

        outputs: [\(template.outputs.map(\.rawValue).joined(separator: ", "))]

        paths:
          inbox: Inbox/\(id)
          outbox: Outbox/\(id)
          ledger: state/\(id)/ledger.sqlite

        catalogue: catalogue.yaml
        overlay: catalogue.overlay.yaml

        # Copied from the template pipeline (\(template.id)).
        units:
          communes: units/communes.csv
          agencies: units/agencies.csv
          aliases: units/unit-aliases.yaml

        """
        let overlay = """
        # Reviewed hand corrections to catalogue.yaml (which `tonghop catalogue import` regenerates
        # from the plan): shortTitle, lead, partners, addPartners, removePartners, note.
        tasks: {}

        """
        var files = ["pipeline.yaml": y, "catalogue.yaml": CatalogueFile.yaml(catalogue, source: source), "catalogue.overlay.yaml": overlay]
        var copies = copiedFiles + ["units/communes.csv", "units/agencies.csv", "units/unit-aliases.yaml"]
        if let spec = try? FormSpec.load(template.directory.appendingPathComponent(FormSpec.fileName), catalogue: template.catalogue) {
            files[FormSpec.fileName] = formsYAML(catalogue, template: template, spec: spec)
            copies.removeAll { $0 == FormSpec.fileName }
        }
        return PipelineDraft(files: files, copies: copies, catalogue: catalogue, diagnostics: notes)
    }

    /// forms.yaml for the new catalogue: the template's statuses and indicators, and for each
    /// new task the indicators of the template task whose text shares most words with it
    /// (marked REVIEW with that task's code), or none when no task is alike.
    static func formsYAML(_ catalogue: Catalogue, template: PipelineDefinition, spec: FormSpec) -> String {
        func q(_ s: String) -> String { CatalogueFile.q(s) }
        func words(_ t: String) -> Set<String> { Set(VietText.words(t).filter { $0.count > 1 }) }
        var y = """
        # The forms `tonghop templates` sends to units (drafted by `tonghop pipeline new` from the
        # template pipeline \(template.id)). Review the indicators of every task marked REVIEW.
        formVersion: 1
        title: \(q(spec.title))

        statuses:

        """
        for s in spec.statuses { y += "  \(s.status): \(q(s.label))\n" }
        y += "\nindicators:\n"
        for i in spec.indicators { y += "  \(i.id): { label: \(q(i.label)), unit: \(q(i.measure)), kind: \(i.kind.rawValue) }\n" }
        y += "\ntasks:\n"
        let old = template.catalogue.tasks.map { ($0, words($0.text)) }
        for t in catalogue.tasks {
            let w = words(t.text)
            let best = old.map { o in (o.0, Double(w.intersection(o.1).count) / Double(max(1, w.union(o.1).count))) }.max { $0.1 < $1.1 }
            if let (o, score) = best, score >= 0.15, let ind = spec.tasks[o.code] {
                let list = ind.all.joined(separator: ", ")
                y += "  \(t.code.rawValue): { all: [\(list)] }   # REVIEW: as \(o.code.rawValue) of \(template.id) (similar text)\n"
            } else {
                y += "  \(t.code.rawValue): { all: [] }   # REVIEW: no similar task in \(template.id); which figures should units give?\n"
            }
        }
        return y
    }
}

/// Written in capitals ("PHÓ GIÁM ĐỐC"), with at least one letter.
private func isUpper(_ s: String) -> Bool {
    s.contains(where: \.isLetter) && s == s.uppercased()
}
