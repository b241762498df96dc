import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, point 5: a file on another subject is refused with its own title quoted, even when
// its unit is known and some of its rows resemble the plan's tasks by meaning; a report of the
// plan titled its own way is still read. The words are this file's own, not the corpus's.

@Suite struct MistakenFiles23Tests {
    /// A sheet whose title is in capitals and opens with no title word ("KẾT QUẢ THÁNG HÀNH
    /// ĐỘNG …"): its rows of inspections and talks are found by meaning, yet the title is what
    /// the file is about. A sheet of the plan titled its own way in capitals is read.
    @Test func aCapitalsTitleJudgesASheetWhoseRowsWereFoundByMeaning() {
        let title = "KẾT QUẢ TUẦN LỄ VỆ SINH MÔI TRƯỜNG VÀ PHÒNG CHỐNG SỐT XUẤT HUYẾT NĂM 2026"
        let other = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 287/BC-UBND", nil, "Sài Gòn, ngày 20 tháng 10 năm 2026"],
            [],
            [title],
            ["STT", "Nội dung", "Tình hình", "Số cuộc", "Số cơ sở", "Tin bài"],
            [1, "Kiểm tra cơ sở kinh doanh ăn uống về vệ sinh", "Đã tổng kết", 3, 21, nil],
            [2, "Tuyên truyền phòng chống dịch trên loa khu phố", "Đang triển khai", nil, nil, 7],
        ]), fileName: "sai-gon-tuan-le.xlsx")
        #expect(other.status == .rejected)
        #expect(other.reason?.contains(title) == true)
        let real = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 288/BC-UBND", nil, "Sài Gòn, ngày 20 tháng 10 năm 2026"],
            [],
            ["TIẾN ĐỘ CÁC VIỆC VỀ ĐO LƯỜNG, CHẤT LƯỢNG HÀNG HÓA NĂM 2026"],
            ["STT", "Nội dung", "Tình hình", "Số cuộc", "Số cơ sở", "Tin bài"],
            [1, "Kiểm tra cân tại chợ Bến Thành", "Đã xong", 2, 14, nil],
            [2, "Tuyên truyền về đo lường trên loa khu phố", "Đang triển khai", nil, nil, 5],
        ]), fileName: "sai-gon-tien-do.xlsx")
        #expect(real.status == .extracted)
    }

    /// The title beside the sheet's own fields on one row ("Số BC: | 21/BC-… | KẾT QUẢ …") is
    /// the sheet's title; a row of column heads in capitals is not.
    @Test func aTitleBesideTheFieldsOfItsRow() {
        let title = "KẾT QUẢ PHÒNG CHÁY CHỮA CHÁY VÀ CỨU NẠN QUÝ III/2026"
        let s = extract(workbook([
            ["Đơn vị:", "Ủy ban nhân dân phường Sài Gòn"],
            ["Số BC:", "31/BC-UBND", nil, title],
            ["Ngày lập:", "08/10/2026"],
            [],
            ["TT", "Việc (theo KH)", "Việc đã làm", "Số lượt", "Kết quả đến 15/10"],
            [1, "Kiểm tra an toàn phòng cháy tại cơ sở kinh doanh", "Kiểm tra 16 cơ sở", 16, "Xong"],
            [2, "Tập huấn kỹ năng thoát nạn cho người dân", "Chưa tổ chức", nil, "Chưa xong, đang làm"],
            [3, "Kiện toàn đội dân phòng khu phố", "Ban hành quyết định", nil, "Xong"],
        ]), fileName: "pccc-q3.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains(title) == true)
    }

    /// Under a title about something else, the plan's body named as where the work was done
    /// ("… tại Chi cục TĐC") or as whom the report goes to ("báo cáo để Chi cục … tổng hợp")
    /// does not make the file speak of the plan's subject (nor does "ghi nhận", folded as
    /// "ghi nhãn" is, alone beside it).
    @Test func theSubjectsBodyNamedOnceUnderAnotherTitle() {
        let title = "BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA CÔNG VỤ NĂM 2026"
        let sheet = extract(workbook([
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHÒNG KIỂM TRA – PHÁP CHẾ", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 310/BC-KTPC", nil, nil, "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026"],
            [],
            [title],
            ["TT", "Đối tượng, nội dung kiểm tra", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tình trạng hồ sơ"],
            [1, "Kiểm tra việc chấp hành kỷ luật hành chính tại Văn phòng Sở", 1, 0, "Đã ban hành kết luận"],
            [2, "Kiểm tra thực hiện quy chế dân chủ tại Chi cục TĐC", 1, 0, "Đang dự thảo kết luận"],
        ]), fileName: "ktpc-cong-vu.xlsx")
        #expect(sheet.status == .rejected)
        #expect(sheet.reason?.contains(title) == true)
        let letter = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả công tác phòng, chống dịch bệnh quý III năm 2026"),
            .p("1. Tuyên truyền: phát 12 tin trên loa khu phố. Đã hoàn thành."),
            .p("2. Kiểm tra: kiểm tra 40 hộ gia đình về diệt lăng quăng. Đang thực hiện."),
            .p("3. Giám sát: không ghi nhận ổ dịch mới trong quý."),
            .p("Ủy ban nhân dân phường báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./."),
        ]), fileName: "phong-dich-q3.docx")
        #expect(letter.status == .rejected)
    }

    /// An annex sent alone, its caps line "PHỤ LỤC 1. SỐ LIỆU …": the line names the annex, not
    /// a subject; the file is not refused by it.
    @Test func anAnnexLineIsNoTitle() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            [],
            ["PHỤ LỤC 1. SỐ LIỆU THỰC HIỆN CÁC NỘI DUNG NĂM 2026"],
            ["STT", "Nội dung", "Kết quả", "Tình hình"],
            [1, "Kiểm tra cân tại chợ Bến Thành", "02 cuộc, 14 hộ kinh doanh", "Đã xong"],
            [2, "Tuyên truyền về đo lường trên loa khu phố", "05 tin", "Đang làm"],
        ]), fileName: "phu-luc-1.xlsx")
        #expect(s.status == .extracted)
    }

    /// A workbook of one sheet per hamlet beside the sheet that adds them up: the hamlets'
    /// captions ("phục vụ báo cáo CT38") are the template's, the file is what the summing
    /// sheet's title says. A workbook whose summing sheet names the plan is read.
    @Test func thePlanNamedOnlyInTheSheetsOfParts() {
        func hamlet(_ name: String, _ n: Int, part: Int) -> Sheet {
            testSheet(name, [
                ["ỦY BAN NHÂN DÂN XÃ TÂN AN"],
                ["Số liệu \(name) (phục vụ báo cáo CT38 năm 2026)"],
                [],
                ["TT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"],
                [1, "Hộ được hỗ trợ", "hộ", n],
                [2, "Căn nhà sửa chữa", "căn", 1],
            ], part: part)
        }
        func book(_ title: String) -> Document {
            let whole = testSheet("TongHop", [
                ["ỦY BAN NHÂN DÂN XÃ TÂN AN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                ["Số: 211/BC-UBND", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
                [nil, nil, nil, "Tân An, ngày 18 tháng 10 năm 2026"],
                [],
                [title],
                [],
                ["TT", "Việc đã làm", "Chỉ tiêu", "ĐVT", "Cộng", "Tình hình"],
                [1, "Hỗ trợ hộ khó khăn về nhà ở", "Hộ được hỗ trợ", "hộ", 9, "Còn làm"],
                [2, "Xây, sửa nhà cho hộ khó khăn", "Căn nhà sửa chữa", "căn", 2, "Làm xong"],
            ], part: 1)
            return Document(kind: .spreadsheet, sheets: [whole, hamlet("Ấp Một", 4, part: 2), hamlet("Ấp Hai", 5, part: 3)])
        }
        let title = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH HỖ TRỢ NHÀ Ở NĂM 2026"
        let s = extract(book(title), fileName: "tan-an-nha-o.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains(title) == true)
    }
}
