import Consolidation
import Extraction
import Foundation
import Intake
import Ledger
import Nightly
import Plan
import VietText
import Yams

/// Teaching (a phrase becomes vocabulary), reading files again after it, carrying officers'
/// decisions over to the new readings, and files read by hand.
extension LedgerDesk {
    enum Teaching {
        case status(phrase: String, status: TaskStatus)
        case indicator(label: String, indicator: IndicatorID)
        case alias(alias: String, unitID: String)

        var kind: String {
            switch self {
            case .status: return "teach-status"
            case .indicator: return "teach-indicator"
            case .alias: return "teach-alias"
            }
        }
        var phrase: String {
            switch self {
            case .status(let p, _), .indicator(let p, _), .alias(let p, _): return p
            }
        }
    }

    func teach(_ t: Teaching, by officer: String, note: String) throws -> DeskReceipt {
        let phrase = t.phrase
        guard !VietText.words(phrase).isEmpty, phrase.count <= 200 else {
            throw DeskError(.invalid, "Cụm từ cần dạy phải có chữ và không dài quá 200 ký tự.")
        }
        return try lock.withLock {
            let p = loadedPipeline
            let meaning: String
            switch t {
            case .status(_, let s):
                if let known = p.vocabulary.status(ofPhrase: phrase) {
                    throw DeskError(.invalid, known == s
                        ? "Chương trình đã hiểu “\(phrase)” là “\(s.label)”."
                        : "“\(phrase)” đã có nghĩa “\(known.label)” trong từ điển của Kế hoạch (vocabulary.yaml); muốn đổi nghĩa, hãy sửa tệp đó.")
                }
                meaning = s.label
            case .indicator(_, let id):
                if let known = p.vocabulary.indicator(ofLabel: phrase) {
                    throw DeskError(.invalid, known == id
                        ? "Chương trình đã hiểu “\(phrase)” là “\(indicatorLabel(id))”."
                        : "“\(phrase)” đã có nghĩa “\(indicatorLabel(known))” trong từ điển của Kế hoạch; muốn đổi nghĩa, hãy sửa vocabulary.yaml.")
                }
                meaning = indicatorLabel(id)
            case .alias(_, let unitID):
                let resolved = p.definition.units.resolve(phrase)
                if resolved.contains(where: { $0.id == unitID }) {
                    throw DeskError(.invalid, "Chương trình đã hiểu “\(phrase)” là \(unitName(unitID)).")
                }
                if !resolved.isEmpty {
                    throw DeskError(.invalid, "“\(phrase)” đã là tên gọi của \(resolved.map(\.name).joined(separator: ", ")).")
                }
                meaning = unitName(unitID)
            }
            let before = try readingsByPath()
            let event = try log.record(kind: t.kind, subject: phrase, by: officer, new: meaning, note: String(note.prefix(2000)))
            do {
                try write(t, eventID: event, officer: officer)
            } catch {
                // The pipeline would not load with it: the teaching is undone at once, on the record.
                _ = try? log.record(kind: "revert", subject: phrase, by: officer, note: "không áp dụng được: \(error)", reverts: event)
                throw DeskError(.invalid, "Không ghi được vào từ điển: \(error)")
            }
            let changes = try rereadAndCompare(before: before, officer: officer, because: "dạy “\(phrase)” (e\(event))")
            try log.setResult(event, changes.lines + ["#reread \(changes.reread)"])
            let summary = changes.lines.isEmpty
                ? "Đã ghi: “\(phrase)” nghĩa là “\(meaning)” (e\(event)). Đọc lại \(changes.reread) tệp; không có số liệu hay tiến độ nào thay đổi."
                : "Đã ghi: “\(phrase)” nghĩa là “\(meaning)” (e\(event)). Đọc lại \(changes.reread) tệp; \(changes.lines.count) thay đổi."
            return DeskReceipt(decisionID: "e\(event)", changes: [summary], next: "/taught/e\(event)")
        }
    }

    var overlayURL: URL { pipelineDirectory.appendingPathComponent(VocabularyOverlay.fileName) }

    /// Writes one teaching into its file: status phrases and indicator labels into the
    /// vocabulary overlay, aliases into the units' alias file. The pipeline is loaded again
    /// with it; if it does not load, the file is put back as it was.
    func write(_ t: Teaching, eventID: Int64, officer: String) throws {
        let comment = "\(officer), \(vietnamDate(Date()).displayText), e\(eventID)"
        switch t {
        case .status(let phrase, let s):
            var o = try VocabularyOverlay.load(contentsOf: overlayURL)
            o.statuses[s, default: []].append(phrase)
            try writeOverlay(o, newComment: (phrase, comment))
        case .indicator(let label, let id):
            var o = try VocabularyOverlay.load(contentsOf: overlayURL)
            o.indicatorColumns[id, default: []].append(label)
            try writeOverlay(o, newComment: (label, comment))
        case .alias(let alias, let unitID):
            try addAlias(alias, unitID: unitID, comment: comment)
        }
    }

    /// Removes a taught phrase from its file (a revert).
    func unwrite(_ e: DeskLog.Event) throws {
        switch e.kind {
        case "teach-status", "teach-indicator":
            var o = try VocabularyOverlay.load(contentsOf: overlayURL)
            for k in o.statuses.keys { o.statuses[k]?.removeAll { $0 == e.subject } }
            for k in o.indicatorColumns.keys { o.indicatorColumns[k]?.removeAll { $0 == e.subject } }
            o.statuses = o.statuses.filter { !$0.value.isEmpty }
            o.indicatorColumns = o.indicatorColumns.filter { !$0.value.isEmpty }
            try writeOverlay(o, newComment: nil)
        case "teach-alias":
            try removeAlias(e.subject)
        default:
            break
        }
    }

    func writeOverlay(_ o: VocabularyOverlay, newComment: (String, String)?) throws {
        // Comments (who taught what, when) are kept from the file as it is.
        var comments: [String: String] = [:]
        if let text = try? String(contentsOf: overlayURL, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                guard let hash = line.range(of: "  # "), let q1 = line.firstIndex(of: "\""), q1 < hash.lowerBound else { continue }
                let quoted = line[line.index(after: q1)..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
                guard quoted.hasSuffix("\"") else { continue }
                let phrase = String(quoted.dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
                comments[phrase] = String(line[hash.upperBound...])
            }
        }
        if let (p, c) = newComment { comments[p] = c }
        let header = """
            Phrases officers taught at the review desk (`tonghop review`), read after vocabulary.yaml.
            Same shape as vocabulary.yaml (statuses, indicators.<id>.columns/counts); review it like
            any pipeline change. Each line says who taught it, when, and the desk's decision id.
            """
        try replaceFile(overlayURL, with: o.isEmpty ? "" : o.yaml(comments: comments, header: header))
    }

    /// Writes a pipeline file whole (temporary file, then rename), loads the pipeline with it,
    /// and puts the previous content back if it does not load.
    func replaceFile(_ url: URL, with text: String) throws {
        let fm = FileManager.default
        let previous = fm.contents(atPath: url.path)
        func put(_ data: Data?) throws {
            guard let data else { try? fm.removeItem(at: url); return }
            let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            try data.write(to: tmp)
            guard rename(tmp.path, url.path) == 0 else {
                try? fm.removeItem(at: tmp)
                throw DeskError(.invalid, "Không ghi được \(url.path): \(String(cString: strerror(errno))).")
            }
        }
        try put(text.isEmpty ? nil : Data(text.utf8))
        do {
            _ = try Pipeline.load(directory: pipelineDirectory)
            _ = try FileIntake(pipeline: try PipelineDefinition.load(directory: pipelineDirectory))
        } catch {
            try put(previous)
            throw error
        }
    }

    /// The units' alias file named by pipeline.yaml (`units.aliases`).
    func aliasesURL() throws -> URL {
        let text = try String(contentsOf: pipelineDirectory.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        guard let map = try Yams.load(yaml: text) as? [String: Any], let units = map["units"] as? [String: Any],
              let aliases = units["aliases"] as? String else {
            throw DeskError(.invalid, "pipeline.yaml không nêu tệp tên gọi đơn vị (units.aliases).")
        }
        return pipelineDirectory.appendingPathComponent(aliases)
    }

    /// Adds a line `- "alias"  # comment` under the unit's id in the alias file, keeping
    /// every other line as it is.
    func addAlias(_ alias: String, unitID: String, comment: String) throws {
        let url = try aliasesURL()
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? "aliases:\n"
        var lines = text.components(separatedBy: "\n")
        let quoted = "\"" + alias.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let newLine = "    - \(quoted)  # \(comment)"
        guard let root = try Yams.compose(yaml: text)?.mapping else { throw DeskError(.invalid, "\(url.path) không đúng dạng.") }
        guard let aliasesKey = root.keys.first(where: { $0.string == "aliases" }), let keyLine = aliasesKey.mark?.line else {
            lines.append("aliases:")
            lines.append("  \"\(unitID)\":")
            lines.append(newLine)
            return try replaceFile(url, with: lines.joined(separator: "\n"))
        }
        if let m = root["aliases"]?.mapping, let (k, v) = m.first(where: { $0.key.string == unitID }) {
            let last = v.sequence?.compactMap { $0.mark?.line }.max() ?? k.mark?.line ?? keyLine
            lines.insert(newLine, at: last)  // marks are 1-based: inserting at `last` puts it after that line
        } else {
            lines.insert(contentsOf: ["  \"\(unitID)\":", newLine], at: keyLine)
        }
        try replaceFile(url, with: lines.joined(separator: "\n"))
    }

    func removeAlias(_ alias: String) throws {
        let url = try aliasesURL()
        let text = try String(contentsOf: url, encoding: .utf8)
        let quoted = "\"" + alias.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        var lines = text.components(separatedBy: "\n")
        guard let i = lines.lastIndex(where: { $0.hasPrefix("    - \(quoted)  # ") }) else { return }
        lines.remove(at: i)
        // A unit key left without aliases is removed with it.
        if i > 0, lines[i - 1].hasPrefix("  \""), lines[i - 1].hasSuffix("\":"), i >= lines.count || !lines[i].hasPrefix("    -") {
            lines.remove(at: i - 1)
        }
        try replaceFile(url, with: lines.joined(separator: "\n"))
    }

    // MARK: - Reading again

    struct Reading: Equatable {
        var unit: String
        var tasks: [String: (status: String, figures: [String: Double])]
        var findings: Int
        static func == (a: Reading, b: Reading) -> Bool {
            a.unit == b.unit && a.findings == b.findings && a.tasks.keys == b.tasks.keys
                && a.tasks.allSatisfy { k, v in b.tasks[k].map { $0.status == v.status && $0.figures == v.figures } ?? false }
        }
    }

    /// What each current file reads as now (after decisions), for comparing before and after.
    func readingsByPath() throws -> [String: Reading] {
        let st = try state()
        var out: [String: Reading] = [:]
        for r in st.input.current {
            var tasks: [String: (String, [String: Double])] = [:]
            for e in r.submission.entries {
                var figs = tasks[e.task]?.1 ?? [:]
                for (id, f) in e.indicators.sorted(by: { $0.key < $1.key }) { figs[indicatorLabel(id), default: 0] += f.value }
                tasks[e.task] = (e.status.label, figs)
            }
            out[r.path] = Reading(unit: r.submission.unit?.name ?? "Chưa rõ đơn vị", tasks: tasks,
                                  findings: st.input.review.filter { $0.submissionID == r.id }.count)
        }
        return out
    }

    /// Reads again, with the pipeline as it now is, every file of the inbox whose reading
    /// was made with another version; carries decisions over; says what changed.
    func rereadAndCompare(before: [String: Reading], officer: String, because: String) throws -> (lines: [String], reread: Int) {
        let p = try Pipeline.load(directory: pipelineDirectory)
        loadedPipeline = p
        let runID = try ledger.runs(limit: 1).first?.id ?? 0
        let stale = try ledger.staleReadings(pipelineVersion: p.readingVersion, extractionVersion: Pipeline.extractionVersion, runID: runID)
        let intake = try FileIntake(pipeline: p.definition)
        var reread = 0
        for r in stale {
            let url = paths.inbox.appendingPathComponent(r.path)
            guard let data = try? Data(contentsOf: url, options: .mappedIfSafe), SHA256Digest.hex(of: data) == r.sha256 else { continue }
            let read = intake.read(data: data, fileName: url.lastPathComponent, displayPath: r.path, sha256: r.sha256)
            try ledger.recordReading(of: r.submissionID, read.submission, text: read.document.map(DocumentText.init), runID: runID,
                                     pipelineVersion: p.readingVersion, extractionVersion: Pipeline.extractionVersion)
            reread += 1
        }
        // Decisions made on the earlier readings apply to the new ones where their place is
        // still there (the one reconciliation follows the re-read chain); the others are
        // shown for review.
        let after = try readingsByPath()

        var lines: [String] = []
        for path in after.keys.sorted() {
            let a = after[path]!
            guard let b = before[path], b != a else { continue }
            let who = "\(a.unit) (tệp “\(path)”)"
            for task in Set(a.tasks.keys).union(b.tasks.keys).sorted() {
                let old = b.tasks[task], new = a.tasks[task]
                if old == nil { lines.append("\(who): thêm nhiệm vụ \(task), tiến độ “\(new!.status)”."); continue }
                if new == nil { lines.append("\(who): nhiệm vụ \(task) không còn được đọc ra."); continue }
                if old!.status != new!.status { lines.append("\(who), nhiệm vụ \(task): tiến độ “\(old!.status)” → “\(new!.status)”.") }
                for label in Set(old!.figures.keys).union(new!.figures.keys).sorted() where old!.figures[label] != new!.figures[label] {
                    let o = old!.figures[label].map(VietFormat.number) ?? "không có"
                    let n = new!.figures[label].map(VietFormat.number) ?? "không có"
                    lines.append("\(who), nhiệm vụ \(task): \(label) \(o) → \(n).")
                }
            }
            if a.findings != b.findings { lines.append("\(who): số phát hiện cần xem \(b.findings) → \(a.findings).") }
        }
        return (lines, reread)
    }

    // MARK: - Files read by hand

    /// A file read by hand as the desk recorded it before hand readings were ledger
    /// decisions (a `desk_event`); carried into the ledger when the desk opens.
    struct LegacyHandReading: Codable, Equatable {
        var sha256: String
        var unit: String
        var date: String?
        var task: String
        var status: String
        var figures: [String: Double]
    }

    func acceptByHand(submissionID sid: Int64, unitID: String, date: String?, task: String, status: String, figures: [String: Double],
                      by officer: String, note: String) throws -> DeskReceipt {
        guard let stored = try ledger.submission(id: sid), stored.rereadBy == nil, stored.submission.status == .rejected else {
            throw DeskError(.notFound, "Không có tệp không đọc được mã \(sid).")
        }
        guard let unit = definition.units.unit(id: unitID) else { throw DeskError(.invalid, "Không có đơn vị mã “\(unitID)”.") }
        guard let code = TaskCode(rawValue: task), definition.catalogue.task(code) != nil else {
            throw DeskError(.invalid, "Không có nhiệm vụ “\(task)” trong Kế hoạch.")
        }
        guard let s = TaskStatus(rawValue: status), s != .unknown else { throw DeskError(.invalid, "Không có tiến độ “\(status)”.") }
        for (k, v) in figures.sorted(by: { $0.key < $1.key }) {
            guard pipeline.vocabulary.indicatorIDs.contains(IndicatorID(k)) else { throw DeskError(.invalid, "Không có chỉ tiêu “\(k)”.") }
            guard v.isFinite, v >= 0, v < 1e15 else { throw DeskError(.invalid, "Số liệu phải là số không âm.") }
        }
        if let date, PlanDate(iso: date) == nil { throw DeskError(.invalid, "“\(date)” không phải là ngày hợp lệ.") }
        let hand = HandReading(unit: unit.id, date: date, task: code.rawValue, status: s.rawValue, figures: figures)
        // A ledger decision on the refused reading: the reconciliation applies it on every
        // later reading of the same file too (a nightly re-read, a new program version).
        let d = try decide(.acceptByHand(hand), on: .submission(sid), by: officer, note: note, old: stored.submission.reason)
        let figs = figures.sorted { $0.key < $1.key }.map { "\(indicatorLabel(IndicatorID($0.key))): \(VietFormat.number($0.value))" }
        return DeskReceipt(decisionID: "d\(d.id)", changes: ["Đã ghi quyết định số \(d.id): tệp “\(stored.path)” được nhập tay là báo cáo của \(unit.name), nhiệm vụ \(code.rawValue), tiến độ “\(s.label)”" + (figs.isEmpty ? "." : "; " + figs.joined(separator: "; ") + ".")])
    }

    /// Hand readings an earlier desk kept as its own events, with the reading it wrote into
    /// the ledger: each becomes a ledger decision on the refused reading, the written reading
    /// gives way to the refusal again, and the event is closed as carried over.
    func carryLegacyHandReadings() throws {
        try lock.withLock {
            let (live, _) = DeskLog.live(try log.events())
            for e in live where e.kind == "accept-by-hand" {
                guard let json = e.newValue, let h = try? JSONDecoder().decode(LegacyHandReading.self, from: Data(json.utf8)) else { continue }
                let readings = try ledger.readings(sha256: h.sha256)
                guard let refusal = readings.last(where: { $0.submission.status == .rejected }), let latest = readings.last else { continue }
                if latest.submission.status == .extracted, latest.id != refusal.id {
                    try ledger.recordReading(of: latest.id, refusal.submission, runID: try ledger.runs(limit: 1).first?.id ?? latest.runID,
                                             pipelineVersion: loadedPipeline.readingVersion, extractionVersion: Pipeline.extractionVersion)
                }
                let target = try ledger.submissionID(sha256: h.sha256) ?? refusal.id
                let d = try ledger.decide(.acceptByHand(HandReading(unit: h.unit, date: h.date, task: h.task, status: h.status, figures: h.figures)),
                                          on: .submission(target), by: e.officer, note: e.note, oldValue: refusal.submission.reason, at: e.madeAt)
                _ = try log.record(kind: "revert", subject: e.subject, by: e.officer, note: "mang sang sổ cái: quyết định số \(d.id)", reverts: e.id)
            }
        }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
