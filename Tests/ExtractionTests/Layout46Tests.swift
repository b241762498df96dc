import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 46: statuses kept where a unit's tools put them — a drop-down's codes explained only
// on a hidden list sheet, a note opening with its verdict then a date or what is left, marks in
// brackets keyed by a "Ký hiệu:" line, a paper's stage ("chờ phê duyệt") — a mail pasted into
// Word with its From/To lines, and actions counted in turns ("4 lần kiểm tra"). Units and
// figures here are this file's own.

@Suite struct Layout46Tests {
    static var communeHead: [[Any?]] { [
        ["ỦY BAN NHÂN DÂN XÃ LONG ĐIỀN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 301/BC-UBND", nil, nil, "Long Điền, ngày 09 tháng 11 năm 2026"],
        [],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
        [],
    ] }

    /// A status column of numbers chosen from a drop-down whose list ("Mã | Tình trạng", "1 |
    /// Hoàn thành", …) is kept on a hidden sheet, the only place the codes are explained.
    /// Before, hidden sheets were never read, so every status stayed unknown.
    @Test func aDropDownsCodesExplainedOnAHiddenSheet() {
        var list = testSheet("DM", [["Mã", "Tình trạng"], [1, "Hoàn thành"], [2, "Đang thực hiện"], [3, "Chưa thực hiện"], [4, "Không phát sinh"]], part: 2)
        list.visibility = .hidden
        let report = testSheet("BC", Self.communeHead + [
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Tình trạng", "Ghi chú"],
            [1, "Kiểm tra đo lường tại chợ", "Phối hợp Chi cục kiểm tra cân tại chợ Long Điền: 03 cuộc/22 cơ sở", 1],
            [2, "Tuyên truyền hộ kinh doanh", "Tổ chức 01 hội nghị tuyên truyền, 70 lượt người", 2],
            [3, "Cử cán bộ dự tập huấn", "Chưa có lớp", 3],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [report, list]), fileName: "long-dien-bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    /// A hidden sheet is no report: its rows give no task, only a key of codes.
    @Test func aHiddenSheetsRowsAreNotRead() {
        var old = testSheet("Nam2025", [["STT", "Nội dung", "Số cuộc", "Tình trạng"], [1, "Kiểm tra đo lường tại chợ", 9, "Hoàn thành"]], part: 2)
        old.visibility = .hidden
        let report = testSheet("BC", Self.communeHead + [
            ["STT", "Nội dung công việc", "Số lượng", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường trên loa phát thanh xã: 12 tin", 12, "Hoàn thành"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [report, old]), fileName: "long-dien-2.xlsx")
        #expect(s.entry("II.5.c") == nil)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// One row per figure, the status only in "Ghi chú", opening with the verdict and going on
    /// with its date or what is left ("xong 12/10/2026", "đang làm, còn 1 đợt"). Before, only a
    /// note wholly a status was read.
    @Test func aNoteOpeningWithItsVerdict() {
        let s = extract(workbook(Self.communeHead + [
            ["TT", "Việc thực hiện", "Nội dung số liệu", "ĐVT", "Lũy kế", "Ghi chú"],
            [1, "Phối hợp kiểm tra hàng hóa, nhãn hàng hóa tại cơ sở kinh doanh", "Số cuộc kiểm tra", "cuộc", 4, "đang làm, còn 1 đợt"],
            [nil, nil, "Số cơ sở được kiểm tra", "cơ sở", 26, nil],
            [2, "Đăng tin trên trang thông tin xã", "Tin, bài tuyên truyền", "tin, bài", 7, "xong 12/10/2026"],
        ]), fileName: "long-dien-11t.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "đạt 80%" in a note is a share of the plan, not the verdict "đạt"; "… 41 mẫu" a count.
    @Test func aNotesShareIsNoVerdict() {
        let r = extractor.gridRecognisers!
        #expect(r.noteStatus("xong 12/10/2026") == .completed)
        #expect(r.noteStatus("đang làm, còn 1 đợt") == .inProgress)
        #expect(r.noteStatus("đạt 80% kế hoạch") == nil)
        // A count of results says how much came back, not that the work is done.
        #expect(r.noteStatus("Đã có kết quả 41 mẫu") == nil)
    }

    /// "Việc | Ghi nhận" whose notes open with a sign in brackets, keyed by an italic line under
    /// the table ("Ký hiệu: (+) xong; (±) đang làm dở; (−) chưa làm"). Before, a key needed a
    /// mark between code and meaning ("HT – …"), and only a cell wholly a code was read.
    @Test func bracketedSignsKeyedUnderTheTable() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO CT38 - NĂM 2026"),
            .table([["Việc", "Ghi nhận"],
                    ["Kiểm tra cân ở chợ", "(+) Kiểm tra cân ở chợ Bến Thành và các sạp: 2 cuộc, 15 cơ sở, 1 vi phạm."],
                    ["Tuyên truyền tiểu thương", "(±) Đã làm 1 buổi nói chuyện với tiểu thương, 35 người; còn 1 buổi cuối năm."]]),
            .p("Ký hiệu: (+) xong; (±) đang làm dở; (−) chưa làm; (0) không có việc phát sinh."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// A mail pasted into Word: the sender is on the "From:" line, the Chi cục on "To:" only
    /// receives it. Before, both were candidates and the unit was left to a person.
    @Test func aPastedMailsSenderIsTheUnit() {
        let s = extract(word([
            .p("From: UBND xa Long Dien <ubndlongdien@tphcm.gov.vn>"),
            .p("Sent: Thứ Hai, 09/11/2026 9:12 SA"),
            .p("To: 'Chi cuc TDC TP.HCM' <vanthu.tdc@tphcm.gov.vn>"),
            .p("Subject: RE: V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW năm 2026"),
            .p("Kính gửi Chi cục, xã báo cáo kết quả thực hiện Kế hoạch như sau:"),
            .p("1) Phối hợp kiểm tra đo lường tại chợ Long Điền: 4 lần kiểm tra, 31 cơ sở được kiểm tra. Đã xong."),
            .p("2) Tuyên truyền: phát 9 lần bản tin trên đài truyền thanh xã, tổ chức 1 lần hội nghị phổ biến cho tiểu thương. Đang làm tiếp."),
        ]), fileName: "mail.docx")
        #expect(s.unit?.id == "26659")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.1.a", "training_courses") == 1)
    }

    /// "kiểm tra 2 lần/năm" says how often, and "lần" alone counts nothing.
    @Test func turnsAloneCountNothing() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ: phường kiểm tra 2 lần trong năm, 18 cơ sở được kiểm tra. Đã xong."),
        ]))
        #expect(s.value("II.5.c", "inspections") == nil)
        #expect(s.value("II.5.c", "establishments_inspected") == 18)
    }

    /// A paper's stage as the status after its label ("Tình trạng: chờ phê duyệt").
    @Test func awaitingApprovalIsUnderWay() {
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG SỞ\nSố: 77/BC-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026"]]),
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1.1. Khen thưởng tổ chức, cá nhân có thành tích trong công tác tiêu chuẩn, đo lường, chất lượng. Tờ trình khen thưởng đã gửi Hội đồng Thi đua. Tình trạng: chờ phê duyệt."),
        ]))
        #expect(s.entry("II.5.d")?.status == .inProgress)
    }

    /// One row per khu phố, tasks as groups of columns under a header three rows deep (plan
    /// group / the task's own name / its measures), a typed "Toàn xã" row and a last row of
    /// verdicts merged over each task's columns. Before, every row's figures were quoted as
    /// belonging to no task.
    static func byPlaces(total: Bool) -> Document {
        var rows: [[Any?]] = Self.communeHead + [
            ["STT", "Khu phố", "I. Tuyên truyền", "II. Kiểm tra, giám sát"],
            [nil, nil, "Phát thanh, tin bài về đo lường, chất lượng", "Kiểm tra cân, đo xăng dầu tại chợ (phối hợp Chi cục)"],
            [nil, nil, "Số tin/bài", "Số cuộc", "Số cơ sở", "Vi phạm", "Phạt (đồng)"],
            [1, "Khu phố Hải Hà", 5, 1, 6, 0, 0],
            [2, "Khu phố Hải Sơn", 3, 2, 7, 1, 1_500_000],
            [3, "Khu phố Phước Thọ", 4, 1, 4, 0, 0],
        ]
        if total { rows.append([nil, "Toàn xã", 12, 4, 17, 1, 1_500_000]) }
        rows.append([nil, "Đánh giá chung", "Hoàn thành", "Đang triển khai"])
        var sheet = testSheet("Bieu T10", rows, part: 1)
        let last = total ? 13 : 12
        sheet.merges = ["A6:A8", "B6:B8", "D6:G6", "D7:G7", "D\(last):G\(last)"].compactMap(CellRange.init)
        return Document(kind: .spreadsheet, sheets: [sheet])
    }

    @Test func tasksAsColumnGroupsOverRowsOfPlaces() {
        let s = extract(Self.byPlaces(total: true), fileName: "long-dien-t10.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.value("II.5.c", "fines_vnd") == 1_500_000)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findingCodes.contains("figure-without-task"))
    }

    /// With no total row typed, a task's figure is the sum of its places' rows.
    @Test func columnGroupsWithoutATotalRowAreAddedUp() {
        let s = extract(Self.byPlaces(total: false), fileName: "long-dien-t10.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// An outline answered point by point whose numbered questions ask for the difficulties
    /// and the proposals in a sentence ("Câu 7: Đơn vị có khó khăn, vướng mắc gì …?"). Before,
    /// only a question opening with the part's words ("Hỏi: Khó khăn …?") opened it, and the
    /// answers were lost.
    @Test func numberedQuestionsAskingForDifficultiesAndProposals() {
        let s = extract(word([
            wardHeader,
            .bold("PHIẾU TRẢ LỜI ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("Câu 1: Đơn vị đã phối hợp kiểm tra đo lường tại chợ trên địa bàn chưa?"),
            .p("Trả lời: Đã triển khai, 3 cuộc kiểm tra, 20 cơ sở được kiểm tra."),
            .bold("Câu 2: Đơn vị có khó khăn, vướng mắc gì trong quá trình triển khai?"),
            .p("Trả lời:"),
            .p("- Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu."),
            .bold("Câu 3: Đề xuất, kiến nghị của đơn vị (nếu có)?"),
            .p("Trả lời:"),
            .p("- Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng đặt tại chợ."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.difficulties.contains { $0.text.contains("kiêm nhiệm nhiều việc") })
        #expect(s.proposals.contains { $0.text.contains("cân đối chứng") })
    }

    /// A department's results by its own divisions, the plan's task only implied by what each
    /// did ("- Phòng Quản lý thương mại: phối hợp kiểm tra …"). Before, the division's name was
    /// taken for the item's title, which names no task, and its figures were left unplaced.
    /// (A second division's line inside the first one's passage still goes on in its task:
    /// not settled.)
    @Test func resultsByTheUnitsOwnDivisions() {
        let s = extract(word([
            .table([["UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG\nSố: 9120/SCT-QLTM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"]]),
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("I. KẾT QUẢ THỰC HIỆN"),
            .p("- Phòng Quản lý thương mại: phối hợp Chi cục kiểm tra đo lường tại 52 cửa hàng bán lẻ xăng dầu qua 04 đợt kiểm tra; các đợt đã kết thúc."),
        ]))
        #expect(s.entries.contains { $0.indicators[IndicatorID("inspections")]?.value == 4 })
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 52 })
        #expect(!s.findingCodes.contains("task-unmatched"))
    }
}
