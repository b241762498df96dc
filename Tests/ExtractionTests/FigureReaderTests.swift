import Foundation
import Testing
@testable import Extraction

// Specifications of the figure recogniser (FigureReader.swift) on small synthetic sentences:
// what each number with its words becomes.

private func read(_ text: String) -> PassageNumbers { shippedVocabulary.figures(in: Tokenizer.tokenize(text)) }

/// The figures of a passage as the resolver keeps them: a total stands for its parts, and
/// figures of one kind are added.
private func figures(_ text: String) -> [String: Double] {
    let found = read(text).found
    let totals = Set(found.filter(\.total).map(\.indicator))
    var out: [String: Double] = [:]
    for f in found where f.total || !totals.contains(f.indicator) { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct SpelledNumberTests {
    @Test(arguments: [
        ("hai mươi lăm", 25), ("mười lăm", 15), ("ba trăm mười", 310), ("bốn mươi sáu", 46), ("ba mươi mốt", 31),
        ("một trăm linh năm", 105), ("một nghìn hai trăm năm mươi", 1250), ("mười", 10), ("hai", 2), ("mười hai", 12),
    ])
    func readsVietnameseNumerals(text: String, value: Int) {
        let words = text.split(separator: " ")
        #expect(VietNumber.spelled(words)?.value == value)
        #expect(VietNumber.spelled(words)?.words == words.count)
    }

    @Test func stopsAtTheFirstWordThatIsNoNumeral() {
        #expect(VietNumber.spelled(["mười", "lăm", "cơ", "sở"].map { Substring($0) })?.words == 2)
        #expect(VietNumber.spelled(["lăm", "cơ"].map { Substring($0) }) == nil)
        #expect(VietNumber.spelled(["tư", "pháp"].map { Substring($0) }) == nil)
    }

    @Test func aNumberInWordsWithItsDigitsInParenthesesIsAFigure() {
        let f = figures("Sở đã tổ chức bốn (04) cuộc kiểm tra tại ba mươi mốt (31) cơ sở; tham gia tổng cộng mười hai (12) dự thảo tiêu chuẩn.")
        #expect(f == ["inspections": 4, "establishments_inspected": 31, "standards_reviewed": 12])
    }

    @Test func aNumberInWordsBeforeACountedNounIsAFigure() {
        #expect(figures("Phường kiểm tra mười lăm cơ sở kinh doanh.") == ["establishments_inspected": 15])
    }

    @Test func numeralWordsWithoutACountedNounAreNoFigure() {
        let n = read("Trong năm nay, sau hai lần nhắc, một số đơn vị chưa gửi; năm 2026 thực hiện.")
        #expect(n.found.isEmpty)
        #expect(n.unread.isEmpty)
    }
}

@Suite struct FigureShapeTests {
    @Test func thousandsGroupedByASpaceAreOneNumber() {
        #expect(figures("Tổ chức 03 hội nghị với 1 250 lượt người tham dự.") == ["training_courses": 3, "participants": 1250])
    }

    @Test func twoNumbersApartAreNotJoined() {
        // A quarter's and a year's counts side by side are not one number.
        #expect(figures("Số cuộc kiểm tra 02 06 cuộc") == ["inspections": 6])
    }

    @Test(arguments: [("phạt 12,5tr", 12_500_000.0), ("phạt 7tr5", 7_500_000), ("phạt 20tr", 20_000_000), ("xử phạt 2,5 tr đồng", 2_500_000)])
    func abbreviatedMillionsAreMoney(text: String, value: Double) {
        #expect(figures(text) == ["fines_vnd": value])
    }

    @Test func aCountedNounGluedOrAbbreviatedIsReadAsTheNoun() {
        #expect(figures("05 cuộc KT; 41 cơ sở được KT; kiểm tra 15cs") == ["inspections": 5, "establishments_inspected": 56])
        #expect(figures("Hướng dẫn 12 DN công bố hợp quy") == ["enterprises_supported": 12])
    }

    @Test func aCountAfterAnotherFiguresNounAcrossASlashIsAFigure() {
        #expect(figures("Tổ chức 03 lớp/120 lượt ng tham dự") == ["training_courses": 3, "participants": 120])
    }

    @Test func aMeasureWordBeforeTheNounOfWhatWasCountedYieldsToThatNoun() {
        // "lượt" alone counts attendances; before the noun of a thing counted, that noun decides.
        #expect(figures("Hệ thống loa nhắc lại 9 lượt bài viết về cân đúng.") == ["communications": 9])
        #expect(figures("Trạm tiếp nhận 1.250 lượt phương tiện đo để kiểm định.") == ["instruments_verified": 1250])
        #expect(figures("Buổi nói chuyện thu hút 300 lượt.") == ["participants": 300])
        #expect(figures("Buổi nói chuyện có 75 lượt đại biểu.") == ["participants": 75])
    }

    @Test func usingSomethingIsNoSpendingUnlessItIsMoney() {
        // "sử dụng" with another object ("quả cân") says nothing of money: the fine before it does.
        #expect(figures("Xử phạt 03 hộ sử dụng quả cân không đạt, số tiền phải nộp 6 triệu đồng.") == ["violations": 3, "fines_vnd": 6_000_000])
        #expect(figures("Phòng sử dụng kinh phí 8 triệu đồng để in tài liệu.") == ["budget_spent_vnd": 8_000_000])
    }

    @Test func theAchievedNumberOverItsTargetIsTheFigure() {
        #expect(figures("Đạt 3/5 lớp theo kế hoạch; 120/150 người (80%) tham dự") == ["training_courses": 3, "participants": 120])
    }

    @Test func datesAreNoTargets() {
        #expect(read("Ngày 15/3 kiểm tra; 12/12 tổ hoạt động; 2/2 chợ có cân đối chứng").found.isEmpty)
    }
}

/// Money said as it is spoken: a half, a smaller part with its own scale, or bare digits
/// after the scale as its fraction — never a count that follows the amount.
@Suite struct SpokenMoneyTests {
    @Test(arguments: [
        ("Đã xử phạt hành chính 4 triệu rưỡi.", 4_500_000.0),
        ("Tổng số tiền xử phạt 15 triệu 300 nghìn đồng.", 15_300_000),
        ("Phạt tiền 9 triệu 6 trăm ngàn.", 9_600_000),
        ("Phạt tiền tổng cộng 2 tỷ 3.", 2_300_000_000),
        ("Xử phạt 3 tỷ 150 triệu đồng.", 3_150_000_000),
    ])
    func anAmountSaidAsSpoken(text: String, amount: Double) {
        #expect(figures(text)["fines_vnd"] == amount)
    }

    @Test func aCountAfterTheAmountIsItsOwnFigure() {
        #expect(figures("Xử phạt 6 triệu 2 hộ kinh doanh vi phạm.")["fines_vnd"] == 6_000_000)
        #expect(figures("Số tiền phạt 6 triệu đồng, 2 cơ sở vi phạm.") == ["fines_vnd": 6_000_000, "violations": 2])
    }
}

@Suite struct FigureContextTests {
    @Test func aBreakdownInParenthesesIsNotAdded() {
        #expect(figures("Góp ý 05 dự thảo (03 QCVN, 02 TCVN) về thiết bị") == ["standards_reviewed": 5])
        #expect(figures("Tổ chức 03 lớp tập huấn và 01 buổi tọa đàm (04 lớp/buổi) với 386 lượt người") == ["training_courses": 4, "participants": 386])
    }

    @Test func aComparisonInParenthesesIsNoFigureAndNotQuoted() {
        let text = "Tổ chức 07 cuộc kiểm tra (cùng kỳ năm 2025: 04 cuộc) tại 33 cơ sở (cùng kỳ: 21 cơ sở)."
        #expect(figures(text) == ["inspections": 7, "establishments_inspected": 33])
        #expect(read(text).unread.isEmpty)
    }

    @Test func aParenthesisOfAnotherKindAfterAFigureStillCounts() {
        #expect(figures("Kiểm tra 15 cơ sở (phát hiện 03 cơ sở vi phạm)") == ["establishments_inspected": 15, "violations": 3])
    }

    @Test func aPlannedAmountIsNotSpent() {
        #expect(figures("Đã giải ngân 1.215.000.000 đồng trên tổng kế hoạch vốn 3.400.000.000 đồng.") == ["budget_spent_vnd": 1_215_000_000])
        #expect(figures("Kinh phí đã sử dụng 15 triệu đồng; 40 triệu đồng dự toán được giao.") == ["budget_spent_vnd": 15_000_000])
    }

    @Test func aLabelledCumulativeTotalStandsForThePeriodsFigures() {
        let text = "Trong quý, kiểm tra 02 cuộc tại 07 cơ sở, xử phạt 2.500.000 đồng. Lũy kế 9 tháng: 05 cuộc kiểm tra, 18 cơ sở được kiểm tra; tổng số tiền xử phạt 11.000.000 đồng."
        #expect(figures(text) == ["inspections": 5, "establishments_inspected": 18, "fines_vnd": 11_000_000])
    }

    @Test func aLabelBeforeANumberNamesWhatItCounts() {
        let f = figures("- Số cuộc kiểm tra 3\n- Cơ sở được kiểm tra: 15\n- Số lượng cơ sở vi phạm: 2")
        #expect(f == ["inspections": 3, "establishments_inspected": 15, "violations": 2])
    }

    /// A run of fields on one line, each "label = value" or "label: value": every value is
    /// read from its own label, which starts after the previous field's value — never from the
    /// first label of the run.
    @Test func eachFieldOfARunIsReadFromItsOwnLabel() {
        #expect(figures("lớp = 02, học viên = 47, tài liệu phát = 300") == ["training_courses": 2, "participants": 47, "communications": 300])
        #expect(figures("mẫu lấy: 08; cửa hàng: 11; trường hợp vi phạm: 03") == ["samples_tested": 8, "establishments_inspected": 11, "violations": 3])
        #expect(figures("đoàn=01 , quầy = 09") == ["inspections": 1, "establishments_inspected": 9])
    }

    /// What the area holds, stated as background, is no work done: its numbers are no
    /// figures to the sentence's end; the next sentence's are.
    @Test func whatTheAreaHoldsIsNoResult() {
        #expect(figures("Trên địa bàn xã hiện có 5 cây xăng, 2 chợ đầu mối; khoảng 640 hộ kinh doanh. Đã kiểm tra 06 cơ sở.") == ["establishments_inspected": 6])
        #expect(read("Trên địa bàn đặc khu có 12 quầy vàng bạc.").unread.isEmpty)
    }

    @Test func aNumberInTheMiddleOfAClauseIsNotReadFromALabel() {
        #expect(read("Số cuộc kiểm tra 3 lần trong năm").found.isEmpty)
    }

    @Test func tradersAtATrainingAttendedIt() {
        #expect(figures("Tổ chức 01 lớp tập huấn về ghi nhãn cho 85 hộ kinh doanh") == ["training_courses": 1, "participants": 85])
        #expect(figures("Hướng dẫn 20 hộ kinh doanh kê khai") == ["enterprises_supported": 20])
    }

    @Test func aDraftOfALawIsNoStandard() {
        #expect(figures("Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng") == [:])
        #expect(figures("Góp ý 02 dự thảo TCVN") == ["standards_reviewed": 2])
    }
}

@Suite struct FigureBreakdownTests {
    @Test func countsAfterTrongDoArePartsOfTheFigureBefore() {
        #expect(figures("Kiểm tra 19 (mười chín) cơ sở, trong đó có 07 cửa hàng xăng dầu; phát hiện 02 cơ sở vi phạm.")
                == ["establishments_inspected": 19, "violations": 2])
        #expect(figures("Tham gia tổng cộng mười hai (12) dự thảo, trong đó góp ý mười một (11) dự thảo TCVN.") == ["standards_reviewed": 12])
    }

    @Test func aShareOfAFigureAlreadyReadIsNoNewFigure() {
        #expect(figures("Lấy 48 mẫu sản phẩm thử nghiệm; kết quả 45/48 mẫu phù hợp.") == ["samples_tested": 48])
    }

    @Test func failedSamplesAreAShareOfTheSamplesNotMore() {
        #expect(figures("Lấy 96 mẫu phân tích chất lượng, phát hiện 11 mẫu không đạt.") == ["samples_tested": 96])
    }

    @Test func tradersCountedRightAfterACourseAttendedIt() {
        #expect(figures("Tổ chức 02 lớp tập huấn về nhãn hàng hóa, đo lường trong kinh doanh bán lẻ cho 65 hộ kinh doanh tại chợ.")
                == ["training_courses": 2, "participants": 65])
    }

    @Test func placesCountedRightAfterInspectionsWereInspected() {
        #expect(figures("Phối hợp kiểm tra 04 cuộc tại chợ Thủ Đức và chợ Linh Xuân, 52 hộ kinh doanh.")
                == ["inspections": 4, "establishments_inspected": 52])
    }
}

@Suite struct StandardDesignationTests {
    /// The year of a standard's designation, even with a space after its colon, counts nothing.
    @Test func aStandardsYearIsNoFigure() {
        #expect(figures("Áp dụng hệ thống quản lý theo TCVN ISO 14001: 2015 tại bộ phận tiếp nhận hồ sơ").isEmpty)
        #expect(figures("Rà soát tiêu chuẩn TCVN 7870-1:2010 cho 04 doanh nghiệp")["standards_reviewed"] == nil)
        // A count after a label's colon is still read.
        #expect(figures("Số cơ sở được kiểm tra: 12")["establishments_inspected"] == 12)
    }
}
