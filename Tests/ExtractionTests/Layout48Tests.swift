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

    /// "Những vướng mắc" alone on its line heads the difficulties, as "Những khó khăn" does.
    /// Before, its items were read as the last task's content.
    @Test func whatHoldsTheWorkBackAsAHeading() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("01. Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan"),
            .p("- Nội dung đã thực hiện: Đã đánh giá nội bộ, công bố lại phạm vi áp dụng."),
            .p("- Tình trạng hồ sơ: đã nghiệm thu"),
            .p("Những vướng mắc"),
            .p("1. Biên chế công chức chưa tương xứng với khối lượng công việc sau hợp nhất."),
            .p("Các kiến nghị"),
            .p("1. Đề nghị Sở bổ sung kinh phí đánh giá nội bộ năm 2027."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Biên chế công chức chưa tương xứng với khối lượng công việc sau hợp nhất"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Sở bổ sung kinh phí đánh giá nội bộ năm 2027"])
    }

    /// "Tiến độ: dự kiến xong 31/12/2026": the day the work is expected done, so under way.
    /// Before, no status was read.
    @Test func expectedToBeDoneIsUnderWay() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu"),
            .p("Số cuộc kiểm tra: 03 cuộc."),
            .p("Tiến độ: dự kiến xong 31/12/2026."),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// A tờ trình's requests: "Từ những nội dung trên, Chi cục kính trình:" heads them, each
    /// numbered "Kính trình Giám đốc Sở …" is a proposal, and the unnumbered closing formula
    /// closes the letter. Before, the lead-in closed the letter and no proposal was read.
    @Test func aSubmissionsRequestsAreProposals() {
        let s = extract(word([
            wardHeader,
            .bold("TỜ TRÌNH"),
            .p("Về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 14 cơ sở. Đã hoàn thành."),
            .p("Trong quá trình thực hiện, phường gặp một số khó khăn, vướng mắc sau:"),
            .p("- Cân đối chứng tại chợ đã xuống cấp."),
            .p("Từ những nội dung trên, phường kính trình:"),
            .p("1. Kính trình Giám đốc Sở xem xét hỗ trợ 01 cân đối chứng cho chợ phường."),
            .p("2. Kính trình Giám đốc Sở giao Chi cục TĐC tổ chức lớp tập huấn cho công chức phường."),
            .p("Phường kính trình Giám đốc Sở xem xét, quyết định./."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Cân đối chứng tại chợ đã xuống cấp"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == [
            "Kính trình Giám đốc Sở xem xét hỗ trợ 01 cân đối chứng cho chợ phường",
            "Kính trình Giám đốc Sở giao Chi cục TĐC tổ chức lớp tập huấn cho công chức phường",
        ])
    }

    /// "Yêu cầu: «<the plan's wording, cut off>…»" then "Đã thực hiện: …": the quote names
    /// the task. Before, only "Nhiệm vụ:" so labelled a quote, and the work was placed by its
    /// own words alone.
    @Test func aRequirementQuotingThePlanNamesItsTask() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("Yêu cầu: «Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan…»"),
            .p("Đã thực hiện: Phổ biến các cam kết về hàng rào kỹ thuật trong thương mại trong các FTA; tổ chức 02 hội thảo cho doanh nghiệp xuất khẩu với 180 đại biểu."),
            .p("Tự đánh giá: Hoàn thành."),
        ]))
        #expect(s.entries.map(\.task) == ["II.6.a"])
        #expect(s.entry("II.6.a")?.status == .completed)
    }

    /// A reason before the join that states no shortage makes the item one proposal, whole.
    /// Before, it was one difficulty.
    @Test func aReasonThatIsNoShortageMakesOneProposal() {
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

@Suite struct JointItems48Tests {
    /// "2. Phối hợp kiểm tra … và cử cán bộ dự tập huấn: <inspections>; <staff sent>": an item
    /// whose title joins two works gives each its part. Before, every figure went to the task
    /// the title's words ranked first.
    @Test func aJointItemGivesEachWorkItsPart() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: đăng 07 tin bài trên trang thông tin phường. Đạt 100% chỉ tiêu."),
            .p("2. Phối hợp kiểm tra theo nội dung phân quyền và cử cán bộ dự tập huấn: phối hợp kiểm tra 05 cuộc, 33 cơ sở, xử lý 04 cơ sở vi phạm với tổng số tiền phạt 9.500.000 đồng (đạt 100% kế hoạch năm); cử 03 cán bộ dự 01 lớp tập huấn của Chi cục (đạt 100% chỉ tiêu)."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 33)
        #expect(s.value("II.5.c", "fines_vnd") == 9_500_000)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.value("II.3.a", "inspections") == nil)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    /// "Tuyên truyền … và cử cán bộ đi tập huấn: tổng cộng 03 lớp, trong đó: xã tổ chức 02 lớp
    /// …; cử 03 công chức dự 01 lớp …": the joint total is neither task's; each part is its
    /// own. Before, the two tasks stayed a close call and no figure was read.
    @Test func aJointTotalBeforeItsBreakdownIsNeitherTasks() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền pháp luật về TĐC cho hộ kinh doanh và cử cán bộ đi tập huấn: tổng cộng 04 lớp, trong đó: xã tổ chức 03 lớp phổ biến quy định về đo lường, nhãn hàng hóa cho 120 lượt hộ kinh doanh tại chợ (đạt 100% chỉ tiêu); cử 02 công chức dự 01 lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức (đạt 100% chỉ tiêu)."),
            .p("2. Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 14 cơ sở. Đạt 100% kế hoạch năm."),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 120)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.value("II.3.a", "training_courses") == 1)
    }
}

@Suite struct FramedBody48Tests {
    /// The whole report typed in one bordered cell, each line its own: read as the body it
    /// is. Before, the cell was one line: no task was found and every figure was unplaced.
    @Test func aReportTypedInOneBoxIsReadAsItsBody() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([["""
            Thực hiện Kế hoạch của Sở, UBND phường báo cáo kết quả năm 2026 như sau:
            I. KẾT QUẢ THỰC HIỆN
            1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: đăng 08 tin bài trên trang thông tin phường. Đạt 100% chỉ tiêu.
            2. Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu: phối hợp kiểm tra 03 cuộc tại 21 cơ sở. Đạt 75% kế hoạch năm.
            3. Tiếp nhận, xử lý phản ánh, tố giác: trong kỳ không phát sinh.
            II. KHÓ KHĂN, VƯỚNG MẮC
            - Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.
            III. ĐỀ XUẤT, KIẾN NGHỊ
            - Đề nghị Chi cục tổ chức lớp tập huấn nghiệp vụ cho công chức phường.
            """]]),
        ]))
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.difficulties.count == 1)
        #expect(s.proposals.count == 1)
    }
}

@Suite struct NotOfThePlan48Tests {
    /// Another programme's sheet whose every row is noted "Không thuộc KH38": the note denies
    /// the plan, it does not name it; the sheet is refused with its own title quoted. Before,
    /// the note's "KH38" made it a report of the plan.
    @Test func rowsNotedAsNotOfThePlanDoNotNameIt() {
        let s = extract(workbook([
            ["UBND THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ XÂY DỰNG", "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 7702/SXD-VP", "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
            ["TT", "Nội dung công việc", "Kết quả (số liệu)", "Tình hình", "Ghi chú"],
            [1, "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực xây dựng", "23 thủ tục", "Xong", "Không thuộc KH38, tổng hợp chung"],
            [2, "Tự đánh giá chỉ số cải cách hành chính", "87,6 điểm", "Đang làm", "Không thuộc KH38, tổng hợp chung"],
            [3, "Số hóa hồ sơ cấp phép xây dựng", "4.120 hồ sơ", "Đang làm", "Không thuộc KH38, tổng hợp chung"],
        ]), fileName: "SXD_CCHC.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("CẢI CÁCH HÀNH CHÍNH") == true)
    }
}
