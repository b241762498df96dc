import Foundation
import Testing
@testable import Extraction

// Specifications of what a count counts when its words stand apart from its number (session
// 17): what the counted did further on in the clause, a field's label before a dash, what is
// left to do, the place that holds what was counted, the parts of a figure in a parenthesis or
// after a handling word, the label of a labelled total. Sentences in words of their own.

private func figures(_ text: String) -> [String: Double] {
    let found = shippedVocabulary.figures(in: Tokenizer.tokenize(text)).found
    let totals = Set(found.filter(\.total).map(\.indicator))
    var out: [String: Double] = [:]
    for f in found where f.total || !totals.contains(f.indicator) { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct FigureNounsTests {
    @Test func whatTheCountedDidWrongMakesThemOffenders() {
        #expect(figures("Đợt ra quân kiểm tra 33 quầy thịt cá; 05 quầy dùng quả cân sai lệch.")
                == ["establishments_inspected": 33, "violations": 5])
        #expect(figures("Rà soát 08 cửa hàng bán gas, 02 cửa hàng để bình quá hạn kiểm định.")
                == ["establishments_inspected": 8, "violations": 2])
    }

    @Test func aDeniedWrongdoingMakesNoOffender() {
        #expect(figures("Tổ công tác kiểm tra 12 cửa hàng vàng bạc không vi phạm.") == ["establishments_inspected": 12])
    }

    @Test func aPrepositionEndsWhatTheNounDid() {
        // What the inspection was about, not what the inspected did.
        #expect(figures("Kiểm tra 15 cơ sở về hành vi gian lận đo lường.") == ["establishments_inspected": 15])
    }

    @Test func aFieldLabelBeforeADashSaysWhatIsCounted() {
        let f = figures("- Điểm kinh doanh được kiểm tra – 28 điểm kinh doanh\n- Điểm kinh doanh vi phạm – 04 điểm kinh doanh")
        #expect(f == ["establishments_inspected": 28, "violations": 4])
    }

    @Test func whatIsLeftToDoIsNoResult() {
        #expect(figures("Đã đưa 14 phương tiện đi hiệu chuẩn, còn 02 phương tiện chờ sửa chữa.") == ["instruments_verified": 14])
        #expect(figures("Đã góp ý 07 dự thảo; hiện còn 03 dự thảo chưa góp ý.") == ["standards_reviewed": 7])
    }

    @Test func thePlaceThatHoldsTheCountedIsWhereNotWhat() {
        #expect(figures("Tổ kiểm tra đến 02 khu chợ đầu mối, kiểm tra 64 sạp hàng.") == ["establishments_inspected": 64])
        // Alone, the places are what was inspected.
        #expect(figures("Kiểm tra đo lường tại 04 chợ.") == ["establishments_inspected": 4])
    }

    @Test func kindredCountsInAParenthesisArePartsOfTheFigure() {
        #expect(figures("Đoàn đã đến 25 cơ sở (09 doanh nghiệp, 16 hộ kinh doanh).") == ["establishments_inspected": 25])
    }

    @Test func howOffendersWereHandledArePartsOfTheirCount() {
        #expect(figures("Qua kiểm tra phát hiện 06 hộ vi phạm, lập biên bản 04 hộ, cảnh cáo 02 hộ.") == ["violations": 6])
    }

    @Test func aCountInALabelledTotalsLabelIsWhatTheTotalIsOver() {
        // The rounds the total is over ("04 đợt") are the label's, not inspections of their own.
        #expect(figures("Cộng chung 04 đợt: 11 đoàn kiểm tra, 70 cơ sở.") == ["inspections": 11, "establishments_inspected": 70])
    }

    @Test func theValueACorrectionReplacesIsNoResult() {
        // `figure_reading.superseded`: "sửa X thành Y", "đã ghi là X": Y is read, X is not; Y
        // said again after the figure it corrects is that figure.
        #expect(figures("Số cuộc kiểm tra sửa 12 cuộc thành 15 cuộc.") == ["inspections": 15])
        #expect(figures("Kiểm tra tại 46 cơ sở kinh doanh xăng dầu (sửa 38 cơ sở thành 46 cơ sở).") == ["establishments_inspected": 46])
    }

    @Test func sessionsOnATopicAreCourses() {
        #expect(figures("Nhà trường tổ chức 03 buổi chuyên đề cho 240 học sinh.") == ["training_courses": 3, "participants": 240])
        #expect(figures("Mở 01 lớp cho 40 tiểu thương.") == ["training_courses": 1, "participants": 40])
        // A neighbourhood meeting is no course.
        #expect(figures("Lồng ghép nội dung vào 06 buổi sinh hoạt tổ dân phố.").isEmpty)
    }

    @Test func visitsToEnterprisesCountTheEnterprises() {
        #expect(figures("Tư vấn 55 lượt doanh nghiệp về mã vạch.") == ["enterprises_supported": 55])
        #expect(figures("Lượt doanh nghiệp được tư vấn: 18") == ["enterprises_supported": 18])
    }

    @Test func casesInspectedAreInspections() {
        #expect(figures("Thanh tra 14 vụ, phát hiện 05 vụ vi phạm.") == ["inspections": 14, "violations": 5])
    }

    @Test func anApprovedAmountIsNoSpending() {
        #expect(figures("Kinh phí được duyệt 900 triệu đồng, đã giải ngân 450 triệu đồng.") == ["budget_spent_vnd": 450_000_000])
    }

    @Test func whereSamplesWereTakenIsNoInspection() {
        #expect(figures("Lấy 12 mẫu gạo tại 06 cửa hàng để thử nghiệm.") == ["samples_tested": 12])
    }

    @Test func whatTheWorkCostIsSpending() {
        #expect(figures("Photo tài liệu phát cho hộ dân hết 1,8 triệu đồng.") == ["budget_spent_vnd": 1_800_000])
    }

    @Test func attendanceLabelledAsSuchIsParticipants() {
        #expect(figures("Số lớp: 02; Số lượt dự: 95") == ["training_courses": 2, "participants": 95])
    }
}
