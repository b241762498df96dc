import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of a task's label typed in shorthand, session 38 ("KT ĐL tại CHXD", "Hướng
// dẫn DN nhỏ áp dụng TCCS"): read also with its short words written out (task_profiles.yaml
// `shorthand`), each task keeping the better reading. The words are this file's own, not the
// corpus's.

private let wardTop: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH\nSố: 91/BC-UBND",
                                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Định, ngày 18 tháng 11 năm 2026"]])

@Suite struct Shorthand38Tests {
    /// Before, the first row named no task (its figures went unread, in a finding) and the
    /// second went to II.1.b, the award's support, not II.2.d's guidance to apply standards.
    @Test func aLabelTypedShortIsReadWrittenOut() {
        let s = extract(word([
            wardTop, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([["STT", "Nội dung", "Kết quả", "Tiến độ"],
                    ["1", "KT ĐL tại CHXD, cửa hàng VLXD", "03 cuộc, 14 cơ sở", "Đang thực hiện"],
                    ["2", "Hướng dẫn DN nhỏ áp dụng TCCS", "05 doanh nghiệp", "Hoàn thành"]]),
        ]), fileName: "tandinh-bc.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.d", "II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(s.value("II.2.d", "enterprises_supported") == 5)
        #expect(!s.findingCodes.contains("task-unmatched"))
    }

    /// The writing out itself: by the short word as written, marks kept ("KĐ" is kiểm định,
    /// "KD" kinh doanh); a heading with no short word is left alone.
    @Test func shortWordsAreWrittenOutByTheirOwnMarks() {
        var p = TaskProfiles()
        p.shorthand = ["kt": "kiểm tra", "kđ": "kiểm định", "kd": "kinh doanh"]
        #expect(p.writtenOut(Tokenizer.tokenize("KT cân, KĐ PTĐ cho hộ KD")) == "kiểm tra cân , kiểm định PTĐ cho hộ kinh doanh")
        #expect(p.writtenOut(Tokenizer.tokenize("Kiểm tra cân tại chợ")) == nil)
    }
}
