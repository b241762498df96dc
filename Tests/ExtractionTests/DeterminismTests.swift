import DocumentModel
import Foundation
import Testing
@testable import Extraction

// The same file gives the same reading, every time. Sets and dictionaries iterate in an order
// that changes from instance to instance and from run to run (Swift seeds their hashing per
// instance), so no reading may depend on it. Found by a held-out workbook whose "Mức đạt so
// KH (%)" column took the role of a code column beside "TT": which of the two numbered the
// row was the first in a Set, and the row's task came and went between runs. The words are
// this file's own.

@Suite struct DeterminismTests {
    private func appendix() -> Document {
        workbook([
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ DU LỊCH", nil, nil, nil, "TP. Hồ Chí Minh, ngày 24 tháng 11 năm 2026"],
            ["Số: 905/SDL-KH"],
            ["TT", "Nội dung", "Chỉ số", "ĐVT", "Khu vực 1", "Khu vực 2", "Cả thành phố", "Mức đạt so KH (%)", "Ghi chú"],
            [1, "Tuyên truyền Chỉ thị 38 trên trang thông tin điện tử, màn hình LED, bản tin nội bộ", nil, nil, nil, nil, nil, "100%", "Hoàn thành"],
            [nil, nil, "Tin, bài đăng phát", "tin/bài", 11, 6, 17, nil, nil],
        ], name: "Phụ lục")
    }

    /// Read forty times in one process (each run builds its own sets, with their own order):
    /// one reading, and the numbered row is the task's row, "TT" numbering it.
    @Test func aNumberedRowBesideAPercentColumnReadsTheSameEveryTime() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var readings = Set<Data>()
        var last: Submission?
        for _ in 0..<40 {
            let s = extract(appendix(), fileName: "sdl-phu-luc.xlsx")
            readings.insert(try encoder.encode(s))
            last = s
        }
        #expect(readings.count == 1)
        let entry = last?.entries.first { $0.task == "II.1.a" }
        #expect(entry?.status == .completed, "\(String(describing: last?.entries))")
        #expect(entry?.indicators[IndicatorID("communications")]?.value == 17, "\(String(describing: entry))")
    }
}
