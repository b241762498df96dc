import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of a report's parts lettered with one capital and a dash, session 38 ("A -
// Những việc đã làm", "B - Khó khăn", "C - Kiến nghị"), read as "B." would be. The words are
// this file's own, not the corpus's.

private let wardTop: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH\nSố: 88/BC-UBND",
                                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Định, ngày 18 tháng 11 năm 2026"]])

@Suite struct Parts38Tests {
    /// Before, "B - Khó khăn" and "C - Kiến nghị" were no labels: their items ran into the
    /// last task's text and the report had no difficulty and no proposal, with no finding.
    @Test func partsLetteredWithADashOpenTheirItems() {
        let s = extract(word([
            wardTop, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("A - Kết quả đạt được"),
            .p("1) Tuyên truyền về đo lường cho hộ kinh doanh tại chợ."),
            .p("Đã đăng 04 tin bài trên trang của phường. Mức: xong"),
            .p("B - Khó khăn"),
            .p("+ Phường chưa có cân đối chứng đặt tại chợ."),
            .p("C – Kiến nghị"),
            .p("+ Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Tân Định."),
        ]), fileName: "tandinh-bc.docx")
        #expect(s.value("II.1.a", "communications") == 4)
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường chưa có cân đối chứng đặt tại chợ"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Tân Định"])
        let text = s.entry("II.1.a")?.text ?? ""
        #expect(!text.contains("Khó khăn"))
        #expect(!text.contains("cân đối chứng"))
    }

    /// The rewriting itself: one capital, a mark and a space; a word of capitals before a dash
    /// ("KT - xg") and a letter with no space after its mark ("A-Z") are left as they are.
    @Test func oneCapitalThenAMarkIsANumbering() {
        let marks: [Unicode.Scalar] = ["/", "-", "–"]
        #expect(ExtractionRun.renumbered("B - Khó khăn", marks: marks) == "B. Khó khăn")
        #expect(ExtractionRun.renumbered("C/ Kiến nghị", marks: marks) == "C. Kiến nghị")
        #expect(ExtractionRun.renumbered("KT - xong", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("A-Z các việc", marks: marks) == nil)
    }
}
