import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, the header and the sections on other hands: the date in a row of fields beside
// the number, the date on the line of who brought a sheet up to date, sections numbered
// "III.- …", and difficulties headed by what is "still stuck". The words are this file's own,
// not the corpus's.

@Suite struct HeaderAndSections23Tests {
    /// "Số văn bản: | 5402/BC-… | Ngày: | 29/10/2026": a row of fields is the header, not a
    /// data row; its date is the report's, not the date of the letter the form came with.
    @Test func theDateInARowOfFields() {
        let s = extract(workbook([
            [nil, nil, nil, nil, nil, nil, "Biểu mẫu 02"],
            ["BIỂU BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["(Dành cho các sở, ngành – kèm theo Công văn số 3001/SKHCN-TĐC ngày 15/9/2026 của Sở Khoa học và Công nghệ)"],
            [],
            ["Đơn vị báo cáo:", nil, "Sở Giáo dục và Đào tạo"],
            ["Số văn bản:", nil, "6120/BC-SGDĐT", "Ngày:", "27/10/2026"],
            [],
            ["STT", "Nội dung phối hợp", "Kết quả thực hiện", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục", "Đăng 07 tin, bài", "Đã hoàn thành"],
        ]), fileName: "bieu-02-sgddt.xlsx")
        #expect(s.document.date == "2026-10-27")
    }

    /// "Người cập nhật: Lê Văn A – ngày 24/10/2026" in a tracker's header: the day it was
    /// brought up to date is the report's.
    @Test func theDateOnTheMakersLine() {
        let s = extract(workbook([
            ["UBND Phường Sài Gòn"],
            ["FILE THEO DÕI TIẾN ĐỘ CT38 – NĂM 2026"],
            ["Người cập nhật: Trần Thị Bích – ngày 24/10/2026"],
            [],
            ["#", "Việc cần làm", "Tình hình", "Kết quả cụ thể"],
            [1, "Kiểm tra cân tại chợ Bến Thành", "Xong", "Kiểm tra 2 cuộc, 19 cơ sở."],
        ]), fileName: "theo-doi-ct38.xlsx")
        #expect(s.document.date == "2026-10-24")
    }

    /// Sections numbered "III.- KHÓ KHĂN, VƯỚNG MẮC" and "IV.- ĐỀ XUẤT, KIẾN NGHỊ": the dash
    /// after the number's point is part of the number.
    @Test func sectionsNumberedWithAPointAndADash() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("I.- KẾT QUẢ THỰC HIỆN"),
            .p("1.- Kiểm tra đo lường tại chợ: kiểm tra 03 đợt, 25 hộ kinh doanh. Nội dung này đã hoàn thành."),
            .bold("II.- KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Tiểu thương buôn bán tạm ngoài đường nên khó kiểm tra."),
            .bold("III.- ĐỀ XUẤT, KIẾN NGHỊ"),
            .p("- Đề nghị Chi cục hỗ trợ 01 cân đối chứng đặt tại chợ."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Tiểu thương buôn bán tạm ngoài đường nên khó kiểm tra"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng đặt tại chợ"])
    }

    /// "NHỮNG VIỆC CÒN VƯỚNG" heads the difficulties, as "KHÓ KHĂN, VƯỚNG MẮC" does.
    @Test func whatIsStillStuckHeadsTheDifficulties() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Kiểm tra đo lường tại chợ: kiểm tra 02 đợt, 18 hộ kinh doanh. Đã hoàn thành."),
            .p("NHỮNG VIỆC CÒN VƯỚNG"),
            .p("– Phường chưa có kinh phí mua cân đối chứng."),
            .p("ĐỀ NGHỊ"),
            .p("– Đề nghị Chi cục hỗ trợ kiểm định cân miễn phí tại chợ."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường chưa có kinh phí mua cân đối chứng"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ kiểm định cân miễn phí tại chợ"])
    }

    /// A section's name clipped to its first word ("Tồn:") heads its section as a label before
    /// its colon.
    @Test func aClippedSectionLabelBeforeItsColon() {
        let s = extract(workbook([
            // set130's terse ward sheet, where the rule was measured: a title line holding the
            // number and date, lower-case abbreviated headers. (With a four-column "STT | Việc |
            // Kết quả | Tình trạng" table above it, "Tồn:" is still not read: not done yet.)
            ["UBND PHƯỜNG AN LẠC"],
            ["BC KQ KH38/TĐC năm 2026 - Số 58/BC-UBND - 02/11/2026"],
            ["stt", "việc", "c", "cs", "vp", "đ", "khác", "ghi"],
            [1, "kt cân chợ An Lạc, phối hợp Chi cục", 2, 26, 3, 4_500_000, nil, "ok 18/9"],
            [2, "tuyên truyền loa, nhóm zalo khu phố", nil, nil, nil, nil, "12 tin", "ok"],
            ["Tồn:", "Chợ đang sửa chữa, tiểu thương dời ra lề đường."],
            ["Kiến nghị:", "Chi cục hỗ trợ 01 bộ quả cân chuẩn."],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Chợ đang sửa chữa, tiểu thương dời ra lề đường"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Chi cục hỗ trợ 01 bộ quả cân chuẩn"])
    }
}
