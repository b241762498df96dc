import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of session 38's hands (set184, set185): passages and rows that report two
// or three works at once under one status, and statuses said by what is left of the work.
// The words are this file's own.

@Suite struct Grouped38Tests {
    /// "Nhóm việc | Việc cụ thể | Tình trạng chung" with a title that joins two works by " + "
    /// and one line per work ("+ …") in the cell beside it: each line is its work's row, read
    /// by its own words, and the group's one status is each work's. Before, the whole row
    /// went to one task and its figures were left unread.
    @Test func aRowOfTwoWorksJoinedByPlusIsReadAsTwoRows() {
        let s = extract(workbook([
            ["PHƯỜNG SÀI GÒN"],
            ["Số: 125/BC-UBND"],
            ["Ngày lập: 20/11/2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["STT", "Nhóm việc", "Việc cụ thể đã làm", "Tình trạng chung"],
            ["1", "Tuyên truyền + tập huấn công chức",
             "+ đăng 12 tin bài trên trang thông tin điện tử của phường\n+ cử 03 công chức dự lớp tập huấn nghiệp vụ đo lường của Chi cục", "Xong"],
            ["2", "Kiểm tra đo lường tại chợ", "+ 04 cuộc kiểm tra, 21 cơ sở, 02 vi phạm", "Đang làm"],
        ], name: "BaoCao"), fileName: "bao-cao.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.3.a", "participants") == 3)
        // The one-work row stays one row (a ward's inspection read as II.5.a or II.5.c by its words).
        let inspection = s.entry("II.5.c") ?? s.entry("II.5.a")
        #expect(inspection?.status == .inProgress)
        #expect(inspection?.indicators[IndicatorID("inspections")]?.value == 4)
    }

    /// What is left, or the wait that is left, says how far the work came: "còn một đợt … nên
    /// chưa xong hẳn" and "hiện chỉ còn chờ …" are under way, "không còn gì tồn" is done.
    @Test func whatIsLeftSaysTheStatus() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
                              .p("Phường phối hợp Chi cục kiểm tra đo lường tại chợ được hai cuộc, kiểm tra 12 cơ sở. Tháng 12 còn một đợt kiểm tra nữa nên chưa xong hẳn."),
                              .p("Về tuyên truyền thì đài truyền thanh phường phát 10 tin về cân đối chứng, ghi nhãn hàng hóa. Việc này làm hằng tháng, không còn gì tồn."),
                              .p("Việc áp dụng ISO 9001 tại bộ phận một cửa đã duy trì, hiện chỉ còn chờ ban hành lại danh mục quy trình.")]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
    }

    /// "1° – …" with its works as "·" items and "→ Tình trạng chung của mục 1°: …" closing the
    /// group: the middle dot is a bullet, each item whose words name another task is that
    /// task's, and the group's status is each item's that states none of its own.
    /// (The degree sign is a numbering mark, `numbering_marks`; the heading joins two works,
    /// so each "·" item is resolved by its own words, Joint39Tests.)
    @Test func middleDotItemsUnderAGroupTakeTheGroupsStatus() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
                              .p("1° – Tuyên truyền và bồi dưỡng công chức"),
                              .p("·  Phường đăng 15 tin, bài về Chỉ thị 38-CT/TW trên loa truyền thanh và trang thông tin điện tử."),
                              .p("·  Cử 02 công chức dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức."),
                              .p("→ Tình trạng chung của mục 1°: đã hoàn thành."),
                              .p("2° – Kiểm tra theo phân cấp"),
                              .p("·  Phối hợp kiểm tra đo lường 03 cuộc tại chợ, 20 cơ sở, 01 cơ sở vi phạm."),
                              .p("→ Tình trạng chung của mục 2°: đang thực hiện.")]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }
}
