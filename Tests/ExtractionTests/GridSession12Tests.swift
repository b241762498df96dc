import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of grid rules of session 12. The words are this file's own.

private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ THÁI MỸ\nSố: 93/BC-UBND",
                                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái Mỹ, ngày 09 tháng 11 năm 2026"]])

private let departmentHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 512/BC-SYT",
                                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026"]])

private func sheet(_ name: String, _ rows: [[Any?]], part: Int) -> Sheet {
    sheetOf(rows, name: name, part: "xl/worksheets/sheet\(part).xml")
}

/// A form of task rows numbered in roman numerals, each with its counts below it.
private func form(_ header: Piece, _ extra: [[String]] = []) -> Document {
    word([
        header, .p("BÁO CÁO"),
        .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
        .table([
            ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tình hình"],
            ["I", "Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho người dân", "", "", "Hoàn thành"],
            ["1", "- Buổi phổ biến", "Buổi", "3", ""],
            ["II", "Tham gia thanh tra, kiểm tra việc chấp hành pháp luật về TĐC cùng các đoàn liên ngành", "", "", "Đang triển khai"],
            ["1", "- Số đợt kiểm tra", "Cuộc", "4", ""],
            ["2", "- Cơ sở đã kiểm tra", "Cơ sở", "17", ""],
            ["3", "- Số cơ sở vi phạm", "Cơ sở", "2", ""],
        ] + extra),
    ])
}

@Suite struct GridSession12Tests {
    /// A commune's row of inspections in its own words, closest to a task the plan gives to
    /// other kinds of units only (the state inspection), is the one task of that plan group the
    /// plan gives communes that reports what its rows count — however few of that task's words
    /// it uses.
    @Test func aCommunesInspectionsAreItsOwnTaskOfTheGroup() {
        let s = extract(form(communeHeader))
        #expect(s.entry("II.5.a") == nil)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// When another row of the same table names the commune's own task in its words, the
    /// commune tells the two apart: the inspection row stays the task its words are closest to.
    @Test func notWhenAnotherRowNamesTheCommunesTask() {
        let s = extract(form(communeHeader, [["III", "Thực hiện các nội dung được phân cấp về đo lường trên địa bàn", "", "", "Thường xuyên"]]))
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 17)
        #expect(s.entry("II.5.c") != nil)
        #expect(s.value("II.5.c", "inspections") == nil)
    }

    /// A department, to which the plan gives the state inspection, keeps it.
    @Test func aDepartmentKeepsTheInspectionTask() {
        let s = extract(form(departmentHeader))
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.entry("II.5.c") == nil)
    }

    /// "STT | Nhóm | Việc cụ thể đã làm | Số liệu | Tình hình": the column of the work done in
    /// the unit's words names each row (grids.yaml `columns.label`); its figures are written in
    /// the column beside it, parted by "/".
    @Test func theWorkDoneInDetailNamesTheRow() {
        let rows: [[Any?]] = [
            ["SỞ Y TẾ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 611/BC-SYT", nil, nil, "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Nhóm", "Việc cụ thể đã làm", "Số liệu", "Tình hình"],
            [1, "Nhóm 1", "Mở lớp phổ biến quy định ghi nhãn hàng hóa cho cơ sở sản xuất thuốc", "03 lớp / 150 lượt người", "Hoàn thành"],
            [2, "Nhóm 2", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế", "04 dự thảo", "Đang làm"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("KQ", rows, part: 1)]), fileName: "kq.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 150)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.entry("II.2.e")?.status == .inProgress)
    }

    /// A column of the plan's groups ("Nhóm 1") beside the row's words: the row's task is
    /// sought in that group, as under a group row ("Đăng tin bài về TĐC lên mạng nội bộ" alone
    /// is near no task).
    @Test func aGroupColumnNamesTheRowsGroup() {
        let rows: [[Any?]] = [
            ["SỞ Y TẾ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 612/BC-SYT", nil, nil, "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Nhóm", "Việc cụ thể đã làm", "Số liệu", "Tình hình"],
            [1, "Nhóm 1", "Đăng tin bài về TĐC lên mạng nội bộ của Sở", "06 tin bài", "Hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("KQ", rows, part: 1)]), fileName: "kq.xlsx")
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
    }
}
