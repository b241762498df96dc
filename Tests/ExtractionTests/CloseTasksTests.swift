import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of how rows and passages find their task when the unit's words leave two
// tasks close, and of tables whose rows carry no number. The words are this file's own.

private let departmentHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 640/SYT-KHTC",
                                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"]])

private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ LONG PHƯỚC\nSố: 57/BC-UBND",
                                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong Phước, ngày 03 tháng 11 năm 2026"]])

@Suite struct CloseTasksTests {
    /// A resolver whose only evidence for two tasks is one shared phrase, and a decider that
    /// tells them apart by who took part.
    private func tied(deciders: String) throws -> Extractor {
        let profiles = try TaskProfiles.parse(yaml: """
            resolver: {title: 0, figure: 0, group: 0, accept: 2, ratio: 1.25}
            \(deciders)
            tasks:
              II.1.a: {words: [lớp học pháp luật]}
              II.3.a: {words: [lớp học pháp luật]}
            """, taskCodes: Set(extractor.tasks.map(\.code)), indicators: Set(extractor.vocabulary.indicatorIDs))
        return Extractor(tasks: extractor.tasks, units: pipeline.units, vocabulary: extractor.vocabulary, profiles: profiles)
    }

    private func passage(_ body: String) -> Document {
        word([communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
              .p("I. KẾT QUẢ THỰC HIỆN"), .p("1. Về lớp học pháp luật"), .p(body)])
    }

    /// Two close tasks a decider pairs: the passage's words for one side alone settle it; words
    /// for both sides, or none, leave the close call to a person.
    @Test func wordsThatTellTwoCloseTasksApartSettleTheCall() throws {
        let deciders = """
            deciders:
              - tasks: [II.1.a, II.3.a]
                II.3.a: [viên chức, người của xã]
                II.1.a: [chủ quầy, bà con]
            """
        let x = try tied(deciders: deciders)
        let staff = x.extract(passage("- Xã cử 02 viên chức đến dự."), file: "a.docx", fileName: "a.docx", sha256: "0")
        #expect(staff.entry("II.3.a") != nil)
        #expect(staff.entry("II.1.a") == nil)
        let public_ = x.extract(passage("- Mời 35 chủ quầy đến nghe."), file: "b.docx", fileName: "b.docx", sha256: "0")
        #expect(public_.entry("II.1.a") != nil)
        #expect(public_.entry("II.3.a") == nil)
        let both = x.extract(passage("- 02 viên chức giảng cho 35 chủ quầy."), file: "c.docx", fileName: "c.docx", sha256: "0")
        #expect(both.entries.isEmpty)
        #expect(both.findings.contains { $0.code == "task-ambiguous" })
        // Without a decider the same staff passage stays a close call.
        let plain = try tied(deciders: "").extract(passage("- Xã cử 02 viên chức đến dự."), file: "d.docx", fileName: "d.docx", sha256: "0")
        #expect(plain.entries.isEmpty)
    }

    @Test func decidersAreReadStrictly() {
        let codes = Set(extractor.tasks.map(\.code)), ids = Set(extractor.vocabulary.indicatorIDs)
        func parse(_ d: String) throws { _ = try TaskProfiles.parse(yaml: d + "\ntasks: {}", taskCodes: codes, indicators: ids) }
        #expect(throws: Vocabulary.LoadError.self) { try parse("deciders: [{tasks: [II.1.a, II.9.z], II.1.a: [x], II.9.z: [y]}]") }
        #expect(throws: Vocabulary.LoadError.self) { try parse("deciders: [{tasks: [II.1.a, II.3.a], II.1.a: [x]}]") }
        #expect(throws: Vocabulary.LoadError.self) { try parse("deciders: [{tasks: [II.1.a, II.3.a], II.1.a: [x], II.3.a: [y], II.2.a: [z]}]") }
        #expect(throws: Vocabulary.LoadError.self) { try parse("deciders: [{tasks: [II.1.a, II.1.a], II.1.a: [x]}]") }
        #expect((try? parse("deciders: [{tasks: [II.1.a, II.3.a], II.1.a: [x], II.3.a: [y]}]")) != nil)
    }

    /// A table that numbers no row, its result written in words beside each task: each row
    /// naming a task of its own is that task's row, not a part of the first row's result.
    @Test func unnumberedRowsWithResultsInWordsAreTasksOfTheirOwn() {
        let s = extract(word([
            departmentHeader,
            .p("Sở Y tế báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"),
            .table([
                ["Trạng thái", "Công việc", "Kết quả đạt được"],
                ["Xong", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan", "Rà soát, sửa đổi 14 quy trình nội bộ."],
                ["Đang làm", "Thanh tra, kiểm tra chất lượng hàng hóa lưu thông thuộc ngành y tế", "Kiểm tra 22 cơ sở, phát hiện 3 cơ sở vi phạm."],
            ]),
        ]))
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.value("II.5.a", "establishments_inspected") == 22)
        #expect(s.value("II.2.đ", "establishments_inspected") == nil)
    }

    /// The rows of a label set in by spaces, or counted beside a label, stay parts of the row
    /// above: "Số cơ sở được kiểm tra | 22" is a result, not a task.
    @Test func countedRowsUnderAnUnnumberedTaskRowStayItsResults() {
        let s = extract(word([
            departmentHeader,
            .p("Sở Y tế báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"),
            .table([
                ["Nội dung", "Số liệu", "Đánh giá"],
                ["Thanh tra, kiểm tra chất lượng hàng hóa lưu thông thuộc ngành y tế", "", "Đang làm"],
                ["Số cơ sở được kiểm tra", "22", ""],
                ["Số cơ sở vi phạm", "3", ""],
            ]),
        ]))
        #expect(s.value("II.5.a", "establishments_inspected") == 22)
        #expect(s.value("II.5.a", "violations") == 3)
        #expect(s.entries.count == 1)
    }

    private let sheetHead: [[Any?]] = [["ỦY BAN NHÂN DÂN XÃ LONG PHƯỚC"], ["Số: 57/BC-UBND"], ["Long Phước, ngày 03 tháng 11 năm 2026"],
                                       ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"], []]

    /// A tracker's items named in the unit's shorthand ("Một cửa", "Khen"): each row is read
    /// with what its result cell says was done.
    @Test func aShortOwnLabelIsReadWithWhatItsRowSaysWasDone() {
        let s = extract(workbook(sheetHead + [
            ["TT", "Hạng mục", "Kết quả", "Trạng thái"],
            [1, "Một cửa", "Tiếp nhận 120 hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng nhập khẩu qua dịch vụ công trực tuyến", "Xong"],
            [2, "Khen", "Khen thưởng 01 người tố giác gian lận cân", "Đang làm"],
        ]), fileName: "theo-doi.xlsx")
        #expect(s.entry("II.2.h")?.status == .completed)
        #expect(s.entry("II.5.d")?.status == .inProgress)
    }

    /// A form whose rows are the work to be done and whose column asks whether it was done
    /// ("Xã đã làm chưa?"): its answers are the statuses, its figures the tasks'.
    @Test func aFormAskingWhetherTheWorkWasDoneIsATableOfTasks() {
        let s = extract(workbook(sheetHead + [
            ["STT", "Việc cần làm", "Xã đã làm chưa?", "Số liệu cụ thể"],
            [1, "Phổ biến quy định ghi nhãn hàng hóa cho tiểu thương bằng loa", "Chưa", nil],
            [2, "Kiểm tra cân tại chợ theo phân cấp", "Đang làm", "03 cuộc, 15 hộ"],
        ]), fileName: "phieu.xlsx")
        #expect(s.entry("II.1.a")?.status == .notStarted)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
    }

    /// Under a title about another programme, the plan's subject words in an item or two do
    /// not make a report of the plan when most of its items name no task: it is refused with
    /// its title. Under a title of no subject, items that name tasks are read.
    @Test func aReportOnAnotherProgrammeWhoseItemsMostlyNameNoTaskIsRefused() {
        let head: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ NỘI VỤ\nSố: 811/BC-SNV",
                                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 06 tháng 10 năm 2026"]])
        let other = extract(word([
            head, .p("BÁO CÁO"), .p("Kết quả công tác phòng cháy, chữa cháy tại trụ sở quý III năm 2026"), .p("I. KẾT QUẢ"),
            .p("1. Diễn tập phương án chữa cháy: đã tổ chức 02 buổi diễn tập cho 85 người."),
            .p("2. Bộ phận tiếp dân: duy trì hệ thống quản lý chất lượng, niêm yết nội quy."),
            .p("3. Khảo sát: đo lường mức độ hài lòng của khách đến làm việc, đạt 96%."),
            .p("4. Mua sắm bình chữa cháy: đã thay 30 bình."),
        ]))
        #expect(other.status == .rejected)
        #expect(other.reason?.contains("phòng cháy, chữa cháy") == true)
        let plan = extract(word([
            head, .p("BÁO CÁO"), .p("Kết quả công tác quý III năm 2026 của Văn phòng Sở"), .p("I. KẾT QUẢ"),
            .p("1. Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan: đã cập nhật 12 quy trình."),
            .p("2. Cử 03 công chức tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức."),
            .p("3. Phối hợp kiểm tra chất lượng hàng hóa lưu thông: 02 cuộc, 14 cơ sở."),
        ]))
        #expect(plan.status == .extracted)
        #expect(plan.entries.count == 3)
    }
}
