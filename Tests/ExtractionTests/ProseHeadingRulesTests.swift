import DocumentModel
import Foundation
import Testing
@testable import Extraction
import Plan

// Specifications of how a heading of the unit's own speaks of the item it opens: the status
// it ends with, and a line that cites its basis (which names no task, however close its words
// are to one of the plan's).

private let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH\nSố: 215/BC-UBND",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Định, ngày 05 tháng 11 năm 2026"]])
private let opening: [Piece] = [header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

private func tail(_ text: String) -> TaskStatus? {
    shippedVocabulary.headingTailStatus(Tokenizer.tokenize(text))?.value
}

@Suite struct ProseHeadingRulesTests {
    @Test func aHeadingEndsWithItsItemsStatusAfterADashOrAColon() {
        #expect(tail("3.2. Kiểm soát cân đo ở khu buôn bán nông sản – đang làm") == .inProgress)
        #expect(tail("Rà soát quy trình một cửa — đã xong") == .completed)
        #expect(tail("Phối hợp với tổ chức năng suất khu vực: không phát sinh") == .notApplicable)
        #expect(tail("Lấy mẫu nước đá viên (đã hoàn thành)") == .completed)
        // A status inside the title, or followed by what it applies to, is the title's words.
        #expect(tail("Hướng dẫn hoàn thành hồ sơ công bố hợp quy cho cơ sở") == nil)
        #expect(tail("Đã hoàn thành") == nil)
        // A few words after the status still end the title ("– đang làm, tháng 12 làm tiếp";
        // vocabulary.yaml status_reading.heading_tail_words, session 32); a longer clause is
        // the title's own words.
        #expect(tail("Kiểm tra – đang làm thủ tục thành lập đoàn") == .inProgress)
        #expect(tail("Kiểm tra – đang làm thủ tục thành lập đoàn kiểm tra liên ngành của phường") == nil)
    }

    @Test func theHeadingsStatusIsTheItemsWhenTheItemIsFoundByMeaning() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Khảo sát chất lượng nước mắm bán lẻ – đang làm"),
            .p("Lấy 16 mẫu nước mắm tại các cửa hàng để thử nghiệm."),
            .p("2. Góp ý dự thảo quy chuẩn về nước uống đóng chai — đã xong"),
            .p("Có văn bản góp ý 02 dự thảo."),
        ]))
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.value("II.5.b", "samples_tested") == 16)
        #expect(s.entry("II.2.e")?.status == .completed)
    }

    @Test func aLineCitingItsBasisNamesNoTaskByThePlansWording() {
        // The plan's own words for a task, after "Căn cứ", quote the decision cited.
        let cited = "Căn cứ Quyết định số 1383/QĐ-UBND ngày 25 tháng 4 năm 2024 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch triển khai thực hiện Quyết định số 899/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về thu hút, trọng dụng nhân tài đến năm 2030, tầm nhìn đến năm 2050;"
        let quoted = "Thực hiện thu hút đội ngũ cán bộ có trình độ chuyên môn cao, đội ngũ chuyên gia tư vấn, đánh giá trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND của Hội đồng nhân dân Thành phố về mức thu nhập chuyên gia"
        let run = ExtractionRun(extractor: extractor, document: word([.p(cited), .p(quoted), .p("Phúc đáp " + quoted)]))
        #expect(run.planWordingTask(run.lines[0]) == nil)
        // The same words as a heading name their task; after "Phúc đáp" they cite a letter.
        #expect(run.planWordingTask(run.lines[1])?.code == "II.3.c")
        #expect(run.planWordingTask(run.lines[2]) == nil)
    }

    @Test func aCloseCallBetweenTheUnitsOwnTaskAndAnotherKindsIsTheUnitsOwn() {
        // Close by meaning, a ward's devolved task ahead of the state inspection the plan gives
        // the Chi cục and the departments: the ward's own stands (for another kind of unit, or
        // the other way round, the plan settles nothing and both are named to a person).
        var run = ExtractionRun(extractor: extractor, document: word([]))
        run.reportingUnitGroup = UnitGroup(rawValue: "group:communes")
        let body = "kiểm tra 2 cuộc tại 9 cơ sở kinh doanh khí hóa lỏng, 1 cơ sở vi phạm"
        #expect(run.ownKindLeads("II.5.c", over: "II.5.a", heading: "Phối hợp kiểm tra", body: body))
        #expect(!run.ownKindLeads("II.5.a", over: "II.5.c", heading: "Phối hợp kiểm tra", body: body))
        // A task the plan gives every kind of unit is no other kind's.
        #expect(!run.ownKindLeads("II.5.c", over: "II.5.b", heading: "Phối hợp kiểm tra", body: body))
        // The unit's task must report what the passage reports.
        #expect(!run.ownKindLeads("II.5.c", over: "II.5.a", heading: "Phối hợp lấy mẫu", body: "lấy 6 mẫu xăng"))
        run.reportingUnitGroup = UnitGroup(rawValue: "group:departments")
        #expect(!run.ownKindLeads("II.5.c", over: "II.5.a", heading: "Phối hợp kiểm tra", body: body))
    }

    @Test func itemsUnderAHeadingThatNamesAFieldAreEachResolvedByTheirOwnWords() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Lĩnh vực chất lượng"),
            .p("- Cùng Đội Quản lý thị trường lấy 7 mẫu nước mắm bán lẻ để khảo sát chất lượng. Việc này đã xong."),
            .p("- Hướng dẫn 6 cơ sở làm bánh công bố hợp quy, ghi nhãn sản phẩm. Việc này đang tiếp tục."),
            .p("2. Lĩnh vực tiêu chuẩn"),
            .p("- Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Ủy ban nhân dân phường. Việc này đang thực hiện."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
        ]))
        #expect(s.value("II.5.b", "samples_tested") == 7)
        #expect(s.entry("II.5.b")?.status == .completed)
        #expect(s.value("II.2.d", "enterprises_supported") == 6)
        #expect(s.entry("II.2.d")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        // A heading that names a task is no field.
        let run = ExtractionRun(extractor: extractor, document: word([.p("1. Lĩnh vực đo lường"), .p("2. Kiểm tra đo lường tại chợ")]))
        #expect(run.isFieldHeading(run.lines[0]))
        #expect(!run.isFieldHeading(run.lines[1]))
    }

    @Test func aBulletUnderAHeadingThatNamesAnotherTaskOnlyIsThatTasks() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, phổ biến"),
            .p("+ Phát 12 tin trên loa truyền thanh của phường về cân đúng, cân đủ."),
            .p("+ Phường cử 3 công chức đi dự lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng."),
            .p("+ Tổ chức hội nghị phổ biến quy định ghi nhãn cho 45 hộ kinh doanh."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.1.a", "participants") == 45)
        #expect(s.value("II.3.a", "participants") == 3)
    }
}
