import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures written noun first — the measure before its number, the number
// in brackets or after a mark ("Đoàn KT (4)", "Quầy: 31", "Số hộ vi phạm – 2", "Tiền phạt
// (6.500.000)") — and of counts written with their number in brackets ("(05) cuộc"), in
// prose, in a sheet's column of results, and in the sweep of numbers nothing read. Words of
// this file's own, none taken from the scored corpora.

private func read(_ text: String) -> PassageNumbers {
    shippedVocabulary.figures(in: Tokenizer.tokenize(text))
}

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in read(text).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct NounFirstFiguresTests {
    @Test func aMeasureNounBeforeItsNumberInBracketsCountsIt() {
        #expect(figures("Đoàn KT (4); Quầy (31); Vi phạm (2)") == ["inspections": 4, "establishments_inspected": 31, "violations": 2])
        // A noun with what qualifies it, as a count's own noun would be.
        #expect(figures("Hộ kinh doanh được hướng dẫn (9)") == ["enterprises_supported": 9])
        // The abbreviation of a measure the vocabulary knows.
        #expect(figures("HTX (3); TCCS (5)") == ["enterprises_supported": 3, "standards_reviewed": 5])
    }

    @Test func aMeasureNounBeforeAMarkAndItsNumberCountsIt() {
        #expect(figures("Quầy hàng: 17") == ["establishments_inspected": 17])
        #expect(figures("Số hộ vi phạm – 2") == ["violations": 2])
    }

    @Test func anAmountWithoutItsUnitAfterAKindOfMoneyIsInDong() {
        #expect(figures("Tiền phạt (6.500.000)") == ["fines_vnd": 6_500_000])
        #expect(figures("Xử phạt: 1.200.000") == ["fines_vnd": 1_200_000])
        // Too small to be money: no amount.
        #expect(figures("Phạt (2)")["fines_vnd"] == nil)
        // After a label of counts it stays a count.
        #expect(figures("Lượt người (1.350)") == ["participants": 1350])
    }

    @Test func aCountWithItsNumberInBracketsIsACount() {
        #expect(figures("Xã đã mở (02) lớp bồi dưỡng cho (75) học viên.") == ["training_courses": 2, "participants": 75])
        // Brackets of a number do not break the figure before them down.
        #expect(figures("Đoàn kiểm tra (11) cửa hàng, có (03) cửa hàng vi phạm.") == ["establishments_inspected": 11, "violations": 3])
    }

    @Test func anEnumeratorInBracketsIsStillNoFigure() {
        #expect(read("(2) Tuyên truyền về đo lường trên loa ấp").found.isEmpty)
        let n = read("Mục (4) ghi theo nghìn đồng")
        #expect(n.found.isEmpty && n.unread.isEmpty)
        #expect(read("Biểu (3) kèm theo báo cáo").found.isEmpty)
    }

    /// "Việc | Đã làm những gì | Con số | Đến nay": the work in words holds no digit ("-"), the
    /// figures stand beside it, each after its measure noun; they are the rows' results.
    @Test func aColumnOfNounFirstFiguresBesideAResultColumnWithoutDigitsIsTheResults() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN XÃ TÂN THẠNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 57/BC-UBND", nil, nil, "Tân Thạnh, ngày 14/11/2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Phần việc", "Đã làm những gì", "Con số", "Đến nay"],
            [1, "Phối hợp kiểm tra đo lường tại chợ theo phân cấp", "-", "Đoàn KT (2); Quầy (23); Vi phạm (2); Tiền phạt (5.000.000)", "đang làm"],
            [2, "Tuyên truyền pháp luật đo lường trên loa phát thanh", "-", "Tin bài (9)", "đã xong"],
            [3, "Hướng dẫn hợp tác xã công bố tiêu chuẩn cơ sở", "-", "HTX (3); TCCS (3)", "đang làm"],
            [4, "Khen thưởng người phát hiện gian lận cân đo", "-", "-", "chưa phát sinh"],
            [],
            ["Khó khăn"],
            [nil, "Chợ cá họp sớm, khó bố trí người kiểm tra."],
            [],
            [nil, "Người lập biểu", nil, "TM. ỦY BAN NHÂN DÂN"],
            [nil, nil, nil, "CHỦ TỊCH"],
            [nil, "Lê Văn Bảy", nil, "Trần Thị Tám"],
        ]), fileName: "tan-thanh.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 2)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 23)
        #expect(checks?.indicators[IndicatorID("violations")]?.value == 2)
        #expect(checks?.indicators[IndicatorID("fines_vnd")]?.value == 5_000_000)
        #expect(s.entries.contains { $0.indicators[IndicatorID("communications")]?.value == 9 })
        #expect(s.entries.contains { $0.indicators[IndicatorID("standards_reviewed")]?.value == 3 })
        #expect(!s.findings.contains { $0.code == "figure-unrecognized" }, "\(s.findings.map(\.message))")
    }
}

@Suite struct UnclaimedBracketedNumberTests {
    /// A number in brackets after its noun that nothing reads ("Biển hiệu (6)": no measure the
    /// plan counts) is quoted for a person, never passed over as an enumerator.
    @Test func aBracketedNumberNoFigureClaimsIsQuoted() {
        var run = ExtractionRun(extractor: extractor, document: word([wardHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .table([["STT", "Việc", "Con số", "Đến nay"],
                    ["1", "Vận động tiểu thương niêm yết giá tại chợ", "Biển hiệu (6); Bảng giá (14)", "đã xong"]])]))
        run.process()
        run.findings = []
        run.sweepUnaccountedNumbers([])
        let quoted = SilentLossPolicy.quotedNumbers(run.findings)
        #expect(quoted.contains(6) && quoted.contains(14), "\(run.findings.map(\.message))")
    }
}
