@testable import Consolidation
import Foundation
import Plan
@testable import ReportWriters
import Testing
import VietText

/// REVIEW53's findings answered in the report layer, each by a general rule (report.yaml's
/// rules and wording, the renderer's judgements), checked on the report made from the dev
/// corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review53Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review53Tests.report, definition: Fixtures.definition) }
    var text: String { body(v).replacingOccurrences(of: "\n", with: " ") }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// Section II's paragraphs, each group's from its heading to the next.
    func groupParagraphs(_ v: VietnameseRenderer, _ number: Int) -> [String] {
        var out: [String] = [], inII = false, inside = false
        for b in v.body() {
            switch b {
            case .section(let s): inII = s.hasPrefix("II."); inside = false
            case .item(let s): inside = inII && s.hasPrefix("\(number). ")
            case .paragraph(let s): if inside { out.append(s) }
            default: break
            }
        }
        return out
    }

    /// #5: every figure stands in the sentence of the task it was extracted under. A task named
    /// at one of its sentences ("Đối với nhiệm vụ {topic}, …") is named before any of its
    /// figures: the lead's own figures of it (the Chi cục's 289 doanh nghiệp of 2.d, its 19
    /// đoàn of 2.đ) stand after the words naming it and before the next task is named — never
    /// after the task before's sentence; a task after one named is named too (the Trung tâm's
    /// 2.g results after 2.đ's). The lead's results on the group's other tasks stand in a
    /// paragraph before the tasks named, and II.2 is no longer one block.
    @Test func aTasksFiguresStandAfterTheWordsNamingIt() throws {
        let r = Review53Tests.report, v = v
        // The words results.othersOn names a task with ("Đối với nhiệm vụ ").
        let template = try #require(Fixtures.definition.wording.texts["results.othersOn"])
        let start = String(template[..<(try #require(template.range(of: "{topic}"))).lowerBound])
        var checked = 0
        for g in r.groups {
            let paragraphs = groupParagraphs(v, g.number)
            let text = paragraphs.joined(separator: " ")
            for t in g.tasks {
                guard let run = v.othersRuns(t, money: false).first else { continue }
                // The task's name as the body gives it, its first words (short forms come after).
                let topic = v.topic(t, reporters: run.units).split(separator: " ").prefix(5).joined(separator: " ")
                guard let named = text.range(of: start + topic) else { continue }
                let rest = text[named.upperBound...]
                let segment = rest[..<(rest.range(of: start)?.lowerBound ?? rest.endIndex)]
                let before = text[..<named.lowerBound]
                for item in v.figureItems(t, money: false, where: { v.isLeadUnit($0.unitID, of: t) }) {
                    let n = VietFormat.count(item.value)
                    guard Consolidator.containsNumber(text[...], n) else { continue }
                    #expect(Consolidator.containsNumber(segment, n), "\(t.code): \(n) not after \(start + topic)")
                    // Not in the sentence of the task named before it.
                    if let last = before.range(of: start, options: String.CompareOptions.backwards) {
                        #expect(!Consolidator.containsNumber(before[last.lowerBound...], n), "\(t.code): \(n) before its name")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 2)
        // II.2 is no longer one block: the lead's results on the group's other tasks stand in a
        // paragraph naming no task, before the tasks named (rules.taskParagraphWords).
        let ii2 = groupParagraphs(v, 2)
        #expect(ii2.count >= 3, "\(ii2)")
        // The lead's 2.b figure (32 doanh nghiệp): in that paragraph, or — where the body has
        // room for its task's sentence (REVIEW53 #7's shorter III.1) — after its task's name.
        let summary = try #require(ii2.first { $0.contains("32 doanh nghiệp") })
        if let named = summary.range(of: start + "triển khai hoạt động Giải thưởng") {
            #expect(named.upperBound < summary.range(of: "32 doanh nghiệp")!.lowerBound, "\(summary)")
        } else {
            #expect(!summary.contains(start), "\(summary)")
        }
        // The Chi cục's 289 and 19 with their own tasks.
        let d = try #require(ii2.first { $0.contains("289 doanh nghiệp") })
        let dName = try #require(d.range(of: start + "hỗ trợ doanh nghiệp xây dựng"), "\(d)")
        #expect(dName.upperBound < d.range(of: "289 doanh nghiệp")!.lowerBound, "\(d)")
        let dd = try #require(ii2.first { $0.contains("19 đoàn kiểm tra") })
        #expect(dd.hasPrefix(start + "tổ chức triển khai xây dựng"), "\(dd)")
    }

    /// #1: the amounts the budget's holder reports on the plan's tasks without naming their
    /// fund, adding up above the allocation (265.000.000 and 274.750.000 đồng beside
    /// 349.000.000), are told with the work they paid for in II, as the holder wrote them, and
    /// the budget paragraph no longer says them after the allocation as its uses ("Chi cục đã
    /// sử dụng 265.000.000 đồng cho nhiệm vụ …" read as an overspend of it).
    @Test func amountsOfNoNamedFundAreToldWithTheirWorkNotAsUsesOfTheAllocation() throws {
        let v = v, text = text
        let budget = section(text, from: "7. Kinh phí thực hiện Kế hoạch", to: "III. ĐÁNH GIÁ CHUNG")
        #expect(budget.contains(VietFormat.money(Double(v.report.budget.planned))), "\(budget)")
        let unstated = v.holderSpending().filter { $0.source == .unstated }
        try #require(v.budgetUnderReview && unstated.count >= 2)
        let results = section(text, from: "II. KẾT QUẢ THỰC HIỆN", to: "7. Kinh phí thực hiện Kế hoạch")
        for x in unstated {
            let amount = VietFormat.money(x.amount)
            #expect(!budget.contains(amount), "\(amount) in the budget paragraph: \(budget)")
            #expect(results.contains(amount), "\(amount) not told with its work")
        }
        // What the holder names another fund for is still said apart ("Ngoài ra, … lồng ghép"),
        // or — where the body has room for it (REVIEW53 #7's shorter III.1) — told with its
        // work in II, no source claimed from a one-word note (REVIEW36 #4).
        for x in v.holderSpending() {
            guard case .other = x.source else { continue }
            #expect(budget.contains("lồng ghép") || results.contains(VietFormat.money(x.amount)), "\(budget)")
        }
    }

    /// #4: where the classes are totalled (III.1), the classes units told as held "phối hợp
    /// với Chi cục", counted at them, are said to possibly overlap the Chi cục's own counted in
    /// the same total (the reviewer's words); not where the lead's own figure is left out of the
    /// total (its inspections of 5.c).
    @Test func classesHeldWithTheLeadAreSaidToPossiblyOverlapItsOwnWhereTotalled() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v).replacingOccurrences(of: "\n", with: " ")
        _ = v
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        let joint = r.tasks.flatMap { t in
            t.jointWithLead.filter { j in j.indicator == "training_courses"
                && !t.notCounted.contains { $0.unitID == j.unitID && $0.indicator == j.indicator && $0.reason == .jointWork } }
        }.map(\.value).reduce(0, +)
        try #require(joint > 0)
        #expect(achieved.contains("\(VietFormat.count(joint)) lớp do các đơn vị phối hợp với Chi cục tổ chức, có thể trùng một phần với số liệu của Chi cục"), "\(achieved)")
        #expect(!achieved.contains("cuộc do các đơn vị phối hợp với Chi cục tổ chức"), "\(achieved)")
    }

    /// #6: a unit of the Sở other than a task's lead whose figures are a large share of the
    /// task's (here at least a quarter, rules.bodyLength.ownUnitMajorShare) is a result of the
    /// task, not detail the length rule moves: the Trung tâm Phân tích's 2.g calibrations and
    /// tests (all of the task's) and its 54 of 4.c's 145 chuẩn are in the body.
    @Test func anOwnUnitsLargeShareOfATaskStaysInTheBody() throws {
        let r = Review53Tests.report, v = v, text = text
        let results = section(text, from: "II. KẾT QUẢ THỰC HIỆN", to: "III. ĐÁNH GIÁ CHUNG")
        var checked = 0
        for t in r.tasks {
            for f in t.figures where f.indicator != Consolidator.budgetIndicator {
                let total = f.contributions.filter { $0.value > 0 }.map(\.value).reduce(0, +)
                // Work told as done with the lead whose accounts disagree is Phụ lục I's note
                // (REVIEW47 #7), not a result of its own.
                for c in f.contributions where c.value > 0 && !v.isLeadUnit(c.unitID, of: t) && v.isOwnUnit(c.unitID) && c.value / total >= 0.25
                    && !t.jointWithLead.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator })
                    && !t.notCounted.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                    #expect(Consolidator.containsNumber(results[...], VietFormat.count(c.value)), "\(t.code) \(c.unitName) \(c.value)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 3)
        #expect(results.contains("2.241 phương tiện đo") && results.contains("2.243 mẫu"), "\(results)")
    }

    /// #3: a figure of the Sở's own unit that the tool still doubts is not sent upward with a
    /// request to its own unit beside it ("(số liệu đang được đề nghị đơn vị xác nhận lại)"):
    /// the clause bringing it leaves the body (the Chi cục's 2.387 học viên, 385 đại biểu, the
    /// work stays), Phụ lục I states it; another unit's keeps the request (Sở Du lịch's).
    /// REVIEW55 #1, #3 state and count the own unit's figures (a plausibility doubt is the
    /// desk's): the rule runs on the pipeline before it (`Fixtures.before55`).
    @Test func theSosOwnDoubtedFiguresAreTheAppendixsNotARequestInTheBody() throws {
        let v = Fixtures.rendererBefore55
        let text = body(v).replacingOccurrences(of: "\n", with: " ")
        let note = v.w("results.unconfirmed").trimmingCharacters(in: .whitespaces)
        // Sentences the Sở speaks for its own unit: by the unit's name, or "Sở đã …".
        let own = Set(v.report.submissions.filter { v.isOwnUnit($0.unitID) }.map { v.shortName($0.unitName) } + ["Sở đã"])
        for sentence in text.components(separatedBy: ". ") where !note.isEmpty && sentence.contains(note) {
            #expect(!own.contains { sentence.hasPrefix($0 + " ") }, "\(sentence)")
        }
        #expect(!text.contains("2.387") && !text.contains("385 đại biểu"), "\(text)")
        #expect(text.contains("04 khóa đào tạo chuyên sâu") && text.contains("01 hội thảo"))
        #expect(BodyLengthTests.rowText(v, "II.3.b").contains("2.387"))
        // REVIEW54 #4 (over REVIEW51 #7's request beside another unit's figure): no note beside
        // any figure; Sở Du lịch's stands as its signed report gives it, Phụ lục III notes it.
        #expect(note.isEmpty && text.contains("129 lượt người tham dự") && !text.contains("xác nhận lại"), "\(text)")
    }

    /// #10: V's request to the Bộ made from a difficulty the wards raised is the Department's
    /// own: "(trên cơ sở phản ánh của …)", never "(phản ánh của …)" as if the wards asked it.
    @Test func aRequestUpwardFromTheUnitsDifficultiesIsTheDepartments() throws {
        let text = text
        let v5 = section(text, from: "V. ĐỀ XUẤT, KIẾN NGHỊ", to: "Trên đây là báo cáo")
        #expect(v5.contains("Nghị định số 133/2025/NĐ-CP (trên cơ sở phản ánh của"), "\(v5)")
        #expect(v5.components(separatedBy: "(phản ánh của").count == 1, "\(v5)")
    }

    /// III.1's progress sentence, from its headline to its full stop.
    func progressSentence(_ text: String) -> String {
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        guard let a = achieved.range(of: "Đến thời điểm báo cáo, ") else { return "" }
        let rest = achieved[a.lowerBound...]
        return String(rest[..<(rest.range(of: "). ")?.upperBound ?? rest.range(of: ".")?.upperBound ?? rest.endIndex)])
    }

    /// #7: III.1's progress in the spec's plain form — the headline count first ("Đến thời điểm
    /// báo cáo, 12/24 nhiệm vụ đã hoàn thành (đạt 50%), 06 nhiệm vụ đang thực hiện, 02 nhiệm vụ
    /// chưa thực hiện (…), 01 nhiệm vụ không phát sinh (…)"), counted from the tasks' states
    /// and phases (not written in), the counts adding up to the plan's tasks, no tally by kind
    /// of task interleaved ("Cụ thể: trong 05 nhiệm vụ đã đến hạn …"); the tasks whose progress
    /// is still being settled said briefly after the counts.
    @Test func theProgressParagraphOpensWithThePlainHeadline() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v).replacingOccurrences(of: "\n", with: " ")
        let sentence = progressSentence(text)
        let total = r.tasks.count, done = r.tasks.filter { $0.state == .completed }.count
        // Under way: as Phụ lục I says it, and (#3's statuses, rules.ownUnsettled) the tasks the
        // Sở's own units lead with results whose status is still being settled.
        let underWay = r.tasks.filter { $0.state == .inProgress
            || (Fixtures.definition.rules.ownUnsettledInProgress && $0.state == .noInformation && v.ownLead($0) && v.worked($0)) }.count
        let notStarted = r.tasks.filter { v.phase($0) == .notStarted }.count
        #expect(total == 24 && done == 12, "the reviewer re-derived 12 of 24")
        let head = "Đến thời điểm báo cáo, \(VietFormat.count(done))/\(VietFormat.count(total)) nhiệm vụ đã hoàn thành (đạt \(VietFormat.percent(done, of: total))), "
            + "\(VietFormat.count(underWay)) nhiệm vụ đang thực hiện, \(VietFormat.count(notStarted)) nhiệm vụ chưa thực hiện (kết nối cơ sở dữ liệu quốc gia"
        #expect(sentence.hasPrefix(head), "\(sentence)")
        #expect(sentence.contains(", 01 nhiệm vụ không phát sinh (triển khai Chương trình 1322"), "\(sentence)")
        // The counts after the headline add up to the tasks not completed.
        let re = try Regex("(\\d+) nhiệm vụ (?!đã hoàn thành)")
        let counted = sentence.matches(of: re).compactMap { Int(String($0.output[1].substring ?? "")) }.reduce(0, +)
        #expect(counted == total - done, "\(sentence)")
        // Plain: no tally by kind of task interleaved.
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        for old in ["Cụ thể:", "nhiệm vụ đã đến hạn,", "trong 14 nhiệm vụ thường xuyên", "Kế hoạch có 24 nhiệm vụ"] {
            #expect(!achieved.contains(old), "\(old): \(achieved)")
        }
        // The tasks still being settled come after every count, not between them.
        if let unsettled = sentence.range(of: "nhiệm vụ đang được xác nhận tiến độ") {
            #expect(!sentence[unsettled.upperBound...].contains("nhiệm vụ đang thực hiện") && !sentence[unsettled.upperBound...].contains("nhiệm vụ chưa thực hiện"))
        }
    }

    /// #2: a lead's "chưa thực hiện" beside another unit's work done "phối hợp với" it on the
    /// same task (the Chi cục's 5.a, Phòng KT-PC's 03 đoàn kiểm tra): not the two side by side
    /// in one sentence as if they agree — the lead's status; the partner's work, a sentence of
    /// its own, as the partner's; the Sở confirming with the lead whether it counts under
    /// the task (report.yaml's words). The desk asks it as a decision. III.2 b) "Chủ quan" gives
    /// the lead's cause (its plan not finished, so not started), never the status restated.
    /// REVIEW55 (room) names the tasks once, in III.1: "Chủ quan" as it stood runs on the
    /// pipeline before it (`Fixtures.before55`).
    @Test func aPartnersJointWorkBesideTheLeadsNotStartedIsTheDepartmentsToConfirm() throws {
        let r = Fixtures.devBefore55, v = Fixtures.rendererBefore55
        let text = body(v).replacingOccurrences(of: "\n", with: " ")
        let t = try #require(r.tasks.first { $0.code == "II.5.a" })
        try #require(t.leadStatus?.status == .notStarted && v.partnerJointWork(t) != nil)
        let ii5 = section(text, from: "5. Tăng cường công tác kiểm tra", to: "6. Trao đổi thông tin")
        let sentences = ii5.components(separatedBy: ". ")
        let lead = try #require(sentences.first { $0.contains("do Chi cục chủ trì chưa thực hiện") }, "\(ii5)")
        #expect(!lead.contains("169 cơ sở") && !lead.contains("đã phối hợp"), "\(lead)")
        let partner = try #require(sentences.first { $0.contains("169 cơ sở") }, "\(ii5)")
        #expect(partner.hasPrefix("Phòng Kiểm tra – Pháp chế đã phối hợp với Chi cục"), "\(partner)")
        // REVIEW54 #4 (over this answer's "Sở đang thống nhất với Chi cục …", a working note):
        // the partner's work stated as partner work, not added (report.yaml's words); the
        // question stays the desk's, below.
        #expect(!partner.contains("Sở đang thống nhất") && partner.hasSuffix("(không cộng vào tổng số nêu trên)"), "\(partner)")
        // The desk: the signer's decision, asked as one.
        let row = try #require(r.review.first { $0.code == "status-conflict" && $0.params?["code"] == "II.5.a" })
        let message = v.reviewMessage(row)
        #expect(message.contains("Cần quyết định") && message.contains("có được tính là kết quả của nhiệm vụ II.5.a"), "\(message)")
        // III.2 b) Chủ quan: a cause from the lead's words, not "chưa triển khai" again.
        let subjective = section(text, from: "b) Chủ quan:", to: "IV. PHƯƠNG HƯỚNG")
        #expect(!subjective.contains("chủ trì chưa triển khai"), "\(subjective)")
        #expect(subjective.contains("Việc xây dựng kế hoạch thực hiện một số nhiệm vụ do đơn vị thuộc Sở chủ trì chưa hoàn thành nên các nhiệm vụ này chưa triển khai (kết nối cơ sở dữ liệu quốc gia"), "\(subjective)")
    }

    /// #8: a funding gap one of the Sở's own units reports ("kinh phí năm 2026 chưa được phân
    /// bổ", Phòng KT-PC) is not a shortcoming sent upward as is: III.2's list of units putting
    /// work off keeps the units outside (Sở Du lịch, Sở Dân tộc và Tôn giáo, the 05 phường, xã)
    /// and names none of the Sở's own; IV states the Department's remedy (report.yaml's
    /// outlook.ownPostponedRemedy); the desk still raises it.
    @Test func anOwnUnitsFundingGapIsTheDepartmentsRemedyNotAShortcomingUpward() throws {
        let r = Review53Tests.report, v = v, text = text
        let own = r.postponements.filter { v.outsideCount([$0.unit]) == 0 }
        try #require(!own.isEmpty)
        let shortcomings = section(text, from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        let line = try #require(shortcomings.components(separatedBy: ". ").first { $0.contains("kinh phí năm 2026 chưa được phân bổ") }, "\(shortcomings)")
        for p in own { #expect(!line.contains(v.shortName(p.unit.unitName)), "\(line)") }
        #expect(!line.contains("thuộc Sở"), "\(line)")
        #expect(line.contains("Sở Du lịch") && line.contains("05 phường, xã, đặc khu"), "\(line)")
        // The reviewer's count: Sở Du lịch, Sở Dân tộc và Tôn giáo and 05 phường, xã.
        #expect(line.hasPrefix("07 cơ quan"), "\(line)")
        let iv = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ĐỀ XUẤT")
        #expect(iv.contains("Bố trí kinh phí cho Phòng Kiểm tra – Pháp chế thực hiện các nội dung còn lại trong tháng 12/2026 hoặc chuyển tiếp vào Kế hoạch năm 2027."), "\(iv)")
        #expect(r.review.contains { $0.code == "own-units-postponed" })
    }

    /// #3's statuses (REVIEW53 #3, rules.ownUnsettled "in_progress"): the body does not tell
    /// UBND TP that the Sở has not assessed its own unit's task — the tasks its own units lead,
    /// with results, whose progress the tool still doubts (1.b, 6.a left blank; 3.c's "không
    /// phát sinh" the Chi cục contradicts) are counted "đang thực hiện"; Phụ lục I keeps each
    /// one's state as it stands and the desk asks the lead; "không có nhiệm vụ quá hạn" stays
    /// unsaid while 1.b, past its date, is not completed; IV asks what remains finished, not
    /// assessed.
    @Test func theSosOwnUnitsUnsettledTasksAreUnderWayInTheBody() throws {
        let r = Review53Tests.report, v = v, text = text
        let unsettled = r.tasks.filter { $0.state != .completed && v.ownLead($0) && v.worked($0)
            && ![.recurring, .inProgress, .notStarted, .overdue, .notDue, .awaitingRequest].contains(v.phase($0))
            && !(v.phase($0) == .notArisen && !v.leadContradicted($0)) }
        #expect(Set(unsettled.map(\.code)) == ["II.1.b", "II.3.c", "II.6.a"], "\(unsettled.map(\.code))")
        for words in ["Sở chưa đánh giá", "Sở đang xác nhận với đơn vị chủ trì", "đang được xác nhận tiến độ", "đánh giá, báo cáo mức độ hoàn thành"] {
            #expect(!text.contains(words), "\(words)")
        }
        let sentence = progressSentence(text)
        // REVIEW54 #1 (over this answer's count): III.1 counts them as Phụ lục I states them —
        // 1.b and 6.a "đơn vị chủ trì chưa đánh giá tiến độ" (the lead's silence, not the Sở's),
        // 3.c "không phát sinh" — never "đang thực hiện" (Review54Tests).
        for t in unsettled {
            let name = v.lowerFirst(v.expanded(t.title))
            let underWay = try #require(sentence.range(of: "nhiệm vụ đang thực hiện"))
            #expect(!sentence[..<underWay.lowerBound].contains(name) && sentence.contains(name), "\(t.code): \(sentence)")
        }
        #expect(!sentence.contains("không có nhiệm vụ quá hạn"), "\(sentence)")
        // Phụ lục I and the desk keep the doubt.
        for t in unsettled {
            #expect(v.appendixStateLabel(t) != v.appendixStateLabel(try #require(r.tasks.first { $0.state == .inProgress && $0.recurring })), "\(t.code)")
            #expect(r.review.contains { ["lead-status-missing", "lead-not-arisen"].contains($0.code) && $0.params?["code"] == t.code }, "\(t.code)")
        }
        let iv = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ĐỀ XUẤT")
        #expect(iv.contains("hoàn thành phần việc còn lại (nếu có) của nhiệm vụ tuyên truyền"), "\(iv)")
    }

    /// #11: Phụ lục II's timeliness as the code judges it — by the date written on the unit's
    /// report (Reconciliation.timeliness: the document's date, else the month its date line
    /// names, else the day the file was received): the column is headed so ("Tình trạng (theo
    /// ngày văn bản)"), the note under the table says it, and where a report with no date was
    /// judged by the day it was received, the note says that too (its row gives the day).
    @Test func appendixIIsTimelinessSaysWhichDateItIsJudgedBy() throws {
        let r = Review53Tests.report, v = v
        let table = AppendixTables.reporting(v)
        #expect(table.columns.last?.title == "Tình trạng (theo ngày văn bản)", "\(table.columns.map(\.title))")
        // The code judges a dated report by its own date, whatever day it arrived.
        let dated = r.reporters.filter { [.onTime, .late].contains($0.state) && $0.documentDate != nil }
        try #require(!dated.isEmpty)
        #expect(dated.allSatisfy { $0.judgedBy == "document_date" }, "\(dated.map { ($0.unitName, $0.judgedBy) })")
        let note = try #require(table.notes.first { $0.contains("căn cứ ngày ghi trên văn bản") }, "\(table.notes)")
        let receipt = try #require(Fixtures.definition.wording.texts["appendix.reportingByReceipt"])
        #expect(!receipt.isEmpty)
        // None of the review inbox's reports is judged by its receipt day: not said.
        if !r.reporters.contains(where: { $0.judgedBy == "received" && $0.receivedAt.flatMap(v.meaningfulReceipt) != nil }) {
            #expect(!note.contains(receipt), "\(note)")
        }
        // One with no date, judged by the day it was received: said.
        var undated = r
        let k = try #require(undated.reporters.firstIndex { $0.state == .onTime && $0.documentDate != nil })
        undated.reporters[k].documentDate = nil
        undated.reporters[k].judgedBy = "received"
        undated.reporters[k].receivedAt = Fixtures.date("2026-11-10")
        let notes = AppendixTables.reporting(VietnameseRenderer(undated, definition: Fixtures.definition)).notes
        #expect(notes.contains { $0.contains("căn cứ ngày ghi trên văn bản") && $0.hasSuffix(receipt) }, "\(notes)")
    }
}
