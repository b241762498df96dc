import Consolidation
import Foundation
import Plan
import VietText

/// A value of an appendix cell: text stays text in every output; numbers are numbers.
public enum AppendixValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case money(Double)

    /// How the DOCX and HTML show it: "1.250.000".
    public var display: String {
        switch self {
        case .text(let s): return s
        case .number(let v), .money(let v): return VietFormat.number(v)
        }
    }
}

public struct AppendixColumn: Sendable {
    public var title: String
    /// Relative width in the DOCX.
    public var weight: Int
    public var centered: Bool
}

public struct AppendixRow: Sendable {
    public var cells: [AppendixValue]
    /// A total row.
    public var bold: Bool
    /// A heading row (a plan group, a kind of unit, a subtotal): two cells, the second
    /// spanning every column after the first.
    public var heading = false
}

/// One appendix as a table: the same rows go to the DOCX (Phụ lục I–III) and the XLSX.
public struct AppendixTable: Sendable {
    public var title: String
    public var sheetName: String
    public var columns: [AppendixColumn]
    public var rows: [AppendixRow]
    /// Notes printed once under the table ("Ghi chú: …").
    public var notes: [String] = []
}

public enum AppendixTables {

    /// The three appendices, the same in the document and the workbook (one dossier, one Phụ
    /// lục I); file names and source places stay on the review page and in the JSON.
    public static func all(_ v: VietnameseRenderer) -> [AppendixTable] {
        [taskProgress(v), reporting(v), figures(v)]
    }

    static func roman(_ n: Int) -> String { ["I", "II", "III", "IV", "V", "VI"][max(0, min(n - 1, 5))] }

    static func columns(_ v: VietnameseRenderer, _ key: String, _ spec: [(Int, Bool)]) -> [AppendixColumn] {
        let titles = v.definition.wording.list(key)
        return zip(titles, spec).map { AppendixColumn(title: $0, weight: $1.0, centered: $1.1) }
    }

    static func title(_ v: VietnameseRenderer, _ i: Int) -> (String, String) {
        let titles = v.definition.wording.list("appendix.titles"), sheets = v.definition.wording.list("appendix.sheetNames")
        return (i < titles.count ? titles[i] : "", i < sheets.count ? sheets[i] : "PL \(roman(i + 1))")
    }

    /// A plan group's heading row: its number and title, bold.
    static func groupRow(_ v: VietnameseRenderer, _ g: ConsolidatedReport.TaskGroup, columns: Int) -> AppendixRow {
        AppendixRow(cells: [.text("\(g.number)"), .text(v.lowerAfterSemicolons(g.title))], bold: true, heading: true)
    }

    /// Phụ lục I: the plan's groups and tasks as the plan numbers them ("1", "a"), each
    /// task's state (the same words as the body's), the units' statuses, the figures and the
    /// units' own sentences that say most about the task. What the state rests on is the
    /// review page's (the Department does not comment on its own units upward).
    public static func taskProgress(_ v: VietnameseRenderer) -> AppendixTable {
        // REVIEW50 #8: an eighth title in appendix.taskColumns is the "Ghi chú" column (the
        // lead's note beside its status, taskNoteCell), out of the "Tiến độ" cell.
        let noteColumn = v.definition.wording.list("appendix.taskColumns").count > 7
        let columns = columns(v, "appendix.taskColumns", noteColumn
            ? [(4, true), (21, false), (12, false), (10, false), (10, true), (15, false), (31, false), (10, false)]
            : [(4, true), (23, false), (12, false), (10, false), (10, true), (15, false), (36, false)])
        var rows: [AppendixRow] = []
        var leftOut: [String] = []
        let ownWords = v.report.tasks.map { ($0.code, TextMerge.tokens($0.text)) }
        let moved = v.movedToAppendix()
        for g in v.report.groups {
            rows.append(groupRow(v, g, columns: columns.count))
            for t in g.tasks {
                // The figures first, then the lead's own "chưa thực hiện", before any unit's
                // sentence: where its lead stands is never hidden behind a partner's minor figure
                // (REVIEW26 #2, #8: "17 đơn vị tổ chức 58 cuộc…; Chi cục chưa triển khai …").
                var result: [String] = []
                // What the figures leave out is one "Ghi chú" under the table, not a drafting
                // note inside the cell (REVIEW28 #13).
                let figures = v.taskFiguresLine(t, withNote: !v.definition.wording.says("appendix.leftOutTable"))
                if !figures.isEmpty { result.append(figures + ".") }
                result += v.partnerOverLeadInAppendix(t)
                let note = v.leftOutItems(t)
                if !note.isEmpty { leftOut.append(v.definition.wording("appendix.leftOutTableItem", ["task": "\(g.number).\(t.letter)", "items": note.joined(separator: "; ")])) }
                // Not when the lead notes the work is done under another plan: the state cell
                // says its "chưa thực hiện" with the note (REVIEW36 #2).
                // REVIEW40 #4: not the Sở's paraphrase of a lead's "không phát sinh" for want of a
                // request: its own sentence is quoted below, the column is the units' words.
                if let said = v.leadNotDone(t), v.leadBasisNote(t) == nil, v.leadAwaitingRequest(t, task: "", appendix: true) == nil { result.append(said) }
                // One sentence per unit, the most telling first.
                var seen = Set<String>()
                let quotes = t.statements.filter { s in
                    // Routine wording ("không nhận được yêu cầu", "không phát sinh") is not
                    // quoted, the lead's neither: the state column says where the task stands,
                    // as the body does. A lead's reason a task did not arise for it is what
                    // its "không phát sinh" rests on: quoted, as III.2 says it (REVIEW16 #2).
                    // Only where its "không phát sinh" stands (a task done on request): on a
                    // task of its plan it is not said (REVIEW20 #3.2).
                    if s.isLead, t.leadStatus?.status == .notApplicable, t.basis == .lead { return seen.insert(s.unit.unitID).inserted }
                    guard v.hasContent(s) else { return false }
                    // The figures line sums the units' results: no other unit's sentence stands
                    // for the task beside it (REVIEW30 #14: never the smallest partner's), only
                    // the lead's own account.
                    if !figures.isEmpty, !s.isLead { return false }
                    // The lead's word that the task is only being prepared: what the body's
                    // "mới ở bước xây dựng kế hoạch" rests on.
                    if s.isLead, v.isPreparing(s) { return seen.insert(s.unit.unitID).inserted }
                    // A sentence that shares more words with another task than with its own is
                    // that task's (a passage filed under the wrong heading): not quoted here.
                    let words = TextMerge.tokens(s.text)
                    let own = ownWords.first { $0.0 == t.code }.map { words.intersection($0.1).count } ?? 0
                    if !s.hasFigure, ownWords.contains(where: { $0.0 != t.code && words.intersection($0.1).count >= own + 3 }) { return false }
                    return seen.insert(s.unit.unitID).inserted
                }.prefix(v.definition.rules.appendixQuotes)
                result += quotes.map { v.quote($0, of: t) }
                // REVIEW37 #8: a Department's own partner's account of the task is the Sở's own
                // result: said beside the figures and the lead's, one sentence per unit, beyond
                // rules.appendixQuotes (QLKH's APO programme on 6.b was dropped); not a sentence
                // that is another task's (more of its words are another task's).
                var quoted = Set(quotes.map(\.unit.unitID))
                for s in t.statements where !s.isLead && v.isOwnUnit(s.unit.unitID) && v.hasContent(s) && !quoted.contains(s.unit.unitID) {
                    let words = TextMerge.tokens(s.text)
                    let own = ownWords.first { $0.0 == t.code }.map { words.intersection($0.1).count } ?? 0
                    // REVIEW45 #1: the unit's reason for not carrying out this task ("Do kinh phí
                    // … chưa được phân bổ, Phòng đề xuất chuyển nội dung này sang năm 2027") is
                    // this task's, whatever other task its words are closer to.
                    let notDone = t.unitStatuses.contains { $0.unitID == s.unit.unitID && [.notStarted, .notApplicable].contains($0.status) }
                    if !notDone, ownWords.contains(where: { $0.0 != t.code && words.intersection($0.1).count >= own + 3 }) { continue }
                    if s.hasFigure, !figures.isEmpty { continue }
                    quoted.insert(s.unit.unitID)
                    result.append(v.quote(s, of: t))
                }
                // What the body leaves out for its length (rules.bodyLength) is said here, unless
                // the row already says it (most of its words are in the row: the lead's own
                // sentence quoted above).
                for m in moved where m.task == t.code {
                    let text = VietFormat.paddedDates(v.expanded(m.text))
                    let words = TextMerge.tokens(text), row = TextMerge.tokens(result.joined(separator: " "))
                    if !words.isEmpty, Double(words.intersection(row).count) >= v.definition.rules.bodyLengthSaid * Double(words.count) { continue }
                    // REVIEW40 #6: the body's "Về nhiệm vụ <task>, <sentence>" is the row's
                    // sentence with the task named before it: the task's own words do not make
                    // it another sentence.
                    let named = words.subtracting(TextMerge.tokens(v.expanded(t.title)).union(TextMerge.tokens(v.taskName(t))))
                    if !named.isEmpty, Double(named.intersection(row).count) >= v.definition.rules.bodyLengthSaid * Double(named.count) { continue }
                    // REVIEW39 #8: a unit's sentence on another task (none of this task's) is that
                    // task's row's, said once there — never a second copy here.
                    let said = { (st: ConsolidatedReport.Statement) in
                        Double(words.intersection(TextMerge.tokens(st.text)).count) >= v.definition.rules.bodyLengthSaid * Double(words.count) }
                    if !words.isEmpty, !t.statements.contains(where: said),
                       v.report.tasks.contains(where: { $0.code != t.code && $0.statements.contains(where: said) }) { continue }
                    result.append(text)
                }
                // REVIEW47 #7: joint figures the body leaves to this row.
                if let joint = v.jointLeftToAppendix(t) { result.append(VietFormat.paddedDates(v.expanded(joint))) }
                if result.isEmpty { result.append(v.noResult(t)) }
                // REVIEW40 #6: no sentence twice in a cell, whichever way it came in.
                result = VietnameseRenderer.withoutRepeatedSentences(result)
                var cells: [AppendixValue] = [
                    .text(t.letter), .text(v.expanded(t.title)), .text(v.shortName(t.leadText)), .text(t.schedule), .text(v.taskStateCell(t)),
                    .text(v.statusBreakdown(t)), .text(VietFormat.paddedDates(result.joined(separator: "\n"))),
                ]
                if noteColumn { cells.append(.text(v.taskNoteCell(t))) }
                rows.append(AppendixRow(cells: cells, bold: false))
            }
        }
        let (title, sheet) = title(v, 0)
        var notes = leftOut.isEmpty || !v.definition.wording.says("appendix.leftOutTable") ? []
            : [v.definition.wording("appendix.leftOutTable", ["items": leftOut.joined(separator: "; ")])]
        if let legend = stateLegend(v) { notes.append(legend) }
        return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows, notes: notes)
    }

    /// The "Tiến độ" column's words the table uses, each with what it means (REVIEW38 #12: a
    /// fixed vocabulary, defined), in the order they first appear; one entry per wording.
    static func stateLegend(_ v: VietnameseRenderer) -> String? {
        let w = v.definition.wording
        guard w.says("appendix.stateLegend") else { return nil }
        var seen = Set<String>(), items: [String] = []
        for t in v.report.tasks {
            let (key, _) = v.taskStateKey(t)
            // REVIEW44 #5: Phụ lục I's own label, the ordinary status.
            let label = v.appendixStateLabel(t)
            // REVIEW48 #1: a label naming the task's own units (the lead's and the partners'
            // statuses side by side) explains itself; the legend keeps the ordinary words.
            if w.texts["appendix.ordinaryState." + key.dropFirst("labels.".count)]?.contains("{") == true { continue }
            let meaning = "appendix.stateMeaning." + key.dropFirst("labels.".count)
            guard seen.insert(label).inserted, w.texts[meaning] != nil, w.says(meaning) else { continue }
            items.append(w("appendix.stateLegendItem", ["label": label, "meaning": w(meaning)]))
        }
        return items.isEmpty ? nil : w("appendix.stateLegend", ["items": items.joined(separator: "; ")])
    }

    /// Phụ lục II: every expected reporter outside the Department by kind of unit ("A. Các sở,
    /// ban, ngành (09/15)"), with a subtotal per kind; its report's number and date (of the same
    /// submission), the day it was received, and whether on time, late, unreadable or missing.
    public static func reporting(_ v: VietnameseRenderer) -> AppendixTable {
        // The deadline column holds "Trước 15/11/2026" on one line (appendix.deadlineCell).
        let spec: [(Int, Bool)] = [(5, true), (27, false), (16, true), (14, true), (11, true), (11, true), (16, true)]
        let columns = columns(v, "appendix.reportingColumns", spec)
        var rows: [AppendixRow] = []
        let letters = ["A", "B", "C", "D", "E", "F"]
        // Every expected reporter outside the Department (REVIEW30 #5 over REVIEW10 #8: the
        // Sở's own divisions are part of the author; their reporting is internal, the review
        // page's).
        // REVIEW36 #6 (over REVIEW30 #5): with rules.reportingOwnUnits "named", the Department's
        // own phòng, đơn vị have their section too (the plan's Mục IV sets their deadline).
        // REVIEW39 #10: "appendix" — Phụ lục II keeps them, the body does not name them.
        let reporters = ["named", "appendix"].contains(v.definition.rules.reportingOwnUnits) ? v.report.reporters : v.outsideReporters
        var kinds: [String?] = UnitGroup.allCases.map(\.rawValue).filter { g in reporters.contains { $0.group == g } }
        for r in reporters where !kinds.contains(r.group) { kinds.append(r.group) }
        for (k, kind) in kinds.enumerated() {
            let members = reporters.filter { $0.group == kind }
            let received = members.filter { $0.state == .onTime || $0.state == .late }.count
            let label = v.groupLabel(kind) ?? v.definition.wording("who.otherKind")
            rows.append(AppendixRow(cells: [.text(k < letters.count ? letters[k] : ""),
                                            .text(v.definition.wording("appendix.reportingGroup", ["kind": label, "received": VietFormat.count(received),
                                                                                                   "expected": VietFormat.count(members.count)]))],
                                    bold: true, heading: true))
            // Units that sent nothing: their names in one run per kind, not a row each
            // (REVIEW18 #6, REVIEW19 #12); the others a row each with their report.
            let absent = members.filter { $0.state == .missing }
            // REVIEW36 #10: the valid reports numbered on their own; units whose files could not
            // be read in one run after them (appendix.unreadableRun), never in the same count.
            let apart = v.definition.wording.says("appendix.unreadableRun")
            let invalid = apart ? members.filter { $0.state == .unreadable } : []
            for (i, s) in members.filter({ $0.state != .missing && !($0.state == .unreadable && apart) }).enumerated() {
                let sent = s.state == .onTime || s.state == .late
                rows.append(AppendixRow(cells: [
                    .number(Double(i + 1)), .text(v.displayName(s.unitName)), .text(s.deadline.map { v.definition.wording("appendix.deadlineCell", ["date": VietFormat.date($0)]) } ?? ""),
                    .text((s.documentNumber ?? (sent ? v.definition.wording("appendix.noNumber") : "")) + v.laterDocument(s)),
                    .text(v.documentDateCell(s)),
                    .text(s.receivedAt.flatMap(v.meaningfulReceipt) ?? ""), .text(v.reportingLabel(s)),
                ], bold: false))
            }
            // The Department's own units not reported: collected inside (the desk's
            // own-units-missing), not named upward unless appendix.missingRunOwn says how
            // (REVIEW29 #6); the subtotal still counts them.
            // REVIEW46 #7: one run per wording — units that sent an old file format apart from
            // those with no valid report (labels.reporting.byRefusal).
            var labels: [String] = []
            for s in invalid where !labels.contains(v.reportingLabel(s)) { labels.append(v.reportingLabel(s)) }
            for label in labels {
                let these = invalid.filter { v.reportingLabel($0) == label }
                rows.append(AppendixRow(cells: [.text(""), .text(v.definition.wording("appendix.unreadableRun", [
                    "n": VietFormat.count(these.count), "status": label,
                    "names": these.map { v.displayName($0.unitName) }.joined(separator: ", ")]))], bold: false, heading: true))
            }
            let own = kind.map { v.definition.rules.ownGroups.contains($0) } ?? false
            let runKey = own ? "appendix.missingRunOwn" : "appendix.missingRun"
            if !absent.isEmpty, v.definition.wording.says(runKey) {
                rows.append(AppendixRow(cells: [.text(""), .text(v.definition.wording(runKey, [
                    "n": VietFormat.count(absent.count), "status": v.reportingLabel(.missing),
                    "names": absent.map { v.displayName($0.unitName) }.joined(separator: ", ")]))], bold: false, heading: true))
            }
            let late = members.filter { $0.state == .late }.count, missing = members.filter { $0.state == .missing }.count
            let unreadable = members.filter { $0.state == .unreadable }.count
            var rest = ""
            for (n, key) in [(late, "appendix.subtotalLate"), (unreadable, "appendix.subtotalUnreadable"), (missing, "appendix.subtotalMissing")] where n > 0 {
                rest += v.definition.wording(key, ["n": VietFormat.count(n)])
            }
            rows.append(AppendixRow(cells: [.text(""), .text(v.definition.wording("appendix.reportingSubtotal", [
                "received": VietFormat.count(received), "expected": VietFormat.count(members.count), "rest": rest]))],
                bold: true, heading: true))
        }
        let (title, sheet) = title(v, 1)
        // How timeliness was judged is said once, under the table, not in every row.
        // Empty: no method note goes upward (REVIEW17 #10); the review page has the basis.
        let byDate = reporters.contains { v.onTimeByItsDate($0) } && !v.definition.wording("appendix.reportingNote").isEmpty
        var notes = byDate ? [v.definition.wording("appendix.reportingNote")] : []
        // REVIEW36 #10: timeliness judged by the report's own date (no receipt day the văn thư
        // recorded) is said once under the table.
        // REVIEW50 #7: which date — the one written on the report (its "Ngày văn bản" column),
        // and for a report whose date line has a month and no day, the month it names
        // (appendix.reportingByDocumentMonth).
        let byMonth = reporters.contains { $0.judgedBy == ReporterStatus.DateBasis.documentMonth.rawValue }
        if reporters.contains(where: { $0.judgedBy == ReporterStatus.DateBasis.documentDate.rawValue }) || byMonth,
           v.definition.wording.says("appendix.reportingByDocumentDate") {
            let month = byMonth && v.definition.wording.says("appendix.reportingByDocumentMonth") ? v.definition.wording("appendix.reportingByDocumentMonth") : ""
            // REVIEW53 #11: a report with no date of its own is judged by the day the Sở received
            // it (its row says that day): said after the note, when a row is so judged
            // (appendix.reportingByReceipt; empty: not said).
            let receiptKey = "appendix.reportingByReceipt"
            let byReceipt = reporters.contains { r in
                r.judgedBy == ReporterStatus.DateBasis.received.rawValue && r.receivedAt.flatMap(v.meaningfulReceipt) != nil
            }
            let receipt = byReceipt && v.definition.wording.texts[receiptKey] != nil && v.definition.wording.says(receiptKey) ? v.definition.wording(receiptKey) : ""
            notes.append(v.definition.wording("appendix.reportingByDocumentDate") + month + receipt)
        }
        // Files received and refused that name no unit: counted, so that none goes unsaid
        // (REVIEW24 F11).
        let unknown = v.report.refused.filter { $0.unitID == nil }.count
        if unknown > 0, !v.definition.wording("appendix.refusedUnknown", ["n": ""]).isEmpty {
            notes.append(v.definition.wording("appendix.refusedUnknown", ["n": VietFormat.count(unknown)]))
        }
        // Files refused of units that sent a readable report since (an attachment in an old
        // format, a file sent again): named, so that every received file is accounted for
        // (REVIEW27 #14).
        let own = Set(v.report.reporters.map(\.unitID)).subtracting(reporters.map(\.unitID))
        let answered = v.report.refused.filter { $0.answered == true && $0.unitID.map { !own.contains($0) } == true }
        if !answered.isEmpty, !v.definition.wording("appendix.refusedAnswered", ["n": "", "names": ""]).isEmpty {
            var names: [String] = []
            for f in answered {
                let name = v.report.reporters.first { $0.unitID == f.unitID }?.unitName ?? f.unitID ?? ""
                if !names.contains(name) { names.append(name) }
            }
            notes.append(v.definition.wording("appendix.refusedAnswered", ["n": VietFormat.count(answered.count),
                                                                             "names": names.joined(separator: ", ")]))
        }
        return droppingEmptyColumns(AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows, notes: notes))
    }

    /// A column no unit row fills (the day received, when every file was taken in after the
    /// report's cut-off and no receipt day can be vouched for) is left out: an empty column
    /// reads as work not done.
    static func droppingEmptyColumns(_ table: AppendixTable) -> AppendixTable {
        let units = table.rows.filter { !$0.heading }
        guard !units.isEmpty else { return table }
        let empty = Set(table.columns.indices.dropFirst(2).filter { i in
            units.allSatisfy { i >= $0.cells.count || $0.cells[i] == .text("") }
        })
        guard !empty.isEmpty else { return table }
        var out = table
        out.columns = table.columns.enumerated().filter { !empty.contains($0.offset) }.map(\.element)
        out.rows = table.rows.map { r in
            guard !r.heading else { return r }
            var r = r
            r.cells = r.cells.enumerated().filter { !empty.contains($0.offset) }.map(\.element)
            return r
        }
        return out
    }

    /// Phụ lục III: figures per task and indicator, with the total, the number of units that
    /// gave it and each unit's value; the plan's groups as heading rows, each task named.
    public static func figures(_ v: VietnameseRenderer) -> AppendixTable {
        let marked = { (r: ConsolidatedReport.NotCountedReason) in !v.definition.wording("appendix.notCounted.\(r.rawValue)").isEmpty }
        var rows: [AppendixRow] = []
        let (title, sheet) = title(v, 2)
        // REVIEW43 #7: the figures of a file that still carries a reviewer's comment asking to
        // re-check them are counted as sent, and marked so wherever Phụ lục III lists them.
        let unconfirmedMark = v.definition.wording("appendix.unconfirmedMark")
        let unconfirmedFiles = unconfirmedMark.isEmpty ? [] : v.uncheckedFiles
        var unconfirmedUsed = false
        // REVIEW55 #3: the units marked, named once in the note (appendix.unconfirmedNote {names}).
        var unconfirmedUnits: [String] = []
        let columns = columns(v, "appendix.figureColumns", [(5, true), (18, false), (18, false), (11, false), (7, true), (41, false)])
        for g in v.report.groups where g.tasks.contains(where: { !$0.figures.isEmpty }) {
            rows.append(groupRow(v, g, columns: columns.count))
            for t in g.tasks {
                for f in t.figures {
                    // A reported zero is not a contribution. A unit's part in work another held
                    // (or people it sent to others' classes) is listed, marked, and not added
                    // to the total: the body's figure and this one are the same (REVIEW8 #4).
                    let left = { (c: ConsolidatedReport.Contribution) in t.notCounted.first { $0.indicator == f.indicator && $0.unitID == c.unitID } }
                    // A figure left out whose reason has no mark (held back until the unit
                    // confirms it: REVIEW16 #3.4) is not sent upward: the review desk and the
                    // JSON hold it with its reason.
                    let given = f.contributions.filter { $0.value != 0 }
                    let cs = given.filter { c in !(left(c).map { !marked($0.reason) } ?? false) }
                    if !given.isEmpty, cs.isEmpty { continue }
                    let each = cs.map { c -> String in
                        var name = v.shortName(c.unitName)
                        // REVIEW51 #8: a figure a finding still doubts, marked the same way.
                        if unconfirmedFiles.contains(c.file) || (!unconfirmedMark.isEmpty && v.isDoubted(t, f.indicator, c)) {
                            if !unconfirmedUnits.contains(name) { unconfirmedUnits.append(name) }
                            name += " (\(unconfirmedMark))"
                            unconfirmedUsed = true
                        }
                        // REVIEW47 #1: the holder's amount the body does not state (above the
                        // allocation, its fund not named) is marked as under the unit's review.
                        if let mark = v.budgetReviewMark(t, f, c) { name += " (\(mark))" }
                        guard let n = left(c) else { return "\(name): \(VietFormat.number(c.value))" }
                        return "\(name) (\(v.notCountedMark(t, n))): \(VietFormat.number(c.value))"
                    }.joined(separator: "; ")
                    let counted = cs.filter { left($0) == nil }
                    let total = counted.map(\.value).reduce(0, +)
                    // No unit's figure counted: no total, never a "0" nobody gave (REVIEW13 #5).
                    let none = v.definition.wording("appendix.noFigure")
                    rows.append(AppendixRow(cells: [
                        // Every row names its task: a row continued on the next page still says
                        // which task it belongs to.
                        .text(t.letter), .text(v.expanded(t.title)), .text(v.indicator(f.indicator, in: t).label),
                        counted.isEmpty ? .text(none) : f.isMoney ? .money(total) : .number(total),
                        counted.isEmpty ? .text(none) : .number(Double(counted.count)), .text(each),
                    ], bold: false))
                }
            }
        }
        // The legend names only the marks the table uses (REVIEW13 #15).
        var used: [ConsolidatedReport.NotCountedReason] = []
        for t in v.report.tasks {
            for n in t.notCounted where !used.contains(n.reason) && marked(n.reason) && t.figures.contains(where: { f in
                f.indicator == n.indicator && f.contributions.contains { $0.unitID == n.unitID && $0.value != 0 } }) { used.append(n.reason) }
        }
        let order = ConsolidatedReport.NotCountedReason.allCases
        let meanings = used.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
            .map { v.definition.wording("appendix.notCountedMeaning.\($0.rawValue)", ["mark": v.definition.wording("appendix.notCounted.\($0.rawValue)")]) }
            .filter { !$0.isEmpty }
        // One line (REVIEW27 #12): the marks the table uses and that they are outside the
        // totals; how each was decided is the review page's, not a note sent upward.
        let short = v.definition.wording("appendix.notCountedOneLine", ["marks": ""])
        if !short.isEmpty {
            // The marks as the table writes them (a partner's part the lead's figure cannot hold
            // has its own: REVIEW33 #5), in the order of their reasons.
            var written: [String] = []
            for reason in used.sorted(by: { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }) {
                for t in v.report.tasks {
                    for n in t.notCounted where n.reason == reason && t.figures.contains(where: { f in
                        f.indicator == n.indicator && f.contributions.contains { $0.unitID == n.unitID && $0.value != 0 } }) {
                        let m = v.notCountedMark(t, n)
                        if !written.contains(m) { written.append(m) }
                    }
                }
            }
            let marks = written.map { v.definition.wording("appendix.notCountedMark", ["mark": $0]) }
            var notes = marks.isEmpty ? [] : [v.definition.wording("appendix.notCountedOneLine", ["marks": VietFormat.list(marks)])]
            if unconfirmedUsed, v.definition.wording.says("appendix.unconfirmedNote") {
                notes.append(v.definition.wording("appendix.unconfirmedNote", ["mark": unconfirmedMark, "names": VietFormat.list(unconfirmedUnits)]))
            }
            // REVIEW43 #3: a partner's figure far above the lead's own for the same work is the
            // partner's, attributed to its part in the lead's work under the table, the total
            // being the lead's (the body states the lead's figure only).
            notes += partnerOverLeadNotes(v).filter { !$0.isEmpty }
            return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows, notes: notes)
        }
        var notes = meanings.isEmpty ? [] : [v.definition.wording("appendix.notCountedNote", ["items": meanings.joined(separator: "; ").capitalisedFirst])]
        if unconfirmedUsed, v.definition.wording.says("appendix.unconfirmedNote") {
            notes.append(v.definition.wording("appendix.unconfirmedNote", ["mark": unconfirmedMark, "names": VietFormat.list(unconfirmedUnits)]))
        }
        notes += methodNotes(v)
        return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows, notes: notes)
    }

    /// How Phụ lục III's figures were decided (a partner's figure above the lead's, figures
    /// restated under two tasks, work told from both sides): under the table when the legend is
    /// not one line, on the review page always (REVIEW27 #12: not sent upward).
    public static func methodNotes(_ v: VietnameseRenderer) -> [String] {
        partnerOverLeadNotes(v) + restatedNotes(v) + jointWorkNotes(v)
    }

    /// How work told from both sides was counted (a unit's "tham gia" figures, its holders'
    /// own): a method note under Phụ lục III per task and unit, with what cannot be known.
    static func jointWorkNotes(_ v: VietnameseRenderer) -> [String] {
        // One rule, said once, with the tasks it applied to (REVIEW25 #2: seven near-identical
        // notes, one per unit, said the same thing).
        var tasks: [String] = []
        // REVIEW39 #1: not of joint work whose two accounts disagree (not counted once, under review).
        for t in v.report.tasks where t.notCounted.contains(where: { $0.reason == .jointWork })
            && !Consolidator.jointAccountsDisagree(t, rules: v.definition.rules) {
            let label = t.letter + v.definition.wording("appendix.restatedGroup", ["group": String(t.group)])
            if !tasks.contains(label) { tasks.append(label) }
        }
        guard !tasks.isEmpty else { return [] }
        return [v.definition.wording("appendix.jointWorkNote", ["tasks": tasks.joined(separator: ", ")])]
    }

    /// A partner's figure of work a lead held, larger than the lead's own figure of it
    /// (review `figure-partner-over-lead`): the note says plainly that it is not added and why,
    /// and that the two units' figures differ (REVIEW13 #2).
    static func partnerOverLeadNotes(_ v: VietnameseRenderer) -> [String] {
        v.report.review.filter { $0.code == "figure-partner-over-lead" }.compactMap { r in
            guard let p = r.params, let code = p["code"], let t = v.report.tasks.first(where: { $0.code == code }),
                  let id = p["indicator"], let value = p["value"], let leadValue = p["leadValue"] else { return nil }
            let measure = v.definition.wording.indicators[id]?.measure ?? ""
            // The work in the indicator's own words ("lấy, thử nghiệm 3.026 mẫu").
            let left = t.notCounted.first { $0.indicator == id && $0.unitID == r.unitID }
            let work = left.map { v.clause(id, $0.value, money: $0.isMoneyLike) } ?? (value + " " + measure)
            return v.definition.wording("appendix.partnerOverLeadNote", [
                "task": t.letter, "group": v.definition.wording("appendix.restatedGroup", ["group": String(t.group)]),
                "who": v.shortName(p["unit"] ?? ""), "lead": v.shortName(p["lead"] ?? ""), "indicator": v.lowerFirst(v.indicatorLabel(id)),
                "value": value + (measure.isEmpty ? "" : " " + measure), "leadValue": leadValue + (measure.isEmpty ? "" : " " + measure),
                "work": work])
        }
    }

    /// How figures a unit restated under a second task were counted (once, under the task its
    /// passage belongs to): a method note under Phụ lục III, one per pair of tasks.
    static func restatedNotes(_ v: VietnameseRenderer) -> [String] {
        var pairs: [(kept: String, dropped: String, items: [ConsolidatedReport.Restatement])] = []
        for t in v.report.tasks {
            for r in t.restated {
                if let i = pairs.firstIndex(where: { $0.kept == r.keptUnder && $0.dropped == r.droppedFrom }) { pairs[i].items.append(r) }
                else { pairs.append((r.keptUnder, r.droppedFrom, [r])) }
            }
        }
        return pairs.compactMap { p in
            guard let kept = v.report.tasks.first(where: { $0.code == p.kept }), let dropped = v.report.tasks.first(where: { $0.code == p.dropped }) else { return nil }
            var seen = Set<String>()
            let refs = p.items.filter { seen.insert($0.unitID).inserted }.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
            var labels: [String] = []
            for r in p.items where !labels.contains(r.indicator) { labels.append(r.indicator) }
            let groupText = kept.group == dropped.group ? v.definition.wording("appendix.restatedGroup", ["group": String(kept.group)]) : ""
            // Listed once where it is kept, and not added there either (a partner's part in a
            // lead's work): the note says so, as the table does (REVIEW13 #2).
            let notAdded = p.items.allSatisfy { r in kept.notCounted.contains { $0.unitID == r.unitID && $0.indicator == r.indicator } }
            return v.definition.wording(notAdded ? "appendix.restatedNoteNotCounted" : "appendix.restatedNote", [
                "indicators": VietFormat.list(labels.map { v.lowerFirst(v.indicatorLabel($0)) }).capitalisedFirst, "who": v.who(refs),
                "kept": kept.group == dropped.group ? kept.letter : "\(kept.group)\(kept.letter)",
                "dropped": kept.group == dropped.group ? dropped.letter : "\(dropped.group)\(dropped.letter)", "group": groupText])
        }
    }
}
