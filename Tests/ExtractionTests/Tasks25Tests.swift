import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11 point 2, tasks by meaning: works a unit lists its own way — a form whose headers
// ask plain questions, a tracker's column of the plan's short codes, a whole report as one wide
// row, a board of stages — and a summary line that restates a table's totals. The words are
// this file's own, not the corpus's.

@Suite struct Tasks25Tests {
    /// A commune's form whose headers ask plain questions ("Việc gì?", "Con số khác?"): the
    /// first names each row's work, the other counts are the row's results.
    @Test func aFormWhoseHeadersAskPlainQuestions() {
        let sheet = testSheet("BC", [
            ["ỦY BAN NHÂN DÂN XÃ AN NHƠN TÂY"],
            ["Số: 77/BC-UBND", nil, nil, nil, "An Nhơn Tây, ngày 25 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Việc gì?", "Đã làm những gì?", "Con số khác?", "Tình trạng"],
            [1, "Tuyên truyền, phổ biến", "Phát trên loa các ấp, tin bài trên trang xã", "12 tin, bài", "Đã xong"],
            [2, "Cử người đi tập huấn", "Cử công chức dự lớp nghiệp vụ của Chi cục", "1 người", "Đã xong"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "an-nhon-tay.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.3.a"])
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.3.a", "participants") == 1)
    }

    /// A tracker's list of work items, each with the plan's short code in a column of its own
    /// ("Thuộc KH | 2đ") and its own item number ("Việc số | V01"): the code names the task.
    @Test func aTrackersColumnOfThePlansShortCodes() {
        let sheet = testSheet("Theo doi", [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["PHÒNG KẾ HOẠCH - TÀI CHÍNH"],
            ["Số: 95/BC-KHTC", nil, nil, "Ngày báo cáo: 27/10/2026"],
            ["TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            ["Việc số", "Tên việc", "Thuộc KH", "Trạng thái"],
            ["V01", "Áp dụng hệ thống quản lý chất lượng tại phòng", "2đ", "Đã xong"],
            ["V02", "Thủ tục mua sắm thiết bị cho phòng thí nghiệm", "4a", "Đang làm"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "khtc-theo-doi.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.đ", "II.4.a"])
        #expect(s.entry("II.4.a")?.status == .inProgress)
    }

    /// A ward's biểu opens with a summary line that restates its table's totals in words
    /// ("Tóm tắt: kiểm tra 3 cuộc tại 17 cơ sở …"): the table's row is the ward's devolved task;
    /// the summary's figures, read by meaning as the state inspection, are the same figures —
    /// counted once, under the ward's own task.
    @Test func aSummaryLineThatRestatesTheTablesTotals() {
        let sheet = testSheet("BC", [
            ["ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH"],
            ["Số: 190/BC-UBND", nil, nil, nil, nil, "An Khánh, ngày 27 tháng 10 năm 2026"],
            ["BIỂU BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"],
            ["Tóm tắt: kiểm tra 3 cuộc tại 17 cơ sở, 2 cơ sở vi phạm."],
            ["TT", "Nội dung công việc", "Kiểm tra (cuộc)", "Cơ sở được KT (cơ sở)", "Vi phạm (cơ sở)", "Đánh giá"],
            [1, "Kiểm tra đo lường", 3, 17, 2, "Đang thực hiện"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "an-khanh-bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
    }

    /// A commune's whole report as one wide row: each work's header merged over the headers of
    /// its counts, the commune's numbers in the row below ("-" where none), then one cell per
    /// work of how far it came. Each work is read as an item of its own.
    @Test func aReportAsOneWideRow() {
        var sheet = testSheet("CT38", [
            ["UBND XÃ AN NHƠN TÂY          Số: 81/BC-UBND"],
            ["An Nhơn Tây, ngày 29 tháng 10 năm 2026"],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026"],
            [],
            ["Đơn vị", "Tuyên truyền", nil, "Kiểm tra cân tại chợ (phân cấp)", nil, nil, "Cử công chức tập huấn"],
            [nil, "Tin bài", "Hội nghị", "Cuộc", "Cơ sở", "Phạt (đồng)", "Người"],
            ["Xã An Nhơn Tây", 14, 1, 2, 19, 3000000, 2],
            ["Tình trạng", "Đã xong", nil, "Đang làm", nil, nil, "Đã xong"],
            [],
            ["Khó khăn:"],
            ["- Chợ chưa có cân đối chứng."],
        ], part: 1)
        sheet.merges = ["B5:C5", "D5:F5", "B8:C8", "D8:F8"].compactMap { CellRange($0) }
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "an-nhon-tay-bieu.xlsx")
        #expect(Set(s.entries.map(\.task)).isSuperset(of: ["II.1.a", "II.5.c"]))
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// A board of side-by-side blocks, one per stage ("ĐÃ XONG | ĐANG LÀM"), each two columns
    /// headed "Việc | Số liệu": each card a work and its counts, one per row; the block it sits
    /// in says how far it came.
    @Test func aBoardOfWorksByStage() {
        var sheet = testSheet("Bang", [
            [nil, "UBND XÃ AN NHƠN TÂY", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [nil, "Số: 82/BC-UBND", nil, "An Nhơn Tây, ngày 29 tháng 10 năm 2026"],
            [nil, "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            [nil, "ĐÃ XONG", nil, "ĐANG LÀM"],
            [nil, "Việc", "Số liệu", "Việc", "Số liệu"],
            [nil, "Tuyên truyền trên loa truyền thanh xã", "Tin: 11", "Kiểm tra cân tại chợ An Nhơn", "Cuộc: 2"],
            [nil, "Cử công chức dự tập huấn của Chi cục", "Người dự: 2", nil, "Cơ sở: 15"],
        ], part: 1)
        sheet.merges = ["B5:C5", "D5:E5"].compactMap { CellRange($0) }
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "an-nhon-tay-bang.xlsx")
        #expect(Set(s.entries.map(\.task)) == ["II.1.a", "II.3.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }
}
