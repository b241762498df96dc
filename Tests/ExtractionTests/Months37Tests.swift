import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 37's inspectors' shorthand (set177, set178: month-by-month
// workbooks and the reports written from them). The words are this file's own.

@Suite struct Months37Tests {
    /// "KT" opening a task ("1. KT ĐL, CL xăng dầu …": kiểm tra đo lường, chất lượng) is the
    /// inspectors' shorthand, not "ký thay" (`signature_marks`): read as the signature block,
    /// it closed the report at its first task and the whole report was lost. "KT. CHỦ TỊCH",
    /// with its dot, still opens the signature.
    @Test func kiemTraWrittenKTOpensATaskNotTheSignature() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1. KT ĐL, CL xăng dầu, hàng đóng gói sẵn trên địa bàn phường"),
            .p("- Đã kiểm tra 04 cuộc tại 27 cơ sở; phát hiện 02 cơ sở vi phạm."),
            .p("2. Tuyên truyền trên loa truyền thanh phường"),
            .p("- Phát 09 tin, bài. Đã hoàn thành."),
            .table([["Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hòa"]]),
        ]), fileName: "phuong-kt.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(!s.findingCodes.contains("no-tasks"))
    }
}
