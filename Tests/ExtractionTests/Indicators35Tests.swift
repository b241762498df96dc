import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of which figures a report gives, session 35: a result cell that lists its
// figures as fields and then tells the same work in a sentence; a closing table whose task
// column says "nt" (như trên) for the rows under the same work; "cs" (cơ sở) for establishments
// found in breach. The words are this file's own.

@Suite struct Indicators35Tests {
    /// "Số cuộc kiểm tra: 05; Số cơ sở được kiểm tra: 40.⏎Đoàn đã kiểm tra 05 cuộc tại 40 cơ
    /// sở …": the fields are the result, the sentence tells it again; added up, every figure
    /// was counted twice. A field labelled only by a period ("Quý I: 20 mẫu") names no kind:
    /// the lines after it still add up.
    @Test func fieldsToldAgainInASentenceCountOnce() {
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 55/BC-TĐC", "TP. Hồ Chí Minh, ngày 20 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([["STT", "Nội dung công việc", "Kết quả đến 15/11/2026", "Nhận định"],
                    ["1", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông",
                     "Số cuộc kiểm tra: 05; Số cơ sở được kiểm tra: 40; Tiền phạt: 12.000.000 đồng.\nĐoàn đã kiểm tra 05 cuộc tại 40 cơ sở kinh doanh, xử phạt 12.000.000 đồng.",
                     "Đang làm tiếp"],
                    ["2", "Góp ý dự thảo TCVN, QCVN",
                     "Số dự thảo góp ý: 09.\nGóp ý 09 dự thảo quy chuẩn kỹ thuật quốc gia.", "Xong"],
                    ["3", "Khảo sát chất lượng sản phẩm, hàng hóa",
                     "Quý I: 20 mẫu\nQuý III: lấy 20 mẫu mũ bảo hiểm", "Xong"]]),
        ]), fileName: "cctdc-bc-ct38.docx")
        #expect(s.value("II.5.a", "inspections") == 5)
        #expect(s.value("II.5.a", "establishments_inspected") == 40)
        #expect(s.value("II.5.a", "fines_vnd") == 12_000_000)
        #expect(s.value("II.2.e", "standards_reviewed") == 9)
        #expect(s.value("II.5.b", "samples_tested") == 40)
    }

    /// "TT | Việc | Nội dung số liệu | Số liệu | ĐVT" with "nt" in the task column under
    /// "Kiểm tra đo lường, chất lượng": each "nt" row is a figure of that work; read as a task
    /// of its own ("nt" names none), the establishments and the fine were lost or went to the
    /// next work.
    @Test func aDittoMarkInTheTaskColumnGoesOnWithTheTaskAbove() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 77/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Khánh, ngày 18 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026"),
            .p("1. Về việc kiểm tra đo lường tại chợ và cửa hàng: nội dung này phường đang tiếp tục thực hiện."),
            .p("2. Về việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng: nội dung này phường đã hoàn thành."),
            .p("BẢNG SỐ LIỆU KÈM THEO"),
            .table([["TT", "Việc", "Nội dung số liệu", "Số liệu", "ĐVT"],
                    ["1", "Kiểm tra đo lường, chất lượng", "Cuộc kiểm tra", "03", "cuộc"],
                    ["2", "nt", "Cơ sở được kiểm tra", "26", "cơ sở"],
                    ["3", "nt", "Cơ sở vi phạm", "02", "cơ sở"],
                    ["4", "nt", "Tiền phạt", "4.500.000", "đồng"],
                    ["5", "Tuyên truyền, phổ biến", "Tin, bài", "11", "tin, bài"],
                    ["6", "nt", "Hội nghị phổ biến", "01", "hội nghị"]]),
        ]), fileName: "ankhanh-bc-tdc.docx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 26)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 4_500_000)
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entries.allSatisfy { $0.indicators[IndicatorID("budget_spent_vnd")] == nil })
    }

    /// "cs" is "cơ sở" written short: "kiểm tra 3 cuộc, 27 cs; lập biên bản 2 cs vi phạm" counts
    /// 27 establishments inspected and 2 in breach, as the words written out would.
    @Test func establishmentsWrittenShortAreFoundInBreach() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 78/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Khánh, ngày 18 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026"),
            .p("1- Kiểm tra đo lường và nhãn hàng hóa tại chợ: đã kiểm tra 4 cuộc, 31 cs; lập biên bản 3 cs vi phạm, phạt 5 triệu đồng."),
            .p("Kết quả tự chấm: Đang làm"),
        ]), fileName: "ankhanh-bc.docx")
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "inspections") == 4)
    }
}
