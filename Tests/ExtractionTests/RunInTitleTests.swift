import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction

// Specifications of run-in titles of the unit's own: a paragraph that opens with a short title
// set apart by a colon, a dash between spaces (`clauses.title_marks`) or its first sentence's
// full stop (`clauses.title_sentence_words`), with no "Về …" before it, is an item of the task
// its title names, whatever passage it follows.

private let agencyHeader: Piece = .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ DU LỊCH\nSố: 731/BC-SDL",
                                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026"]])
private let report: [Piece] = [.p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                               .p("Sở Du lịch báo cáo như sau:"), .bold("1. Kết quả thực hiện")]

@Suite struct RunInTitleTests {
    @Test func aShortTitleBeforeAColonADashOrAFullStopIsSplitOff() {
        let run = ExtractionRun(extractor: extractor, document: word([]))
        #expect(run.runInTitle("Góp ý quy chuẩn — góp ý 04 dự thảo QCVN về khách sạn.")?.title == "Góp ý quy chuẩn")
        #expect(run.runInTitle("Góp ý quy chuẩn – góp ý 04 dự thảo QCVN về khách sạn.")?.rest == "góp ý 04 dự thảo QCVN về khách sạn.")
        #expect(run.runInTitle("Đơn thư, tố giác. Năm nay Sở không nhận được đơn nào.")?.title == "Đơn thư, tố giác")
        #expect(run.runInTitle("2) Kiểm tra cơ sở lưu trú: 05 cuộc tại 31 khách sạn.")?.title == "Kiểm tra cơ sở lưu trú")
        // The earliest mark ends the title.
        #expect(run.runInTitle("Thông tin — đăng 07 tin. Kết quả: xong.")?.title == "Thông tin")
        // No title: a status or a figure's label, a title with figures, one word, a sentence
        // too long to be a title, an abbreviation's stop, nothing after the title.
        #expect(run.runInTitle("Tình trạng thực hiện: đang thực hiện.") == nil)
        #expect(run.runInTitle("Số cơ sở được kiểm tra: 31 cơ sở.") == nil)
        #expect(run.runInTitle("Kiểm tra 05 cơ sở — xong.") == nil)
        #expect(run.runInTitle("Trong năm, Sở đã phối hợp với Chi cục và các phòng chuyên môn rà soát toàn bộ các cơ sở lưu trú trên địa bàn thành phố. Kết quả tốt.") == nil)
        #expect(run.runInTitle("Sở đã làm việc với TP. Thủ Đức về đo lường.") == nil)
        #expect(run.runInTitle("Góp ý quy chuẩn —") == nil)
        // A dash before a capital joins a name; a line that cites a document.
        #expect(run.runInTitle("Phòng Văn hóa – Xã hội phối hợp đăng 04 tin về đo lường.") == nil)
        #expect(run.runInTitle("Phòng Quản lý – Lưu trú phối hợp đăng 04 tin về đo lường.") == nil)
        #expect(run.runInTitle("Kèm theo Báo cáo số 58/BC-SDL ngày 02/11/2026 của Phòng Quản lý – Lưu trú du lịch") == nil)
    }

    @Test func eachTitledParagraphIsAnItemOfTheTaskItsTitleNames() {
        // A department's report with no numbers or bullets on its items: each paragraph opens
        // with its own title, then a dash or a full stop, then what was done.
        let s = extract(word([agencyHeader] + report + [
            .p("Phổ biến pháp luật — đăng 11 tin, bài trên trang thông tin du lịch về nhãn hàng hóa – ĐANG THỰC HIỆN."),
            .p("Góp ý quy chuẩn kỹ thuật — góp ý 04 dự thảo QCVN về cơ sở lưu trú theo đề nghị của Bộ – ĐÃ HOÀN THÀNH."),
            .p("Hệ thống quản lý chất lượng tại cơ quan: Sở duy trì, cải tiến hệ thống theo TCVN ISO 9001:2015 tại Văn phòng Sở – ĐÃ HOÀN THÀNH."),
            .bold("2. Khó khăn"),
            .p("- Cán bộ kiêm nhiệm nhiều việc."),
        ]))
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .completed)
        // Nothing of one item is counted under another.
        #expect(s.entry("II.1.a")?.indicators[IndicatorID("standards_reviewed")] == nil)
        #expect(s.entry("II.2.e")?.indicators[IndicatorID("communications")] == nil)
    }

    @Test func numberedItemsAfterAPassageAreEachReadByTheirOwnTitle() {
        // "1) Title. Content" under the unit's own lettered part: the second item is not more
        // of the first.
        let s = extract(word([agencyHeader] + report + [
            .bold("A. THÔNG TIN VÀ KIỂM TRA"),
            .p("1) Kiểm tra cơ sở lưu trú. Sở chủ trì 03 cuộc kiểm tra tại 27 khách sạn, 02 cơ sở vi phạm."),
            .p("2) Góp ý quy chuẩn kỹ thuật. Sở góp ý 02 dự thảo QCVN về nhà hàng phục vụ khách du lịch."),
        ]))
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.value("II.2.e", "standards_reviewed") == 2)
        #expect(s.entry("II.5.a")?.indicators[IndicatorID("standards_reviewed")] == nil)
    }

    @Test func isoAloneNamesTheQualitySystemOfTheUnitsOwnAdministration() {
        // "ISO" with no number is the unit's own quality system (II.2.đ), not a business's.
        let s = extract(word([agencyHeader] + report + [
            .p("- Quy trình ISO ở bộ phận tiếp dân: rà soát lại toàn bộ sau khi sắp xếp, đang thực hiện."),
        ]))
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.entry("II.2.d") == nil)
    }

    @Test func aShortLabelBeforeThePassagesOwnFiguresStaysInThePassage() {
        // Inside a passage a title of a few words before a figure is the passage's own label.
        let s = extract(word([agencyHeader] + report + [
            .p("Kiểm tra cơ sở lưu trú: Sở chủ trì 03 cuộc kiểm tra tại 27 khách sạn."),
            .p("Lấy mẫu: 06 mẫu nước uống đóng chai tại khách sạn."),
        ]))
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.entry("II.5.b") == nil)
    }
}
