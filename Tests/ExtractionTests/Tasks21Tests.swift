import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, items not recognised as tasks because their table's header was read wrong: a
// document system's export of work items, and sheets whose work column is headed by the bare
// word "Việc". The words are this file's own, not the corpus's.

@Suite struct Tasks21Tests {
    /// A ward's document-management system exports its work items: the system's number for the
    /// item ("Mã công việc"), its name ("Tên công việc"), the officer it was given to ("Cán bộ
    /// xử lý") and its deadline ("Ngày hết hạn"). The number is no name and the officer no
    /// task: each row is resolved by its name.
    @Test func aDocumentSystemsExportOfWorkItems() {
        let sheet = testSheet("Xuat", [
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["Số: 88/BC-UBND", nil, nil, nil, nil, "Ngày 29 tháng 10 năm 2026"],
            ["DANH SÁCH CÔNG VIỆC THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Mã công việc", "Tên công việc", "Cán bộ xử lý", "Ngày hết hạn", "Trạng thái", "Kết quả xử lý"],
            [1, "VB-26-0071", "Phổ biến quy định về đo lường cho tiểu thương", "Trần Thị Hoa", "30/06/2026", "Đã xử lý",
             "Phát 05 tin trên loa truyền thanh của phường."],
            [2, "VB-26-0072", "Kiểm tra cân tại chợ theo phân cấp", "Ngô Văn Sơn", "31/12/2026", "Đang xử lý",
             "Kiểm tra 02 cuộc tại 14 quầy hàng."],
            [3, "VB-26-0073", "Cử công chức đi dự lớp bồi dưỡng nghiệp vụ", "Trần Thị Hoa", "30/09/2026", "Đã xử lý",
             "02 công chức tham dự."],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "xuat-cong-viec.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.3.a"])
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.message.contains("VB-26") })
    }

    /// A department reports each plan group on a sheet of its own, its rows headed "Việc | Đã
    /// làm | Tình hình": the bare word heads the rows' work, which names the task.
    @Test func aSheetWhoseWorkColumnIsHeadedByTheBareWord() {
        let cover = testSheet("Bia", [
            ["SỞ GIAO THÔNG CÔNG CHÁNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 301/BC-SGTCC", nil, nil, "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
        ], part: 1)
        let group5 = testSheet("Nhom 5", [
            ["Nhóm 5. Kiểm tra, giám sát"],
            [],
            ["STT", "Việc", "Đã làm", "Tình hình"],
            [1, "Kiểm tra đồng hồ tính tiền taxi", "Tổ chức 03 đợt kiểm tra tại 11 doanh nghiệp vận tải.", "Chưa xong"],
        ], part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [cover, group5]), fileName: "sgtcc-ct38.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.a"])
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }

    /// A log whose rows name their work ("Việc") beside what each line was ("Nội dung chi
    /// tiết"): the work column says the task, the detail the figure; a duty card's "Rõ việc"
    /// row keeps its own meaning (the word is a header only alone).
    @Test func aLogsWorkColumnBesideItsDetail() {
        let log = testSheet("Nhat ky", [
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["Số: 302/BC-SGTCC", nil, nil, nil, "Ngày 28 tháng 10 năm 2026"],
            ["Ngày", "Việc", "Nội dung chi tiết", "Số lượng", "ĐVT"],
            ["12/03/2026", "Tuyên truyền về đo lường taxi", "Tin đăng trên cổng thông tin", 4, "tin"],
            ["20/05/2026", "Góp ý dự thảo quy chuẩn kỹ thuật", "Dự thảo QCVN về biển báo", 2, "quy chuẩn"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [log]), fileName: "sgtcc-nhat-ky.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.2.e"])
        #expect(s.value("II.1.a", "communications") == 4)
        #expect(s.value("II.2.e", "standards_reviewed") == 2)
    }

    /// A ward's report ends its results with a heading for the rest of its work ("3. Những
    /// việc khác"): "other" names no task, so each dash line under it is read by its own words,
    /// as under a heading that names a field.
    @Test func aHeadingForTheRestOfTheWorkNamesNoTask() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("1. Công tác tuyên truyền"),
            .p("- Loa phường phát 07 tin về cân đong, đo đếm trong mua bán -- đã xong."),
            .p("2. Những việc khác"),
            .p("- Hướng dẫn 05 cơ sở làm bánh làm hồ sơ tự công bố chất lượng sản phẩm -- đang làm."),
            .p("- Trong năm không có người dân nào phản ánh, tố giác vi phạm về đo lường -- không phát sinh."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.2.d", "II.5.d"])
        #expect(s.value("II.2.d", "enterprises_supported") == 5)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// A ward's line on a check it joined, in the plain words of any check ("phối hợp … kiểm
    /// tra các tiệm vàng: 1 cuộc"): its words fall short of the state inspection only because
    /// the plan gives that to the Chi cục; for a ward it is the devolved task, II.5.c, the one
    /// task of that plan group given to wards that counts inspections.
    @Test func aWardsPlainWordsForACheckAreItsDevolvedTask() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("- đăng 03 tin trên trang thông tin điện tử phường về cân đong đúng, đủ → xong"),
            .p("- cùng đoàn liên ngành kiểm tra các tiệm vàng trên đường lê lợi: 1 cuộc, không phát hiện sai phạm → xong"),
        ]))
        #expect(s.entry("II.5.c") != nil)
        #expect(s.entry("II.5.a") == nil)
        #expect(s.value("II.5.c", "inspections") == 1)
    }
}
