import Foundation
import Testing
@testable import Extraction

// Specifications of the general figure machinery of session 18: a number, its measure noun in
// any form the vocabulary knows (a column's own noun, after a classifier, never the first word
// of a longer noun read as money), and where it stands in its sentence (a place the work was
// done in, a part of an earlier count, what the area holds). Sentences in words of their own,
// none taken from the scored corpora.

private func read(_ text: String) -> PassageNumbers {
    shippedVocabulary.figures(in: Tokenizer.tokenize(text))
}

private func figures(_ text: String) -> [String: Double] {
    let found = read(text).found
    let totals = Set(found.filter(\.total).map(\.indicator))
    var out: [String: Double] = [:]
    for f in found where f.total || !totals.contains(f.indicator) { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct FigureMeasureTests {
    @Test func aMoneyScaleThatOpensALongerNounIsNoAmount() {
        #expect(figures("Trung tâm đã kiểm định 18 đồng hồ nước lắp tại khu tái định cư.") == ["instruments_verified": 18])
        #expect(figures("Ủy ban cử 4 đồng chí dự lớp bồi dưỡng nghiệp vụ.") == ["participants": 4])
        #expect(read("Ủy ban cử 4 đồng chí dự lớp bồi dưỡng nghiệp vụ.").unplaced.isEmpty)
        // The scale alone is still money.
        #expect(figures("Xử phạt hộ bán hàng 4 triệu đồng.") == ["fines_vnd": 4_000_000])
    }

    @Test func aClassifierYieldsToTheNounAfterIt() {
        #expect(figures("Đưa 9 cái taximet đi kiểm định lại.") == ["instruments_verified": 9])
        // Before a noun no indicator counts, the number is quoted, never a figure.
        let n = read("Mua thêm 3 cái tủ đựng hồ sơ.")
        #expect(n.found.isEmpty)
        #expect(n.unread.map(\.number) == ["3"])
    }

    @Test func aCountingColumnsNounCountsItsIndicatorInProse() {
        // "Số buổi" and "Số PTĐ" are columns of the vocabulary: their nouns count in prose too.
        #expect(figures("Hội Nông dân mở 3 buổi cho bà con vùng ven.") == ["training_courses": 3])
        #expect(figures("Kiểm định 40 PTĐ nhóm 2 trong quý.") == ["instruments_verified": 40])
        // A longer noun no indicator counts still wins.
        #expect(figures("Tổ chức 05 buổi sinh hoạt tổ tự quản.").isEmpty)
    }

    @Test func aCountAfterAPlacePrepositionIsWhereTheWorkWasDone() {
        #expect(figures("Phối hợp kiểm tra tại siêu thị mini và 03 cửa hàng tiện lợi: 07 cơ sở được kiểm tra.")
                == ["establishments_inspected": 7])
        // Alone, the places are what was inspected.
        #expect(figures("Kiểm tra định lượng ở 06 cửa hàng gạo.") == ["establishments_inspected": 6])
        // An action word between the place and the count makes the count what was done.
        #expect(figures("Tại hai khu chợ tạm, kiểm tra 31 quầy và 02 cửa hàng.") == ["establishments_inspected": 33])
        // Right after another figure the places are what that work was done at.
        #expect(figures("Đoàn thực hiện 02 cuộc kiểm tra tại 13 cơ sở; lập biên bản 01 cơ sở vi phạm.")
                == ["inspections": 2, "establishments_inspected": 13, "violations": 1])
        // The rest of a list the place opened is a place too: with no other count, the places add up.
        #expect(figures("Kiểm tra về đo lường tại 04 cửa hàng gas và 09 quầy thực phẩm.") == ["establishments_inspected": 13])
    }

    @Test func aCountPerPeriodIsARate() {
        let n = read("Phát thanh lồng ghép 3 buổi/tuần trên loa ấp.")
        #expect(n.found.isEmpty)
        #expect(n.unread.map(\.number) == ["3"])
    }

    /// "Công việc | Diễn giải | Số lượng": the indicator named in a cell beside the work's
    /// words, or alone on the rows under it, counts the number.
    @Test func theIndicatorsWordsInAnotherCellOfTheRowCountTheNumber() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN XÃ TÂN THẠNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 41/BC-UBND", nil, nil, "Tân Thạnh, ngày 12/11/2026"],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Công việc", "Diễn giải", "Số lượng", "Tình trạng", "Ghi chú"],
            [1, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng", "Bản tin trên loa ấp", 12, "Đã xong"],
            [nil, nil, "Lượt người dự buổi nói chuyện", 46],
            [2, "Phối hợp kiểm tra đo lường tại chợ theo phân cấp", "Số cuộc kiểm tra", 2, "Đang làm"],
            [nil, nil, "Quầy hàng được kiểm tra", 19],
        ]), fileName: "tan-thanh.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.1.a", "participants") == 46)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
    }

    @Test func aSmallerCountOfTheSameNounAfterASubsetWordIsAPart() {
        let n = read("Mời 15 hợp tác xã tham gia chương trình, có 04 hợp tác xã nộp hồ sơ.")
        #expect(n.found.map(\.value) == [15])
        #expect(n.unread.map(\.number) == ["04"])
        // Counts listed one after another still add up.
        #expect(figures("Hướng dẫn 06 hợp tác xã ở Long Sơn, 04 hợp tác xã ở Long Hòa.") == ["enterprises_supported": 10])
    }

    @Test func whatTheAreaHoldsSaidByItsPartsIsNoResult() {
        #expect(figures("Địa bàn thị trấn có 04 chợ và 210 hộ kinh doanh. Đã kiểm tra 12 hộ kinh doanh.")
                == ["establishments_inspected": 12])
        #expect(figures("Trên địa bàn khu phố hiện có 3 cây xăng.").isEmpty)
    }
}
