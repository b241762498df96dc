import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 54: layouts of the held-out sets 266–270, opened this round. Units and figures here
// are this file's own.

private let chiCucHeader: [Piece] = [
    .p("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), .p("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"), .p("Số: 1411/BC-TĐC"),
    .p("TP. Hồ Chí Minh, ngày 12 tháng 11 năm 2026"), .p("BÁO CÁO"),
    .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
]

nonisolated(unsafe) private let communeTop: [[Any?]] = [
    ["UBND XÃ BÌNH MỸ", nil, nil, "Ngày báo cáo:", "05/11/2026"],
    ["Số: 204/BC-UBND"],
    [],
    ["Theo dõi công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
    [],
]

@Suite struct Layout54Tests {
    /// A bold title alone on its line that shares with one task's plan text only the plan's
    /// common subject ("kiểm tra nhà nước về … chất lượng sản phẩm, hàng hóa", in II.2.h's
    /// text on registering the import inspection online) names the task its words and its
    /// passage speak of: the state inspection, II.5.a. Before, a title with no colon kept the
    /// plan's wording and the inspection's figures went to II.2.h.
    @Test func aBoldTitleSharingOnlyThePlansSubjectIsReadByMeaning() {
        let s = extract(word(chiCucHeader + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("3. Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa trên địa bàn"),
            .p("Kết quả: Kiểm tra cửa hàng xăng dầu, vàng bạc và hàng hóa lưu thông tại các chợ đầu mối."),
            .p("Số liệu: 14 cuộc; 160 cơ sở; 19 cơ sở vi phạm; phạt 231.000.000 đồng"),
            .p("Tình trạng: Đang thực hiện"),
        ]))
        #expect(s.entry("II.2.h") == nil)
        #expect(s.value("II.5.a", "inspections") == 14)
        #expect(s.value("II.5.a", "establishments_inspected") == 160)
        #expect(s.value("II.5.a", "fines_vnd") == 231_000_000)
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }

    /// The plan's own wording of a task kept as a bold title ("… hoàn thiện hệ thống giải quyết
    /// thủ tục hành chính" is II.2.h's) still names that task, whatever the profiles read in it.
    @Test func aBoldTitleInThePlansOwnWordsKeepsItsTask() {
        let s = extract(word(chiCucHeader + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("2. Phối hợp hoàn thiện hệ thống giải quyết thủ tục hành chính"),
            .p("Văn phòng phối hợp cập nhật quy trình giải quyết thủ tục hành chính về tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính."),
            .p("Tình trạng: đã xong."),
        ]))
        #expect(s.entry("II.2.h")?.status == .completed)
        #expect(s.entry("II.2.đ") == nil)
    }
}
