import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 40's plain section names: a ward officer names the report's parts
// in everyday words — "KẾT QUẢ ĐÃ LÀM", "CÁI KHÓ", "MONG MUỐN, KIẾN NGHỊ" — and the items under
// them are the report's difficulties and proposals. The words are this file's own.

@Suite struct Sections40Tests {
    @Test func plainSectionNamesOpenTheirParts() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("I. KẾT QUẢ ĐÃ LÀM"),
            .p("1. Tuyên truyền về đo lường trong mua bán: phường đăng 08 tin, bài trên trang thông tin điện tử. Đã xong."),
            .bold("II. NHỮNG CÁI KHÓ"),
            .p("- Hộ kinh doanh ở chợ tạm thay đổi liên tục nên khó lập danh sách kiểm tra."),
            .bold("III. MONG MUỐN"),
            .p("- Mong Chi cục cho mượn quả cân chuẩn để phường kiểm tra nhanh cân tại chợ."),
        ]))
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.difficulties.contains { $0.text.contains("khó lập danh sách") })
        #expect(s.proposals.contains { $0.text.contains("quả cân chuẩn") })
        #expect(!s.difficulties.contains { $0.text.contains("quả cân chuẩn") })
        // The part's own heading states no task's status ("ĐÃ LÀM" in it is no "done").
        #expect(!s.findings.contains { $0.message.contains("KẾT QUẢ ĐÃ LÀM") })
    }
}
