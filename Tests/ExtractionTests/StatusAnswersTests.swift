import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses read from the meaning of a cell or a line wherever it stands:
// yes/no answers under a header that asks whether the work was done or arose, progress as a
// fraction of the unit's own planned activities, a status after a tab at the end of a heading
// whose task is decided by the lines under it. Written in words of no corpus.

private func top() -> [[Any?]] { [["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                             ["Số: 41/BC-UBND", nil, nil, "Sài Gòn, ngày 12 tháng 11 năm 2026"],
                             ["BẢNG KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"]] }

@Suite struct StatusAnswersTests {
    @Test func yesAndNoUnderQuestionsAboutTheWorkAreItsStatus() throws {
        let s = extract(workbook(top() + [
            ["TT", "Nội dung công việc", "Có phát sinh không?", "Hoàn tất chưa?", "Kết quả", "Ghi chú"],
            [1, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", true, true, "09 tin, bài trên cổng thông tin phường"],
            [2, "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn phường", true, false, "03 cuộc kiểm tra tại chợ"],
            [3, "Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", true, false, nil, "Chưa cử được, lớp dời sang năm sau"],
            [4, "Khen thưởng tổ chức, cá nhân tố giác vi phạm về đo lường, chất lượng", false, false],
        ]), fileName: "bang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        // A no to "done?" only says the work is not finished.
        #expect(checks.status == .inProgress)
        // The note says it has not begun: that outweighs a bare no.
        let course = try #require(s.entry("II.3.a"))
        #expect(course.status == .notStarted)
        // A no to "did it arise?" is not applicable, whatever the other column says.
        let reward = try #require(s.entry("II.5.d"))
        #expect(reward.status == .notApplicable)
        #expect(!s.findingCodes.contains("status-unrecognized"))
    }

    @Test func aColloquialAnswerToAQuestionInWordsIsReadToo() throws {
        let s = extract(workbook(top() + [
            ["STT", "Nội dung công việc", "Phường làm xong chưa", "Số liệu"],
            [1, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Rồi", "05 tin, bài"],
            [2, "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn phường", "Có, còn tiếp tục", "02 cuộc kiểm tra"],
        ]), fileName: "bang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        // Words after the yes say more than the yes: read as any status cell.
        #expect(checks.status == .inProgress)
    }

    @Test func aFractionOfThePlannedActivitiesIsHowFarTheWorkCame() throws {
        let s = extract(workbook(top() + [
            ["TT", "Nội dung công việc", "Số việc đã thực hiện/kế hoạch", "Kết quả"],
            [1, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "3/3", "12 tin, bài"],
            [2, "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn phường", "1/4", "01 cuộc kiểm tra"],
            [3, "Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "0/2", "Lớp chưa mở"],
        ]), fileName: "bang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    @Test func recognisersReadQuestionsAnswersAndFractions() {
        guard let r = extractor.gridRecognisers else { Issue.record("grids.yaml not loaded"); return }
        let done = r.question("Đã làm xong hay chưa?")
        #expect(done?.yes == .completed && done?.no == .inProgress)
        #expect(r.question("Phát sinh?")?.no == .notApplicable)
        // A header that asks nothing is no question.
        #expect(r.question("Đã hoàn thành") == nil)
        #expect(r.question("Ghi chú") == nil)
        if let d = done {
            #expect(r.answer("FALSE", d)?.status == .inProgress)
            #expect(r.answer("rồi", d)?.status == .completed)
            #expect(r.answer("Có, đang làm", d) == nil)
        }
        #expect(r.isFractionHeader("Công việc (xong/KH)"))
        #expect(!r.isFractionHeader("Tin/bài"))
        #expect(r.fraction("2 / 5")?.status == .inProgress)
        #expect(r.fraction("0/1")?.status == .notStarted)
        // A month and year is no fraction of work.
        #expect(r.fraction("10/2026") == nil)
        #expect(r.fraction("5/3") == nil)
    }

    @Test func aStatusAfterATabAtTheEndOfAHeadingWaitsForTheHeadingsTask() throws {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Ủy ban nhân dân phường báo cáo các nội dung liên quan như sau:"),
            .p("1. Việc lấy mẫu hàng hóa\tĐã làm xong"),
            .p("- 06 mẫu mũ bảo hiểm lấy tại cửa hàng để khảo sát chất lượng"),
            .p("2. Khen thưởng người tố giác\tKhông phát sinh"),
            .p("- trong kỳ không có trường hợp nào"),
        ]))
        let samples = try #require(s.entries.first { $0.indicators[IndicatorID("samples_tested")] != nil })
        #expect(samples.status == .completed)
    }

    @Test func aStatusPerPeriodIsTheLatestPeriodsNotTheForecasts() throws {
        let s = extract(workbook(top() + [
            ["TT", "Nội dung công việc", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11 (dự kiến)", "Số tin, bài", "Số cuộc kiểm tra"],
            [1, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đang làm", "Đang làm", "Đang làm", "Hoàn thành", 11],
            [2, "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn phường", "Chưa bắt đầu", "Hoàn thành", nil, nil, nil, 2],
        ]), fileName: "bang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .inProgress)
        #expect(checks.status == .completed)
    }

    @Test func aHeadingsScheduleIsNotItsStatus() {
        let v = extractor.vocabulary
        // When the plan wants it done is no progress; a status after the title is.
        #expect(v.headingTailStatus(Tokenizer.tokenize("3. Bảo trì thiết bị đo (phòng phối hợp; thời hạn theo kế hoạch: thường xuyên)")) == nil)
        #expect(v.headingTailStatus(Tokenizer.tokenize("3. Bảo trì thiết bị đo – thường xuyên"))?.value == .inProgress)
    }

    @Test func aQuestionColumnsAskMustSayHowMuchANoWeighs() throws {
        let shipped = try String(contentsOf: pipeline.directory.appendingPathComponent("grids.yaml"), encoding: .utf8)
        let broken = shipped.replacingOccurrences(of: "      no_weight: 0.45\n", with: "")
        #expect(broken != shipped)
        #expect(throws: GridVocabulary.LoadError.self) {
            _ = try GridVocabulary.parse(yaml: broken, file: "grids.yaml", indicators: extractor.vocabulary.indicatorIDs, tasks: extractor.tasks.map(\.code))
        }
    }

    @Test func everyWeightOfAStatusStatedAwayIsInTheFileAndNowhereElse() throws {
        let shipped = try String(contentsOf: pipeline.directory.appendingPathComponent("vocabulary.yaml"), encoding: .utf8)
        let lines = shipped.components(separatedBy: "\n")
        let without = lines.filter { !$0.hasPrefix("    sheet: ") }.joined(separator: "\n")
        #expect(without != shipped)
        do {
            _ = try Vocabulary.parse(yaml: without)
            Issue.record("a missing weight was not refused")
        } catch let e as Vocabulary.LoadError {
            #expect(e.description.contains("status_references.weights.sheet"))
        }
        #expect(try Vocabulary.parse(yaml: shipped).statusReferences.weights.sheet > 0)
    }

    @Test func twoPassagesOfATaskThatDisagreeAreQuotedNotDecidedByOrder() throws {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Nhiệm vụ 3.a: Phường cử 02 công chức dự lớp tập huấn nghiệp vụ về đo lường trong tháng 7; việc cử người đã xong."),
            .p("2. Nhiệm vụ 3.a (tiếp): lớp bồi dưỡng thứ hai về chất lượng còn dang dở, phường vẫn đang làm."),
        ]))
        let course = try #require(s.entry("II.3.a"))
        #expect(course.status != .unknown)
        let conflict = s.findings.first { $0.code == "status-conflict" && $0.message.contains("II.3.a") }
        #expect(conflict != nil)
    }
}
