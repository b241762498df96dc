import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of status lines whose label opens with a schedule's word (issue #11, session
// 23): "- Thời gian tới: …" (the period ahead) and "Đánh giá so với thời gian Kế hoạch: …" (an
// assessment against the schedule) say how far the work came, unlike "Thời hạn: Quý IV" (when
// it is due). And a contract's acceptance and settlement said in one breath ("Tình trạng hợp
// đồng: đã nghiệm thu, thanh lý ngày …") is the work done. Written in the hand of a ward's
// cultural office and a commune's economic officer, which no corpus has.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct ScheduleWordLabelTests {
    @Test func theLineOfThePeriodAheadStatesTheItemsStatus() throws {
        let s = extract(word(opening + [
            .bold("1. Tuyên truyền cho hộ kinh doanh tại chợ"),
            .p("- Kết quả: Tổ chức 01 lớp tuyên truyền cho hộ kinh doanh tại chợ, có 70 lượt người tham dự."),
            .p("- Thời gian tới: Nội dung này đã thực hiện xong, phường chuyển sang theo dõi, duy trì."),
            .bold("2. Kiểm tra đo lường tại chợ"),
            .p("- Kết quả: Kiểm tra 02 cuộc tại 16 cơ sở, 01 cơ sở vi phạm."),
            .p("- Thời gian tới: Tiếp tục thực hiện đến hết năm 2026."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(course.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func anAssessmentAgainstTheScheduleStatesTheItemsStatus() throws {
        let s = extract(word(opening + [
            .bold("1. Cử công chức tham dự tập huấn"),
            .p("Phường cử 03 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức"),
            .p("Đánh giá so với thời gian Kế hoạch: đã xong trong Quý II"),
            .bold("2. Tuyên truyền"),
            .p("Phường đã đăng tải 05 tin, bài trên trang thông tin điện tử phường về quy định đo lường"),
            .p("Đánh giá so với thời gian Kế hoạch: nhiệm vụ thường xuyên, năm 2026 tiếp tục thực hiện"),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(course.status == .completed)
        #expect(news.status == .inProgress)
    }

    @Test func aContractAcceptedAndSettledIsDone() throws {
        let s = extract(word(opening + [
            .bold("1. Hợp đồng tư vấn duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân phường"),
            .p("- Khối lượng nghiệm thu: cập nhật 40 quy trình."),
            .p("- Tình trạng hợp đồng: đã nghiệm thu, thanh lý ngày 15/9/2026."),
        ]))
        let iso = try #require(s.entry("II.2.đ"))
        #expect(iso.status == .completed)
    }
}
