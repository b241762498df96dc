import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses said inside an item's passage and of two that weigh the same
// (issue #11 point 4, session 28). A status label with what it is measured against ("- Mức độ
// so với Kế hoạch năm 2026: hoàn thành.") or a period ("Từ tháng 01 đến tháng 11/2026: …")
// before a colon is no task's title: the line stays in the passage above, its status that
// task's (the measured sets 131 and 134 read such lines as the plan's II.3.c, "kế hoạch").
// "Nothing arose" said of a month yields to the work said done or under way at the period's
// end (vocabulary.yaml `status_reading.tie_yields`). Written in the hand of a district
// library, which no corpus has.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct StatusLabels28Tests {
    @Test func aMeasuredStatusLabelStaysInItsItemsPassage() throws {
        let s = extract(word(opening + [
            .p("1. Cử công chức tham gia tập huấn"),
            .p("Thư viện cử viên chức tham gia lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("- Số liệu: 03 lượt người."),
            .p("- Mức độ so với Kế hoạch năm 2026: hoàn thành."),
            .p("2. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Thư viện đăng 12 tin, bài trên trang thông tin."),
            .p("- Mức độ so với Kế hoạch năm 2026: đang thực hiện."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(course.status == .completed)
        #expect(news.status == .inProgress)
        #expect(s.entries.count == 2)
    }

    @Test func aPeriodBeforeAColonStaysInItsItemsPassage() throws {
        let s = extract(word(opening + [
            .p("a) Tuyên truyền"),
            .p("Từ tháng 01 đến tháng 11/2026: thư viện đã đăng 09 tin, bài trên trang thông tin điện tử."),
            .p("Dự kiến tháng 12/2026: tiếp tục đăng 02 tin."),
            .p("Đánh giá năm: hoàn thành."),
        ]))
        #expect(s.entries.count == 1)
        let news = try #require(s.entries.first)
        #expect(news.task == "II.1.a")
        #expect(news.status == .completed)
    }

    @Test func nothingInTheMonthYieldsToTheStatusAtThePeriodsEnd() throws {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng: thư viện đăng 12 tin, bài trên trang thông tin."),
            .p("• Trong tháng 11: không phát sinh."),
            .p("• Tình trạng cuối kỳ: Hoàn thành."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.status == .completed)
        #expect(s.findings.contains { $0.code == "status-conflict" && $0.message.contains(news.task) })
    }

    @Test func aStatusTakenFirstStillStandsAgainstNothingArising() throws {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng: thư viện đăng 12 tin, bài trên trang thông tin."),
            .p("• Tình trạng cuối kỳ: Hoàn thành."),
            .p("• Trong tháng 11: không phát sinh."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.status == .completed)
    }

    @Test func theRestOfTheTasksTakeTheStatusSaidOfThem() throws {
        // Said after the last item, "the rest" is no status of that item: it goes to the
        // tasks the report names and leaves with none.
        let s = extract(word(opening + [
            .p("1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng: thư viện đăng 12 tin, bài trên trang thông tin."),
            .p("2. Khen thưởng người tố giác vi phạm: trong kỳ không phát sinh."),
            .p("Các nội dung còn lại nêu tại mục II đã hoàn thành theo Kế hoạch."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.status == .completed)
        #expect(s.entries.contains { $0.status == .notApplicable })
    }

    @Test func theVocabularyRefusesATieToNoStatus() {
        for yaml in ["status_reading:\n  tie_yields:\n    not_applicable: [unknown]\n",
                     "status_reading:\n  tie_yields:\n    nothing: [completed]\n"] {
            do { _ = try Vocabulary.parse(yaml: yaml); Issue.record("accepted: \(yaml)") } catch let e as Vocabulary.LoadError {
                #expect(e.message.hasPrefix("status_reading.tie_yields."))
            } catch { Issue.record("\(error)") }
        }
    }
}
