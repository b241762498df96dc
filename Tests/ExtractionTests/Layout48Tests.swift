import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 48: layouts of the held-out sets 236–240, opened this round. Units and figures here
// are this file's own.

@Suite struct Layout48Tests {
    /// One "Khó khăn – Đề xuất" list whose items hold both: the difficulty, then a join and
    /// what is asked because of it. Each item is one difficulty and one proposal. Before, the
    /// whole item was one difficulty and no proposal was read.
    @Test func aDifficultyAndTheRequestItLeadsToInOneItem() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 14 cơ sở. Tự đánh giá: đã xong."),
            .bold("II. KHÓ KHĂN – ĐỀ XUẤT"),
            .p("- Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm, nên đề nghị Chi cục TĐC cử cán bộ phối hợp trong đợt cao điểm cuối năm."),
            .p("- Kinh phí in tờ rơi chưa được bố trí riêng; vì vậy, đề nghị Sở hỗ trợ tài liệu tuyên truyền mẫu."),
            .p("- Hộ kinh doanh thay đổi địa điểm thường xuyên nên khó quản lý => nên đề nghị Chi cục cung cấp danh sách cơ sở đã kiểm định."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == [
            "Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm",
            "Kinh phí in tờ rơi chưa được bố trí riêng",
            "Hộ kinh doanh thay đổi địa điểm thường xuyên nên khó quản lý",
        ])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == [
            "đề nghị Chi cục TĐC cử cán bộ phối hợp trong đợt cao điểm cuối năm",
            "đề nghị Sở hỗ trợ tài liệu tuyên truyền mẫu",
            "đề nghị Chi cục cung cấp danh sách cơ sở đã kiểm định",
        ])
    }

    /// A reason before the join that states no shortage makes the item one proposal, whole.
    /// Before, it was one difficulty.
    @Test func aReasonThatIsNoShortageStaysOneProposal() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 14 cơ sở. Tự đánh giá: đã xong."),
            .bold("II. KHÓ KHĂN – ĐỀ XUẤT"),
            .p("- Để việc kiểm tra cuối năm đạt kết quả tốt, nên đề nghị Chi cục TĐC cử cán bộ phối hợp."),
        ]))
        #expect(s.difficulties.isEmpty)
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Để việc kiểm tra cuối năm đạt kết quả tốt, nên đề nghị Chi cục TĐC cử cán bộ phối hợp"])
    }
}
