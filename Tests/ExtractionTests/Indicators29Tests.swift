import Foundation
import Testing
@testable import Extraction

// Specifications of which number is the period's own and what it counts (issue #11 point 3,
// session 29): a long report's background of earlier years opening a sentence without a
// colon ("Năm 2025, …", "Cả nhiệm kỳ 2020 – 2025, …"), the plan's target stated in a clause
// or a bracket of its own, and counts written only in words after a field's label ("– Số
// cuộc: ba.", "– Phạt: bốn triệu năm trăm nghìn đồng."). The words are this file's own.

private let vocabulary2026: Vocabulary = {
    var v = shippedVocabulary
    v.figureReading.planYear = 2026
    return v
}()

private func found(_ text: String) -> PassageNumbers { vocabulary2026.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    let all = found(text).found
    let totals = Set(all.filter(\.total).map(\.indicator))
    var out: [String: Double] = [:]
    for f in all where f.total || !totals.contains(f.indicator) { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct EarlierYearsAndTargetsTests {
    @Test func aSentenceOpeningWithAnEarlierYearWithoutItsColonIsThatYears() {
        let text = """
        Năm 2025, xã tổ chức 09 cuộc kiểm tra tại 70 cơ sở. Năm 2026, xã tổ chức 03 cuộc kiểm tra tại 25 cơ sở.
        """
        #expect(figures(text) == ["inspections": 3, "establishments_inspected": 25])
        #expect(found(text).unread.isEmpty)
        // A range of years counts by its last; a term ending before the plan's year is background.
        #expect(figures("Cả nhiệm kỳ 2020 – 2025, xã đã cử 31 lượt công chức dự tập huấn.").isEmpty)
        #expect(figures("Giai đoạn 2021-2025 đã kiểm tra 140 cơ sở.").isEmpty)
        // The plan's year named further on in the sentence is read from there.
        #expect(figures("Năm 2024 đăng 11 tin, bài, năm 2026 đăng 16 tin, bài.") == ["communications": 16])
        // The plan's own year opening the sentence stays read.
        #expect(figures("Năm 2026, xã đăng 05 tin, bài.") == ["communications": 5])
    }

    @Test func aClauseOrABracketStatingThePlansTargetIsNoResult() {
        let text = "Kế hoạch của xã năm 2026 là 03 hội nghị với khoảng 200 lượt người; đã tổ chức 02 hội nghị với 130 lượt người tham dự."
        #expect(figures(text) == ["training_courses": 2, "participants": 130])
        #expect(figures("Kế hoạch đề ra 05 đợt kiểm tra. Đến nay đã kiểm tra 04 cuộc.") == ["inspections": 4])
        // After a run-in label's colon too.
        #expect(figures("Kết quả: Kế hoạch đề ra 03 cuộc kiểm tra; đã thực hiện 02 cuộc.") == ["inspections": 2])
        // A bracket opening with the plan, whether or not a figure stands right before it.
        let bracket = "Mở 02 lớp cho 210 lượt công chức của các sở và 40 xã tham dự (kế hoạch cả năm khoảng 300 lượt)."
        #expect(figures(bracket) == ["training_courses": 2, "participants": 210])
        // What the figure is measured against.
        #expect(figures("Có 410 lượt người tham dự so với dự kiến 380 lượt.") == ["participants": 410])
        // A plan cited by its number is a document: the clause's counts stay read.
        #expect(figures("Kế hoạch số 12/KH-UBND được triển khai, kiểm tra 06 cơ sở.") == ["establishments_inspected": 6])
    }
}

@Suite struct CountsInWordsAfterALabelTests {
    @Test func aFieldsValueInWordsIsReadAsItsDigitsWouldBe() {
        let text = """
        – Số cuộc: hai.
        – Cơ sở được kiểm tra: mười chín.
        – Vi phạm: một cơ sở (cân sai).
        – Phạt: bốn triệu năm trăm nghìn đồng.
        """
        #expect(figures(text) == ["inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 4_500_000])
        #expect(figures("– Tiền phạt: hai triệu đồng.") == ["fines_vnd": 2_000_000])
        // A lone "một" before no counted noun is an article, and "năm 2026" a year.
        #expect(figures("– Doanh nghiệp được hướng dẫn: một số doanh nghiệp nhỏ.").isEmpty)
        #expect(figures("– Thời gian: năm 2026.").isEmpty)
        #expect(figures("– Vụ tố giác vi phạm: Năm nay không có ai báo tin.").isEmpty)
    }

    @Test func anAmountInWordsWrittenAgainInDigitsCountsOnce() {
        let text = "Phạt tám mươi bảy triệu năm trăm nghìn đồng (87.500.000 đồng)."
        #expect(figures(text) == ["fines_vnd": 87_500_000])
        // Digits first, the words in brackets after them.
        #expect(figures("Xử phạt 01 cơ sở với số tiền 2.500.000 đồng (hai triệu năm trăm nghìn đồng).") == ["violations": 1, "fines_vnd": 2_500_000])
    }
}
