import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures written the spreadsheet way: two periods side by side headed only
// by the days they span, and one block of rows per task under a band numbered by a word. The
// words are this file's own.

private var communeRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN XÃ BÌNH CHÁNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["Số: 318/BC-UBND", nil, nil, "Bình Chánh, ngày 03 tháng 11 năm 2026"],
     ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"]]
}

@Suite struct Indicators34Tests {
    /// "01/10/2026 – 31/10/2026 | 01/01/2026 – 31/10/2026": the range that starts first holds
    /// the other — the running total, the result; the month is a part of it, never added.
    @Test func ofTwoDateRangesEndingTogetherTheLongerIsTheResult() {
        let s = extract(workbook(communeRows + [
            ["STT", "Nội dung", "ĐVT", "01/10/2026 – 31/10/2026", "01/01/2026 – 31/10/2026", "Tình hình thực hiện"],
            [1, "Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu trên địa bàn xã", nil, nil, nil, "Đang thực hiện"],
            ["-", "Số cuộc kiểm tra", "cuộc", 1, 4, nil],
            ["-", "Số cơ sở được kiểm tra", "cơ sở", 9, 30, nil],
            [2, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh xã", nil, nil, nil, "Đã hoàn thành"],
            ["-", "Tin, bài phát trên loa", "tin", 3, 12, nil],
        ]), fileName: "hai-ky.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 30)
        #expect(s.value("II.1.a", "communications") == 12)
    }

    /// "NHIỆM VỤ 1. …" right above "Chỉ tiêu | ĐVT | Số lượng": the band is the block's task,
    /// the figures under the header its own.
    @Test func aBandNumberedByAWordAboveTheHeaderIsItsBlocksTask() {
        let s = extract(workbook(communeRows + [
            ["NHIỆM VỤ 1. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu trên địa bàn xã", nil, nil, "⇒ Còn tiếp tục"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Số cuộc kiểm tra", "cuộc", 4],
            ["Cơ sở được kiểm tra", "cơ sở", 30],
            ["Cơ sở vi phạm", "cơ sở", 3],
        ]), fileName: "khoi-nhiem-vu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 30)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(!s.findingCodes.contains("figure-without-task"))
    }

    /// "NHIỆM VỤ 2. …" over "Chỉ tiêu | ĐVT | Số lượng" written again in every block: each band
    /// opens its block's task, no line under the task above; the figures under it are its own.
    @Test func eachBandNumberedByAWordOpensItsBlocksTask() {
        let s = extract(workbook(communeRows + [
            ["NHIỆM VỤ 1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh xã", nil, nil, "⇒ Xong"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Tin, bài phát trên loa", "tin", 12],
            [nil],
            ["NHIỆM VỤ 2. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu trên địa bàn xã", nil, nil, "⇒ Còn tiếp tục"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Số cuộc kiểm tra", "cuộc", 4],
            ["Cơ sở được kiểm tra", "cơ sở", 30],
            ["Cơ sở vi phạm", "cơ sở", 3],
        ]), fileName: "cac-khoi.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 30)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.1.a", "violations") == nil)
    }
}
