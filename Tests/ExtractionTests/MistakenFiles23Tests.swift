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
    /// The issuing body's lines above the document's number ("SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ
    /// MINH⏎BAN QUẢN LÝ CHỢ ĐẦU MỐI⏎Số: …") are the header block, however many words they
    /// have: a sheet of the plan headed so is read. A caps line under the number is the title
    /// the sheet is judged by.
    @Test func theIssuingBodysLinesAboveTheNumberAreNoTitle() {
        func sheet(_ title: String?, _ body: [[Any?]]) -> Document {
            var rows: [[Any?]] = [
                ["SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ MINH"],
                ["BAN QUẢN LÝ CHỢ ĐẦU MỐI"],
                ["Số: 45/BC-BQL", nil, nil, "Thành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2026"],
            ]
            if let title { rows.append([title]) }
            rows.append(["TT", "Nội dung", "Tình hình", "Số cuộc", "Số cơ sở"])
            return Document(kind: .spreadsheet, sheets: [testSheet("BC", rows + body, part: 1)])
        }
        let plan: [[Any?]] = [
            [1, "Kiểm tra cân tại chợ đầu mối", "Đã xong", 4, 18],
            [2, "Tập huấn cho thương nhân", "Đang làm", 2, nil],
        ]
        #expect(extract(sheet(nil, plan), fileName: "bql-bc.xlsx").status == .extracted)
        let title = "KẾT QUẢ BÌNH ỔN THỊ TRƯỜNG HÀNG TIÊU DÙNG THIẾT YẾU QUÝ III NĂM 2026"
        let other = extract(sheet(title, [
            [1, "Kiểm tra niêm yết giá tại chợ đầu mối", "Đã xong", 4, 18],
            [2, "Tuyên truyền cho thương nhân về bình ổn giá", "Đang làm", 2, nil],
        ]), fileName: "bql-binh-on.xlsx")
        #expect(other.status == .rejected)
        #expect(other.reason?.contains(title) == true)
    }

    /// A title that names no subject of its own ("Báo cáo kết quả công tác 9 tháng năm 2026")
    /// is not about something else: the plan's body named as whom the work was done with is a
    /// mark of the subject, and the report is read. Under a title that names another subject,
    /// the same body named where a meeting was held is not.
    @Test func theSubjectsBodyIsAMarkUnderATitleThatNamesNoSubject() {
        let generic = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả công tác 9 tháng đầu năm 2026"),
            .p("1. Phối hợp Chi cục TĐC kiểm tra cửa hàng xăng dầu: 03 cuộc tại 06 cửa hàng. Đã hoàn thành."),
        ]), fileName: "bc-9-thang.docx")
        #expect(generic.status == .extracted)
        let title = "Kết quả công tác phòng cháy, chữa cháy 9 tháng đầu năm 2026"
        let other = extract(word([
            wardHeader, .p("BÁO CÁO"), .p(title),
            .p("1. Tuyên truyền: phát 15 tin về phòng cháy trên loa khu phố. Đã hoàn thành."),
            .p("2. Kiểm tra: kiểm tra 22 hộ kinh doanh có nguy cơ cháy nổ. Đang thực hiện."),
            .p("3. Họp rút kinh nghiệm tại Chi cục TĐC cùng các đơn vị trên địa bàn."),
        ]), fileName: "pccc-9-thang.docx")
        #expect(other.status == .rejected)
        #expect(other.reason?.contains(title) == true)
    }
}
