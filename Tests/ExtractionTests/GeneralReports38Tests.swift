import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 38's departments' general reports (set182): the plan is one
// numbered item among the department's other fields, each of its points a "title: result"
// paragraph, the plan's difficulties and proposals under their own short headings. The
// words are this file's own.

@Suite struct GeneralReports38Tests {
    static let header: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 4410/BC-SYT",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2026"]])

    static let report: [Piece] = [
        header, .p("BÁO CÁO"), .p("Tình hình thực hiện nhiệm vụ 11 tháng năm 2026"),
        .p("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 11 THÁNG"),
        .p("1. Khám bệnh, chữa bệnh"),
        .p("Các cơ sở khám bệnh, chữa bệnh tiếp nhận 41,2 triệu lượt khám."),
        .p("2. Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
        .p("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Sở Y tế đã triển khai các nội dung được phân công như sau:"),
        .p("2.1. Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa: Kiểm tra trang thiết bị y tế và phương tiện đo trong y tế: 05 cuộc tại 38 cơ sở; 03 cơ sở vi phạm."),
        .p("Đánh giá: Đang thực hiện."),
        .p("2.2. Góp ý tiêu chuẩn quốc gia: Góp ý 02 dự thảo TCVN về trang thiết bị y tế."),
        .p("Đánh giá: Hoàn thành."),
        .p("Khó khăn, vướng mắc trong thực hiện Kế hoạch:"),
        .p("- Thiếu thiết bị chuẩn để kiểm tra nhanh phương tiện đo huyết áp tại cơ sở."),
        .p("Kiến nghị liên quan đến Kế hoạch:"),
        .p("- Đề nghị Chi cục TĐC hỗ trợ thiết bị chuẩn cho đoàn kiểm tra của Sở."),
        .p("II. PHƯƠNG HƯỚNG THÁNG 12"),
        .p("Tiếp tục kiểm tra theo kế hoạch."),
    ]

    /// "2.1. Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa: …" shares a long
    /// stretch of II.2.h's text ("… đăng ký kiểm tra nhà nước về chất lượng sản phẩm, hàng hóa
    /// nhập khẩu") but none of that task's own words: the plan-text recogniser took it for
    /// II.2.h and the inspections went there, with a finding. The title before its colon, read
    /// by the task profiles with what it reports, names the state inspection, II.5.a.
    @Test func aTitleSharingOnlyThePlansSubjectIsReadByMeaning() {
        let s = extract(word(Self.report), fileName: "syt-bc-11thang.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.5.a"])
        #expect(s.value("II.5.a", "inspections") == 5)
        #expect(s.value("II.5.a", "establishments_inspected") == 38)
        #expect(s.value("II.5.a", "violations") == 3)
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }

    /// The title matched on the plan's words still stands when it uses the task's own words
    /// ("hàng hóa nhập khẩu"), and when the line has no colon to end its title.
    @Test func aTitleWithTheTasksOwnWordsKeepsThePlansWording() {
        var pieces = Self.report
        pieces[8] = .p("2.1. Kết nối liên thông Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước hàng hóa nhập khẩu: tiếp nhận 120 hồ sơ trực tuyến.")
        let s = extract(word(pieces), fileName: "syt-bc-11thang.docx")
        #expect(s.entries.map(\.task).contains("II.2.h"))
        #expect(!s.entries.map(\.task).contains("II.5.a"))
    }

    /// "Khó khăn, vướng mắc trong thực hiện Kế hoạch:" and "Kiến nghị liên quan đến Kế
    /// hoạch:" (vocabulary `items.heading_tails`) head the plan's difficulties and proposals;
    /// the second was read as II.2.c's title ("kiến nghị sửa đổi pháp luật") and both items
    /// were lost.
    @Test func sectionHeadingsSayingWhichPlanTheyAreAbout() {
        let s = extract(word(Self.report), fileName: "syt-bc-11thang.docx")
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Thiếu thiết bị chuẩn để kiểm tra nhanh phương tiện đo huyết áp tại cơ sở"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục TĐC hỗ trợ thiết bị chuẩn cho đoàn kiểm tra của Sở"])
        #expect(!s.entries.map(\.task).contains("II.2.c"))
    }
}
