import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 37's inspectors' shorthand (set177, set178: month-by-month
// workbooks and the reports written from them). The words are this file's own.

@Suite struct Months37Tests {
    /// "KT" opening a task ("1. KT ĐL, CL xăng dầu …": kiểm tra đo lường, chất lượng) is the
    /// inspectors' shorthand, not "ký thay" (`signature_marks`): read as the signature block,
    /// it closed the report at its first task and the whole report was lost. "KT. CHỦ TỊCH",
    /// with its dot, still opens the signature.
    @Test func kiemTraWrittenKTOpensATaskNotTheSignature() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1. KT ĐL, CL xăng dầu, hàng đóng gói sẵn trên địa bàn phường"),
            .p("- Đã kiểm tra 04 cuộc tại 27 cơ sở; phát hiện 02 cơ sở vi phạm."),
            .p("2. Tuyên truyền trên loa truyền thanh phường"),
            .p("- Phát 09 tin, bài. Đã hoàn thành."),
            .table([["Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hòa"]]),
        ]), fileName: "phuong-kt.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(!s.findingCodes.contains("no-tasks"))
    }

    /// An inspectors' form states each task's progress as "TĐ: …" (tiến độ so KH năm: "đúng
    /// tiến độ / chậm / vượt", vocabulary `status_labels` and `assessments`): ahead of the
    /// year's plan is done (it was left "chưa rõ"); on schedule alone says not whether the work
    /// is done, and stays for a person.
    @Test func progressAgainstTheYearsPlanAfterTD() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1. Kiểm tra đo lường tại chợ Bến Thành"),
            .p("- Kiểm tra 03 cuộc tại 12 cơ sở.  (TĐ: vượt)"),
            .p("2. Tuyên truyền trên loa truyền thanh"),
            .p("- Phát 07 tin, bài.  (TĐ: đúng tiến độ)"),
            .p("Ghi chú: TĐ – tiến độ so KH năm."),
        ]), fileName: "phuong-td.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .unknown)
    }

    /// A department's inspectors head their work in shorthand ("KT chất lượng TTBYT, PTĐ y
    /// tế": task_profiles' "kt chất lượng") and count standards as "TC/QCVN" (vocabulary
    /// `standards_reviewed`); neither was read, the inspections' figures left unplaced.
    @Test func inspectorsShorthandNamesTheTaskAndItsCount() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\n———\nSố: 8841/BC-SYT",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 28 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1. KT chất lượng TTBYT, PTĐ y tế"),
            .p("- Đã tổ chức 04 cuộc KT, tại 31 CSKD. Đang thực hiện."),
            .p("2. Góp ý dự thảo QCVN ngành y tế"),
            .p("- Góp ý 03 TC/QCVN. Đã hoàn thành."),
        ]), fileName: "syt-kt.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.5.a"])
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 31)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
    }

    /// A công văn quoting each requirement of the plan in a column ("Yêu cầu của Kế hoạch
    /// (trích nguyên văn)": grids.yaml `task`), the unit's results beside it, the target it
    /// registered and its verdict ("Đạt / Chưa đạt": `status`). The header went unread and
    /// with it every row: the plan's wording names the task, the results column holds the
    /// figures, the percentage beside a verdict is the target's share, not a figure.
    @Test func aLetterQuotingThePlansRequirementsInAColumn() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\n———\nSố: 8841/SYT-NVY",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 28 tháng 10 năm 2026"]]),
            .p("Kính gửi: Sở Khoa học và Công nghệ"),
            .p("Sở Y tế báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 theo bảng dưới đây:"),
            .table([["TT", "Yêu cầu của Kế hoạch (trích nguyên văn)", "Kết quả thực hiện", "Chỉ tiêu đơn vị đăng ký", "Đạt / Chưa đạt"],
                    ["1", "“Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường”",
                     "Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ: 04 cuộc tại 27 cơ sở, phát hiện 02 cơ sở vi phạm.",
                     "03 cuộc", "Đạt (133% chỉ tiêu)"],
                    ["2", "“Cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng”",
                     "Cử 08 công chức tham dự lớp tập huấn nghiệp vụ.", "10 lượt", "Chưa đạt – đang triển khai (80%)"]]),
        ]), fileName: "syt-cong-van.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.3.a", "II.5.a"])
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 27)
        #expect(s.value("II.3.a", "participants") == 8)
        #expect(s.entry("II.5.a")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .inProgress)
    }
}
