import Consolidation
import Foundation
import OOXML
import VietText

/// A single-file HTML page for the officer who checks the run: status at a glance with
/// inline SVG charts, the findings that need a person (with their source), refused files,
/// missing and late reporters, and every figure with where it came from. No external
/// resources, no scripts; all unit text escaped; readable on a phone.
public struct HTMLReviewWriter: Sendable {
    /// Turns a submission path (relative to the inbox) into a link target, or nil for none.
    public var link: @Sendable (String) -> String?

    public init(link: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.link = link
    }

    /// Links from a page written into `outputDirectory` to files under `inbox` (the paths the
    /// ledger keeps are relative to the inbox): a relative, percent-encoded href such as
    /// "../Inbox/BC%20P%20An%20Ph%C3%BA.docx", so the page works wherever the tree is copied.
    public static func linkingToInbox(_ inbox: URL, from outputDirectory: URL) -> HTMLReviewWriter {
        let from = outputDirectory.standardizedFileURL.pathComponents
        let to = inbox.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let prefix = (up + to[common...]).joined(separator: "/")
        return HTMLReviewWriter(link: { path in
            let encoded = path.split(separator: "/").map {
                String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? String($0)
            }
            return (prefix.isEmpty ? "" : prefix + "/") + encoded.joined(separator: "/")
        })
    }

    public func write(_ v: VietnameseRenderer, to url: URL) throws {
        // NFC throughout; links are percent-encoded, so they keep the file's own bytes.
        try Data(VietText.nfc(html(v)).utf8).write(to: url, options: .atomic)
    }

    func e(_ s: String) -> String { XMLEscaping.escape(s) }

    func fileRef(_ path: String, _ place: String?) -> String {
        let label = "<code>\(e(VietText.nfc(path)))</code>" + (place.map { " — \(e($0))" } ?? "")
        if let href = link(path) { return "<a href=\"\(e(href))\">\(label)</a>" }
        return label
    }

    public func html(_ v: VietnameseRenderer) -> String {
        let r = v.report
        var b = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e("Rà soát báo cáo tổng hợp \(r.pipeline) — \(VietFormat.date(r.asOf))"))</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:0 1rem 3rem;color:#1b1b1b;background:#fafafa;line-height:1.45}
        main{max-width:1100px;margin:0 auto}
        h1{font-size:1.4rem;margin:1rem 0 .2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
        .cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
        .card{flex:1 1 9rem;background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.6rem .8rem}
        .card b{display:block;font-size:1.5rem}
        .warn b{color:#b45309}.bad b{color:#b91c1c}.good b{color:#15803d}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
        th,td{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}
        th{background:#f0f0f0}
        td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        code{font-size:.85em;word-break:break-all}
        details{margin:.2rem 0}summary{cursor:pointer}
        .tag{display:inline-block;border-radius:.3rem;padding:0 .35rem;font-size:.8rem;color:#fff}
        .completed{background:#15803d}.in_progress{background:#2563eb}.not_started{background:#b45309}.no_information{background:#6b7280}.overdue{background:#b91c1c}
        svg{width:100%;height:auto;max-width:900px;display:block}
        .legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
        .legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.25rem;vertical-align:middle}
        @media (max-width:600px){body{padding:0 .5rem 2rem}th,td{padding:.25rem}table{font-size:.85rem}}
        </style></head><body><main>
        """
        b += "<h1>Rà soát báo cáo tổng hợp \(e(r.pipeline))</h1>"
        b += "<p>\(e(v.subject))</p>"
        b += "<p>Đến ngày <b>\(VietFormat.date(r.asOf))</b> · lượt chạy số \(r.runID) · \(r.submissions.count) báo cáo hiện hành</p>"

        // At a glance: the headline the body and the JSON state (REVIEW23 #11), each scope
        // named as the body names it; the wording is report.yaml's (wording.page).
        let h = r.headline
        func card(_ cls: String, _ value: String, _ key: String, _ values: [String: String] = [:]) -> String {
            "<div class=\"card \(cls)\"><b>\(e(value))</b>\(e(v.pageText(key, values)))</div>"
        }
        func n(_ x: Int) -> String { HTMLReviewWriter.count(x) }
        let doneDated = h.dated[ConsolidatedReport.Phase.completed.rawValue] ?? 0
        let activeRecurring = h.recurring[ConsolidatedReport.Phase.recurring.rawValue] ?? 0
        let rest = h.tasks - doneDated - activeRecurring - h.overdue.count
        b += "<div class=\"cards\">"
        b += card("good", "\(n(doneDated))/\(n(h.datedTasks))", "page.datedDone")
        b += card("", "\(n(activeRecurring))/\(n(h.recurringTasks))", "page.recurringActive")
        b += card("bad", n(h.overdue.count), "page.overdue")
        b += card("warn", n(rest), "page.otherTasks")
        let own = h.ownReporting
        // Every expected unit, the Department's own among them: the body's count and the
        // JSON's completeness (REVIEW26 #5), the own units' share beside it.
        b += card("", "\(n(h.reporting.received + own.received))/\(n(h.reporting.expected + own.expected))", "page.received",
                  ["own": "\(n(own.received))/\(n(own.expected))"])
        b += card("warn", n(h.reporting.late + own.late), "page.late")
        b += card("warn", n(h.reporting.laterAfterDeadline + own.laterAfterDeadline), "page.laterAfterDeadline")
        b += card("bad", n(h.reporting.unreadable + own.unreadable), "page.unreadable")
        b += card("bad", n(h.reporting.missing + own.missing), "page.missing", ["own": n(own.missing)])
        b += card("warn", n(r.review.count), "page.review")
        b += card("bad", n(r.refused.count), "page.refused")
        b += "</div>"

        b += "<h2>Tình trạng nhiệm vụ theo nhóm</h2>" + groupChart(v)
        b += "<h2>Tình hình gửi báo cáo</h2>" + reportingChart(v)
        b += "<h2>Số liệu theo đơn vị</h2>" + figureCharts(v)

        // Findings that need a person.
        b += "<h2 id=\"can-xem-xet\">Điểm cần người xem xét (\(r.review.count))</h2>"
        if r.review.isEmpty {
            b += "<p>Không có.</p>"
        } else {
            b += "<div class=\"scroll\"><table><tr><th>Mức</th><th>Đơn vị</th><th>Nội dung</th><th>Nguồn (tệp — vị trí)</th></tr>"
            for f in r.review {
                let level = f.severity == "error" ? "Lỗi" : f.severity == "warning" ? "Cảnh báo" : "Thông tin"
                b += "<tr><td>\(level)</td><td>\(e(f.unitName ?? f.unitID ?? ""))</td><td>\(e(v.reviewMessage(f))) <small>(\(e(f.code)))</small></td><td>\(fileRef(f.path, f.source))</td></tr>"
            }
            b += "</table></div>"
        }

        // Reviewers' comments left in the units' files (REVIEW35 #5): every one, those saying
        // the figures are not yet checked marked (they are also warnings above).
        let comments = r.comments ?? []
        if !comments.isEmpty, !v.pageText("page.comments").isEmpty {
            b += "<h2 id=\"y-kien\">\(e(v.pageText("page.comments"))) (\(comments.count))</h2>"
            b += "<div class=\"scroll\"><table><tr><th>Đơn vị</th><th>\(e(v.pageText("page.commentAuthor")))</th><th>Nội dung</th><th>Nguồn (tệp — vị trí)</th></tr>"
            for c in comments {
                let mark = c.unchecked ? " <strong>(\(e(v.pageText("page.commentUnchecked"))))</strong>" : ""
                b += "<tr><td>\(e(c.unitName))</td><td>\(e(c.author ?? ""))</td><td>“\(e(c.text))”\(mark)</td><td>\(fileRef(c.file, c.source))</td></tr>"
            }
            b += "</table></div>"
        }

        // How Phụ lục III's figures were decided: the method notes kept off the appendix sent
        // upward (REVIEW27 #12), for the officer who checks the totals.
        let method = AppendixTables.methodNotes(v)
        if !method.isEmpty, !v.definition.wording("page.methodNotes").isEmpty {
            b += "<h2>\(e(v.definition.wording("page.methodNotes")))</h2><ul>" + method.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        }

        // Refused files.
        b += "<h2>Tệp bị từ chối (\(r.refused.count))</h2>"
        if r.refused.isEmpty {
            b += "<p>Không có.</p>"
        } else {
            b += "<div class=\"scroll\"><table><tr><th>Tệp</th><th>Lý do</th><th>Nhận lần đầu</th></tr>"
            for f in r.refused {
                b += "<tr><td>\(fileRef(f.path, nil))</td><td>\(e(f.reason)) <small>(\(e(f.kind)))</small></td><td>\(VietFormat.dateTime(f.firstSeen))</td></tr>"
            }
            b += "</table></div>"
        }

        // Missing and late reporters.
        let late = r.reporters.filter { $0.state == .late }
        let missing = r.reporters.filter { $0.state == .missing }
        b += "<h2>Đơn vị gửi trễ hạn (\(late.count))</h2>"
        b += late.isEmpty ? "<p>Không có.</p>" : reporterTable(late)
        let unreadable = r.reporters.filter { $0.state == .unreadable }
        b += "<h2>Đơn vị gửi tệp không đọc được (\(unreadable.count))</h2>"
        b += unreadable.isEmpty ? "<p>Không có.</p>" : reporterTable(unreadable)
        b += "<h2>Đơn vị chưa gửi báo cáo (\(missing.count))</h2>"
        if missing.isEmpty {
            b += "<p>Không có.</p>"
        } else {
            b += "<details><summary>Xem danh sách \(missing.count) đơn vị</summary>" + reporterTable(missing) + "</details>"
        }

        // Tasks with every figure's provenance.
        b += "<h2>Kết quả theo nhiệm vụ</h2>"
        for t in r.tasks {
            // The state as Phụ lục I and the body state it (the task's phase), not the evidence's.
            b += "<details><summary><b>\(e(t.code))</b> \(e(t.title)) <span class=\"tag \(t.overdue != nil ? "overdue" : t.state.rawValue)\">\(e(v.taskStateLabel(t)))</span>"
            b += " · \(t.unitStatuses.count) đơn vị</summary>"
            b += "<p>\(e(v.basisText(t)).replacingOccurrences(of: "\n", with: "<br>"))</p>"
            if !t.unitStatuses.isEmpty { b += "<p>\(e(v.statusBreakdown(t)))</p>" }
            if !t.figures.isEmpty {
                b += "<div class=\"scroll\"><table><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th>Số liệu</th><th>Nguồn</th></tr>"
                for f in t.figures {
                    for c in f.contributions {
                        let src = c.sources.map { "\(fileRef(c.file, $0.location)): «\(e($0.text))»" }.joined(separator: "<br>")
                        b += "<tr><td>\(e(v.indicatorLabel(f.indicator)))</td><td>\(e(c.unitName))</td><td class=\"n\">\(VietFormat.number(c.value))</td><td>\(src.isEmpty ? fileRef(c.file, nil) : src)</td></tr>"
                    }
                    b += "<tr><th>\(e(v.indicatorLabel(f.indicator)))</th><th>Cộng (\(f.unitCount) đơn vị)</th><th class=\"n\">\(VietFormat.number(f.total))</th><th></th></tr>"
                }
                b += "</table></div>"
            }
            if !t.statements.isEmpty {
                b += "<ul>"
                for q in t.statements {
                    b += "<li>«\(e(q.text))» — \(e(q.unit.unitName)) (\(fileRef(q.unit.file, q.unit.source)))</li>"
                }
                b += "</ul>"
            }
            for s in t.restated {
                b += "<p><small>" + e(v.restatedMessage(s)) + "</small></p>"
            }
            b += "</details>"
        }

        func items(_ title: String, _ list: [ConsolidatedReport.MergedItem]) {
            b += "<h3>\(e(title)) (\(list.count))</h3>"
            if list.isEmpty { b += "<p>Không có.</p>"; return }
            b += "<ol>"
            for it in list {
                b += "<li>\(e(it.text))<br><small>" + it.units.map { "\(e($0.unitName)) (\(fileRef($0.file, $0.source)))" }.joined(separator: "; ") + "</small>"
                if !it.variants.isEmpty {
                    b += "<details><summary>\(it.variants.count) cách viết khác đã gộp</summary><ul>" + it.variants.map { "<li>\(e($0))</li>" }.joined() + "</ul></details>"
                }
                b += "</li>"
            }
            b += "</ol>"
        }
        b += "<h2>Khó khăn, vướng mắc</h2>"
        for g in r.difficulties { items(v.definition.wording.themeLabels[g.theme] ?? g.theme, g.items) }
        b += "<h2>Đề xuất, kiến nghị</h2>"
        for g in r.proposals { items(v.definition.wording.addresseeLabels[g.addressee] ?? g.addressee, g.items) }

        b += "<h2>Báo cáo hiện hành (\(r.submissions.count))</h2><div class=\"scroll\"><table><tr><th>Đơn vị</th><th>Số, ngày</th><th>Tiếp nhận</th><th>Tệp</th></tr>"
        for s in r.submissions {
            let date = s.documentDate.flatMap { PlanDateText.display($0) } ?? ""
            b += "<tr><td>\(e(s.unitName))</td><td>\(e(s.documentNumber ?? "")) \(e(date))</td><td>\(VietFormat.dateTime(s.receivedAt))</td><td>\(fileRef(s.file, nil))</td></tr>"
        }
        b += "</table></div>"
        b += "</main></body></html>\n"
        return b
    }

    /// A card's count as the body writes counts ("08", "49/183"), none as "0".
    static func count(_ x: Int) -> String { x == 0 ? "0" : VietFormat.count(x) }

    func reporterTable(_ rows: [ConsolidatedReport.ReporterRow]) -> String {
        var b = "<div class=\"scroll\"><table><tr><th>Đơn vị</th><th>Loại</th><th>Hạn</th><th>Tiếp nhận</th><th>Tệp</th></tr>"
        for s in rows {
            b += "<tr><td>\(e(s.unitName))</td><td>\(e(s.kind))</td><td>\(s.deadline.map(VietFormat.date) ?? "")</td><td>\(s.receivedAt.map(VietFormat.dateTime) ?? "")</td><td>\(s.file.map { fileRef($0, nil) } ?? "")</td></tr>"
        }
        return b + "</table></div>"
    }

    // MARK: - Charts (inline SVG)

    func legend(_ items: [(String, String)]) -> String {
        "<div class=\"legend\">" + items.map { "<span><i style=\"background:\($0.1)\"></i>\(e($0.0))</span>" }.joined() + "</div>"
    }

    /// A phase's colour on the page: done, under way, behind, not known.
    static func color(_ p: ConsolidatedReport.Phase) -> String {
        switch p {
        case .completed, .completedToDate: return "#15803d"
        case .recurring, .inProgress, .dueNow, .leadSilent: return "#2563eb"
        case .overdue: return "#b91c1c"
        case .notStarted: return "#b45309"
        default: return "#9ca3af"
        }
    }

    /// Each group's tasks by how the body and Phụ lục I state them (the headline's phases).
    func groupChart(_ v: VietnameseRenderer) -> String {
        let r = v.report
        let rowH = 26, labelW = 90, barW = 600
        let maxTasks = max(1, r.groups.map(\.tasks.count).max() ?? 1)
        var legendItems: [(String, String)] = []
        var s = "<svg viewBox=\"0 0 \(labelW + barW + 20) \(r.groups.count * rowH + 10)\" role=\"img\" aria-label=\"Tình trạng nhiệm vụ theo nhóm\">"
        for (i, g) in r.groups.enumerated() {
            let y = i * rowH + 5
            s += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">Nhóm \(g.number)</text>"
            var x = labelW
            var labels: [String] = []
            var byLabel: [String: (n: Int, color: String)] = [:]
            for t in g.tasks {
                let label = v.taskStateLabel(t)
                if byLabel[label] == nil { labels.append(label); byLabel[label] = (0, HTMLReviewWriter.color(t.phase)) }
                byLabel[label]!.n += 1
            }
            for label in labels {
                let (n, color) = byLabel[label]!
                if !legendItems.contains(where: { $0.0 == label }) { legendItems.append((label, color)) }
                let w = n * barW / maxTasks
                s += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(rowH - 6)\" fill=\"\(color)\"><title>\(e(label)): \(n)</title></rect>"
                s += "<text x=\"\(x + w / 2)\" y=\"\(y + 15)\" font-size=\"12\" fill=\"#fff\" text-anchor=\"middle\">\(n)</text>"
                x += w
            }
        }
        s += "</svg>"
        return s + legend(legendItems)
    }

    func reportingChart(_ v: VietnameseRenderer) -> String {
        let r = v.report
        let groups = r.completeness.byGroup
        guard !groups.isEmpty else { return "<p>Chưa có danh sách đơn vị phải báo cáo.</p>" }
        let rowH = 26, labelW = 220, barW = 480
        var s = "<svg viewBox=\"0 0 \(labelW + barW + 80) \(groups.count * rowH + 10)\" role=\"img\" aria-label=\"Tình hình gửi báo cáo\">"
        for (i, g) in groups.enumerated() {
            let y = i * rowH + 5
            let onTime = g.received - g.late
            let parts = [(onTime, "#15803d"), (g.late, "#b45309"), (g.unreadable, "#b91c1c"), (g.missing, "#d1d5db")]
            s += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">\(e(v.groupLabel(g.group) ?? g.group))</text>"
            var x = labelW
            for (n, color) in parts where n > 0 {
                let w = max(1, n * barW / max(1, g.expected))
                s += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(rowH - 6)\" fill=\"\(color)\"><title>\(n)</title></rect>"
                x += w
            }
            s += "<text x=\"\(labelW + barW + 6)\" y=\"\(y + 16)\" font-size=\"13\">\(g.received)/\(g.expected)</text>"
        }
        s += "</svg>"
        return s + legend([(v.reportingLabel(.onTime), "#15803d"), (v.reportingLabel(.late), "#b45309"),
                           (v.reportingLabel(.unreadable), "#b91c1c"), (v.reportingLabel(.missing), "#d1d5db")])
    }

    /// One small bar chart per indicator: each unit's values summed over tasks, largest first,
    /// under the city-wide total the body states (the headline's, each piece of work counted
    /// once, by plan group when the groups differ); money spent is shown by unit, never added up
    /// (its lines are of different funds).
    func figureCharts(_ v: VietnameseRenderer) -> String {
        let r = v.report
        var byIndicator: [String: (label: String, units: [String: Double])] = [:]
        var order: [String] = []
        for t in r.tasks {
            for f in t.figures {
                if byIndicator[f.indicator] == nil { byIndicator[f.indicator] = (v.indicatorLabel(f.indicator), [:]); order.append(f.indicator) }
                for c in f.contributions { byIndicator[f.indicator]!.units[c.unitName, default: 0] += c.value }
            }
        }
        if order.isEmpty { return "<p>\(e(v.pageText("page.noFigures")))</p>" }
        var out = "<p><small>\(e(v.pageText("page.figuresNote")))</small></p>"
        let top = 10
        for id in order {
            let (label, units) = byIndicator[id]!
            let sorted = units.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let shown = sorted.prefix(top)
            let maxV = max(1, shown.map(\.value).max() ?? 1)
            let rowH = 20, labelW = 230, barW = 420
            var summary: String
            if let t = r.headline.totals.first(where: { $0.indicator == id }) {
                // The label names the unit ("(đồng)"): the number alone.
                let value = VietFormat.number(t.value)
                summary = v.pageText("page.total", ["label": label, "total": value, "units": VietFormat.count(t.units)])
                if t.byGroup.count > 1 {
                    let parts = t.byGroup.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map { g in
                        v.pageText("page.groupPart", ["group": g.key, "n": VietFormat.number(g.value)])
                    }
                    summary += " " + v.pageText("page.byGroup", ["parts": parts.joined(separator: "; ")])
                }
            } else {
                summary = v.pageText("page.noTotal", ["label": label, "units": VietFormat.count(units.count)])
            }
            out += "<details><summary>\(e(summary))</summary>"
            out += "<svg viewBox=\"0 0 \(labelW + barW + 140) \(shown.count * rowH + 6)\" role=\"img\" aria-label=\"\(e(label))\">"
            for (i, u) in shown.enumerated() {
                let y = i * rowH + 3
                let w = max(1, Int(u.value / maxV * Double(barW)))
                out += "<text x=\"0\" y=\"\(y + 13)\" font-size=\"12\">\(e(String(u.key.prefix(34))))</text>"
                out += "<rect x=\"\(labelW)\" y=\"\(y)\" width=\"\(w)\" height=\"\(rowH - 5)\" fill=\"#2563eb\"/>"
                out += "<text x=\"\(labelW + w + 4)\" y=\"\(y + 13)\" font-size=\"12\">\(VietFormat.number(u.value))</text>"
            }
            out += "</svg>"
            if sorted.count > top { out += "<p><small>\(sorted.count - top) đơn vị khác không hiển thị; xem bảng theo nhiệm vụ.</small></p>" }
            out += "</details>"
        }
        return out
    }
}

enum PlanDateText {
    /// "2026-11-08" → "08/11/2026".
    static func display(_ iso: String) -> String? {
        let p = iso.split(separator: "-")
        return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : nil
    }
}
