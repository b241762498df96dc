import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 43: a transposed sheet (a column per task, the measures down the rows) with no
// crossed corner cell, where some task headers read like a measure, a place or a performer.
// The commune, works and figures here are this file's own.

@Suite struct Transposed43Tests {
    /// "Chỉ tiêu | ĐVT | <task> | <task> | …": once two headers name tasks, a long header
    /// whose words also say a count and a place ("Kiểm tra cân, cột xăng dầu trên địa bàn
    /// xã") or a performer ("… tại bộ phận một cửa") is a task's column too. Before, those two
    /// columns were dropped: the inspections and their status were neither read nor quoted.
    @Test func longTaskHeadersBesideOthers() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["XÃ AN NHƠN TÂY", nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 57/BC-UBND", nil, "An Nhơn Tây, ngày 27 tháng 10 năm 2026"],
            [],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG THEO CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["Chỉ tiêu", "ĐVT", "Kiểm tra cân, cột xăng dầu trên địa bàn xã", "Phát thanh trên loa xã, bảng tin ấp",
             "Cử cán bộ dự tập huấn của Chi cục", "Duy trì ISO 9001 tại bộ phận một cửa"],
            ["Số cuộc kiểm tra", "cuộc", 3, "-", "-", "-"],
            ["Số cơ sở được kiểm tra", "cơ sở", 19, "-", "-", "-"],
            ["Số lượt người tham dự", "lượt", "-", "-", 2, "-"],
            ["Tin, bài tuyên truyền", "tin/bài", "-", 8, "-", "-"],
            ["Tình trạng", nil, "Đã xong", "Đang làm", "Đã xong", "Đã xong"],
        ]
        let s = extract(workbook(rows, name: "CT38"), fileName: "an-nhon-tay.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.value("II.3.a", "participants") == 2)
    }
}
