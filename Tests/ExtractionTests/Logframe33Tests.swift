import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of a logframe's columns ("Đầu vào | Hoạt động | Đầu ra | Trạng thái") and of
// a merged ward's lines that count one thing by former area ("Cuộc KT — KV1: 1 · KV2: 2 ⇒ 3").
// The words are this file's own.

private var wardRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["Số: 207/BC-UBND", nil, nil, "Sài Gòn, ngày 27 tháng 10 năm 2026"],
     ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"]]
}

@Suite struct Logframe33Tests {
    /// The output column holds the results, several to a cell; the input column's money is
    /// the money spent, its staff counts are what went into the work, no result.
    @Test func aLogframesOutputIsTheResultAndItsStaffAreNot() {
        let s = extract(workbook(wardRows + [
            ["TT", "Nhiệm vụ", "Đầu vào (nhân lực, kinh phí)", "Hoạt động [bộ phận thực hiện]", "Đầu ra (kết quả đo đếm được)", "Trạng thái"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa và trang thông tin điện tử phường", "02 cán bộ",
             "[Văn phòng UBND] đăng tin trên trang thông tin điện tử", "08 tin, bài", "Đã kết thúc"],
            [2, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)", "04 công chức\nKinh phí đã chi: 6,5 triệu đồng",
             "[Phòng Kinh tế] kiểm tra chợ và cửa hàng xăng dầu", "03 cuộc\n21 cơ sở\n02 cơ sở vi phạm", "Đang tiếp diễn"],
        ]), fileName: "khung-logic.xlsx")
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.value("II.1.a", "budget_spent_vnd") == nil)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entries.allSatisfy { $0.indicators[IndicatorID("participants")] == nil })
    }

    /// A line per kind of figure, its parts by former area: the total after "⇒" is the
    /// result; without it, the sum of the parts.
    @Test func aLineByFormerAreaCountsItsTotal() {
        let s = extract(workbook(wardRows + [
            ["STT", "Việc phường đã làm", "Số liệu (theo KV)", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa khu phố", "Tin bài — KV1: 3 · KV2: 2 ⇒ 5", "Xong rồi"],
            [2, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (phân cấp cho phường)",
             "Cuộc KT — KV1: 1 · KV2: 2\nCơ sở — KV1: 4 · KV2: 6\nTiền phạt — KV2: 1.500.000đ", "Còn đang làm"],
        ]), fileName: "theo-khu-vuc.xlsx")
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 10)
        let resolver = GridResolver(r: extractor.gridRecognisers!)
        #expect(resolver.partChainTotals("Cơ sở — KV1: 4 · KV2: 6 ⇒ 10") == "Cơ sở: 10")
        // Parts of different kinds are never added up.
        #expect(resolver.partChainTotals("Kiểm tra — cuộc: 3 · cơ sở: 13") == "Kiểm tra — cuộc: 3 · cơ sở: 13")
    }
}
