import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 37: a report on another programme that speaks of inspections is refused, whatever
// the programme; a report of the plan laid out the same way is read. The words are this file's
// own (smuggling, disaster prevention), not the corpus's.

@Suite struct MistakenFiles37Tests {
    /// An annex sent alone, its caps line "PHỤ LỤC <title of another programme's plan>": the
    /// words after the lead are the annex's title and name the other programme; rows of
    /// inspections found by meaning do not make it the plan's. The same annex of the plan's
    /// own subject is read.
    @Test func anAnnexOfAnotherProgrammesPlanIsRefused() {
        func annex(_ caps: String, _ rows: [[Any?]]) -> Document {
            workbook([
                ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"],
                ["SỞ CÔNG THƯƠNG"],
                ["Số: 512/BC-SCT"],
                [],
                [caps],
                ["TT", "Nhiệm vụ", "Khối lượng đã làm", "Trạng thái"],
            ] + rows, name: "Phu luc")
        }
        let title = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG BUÔN LẬU VÀ GIAN LẬN THƯƠNG MẠI NĂM 2026"
        let other = extract(annex("PHỤ LỤC " + title, [
            [1, "Kiểm tra cơ sở kinh doanh hàng hóa nhập lậu", "12 cuộc; 140 cơ sở", "Đã hoàn thành"],
            [2, "Tuyên truyền cho hộ kinh doanh tại chợ", "8 buổi", "Đang triển khai"],
        ]), fileName: "phu-luc-buon-lau.xlsx")
        #expect(other.status == .rejected)
        #expect(other.reason?.contains(title) == true)
        let plan = extract(annex("PHỤ LỤC 2 – KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026", [
            [1, "Kiểm tra chất lượng xăng dầu tại cửa hàng bán lẻ", "12 cuộc; 140 cơ sở", "Đã hoàn thành"],
            [2, "Tuyên truyền về đo lường cho hộ kinh doanh tại chợ", "8 buổi", "Đang triển khai"],
        ]), fileName: "phu-luc-2.xlsx")
        #expect(plan.status == .extracted)
        #expect(!plan.entries.isEmpty)
    }

    /// "Kính gửi: Sở … ⏎ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)": the line in parentheses
    /// goes on naming the addressee, through whom the letter goes; with one more line that folds
    /// like a word of the subject ("ghi nhận" as "ghi nhãn") it made a letter on disaster
    /// prevention speak of the plan's subject.
    @Test func theAddresseeGoesOnInParentheses() {
        let letter = extract(word([
            .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 77/SNNMT-TL", "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026"],
                    ["V/v báo cáo kết quả công tác phòng, chống thiên tai 11 tháng năm 2026", ""]]),
            .p("Kính gửi: Sở Khoa học và Công nghệ\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)"),
            .p("Thực hiện Kế hoạch phòng, chống thiên tai năm 2026 của Thành phố, Sở báo cáo kết quả như sau:"),
            .p("1. Kiểm tra, rà soát: kiểm tra 24 công trình đê điều, thủy lợi xung yếu; xử phạt 3 trường hợp vi phạm với số tiền 45 triệu đồng."),
            .p("Sở đánh giá: đang thực hiện."),
            .p("2. Theo dõi thiên tai: ghi nhận 04 đợt triều cường, không có thiệt hại về người."),
            .p("Sở Nông nghiệp và Môi trường báo cáo để Sở Khoa học và Công nghệ tổng hợp./."),
        ]), fileName: "snnmt-thien-tai.docx")
        #expect(letter.status == .rejected)
        #expect(letter.reason?.contains("phòng, chống thiên tai") == true)
    }
}
