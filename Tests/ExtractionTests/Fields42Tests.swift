import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 42: an item's own fields lettered under its heading ("1.2. <work>" over "a) Nội dung
// đã làm: …", "b) Tình trạng: …"). The work and figures here are this file's own.

@Suite struct Fields42Tests {
    /// The letters name the item's fields, not the plan's tasks of those letters: "a) Nội dung đã
    /// làm: …" goes on with the work its heading named. Before, "a)" under group 1 was read as
    /// the plan's task 1.a and took the item's figures and status.
    @Test func lettersOfAnItemsOwnFields() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. KẾT QUẢ THỰC HIỆN"),
            .p("1.1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên loa phường"),
            .p("a) Nội dung đã làm: Phát 16 tin trên hệ thống loa truyền thanh các khu phố."),
            .p("b) Tình trạng: đã hoàn thành."),
            .p("1.2. Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
            .p("a) Nội dung đã làm: Gửi thư mời, hướng dẫn hồ sơ tham dự giải thưởng cho 14 doanh nghiệp."),
            .p("b) Tình trạng: đang thực hiện."),
        ]), fileName: "bc-truong-muc.docx")
        #expect(s.entry("II.1.b")?.status == .inProgress)
        #expect(s.value("II.1.b", "enterprises_supported") == 14)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 16)
        #expect(s.value("II.1.a", "enterprises_supported") == nil)
    }

    /// A ward answering the Sở's questionnaire ("Hỏi: … ?" / "Đáp: …"): the question that asks
    /// for its difficulties or proposals opens that part, and the answers under it are its
    /// items. Before, "Hỏi" before the colon hid the part's name and the items were lost.
    @Test func aQuestionnairesPartsAskedForByName() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Hỏi: Địa phương đã tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng như thế nào?"),
            .p("Đáp: Phường đăng 11 tin, bài trên trang tin của phường. Đã xong."),
            .p("Hỏi: Khó khăn, vướng mắc trong quá trình thực hiện?"),
            .p("Đáp:"),
            .p("- Công chức phụ trách kiêm nhiệm, ít thời gian đi cơ sở."),
            .p("Hỏi: Kiến nghị, đề xuất?"),
            .p("Đáp:"),
            .p("- Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến cho công chức phường."),
            .p("TM. ỦY BAN NHÂN DÂN"), .p("CHỦ TỊCH"), .p("Nguyễn Văn Bình"),
        ]), fileName: "hoi-dap.docx")
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.difficulties.map(\.text) == ["Công chức phụ trách kiêm nhiệm, ít thời gian đi cơ sở"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến cho công chức phường"])
    }

    /// A form's responses exported as a sheet, one row a response: the header cells that ask
    /// for the unit's name and the report's date name the fields of the cells under them.
    /// Before, with more than one response (one alone is read as a record of fields), the
    /// header row of many cells was read as data and neither was found (checked: the start
    /// build reads this sheet with no unit and no date; an e-mail naming the commune, such as
    /// "thanhan.kt@…", would name it by itself).
    @Test func aFormsResponsesNameTheirUnitAndDate() {
        let s = extract(workbook([
            ["Dấu thời gian", "Địa chỉ email", "Tên đơn vị báo cáo (ghi đầy đủ tên phường/xã/đặc khu)", "Số văn bản báo cáo (nếu có)",
             "Ngày ký văn bản báo cáo", "Nội dung công việc theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 mà đơn vị đã triển khai",
             "Đơn vị đã làm được những gì? Nêu rõ số liệu", "Tình trạng thực hiện nội dung này"],
            ["03/11/2026 09:12:40", "ktxa.2026@gmail.com", "Xã Thạnh An", "không", "03/11/2026",
             "Tuyên truyền cho hộ kinh doanh về cân, đo, nhãn hàng hóa", "Tổ chức 01 buổi tuyên truyền, 52 lượt người tham dự", "Đã hoàn thành"],
            ["03/11/2026 09:20:11", "ktxa.2026@gmail.com", "Xã Thạnh An", "không", "03/11/2026",
             "Kiểm tra đo lường cân tại chợ", "Kiểm tra 02 cuộc, 14 cơ sở", "Đang thực hiện"],
            ["03/11/2026 09:31:52", "ktxa.2026@gmail.com", "Xã Thạnh An", "không", "03/11/2026",
             "Cử công chức dự tập huấn", "Cử 01 công chức", "Đã hoàn thành"],
        ], name: "Câu trả lời biểu mẫu 1"), fileName: "form-ct38.xlsx")
        #expect(s.unit?.id == "27676")
        #expect(s.document.date == "2026-11-03")
    }

    /// A course whose learners are the owners of establishments ("cho 260 học viên là chủ cơ
    /// sở") disseminates the subject (the plan's 1.a), though its heading says "tập huấn" as the
    /// officers' training does. Before, it went to the officers' task.
    @Test func aCourseForOwnersIsDissemination() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ AN TOÀN THỰC PHẨM\nSố: 515/BC-SATTP",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Kết quả thực hiện"),
            .p("a) Về tập huấn kiến thức"),
            .p("Phối hợp tổ chức 02 lớp tập huấn quy định về nhãn hàng hóa, công bố sản phẩm cho 260 học viên là chủ cơ sở. Hoàn thành."),
        ]), fileName: "sattp-bc.docx")
        #expect(s.value("II.1.a", "participants") == 260)
        #expect(s.entry("II.3.a") == nil)
    }
}
