import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 43: how far a unit's work came, told where the report is approved or dated — a
// "Ý kiến duyệt" column the signing leader fills in ("Xong. PCT Nhơn"), a "Hoàn thành ngày |
// Dự kiến hoàn thành" pair of date columns, a "Mốc hoàn thành" column of "Đã xong 15/9/2026"
// and "Dự kiến 18/12/2026". The wards, works and figures here are this file's own.

@Suite struct Status43Tests {
    nonisolated(unsafe) static let head: [[Any?]] = [
        ["ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH"],
        ["Số: 97/BC-UBND", nil, nil, "Bến Thành, ngày 04 tháng 11 năm 2026"],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
        [],
    ]

    static func statuses(_ s: Submission) -> [String: TaskStatus] {
        Dictionary(s.entries.map { ($0.task, $0.status) }, uniquingKeysWith: { a, _ in a })
    }

    /// The leader's approval note on each row is the row's status, the initials after it
    /// signing the note. Before, "Ý kiến duyệt" had no role and every status was unknown.
    @Test func anApprovalNoteColumn() {
        let rows = Self.head + [
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Ý kiến duyệt (PCT Hòa)"],
            [1, "Tuyên truyền trên loa phát thanh khu phố", "Phát 11 tin về đo lường, chất lượng", "Xong. PCT Hòa"],
            [2, "Kiểm tra đo lường tại chợ Bến Thành", "Phối hợp Chi cục 02 cuộc, 19 cơ sở", "Còn đang làm, hạn quý IV. PCT Hòa"],
            [3, "Tiếp nhận tố giác vi phạm về đo lường", "Không có đơn thư", "Không phát sinh. PCT Hòa"],
        ]
        let s = extract(workbook(rows, name: "BC"), fileName: "bc.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress, "II.5.d": .notApplicable])
    }

    /// A date under "Hoàn thành ngày" says the row's work is done; under "Dự kiến hoàn
    /// thành", that it goes on. Before, neither header was a date's and no status was read.
    @Test func doneAndExpectedDateColumns() {
        let rows = Self.head + [
            ["STT", "Nhiệm vụ", "Thực hiện", "ĐVT", "Hoàn thành ngày", "Dự kiến hoàn thành"],
            [1, "Tuyên truyền trên trang thông tin điện tử phường", 8, "tin, bài", "20/9/2026"],
            [2, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu", 4, "cuộc", nil, "18/12/2026"],
        ]
        let s = extract(workbook(rows, name: "BC"), fileName: "bieu.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress])
        #expect(s.value("II.5.c", "inspections") == 4)
    }

    /// A milestone column's words before its date say how far the work came: "Đã xong
    /// 15/9/2026" done, "Dự kiến 18/12/2026" still going on. A deadline column is no status:
    /// "Thời hạn | Hoàn thành trước 31/12/2026" is when the work is due.
    @Test func wordsBeforeADateInAMilestoneColumn() {
        let rows = Self.head + [
            ["STT", "Nội dung công việc", "Kết quả đã làm", "Mốc hoàn thành"],
            [1, "Tuyên truyền trên loa phát thanh khu phố", "12 tin", "Đã xong 15/9/2026"],
            [2, "Kiểm tra đo lường tại chợ", "03 cuộc kiểm tra; 21 cơ sở", "Dự kiến 18/12/2026"],
        ]
        let s = extract(workbook(rows, name: "Tien do"), fileName: "tien-do.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress])
        let due = Self.head + [
            ["STT", "Nội dung công việc", "Kết quả đã làm", "Thời hạn"],
            [1, "Tuyên truyền trên loa phát thanh khu phố", "12 tin", "Hoàn thành trước 31/12/2026"],
        ]
        let d = extract(workbook(due, name: "Tien do"), fileName: "han.xlsx")
        #expect(Self.statuses(d)["II.1.a"] != .completed)
    }

    /// A checklist with one column per state, ticked with a checked box ("☑") as often as
    /// with "x" or "✓". Before, "☑" ticked nothing: those rows had no status.
    @Test func aChecklistTickedWithCheckedBoxes() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Tiến độ thực hiện các việc theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .table([["STT", "Việc phường làm", "Đã xong", "Đang làm", "Chưa làm", "Số liệu"],
                    ["1", "Tuyên truyền Chỉ thị 38 trên loa phát thanh khu phố", "☑", "", "", "09 tin bài"],
                    ["2", "Phối hợp Chi cục kiểm tra đo lường tại chợ", "", "☑", "", "02 cuộc; 15 cơ sở"],
                    ["3", "Cử công chức dự tập huấn nghiệp vụ", "x", "", "", "01 lớp; 02 công chức"],
                    ["4", "Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng hàng hóa", "", "", "✓", "—"]]),
        ]), fileName: "checklist.docx")
        // "Chưa làm" also heads a note's column ("what is left"); beside "Đã xong | Đang làm"
        // it is the state not started. Before, that row's tick was lost with its task.
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress, "II.3.a": .completed, "II.2.d": .notStarted])
    }
}
