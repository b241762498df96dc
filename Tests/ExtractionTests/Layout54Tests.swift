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

    /// "Việc | Nội dung | Cộng số liệu | Tình hình" over "Kiểm tra chợ | Kiểm tra đo lường tại
    /// chợ (nhiệm vụ phân quyền) | …": the first column gives each work a short name, the
    /// second describes it; the task is read from both. Before, the short name alone was read
    /// ("Tập huấn" between II.1.a and II.3.a; a commune's market checks the Chi cục's
    /// inspection).
    @Test func aWorksShortNameIsReadWithItsDescription() {
        let s = extract(workbook(communeTop + [
            ["Việc", "Nội dung", "Cộng số liệu", "Tình hình"],
            ["Kiểm tra chợ", "Kiểm tra đo lường tại chợ (nhiệm vụ phân quyền)", "03 cuộc; 27 cơ sở; 02 vi phạm; phạt 3.000.000 đồng", "Đang làm"],
            ["Truyền thanh", "Tuyên truyền pháp luật về đo lường trên đài truyền thanh xã", "12 tin", "Xong"],
            ["Tập huấn", "Cử công chức dự tập huấn nghiệp vụ của Chi cục", "03 người", "Xong"],
        ]), fileName: "bc.xlsx")
        #expect(s.entry("II.5.a") == nil)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(!s.findings.contains { $0.code == "task-ambiguous" })
    }

    /// Headed as the plan's tasks ("Nhiệm vụ | Công việc đã thực hiện"), a short task cell is
    /// read alone: what was done on the award ("Tiếp nhận hồ sơ tham dự") is no reason to move
    /// the row to the campaign that invited entrants.
    @Test func aTaskColumnHeadedAsTasksIsReadAlone() {
        let s = extract(workbook(communeTop + [
            ["TT", "Nhiệm vụ", "Công việc đã thực hiện", "Số liệu", "Tình hình"],
            [1, "Vận động tham gia GTCLQG", "Gửi thư mời, hướng dẫn hồ sơ", 15, "Hoàn thành"],
            [2, "GTCLQG năm 2026", "Tiếp nhận, thẩm định hồ sơ tham dự", 7, "Đang triển khai"],
        ]), fileName: "bc.xlsx")
        #expect(s.entry("II.1.b")?.status == .completed)
    }
}
