import DocumentModel
import Testing
@testable import Extraction

// Issue #11, session 20: figures lost without a word, and findings no person needs. Each rule
// in words of its own, not the corpus's.

private func cover(_ unit: String, _ place: String) -> [[Any?]] { [
    [unit.uppercased(), nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 41/BC-UBND", nil, nil, "\(place), ngày 02 tháng 11 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

private func read(_ text: String) -> PassageNumbers { shippedVocabulary.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in read(text).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct FindingCauses20Tests {
    /// An amount whose own words name no kind of money ("Số tiền", a unit cell "đồng") on the
    /// rows of an inspection is the fine it collected — the only money the task reports —,
    /// not what the task cost; under a training task the same amount stays its cost.
    @Test func anAmountUnnamedUnderAnInspectionIsItsFine() {
        let rows: [[Any?]] = cover("UBND xã Tân Nhựt", "Tân Nhựt") + [
            ["TT", "Nội dung công việc", "Diễn giải", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Kiểm tra cân đối chứng và cân bán lẻ tại chợ đầu mối", nil, nil, nil, "Đang làm"],
            [nil, nil, "Đợt kiểm tra", 2, "đợt", nil],
            [nil, nil, "Hộ được kiểm tra", 21, "hộ", nil],
            [nil, nil, "Số tiền", 4_200_000, "đồng", nil],
            [2, "Mở lớp phổ biến pháp luật đo lường cho tiểu thương", nil, nil, nil, "Xong"],
            [nil, nil, "Lớp", 1, "lớp", nil],
            [nil, nil, "Số tiền", 3_000_000, "đồng", nil],
        ]
        let s = extract(workbook(rows), fileName: "tan-nhut.xlsx")
        let inspection = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(inspection?.indicators[IndicatorID("fines_vnd")]?.value == 4_200_000)
        #expect(inspection?.indicators[IndicatorID("budget_spent_vnd")] == nil)
        let training = s.entries.first { $0.indicators[IndicatorID("training_courses")] != nil }
        #expect(training?.indicators[IndicatorID("budget_spent_vnd")]?.value == 3_000_000)
    }

    /// Figures written one after another with "/" between them, each before its noun: every
    /// one a figure, however the word before it reads ("ấp 02" a place elsewhere, "du lịch/"
    /// a code elsewhere).
    @Test func figuresListedWithSlashes() {
        #expect(figures("Đoàn liên ngành ấp 02 cuộc/15 cơ sở/02 VP/phạt 3.000.000đ.")
                == ["inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3_000_000])
        #expect(figures("Tuyên truyền: 05 tin bài/01 buổi tuyên truyền cho hộ kinh doanh/48 người dự.")
                == ["communications": 5, "training_courses": 1, "participants": 48])
        // A code or a date keeps its slash.
        #expect(read("Theo Quyết định số 15/QĐ-UBND ngày 12/3").found.isEmpty)
    }

    /// "N/N" before what it counts is all of a whole: the work done when its clause says so,
    /// a ratio when it does not.
    @Test func allOfAWholeDone() {
        #expect(figures("Đã tổ chức 05/05 buổi tập huấn theo kế hoạch.") == ["training_courses": 5])
        #expect(figures("Kết quả: 03/03 công chức được cử đã tham dự.") == ["participants": 3])
        #expect(read("Hiện 4/4 chợ có cân đối chứng.").found.isEmpty)
    }
}
