import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of how figures get their kind on hands the program has not seen (issue #11,
// session 20): a line setting last year's results beside this year's, labels listed before
// their numbers "lần lượt là", numbers opening a line with their noun after a dash, and a
// total row whose label counts its rows in parentheses. The words are this file's own.

/// The shipped vocabulary as a pipeline's extractor holds it: with the plan's year.
private let vocabulary2026: Vocabulary = {
    var v = shippedVocabulary
    v.figureReading.planYear = 2026
    return v
}()

private func found(_ text: String) -> PassageNumbers { vocabulary2026.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in found(text).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct OtherPeriodLinesTests {
    @Test func aLineOfAnEarlierYearIsThatYearsAndNotRead() {
        let text = """
        - Năm 2025: mở 02 lớp tập huấn, có 70 lượt người tham dự.
        - Năm 2026: mở 03 lớp tập huấn cho hộ kinh doanh, có 115 lượt người tham dự; đã xong.
        """
        #expect(figures(text) == ["training_courses": 3, "participants": 115])
        // Not a number a person must read either: another period's result is no loss.
        #expect(found(text).unread.isEmpty)
    }

    @Test func lastYearNamedWithoutItsNumber() {
        let text = "Năm trước: kiểm tra 04 cuộc.\nNăm nay: kiểm tra 06 cuộc tại 40 cơ sở."
        #expect(figures(text) == ["inspections": 6, "establishments_inspected": 40])
    }

    @Test func thePlansYearAndAYearInsideASentenceStayRead() {
        #expect(figures("Năm 2026: lấy 12 mẫu xăng dầu để khảo sát.") == ["samples_tested": 12])
        // A year in the sentence's course is no label of the sentence.
        #expect(figures("Tiếp tục kiểm tra theo kế hoạch năm 2025: 05 cuộc tại 31 cơ sở.")["inspections"] == 5)
    }

    @Test func withoutThePlansYearOnlyWordsOfAnotherPeriodCount() {
        let plain = shippedVocabulary.figures(in: Tokenizer.tokenize("Năm 2025: lấy 09 mẫu gạo."))
        #expect(plain.found.map(\.value) == [9])
    }
}

@Suite struct RespectiveListsTests {
    @Test func labelsThenTheirNumbersInTheSameOrder() {
        let text = "Xã đã phối hợp kiểm tra định kỳ; số cuộc kiểm tra, số cơ sở được kiểm tra và số cơ sở vi phạm lần lượt là 03, 17 và 02."
        #expect(figures(text) == ["inspections": 3, "establishments_inspected": 17, "violations": 2])
    }

    @Test func aLabelWithACommaOfItsOwn() {
        let text = "Tuyên truyền: số hội nghị, số lượt người tham dự và số tin, bài lần lượt là 02, 180 và 07 (Phòng Văn hóa)."
        #expect(figures(text) == ["training_courses": 2, "participants": 180, "communications": 7])
    }

    @Test func listsOfDifferentLengthsPairNothing() {
        let n = found("Số lớp và số học viên lần lượt là 04, 90 và 07.")
        #expect(!n.found.contains { $0.value == 90 && $0.indicator.rawValue == "training_courses" })
        #expect(!n.found.contains { $0.value == 4 && $0.indicator.rawValue == "participants" })
    }
}

@Suite struct NumberFirstLinesTests {
    @Test func aNumberThenADashThenWhatItCounts() {
        let text = "Kết quả tuyên truyền:\n07\t– tin, bài trên cổng thông tin xã\n02\t– hội nghị phổ biến pháp luật\n95\t– lượt người tham dự"
        #expect(figures(text) == ["communications": 7, "training_courses": 2, "participants": 95])
    }

    @Test func anAmountThenADashThenItsKind() {
        #expect(figures("Kiểm tra tại chợ:\n03 – cuộc kiểm tra\n4,5 triệu đồng – tiền phạt") == ["inspections": 3, "fines_vnd": 4_500_000])
        #expect(figures("Xử lý vi phạm:\n2.500.000 – đồng tiền phạt") == ["fines_vnd": 2_500_000])
    }

    @Test func aDashInsideAClauseIsNoNounMark() {
        // A range or a dash between two fields keeps its reading.
        #expect(figures("Số cuộc kiểm tra: 02 – cơ sở: 14")["inspections"] == 2)
    }
}

@Suite struct TotalsCountingInParenthesesTests {
    @Test func theTotalsLabelCountsItsRowsInParentheses() {
        let resolver = GridResolver(r: extractor.gridRecognisers!)
        #expect(resolver.totalWithCount("Cộng (04 đợt)") == "04 đợt")
        #expect(resolver.totalWithCount("Tổng cộng (3 cuộc)") == "3 cuộc")
    }

    @Test func aTotalRowCountingItsRoundsInParentheses() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ (nhiệm vụ 5.c)"),
            .table([
                ["TT", "Đơn vị", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền phạt (đồng)"],
                ["1", "Tổ kiểm tra khu phố 1", "13", "1", "1.500.000"],
                ["2", "Tổ kiểm tra khu phố 4", "8", "2", "2.000.000"],
                ["", "Cộng (02 đợt)", "21", "3", "3.500.000"],
            ]),
            .p("Tiến độ: đang thực hiện."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 3_500_000)
        #expect(s.value("II.5.c", "inspections") == 2)
    }
}
