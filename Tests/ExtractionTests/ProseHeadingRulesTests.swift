import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of how a heading of the unit's own speaks of the item it opens: the status
// it ends with, and a line that cites its basis (which names no task, however close its words
// are to one of the plan's).

private let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH\nSố: 215/BC-UBND",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Định, ngày 05 tháng 11 năm 2026"]])
private let opening: [Piece] = [header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

private func tail(_ text: String) -> TaskStatus? {
    shippedVocabulary.headingTailStatus(Tokenizer.tokenize(text))?.value
}

@Suite struct ProseHeadingRulesTests {
    @Test func aHeadingEndsWithItsItemsStatusAfterADashOrAColon() {
        #expect(tail("3.2. Kiểm soát cân đo ở khu buôn bán nông sản – đang làm") == .inProgress)
        #expect(tail("Rà soát quy trình một cửa — đã xong") == .completed)
        #expect(tail("Phối hợp với tổ chức năng suất khu vực: không phát sinh") == .notApplicable)
        #expect(tail("Lấy mẫu nước đá viên (đã hoàn thành)") == .completed)
        // A status inside the title, or followed by what it applies to, is the title's words.
        #expect(tail("Hướng dẫn hoàn thành hồ sơ công bố hợp quy cho cơ sở") == nil)
        #expect(tail("Đã hoàn thành") == nil)
        #expect(tail("Kiểm tra – đang làm thủ tục thành lập đoàn") == nil)
    }

    @Test func theHeadingsStatusIsTheItemsWhenTheItemIsFoundByMeaning() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Các việc cụ thể"),
            .p("1.1. Kiểm soát cân đo ở khu buôn bán cá tại chợ – đang làm"),
            .p("Tổ công tác của phường đi kiểm tra 14 quầy bán cá tại chợ, phát hiện 2 quầy dùng cân sai."),
            .p("1.2. Đưa tin về ghi nhãn hàng hóa lên loa phường: đã xong"),
            .p("Phát 9 tin trên loa truyền thanh của các khu phố."),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 9)
    }

    @Test func aLineCitingItsBasisNamesNoTaskByThePlansWording() {
        // The plan's own words for a task, after "Căn cứ", quote the decision cited.
        let cited = "Căn cứ Quyết định số 1383/QĐ-UBND ngày 25 tháng 4 năm 2024 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch triển khai thực hiện Quyết định số 899/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về thu hút, trọng dụng nhân tài đến năm 2030, tầm nhìn đến năm 2050;"
        let quoted = "Thực hiện thu hút đội ngũ cán bộ có trình độ chuyên môn cao, đội ngũ chuyên gia tư vấn, đánh giá trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND của Hội đồng nhân dân Thành phố về mức thu nhập chuyên gia"
        let run = ExtractionRun(extractor: extractor, document: word([.p(cited), .p(quoted), .p("Phúc đáp " + quoted)]))
        #expect(run.planWordingTask(run.lines[0]) == nil)
        // The same words as a heading name their task; after "Phúc đáp" they cite a letter.
        #expect(run.planWordingTask(run.lines[1])?.code == "II.3.c")
        #expect(run.planWordingTask(run.lines[2]) == nil)
    }
}
