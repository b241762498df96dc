import Foundation
import Testing
@testable import Extraction

// Specifications of a year-end review's items (issue #11, session 33): each item gives its
// result to a date, then an estimate to the year's end whose status stands in brackets. The
// words are this file's own.

private var shipped: Vocabulary { shippedVocabulary }

private func found(_ text: String) -> PassageNumbers { shipped.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in found(text).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct YearEndEstimateLinesTests {
    @Test func anEstimateBesideTheResultOfItsKindIsNotAdded() {
        let text = """
        Tổ kiểm tra của xã kiểm tra cân tại hai chợ và các cửa hàng gas.
        - Thực hiện đến 18/11/2026: 03 cuộc kiểm tra, 26 cơ sở được kiểm tra.
        - Ước thực hiện đến 31/12/2026: 04 cuộc, 33 cơ sở (dự kiến thêm 01 cuộc trong tháng 12, đang thực hiện).
        """
        #expect(figures(text) == ["inspections": 3, "establishments_inspected": 26])
        // Nor is any of its numbers one a person must read.
        #expect(found(text).unread.isEmpty && found(text).unplaced.isEmpty)
    }

    @Test func anItemsEstimateLineAddsNothingToItsResult() throws {
        // Each line of the item is read on its own: the estimate's line comes after the
        // task's result of its kind and adds nothing to it, nor is it quoted.
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Sơ kết thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .p("Phường đăng tin trên trang thông tin điện tử và loa truyền thanh khu phố."),
            .p("- Thực hiện đến 18/11/2026: 10 tin, bài."),
            .p("- Ước thực hiện đến 31/12/2026: 12 tin, bài (đang thực hiện)."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.indicators[IndicatorID("communications")]?.value == 10)
        #expect(news.status == .inProgress)
        // Nor does the sweep of unread numbers quote the estimate's figure.
        #expect(!s.findings.contains { $0.code == "figures-summed" || $0.code == "figure-unrecognized" })
    }

    @Test func anEstimateAloneStaysAFigure() {
        // Nothing else says how many: the estimate is read (and marked as one later).
        #expect(figures("- Ước thực hiện cả năm: 12 tin, bài (đang thực hiện).") == ["communications": 12])
    }

    @Test func anEstimateOfAnotherKindStaysRead() {
        let text = "- Thực hiện đến 18/11/2026: 02 lớp tập huấn.\n- Ước thực hiện đến 31/12/2026: 02 lớp, 90 lượt người tham dự."
        #expect(figures(text) == ["training_courses": 2, "participants": 90])
    }
}

@Suite struct YearEndLettersTests {
    private var opening: [Piece] {
        [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]
    }

    @Test func aSentenceOnTheContentsAboveStatesTheirStatus() throws {
        // "The contents above are all done": a status of the tasks the letter names, not of
        // the last one alone, nor of none.
        let s = extract(word(opening + [
            .p("Phường đã đăng 08 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử."),
            .p("Phường đã cử 02 công chức tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức."),
            .p("Các nội dung nêu trên đều đã hoàn thành."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.status == .completed)
        #expect(!s.entries.isEmpty && s.entries.allSatisfy { $0.status == .completed })
    }
}
