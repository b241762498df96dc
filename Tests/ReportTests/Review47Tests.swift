@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW47's findings (a Phó Giám đốc's blind reading, 6.5/10, "sign after fixes"), answered
/// by general rules (report.yaml wording, the consolidation's and the renderer's judgements),
/// checked on the report made from the dev corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review47Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review47Tests.report, definition: Fixtures.definition) }
    var text: String { body(v) }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// #1 (REVIEW47 #3): a lead's results on tasks whose own sentences went to Phụ lục I are
    /// named in its own words — the nouns it counted ("235 tổ chức đăng ký hoạt động thử
    /// nghiệm", "12 hội nghị … với 650 đại biểu", "316 sinh viên, giảng viên") — never the
    /// indicator's template ("hỗ trợ, hướng dẫn 235 doanh nghiệp, tổ chức", "cử, tổ chức cho");
    /// a completed task with a deadline and a result sentence (2.e's local quy chuẩn, 2.h's
    /// Cổng một cửa quốc gia) is named too.
    @Test func aLeadsResultsAreSaidInItsOwnNouns() throws {
        let text = self.text
        #expect(!text.contains("cử, tổ chức cho"), "\(text)")
        let ii2 = section(text, from: "2. Tổ chức triển khai", to: "3. Xây dựng")
        #expect(ii2.contains("hướng dẫn 235 tổ chức đăng ký hoạt động thử nghiệm"), "\(ii2)")
        #expect(!ii2.contains("235 doanh nghiệp, tổ chức") && !ii2.contains("32 doanh nghiệp, tổ chức"), "\(ii2)")
        #expect(ii2.contains("12 hội nghị phổ biến") && ii2.contains("650 đại biểu"), "\(ii2)")
        #expect(ii2.contains("quy chuẩn kỹ thuật địa phương về chất lượng nước sạch"), "\(ii2)")
        #expect(ii2.contains("Cổng thông tin một cửa quốc gia"), "\(ii2)")
        let ii3 = section(text, from: "3. Xây dựng", to: "4. Đầu tư")
        #expect(ii3.contains("14 buổi tập huấn") && ii3.contains("316 sinh viên, giảng viên"), "\(ii3)")
        #expect(!ii3.contains("316 lượt người"), "\(ii3)")
        // The indicator's own wording, where it is still used, is Vietnamese an officer signs.
        #expect(!Fixtures.definition.wording.indicators.values.contains { $0.clause.contains("cử, tổ chức cho") })
    }

    /// #2 (REVIEW47 #6): a proposal a unit addressed to the Sở or its Ban Giám đốc (addressee
    /// "department") never goes up in V; IV takes it as the Department's own step, naming its
    /// proposer and the units that raised the same difficulty (not as proposers).
    @Test func aProposalAddressedToTheDepartmentIsItsOwnWorkNotARequestUpward() throws {
        let r = Review47Tests.report
        let staff = try #require(r.proposals.first { g in g.items.contains { $0.text.contains("biên chế") } })
        #expect(staff.addressee == "department" && !staff.upward)
        let text = self.text
        let proposals = section(text, from: "V. ĐỀ XUẤT", to: "Trên đây là báo cáo")
        #expect(!proposals.contains("biên chế"), "\(proposals)")
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ĐỀ XUẤT")
        let line = try #require(outlook.split(separator: "\n").first { $0.contains("biên chế") }, "\(outlook)")
        #expect(line.contains("(đề xuất của Trung tâm CNTT và ĐKG; khó khăn cũng được Chi cục và Phòng Quản lý Khoa học phản ánh)"), "\(line)")
        #expect(!line.contains("đề xuất của Chi cục"), "\(line)")
    }

    /// #3 (REVIEW47 #1): amounts the holder reports spent on the plan's tasks, no fund named,
    /// adding up above the allocation (265.000.000 + 274.750.000 > 349.000.000): II.7 states
    /// the allocation and what is said spent from it only, never a rate above 100 %; the
    /// amounts are in Phụ lục III marked "số liệu đang được đơn vị rà soát"; the desk names
    /// them and the excess.
    @Test func spendingAboveTheAllocationWithNoFundNamedIsLeftToTheAppendixAndTheDesk() throws {
        let text = self.text
        let budget = section(text, from: "Kinh phí thực hiện Kế hoạch\n", to: "III. ĐÁNH GIÁ CHUNG")
        #expect(budget.contains("là 349.000.000 đồng"), "\(budget)")
        for amount in ["265.000.000 đồng", "274.750.000 đồng", "539.750.000"] {
            #expect(!text.contains(amount), "\(amount): \(text)")
        }
        #expect(!budget.contains("đạt") && budget.contains("đang được Chi cục rà soát"), "\(budget)")
        // The lồng ghép money, its source said, stays.
        #expect(budget.contains("320.500.000 đồng từ nguồn kinh phí lồng ghép"), "\(budget)")
        let rows = AppendixTables.figures(v).rows.map { $0.cells.map(\.display).joined(separator: " | ") }
        for amount in ["265.000.000", "274.750.000"] {
            let row = try #require(rows.first { $0.contains(amount) && $0.contains("Chi cục") }, "\(amount)")
            #expect(row.contains("(số liệu đang được đơn vị rà soát)"), "\(row)")
        }
        let item = try #require(Review47Tests.report.review.first { $0.code == "budget-over-plan" })
        let message = v.reviewMessage(item)
        #expect(message.contains("265.000.000 đồng") && message.contains("274.750.000 đồng") && message.contains("539.750.000 đồng")
                && message.contains("190.750.000 đồng"), "\(message)")
    }
}
