import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of hands left open in the older sets: a report's parts numbered "PHẦN III –"
// with a dash, money trackers whose columns write the money scale in their headers ("(đồng)",
// beside a "Tỷ lệ" column that is no money), and two columns of one amount of money beside
// its running total. The words are this file's own.

private func departmentHead(_ title: String) -> [[Any?]] {
    [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["VĂN PHÒNG SỞ", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
     ["Số: 45/BC-VP", nil, nil, "TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026"],
     [],
     [title],
     ["ĐVT: đồng"]]
}

@Suite struct OlderSets36Tests {
    /// "PHẦN III – KHÓ KHĂN, ĐỀ XUẤT": a part numbered in roman and parted from its heading by
    /// a dash is that section, as "PHẦN III. …" is; its items are the difficulties and the
    /// proposals by what each says; the signer's name below them is neither.
    @Test func aPartNumberedWithADashIsItsSection() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                              .p("PHẦN I – KẾT QUẢ THỰC HIỆN"),
                              .p("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phường đã đăng 05 tin bài trên trang thông tin điện tử. Tiến độ: Hoàn thành."),
                              .p("PHẦN II – KHÓ KHĂN, ĐỀ XUẤT"),
                              .p("a) Kinh phí cho công tác kiểm tra đo lường tại chợ còn hạn chế."),
                              .p("b) Đề nghị Chi cục mở thêm lớp tập huấn nghiệp vụ cho công chức phường."),
                              // A signer's name is no item: "Hồng" folds as "hỏng" (broken), no shortage.
                              .p("TRƯỞNG PHÒNG"), .p("Lê Thị Hồng Nhung")]))
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Kinh phí cho công tác kiểm tra đo lường tại chợ còn hạn chế"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục mở thêm lớp tập huấn nghiệp vụ cho công chức phường"])
    }

    /// "Nội dung nhiệm vụ | … | Thực hiện đến 30/9/2026 (đồng) | Tỷ lệ TH (%)": the number under
    /// a header that writes the money scale is money spent, not a count of what the label
    /// column's header ends with ("vụ"); the rate beside it is no "tỷ" of money.
    @Test func aNumberUnderAHeaderOfMoneyIsMoney() {
        let s = extract(workbook(departmentHead("KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ KINH PHÍ KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026") + [
            ["STT", "Nội dung nhiệm vụ", "Dự toán giao (đồng)", "Thực hiện đến 30/9/2026 (đồng)", "Tỷ lệ TH (%)", "Tình trạng nhiệm vụ"],
            [1, "Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo chính sách của Thành phố", 500_000_000, 320_000_000, 64, "Đang thực hiện"],
        ]), fileName: "vp-kinh-phi.xlsx")
        #expect(s.value("II.3.c", "budget_spent_vnd") == 320_000_000)
        #expect(s.value("II.3.c", "violations") == nil)
        #expect(!s.entries.contains { $0.indicators.values.contains { $0.value == 64_000_000_000 } })
    }

    /// A header of money that names a thing of its own ("Giá trị hàng hóa thu hồi (triệu
    /// đồng)") beside the fines' column: its number is no fine and no task's money, never added
    /// to the fines; it is asked about (a finding quotes it).
    @Test func moneyUnderAHeaderNamingAThingIsNotTheTasksMoney() {
        let s = extract(workbook(departmentHead("SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026") + [
            ["STT", "Lĩnh vực / nội dung", "Số cuộc kiểm tra (cuộc)", "Tiền phạt (triệu đồng)", "Giá trị thuốc, mỹ phẩm thu hồi (triệu đồng)"],
            [1, "Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường", 6, 42.5, 8.1],
        ]), fileName: "so-kiem-tra.xlsx")
        #expect(s.status == .extracted)
        #expect(s.entries.contains { $0.indicators[IndicatorID("fines_vnd")]?.value == 42_500_000 }, "\(s.entries)")
        #expect(!s.entries.contains { $0.indicators.values.contains { $0.value == 50_600_000 || $0.value == 8_100_000 } })
    }

    /// The same with a header of few words after "Giá trị" ("Giá trị hàng hóa thu hồi"): its
    /// words after the results word are no period's (`results_period_words`), so it names a
    /// thing of its own, however few its words; the recalled value is not added to the fines.
    /// A header of results with a period after it is still the task's money.
    @Test func moneyUnderAShortHeaderNamingAThingIsNotTheTasksMoney() {
        let s = extract(workbook(departmentHead("SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026") + [
            ["STT", "Lĩnh vực / nội dung", "Số cuộc kiểm tra (cuộc)", "Tiền phạt (triệu đồng)", "Giá trị hàng hóa thu hồi (triệu đồng)"],
            [1, "Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường", 6, 42.5, 8.1],
        ]), fileName: "so-kiem-tra.xlsx")
        #expect(s.status == .extracted)
        #expect(s.entries.contains { $0.indicators[IndicatorID("fines_vnd")]?.value == 42_500_000 }, "\(s.entries)")
        #expect(!s.entries.contains { $0.indicators.values.contains { $0.value == 50_600_000 || $0.value == 8_100_000 } })
        let spent = extract(workbook(departmentHead("KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ KINH PHÍ KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026") + [
            ["STT", "Nội dung nhiệm vụ", "Dự toán giao (đồng)", "Thực hiện 9 tháng đầu năm (đồng)", "Tình trạng nhiệm vụ"],
            [1, "Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo chính sách của Thành phố", 500_000_000, 320_000_000, "Đang thực hiện"],
        ]), fileName: "vp-kinh-phi.xlsx")
        #expect(spent.value("II.3.c", "budget_spent_vnd") == 320_000_000)
    }

    /// "Đã thanh toán | Giải ngân lũy kế": two columns of the money spent, one the running
    /// total; the running total is the figure, the other no addend of it.
    @Test func moneyBesideItsRunningTotalIsNotAddedToIt() {
        let s = extract(workbook(departmentHead("BÁO CÁO KINH PHÍ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026") + [
            ["TT", "Nội dung chi", "Dự toán", "Đã thanh toán", "Giải ngân lũy kế", "Tình hình"],
            [1, "Mua sắm, sửa chữa trang thiết bị kỹ thuật cho đơn vị sự nghiệp thử nghiệm", 900_000_000, 310_000_000, 310_000_000, "Đang giải ngân"],
        ]), fileName: "vp-giai-ngan.xlsx")
        let spent = s.entries.compactMap { $0.indicators[IndicatorID("budget_spent_vnd")]?.value }
        #expect(spent == [310_000_000])
        #expect(!s.findingCodes.contains("figures-summed"))
    }

    /// "1) Công việc: <the task>." over "Làm được: …" and "Chưa làm được: …": the numbered line
    /// names the task by its label alone; read as the numbered heading "1) <the task>.", its
    /// results and status on the lines below it.
    @Test func aNumberedTitleFieldOverItsResultLinesIsAHeading() {
        #expect(ExtractionRun.titleFieldLine("2) Công việc: Tập huấn cho doanh nghiệp, hộ kinh doanh về đo lường.", titles: ["cong viec"])
                == "2) Tập huấn cho doanh nghiệp, hộ kinh doanh về đo lường.")
        // Not numbered, or too short to name a task: left as written.
        #expect(ExtractionRun.titleFieldLine("Công việc: Tập huấn cho doanh nghiệp, hộ kinh doanh.", titles: ["cong viec"]) == nil)
        #expect(ExtractionRun.titleFieldLine("1) Công việc: kiểm tra.", titles: ["cong viec"]) == nil)
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Tình hình thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026"),
                              .p("UBND phường báo cáo từng công việc như sau:"),
                              .p("1) Công việc: Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh tại chợ."),
                              .p("Làm được: tổ chức 03 hội nghị tại nhà văn hóa khu phố, tổng cộng 140 người dự."),
                              .p("Chưa làm được: không còn, đã làm xong."),
                              .p("2) Công việc: Kiểm tra định kỳ cân tại các chợ trên địa bàn phường."),
                              .p("Làm được: 02 cuộc, kiểm tra 16 cơ sở, không phát hiện vi phạm."),
                              .p("Chưa làm được: còn đợt tháng 12, đang làm tiếp.")]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 140)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 16)
    }
}
