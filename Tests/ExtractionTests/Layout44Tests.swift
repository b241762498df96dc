import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 44: layouts of plain paragraphs and sheets without a table's header — a biểu typed
// with tab stops that leaves blank columns, notes typed after the body and pointed to by marks,
// a row's number in a cell of its own, a title label repeated per task. Wards and figures here
// are this file's own.

@Suite struct Layout44Tests {
    static let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH ĐÔNG\nSố: 377/BC-UBND",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Đông, ngày 09 tháng 11 năm 2026"]])

    /// A biểu typed with tab stops whose rows leave columns blank with a tab each ("1 ⇥ Kiểm
    /// tra … ⇥ ⇥ ⇥ Xong" under "TT ⇥ Công việc ⇥ Số lượng ⇥ ĐVT ⇥ Đánh giá", then "⇥ - Cuộc
    /// kiểm tra ⇥ 05 ⇥ cuộc ⇥"): every field stands in its header's column. Before, the blank
    /// fields were dropped, no row had the header's count of cells, the rows were read as lines
    /// and no task was found.
    @Test func aTabStopTableWithBlankColumns() {
        let s = extract(word([
            Self.header, .p("BÁO CÁO"), .p("Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Kết quả cụ thể"),
            .p("TT\tCông việc\tSố lượng\tĐVT\tĐánh giá"),
            .p("1\tKiểm tra cân, nhãn hàng hóa tại chợ Bình Đông\t\t\tXong"),
            .p("\t- Cuộc kiểm tra\t05\tcuộc\t"),
            .p("\t- Cơ sở kiểm tra\t41\tcơ sở\t"),
            .p("2\tTuyên truyền trên loa phát thanh khu phố\t\t\tĐang làm"),
            .p("\t- Tin tuyên truyền\t16\ttin\t"),
            .p("2. Khó khăn"),
            .p("+ Tiểu thương chưa hợp tác."),
        ]), fileName: "binh-dong-tab.docx")
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
        #expect(s.value("II.1.a", "communications") == 16)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// Notes typed after the body ("Ghi chú số liệu:" then "(1) Trong đó: …") pointed to by a
    /// mark glued to a word of an item ("… chợ đầu mối(1). Nhiệm vụ đang thực hiện."): the
    /// note's figures are the item's, as a Word footnote's are. Before, they stood in the
    /// closing part, neither read nor quoted.
    @Test func notesTypedAfterTheBody() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG\nSố: 5120/BC-SCT",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về kiểm tra chất lượng hàng hóa lưu thông trên thị trường: Sở đã chủ trì kiểm tra xăng dầu tại các cửa hàng(1). Nhiệm vụ đang thực hiện."),
            .p("2. Về tuyên truyền, phổ biến pháp luật: Sở đã tổ chức hội nghị phổ biến cho doanh nghiệp(2). Nhiệm vụ đã hoàn thành."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Lực lượng kiểm tra còn mỏng."),
            .p("Trên đây là báo cáo của Sở Công Thương./."),
            .p("Ghi chú số liệu:"),
            .p("(1) Trong đó: 06 cuộc kiểm tra tại 38 cơ sở; xử phạt vi phạm hành chính 45.000.000 đồng."),
            .p("(2) Trong đó: 03 hội nghị với 260 lượt người tham dự."),
        ]), fileName: "sct-notes.docx")
        #expect(s.value("II.5.a", "inspections") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 38)
        #expect(s.value("II.5.a", "fines_vnd") == 45_000_000)
        #expect(s.value("II.1.a", "participants") == 260)
    }

    /// "(1)" opening a paragraph and " (2) " between a list's items are numbering, not marks:
    /// with no mark glued to a word, a document's bracketed items stay where they are.
    @Test func bracketedItemsAreNoNotes() {
        var d = word([
            .p("1. Tuyên truyền: (1) đăng tin trên trang thông tin; (2) phát loa."),
            .p("(1) Kiểm tra cân tại chợ: 02 cuộc."),
        ])
        let before = d
        ExtractionRun.inlineTypedNotes(&d)
        #expect(d == before)
        var marked = word([.p("Đã kiểm tra xăng dầu(1)."), .p("(1) Trong đó: 04 cuộc.")])
        ExtractionRun.inlineTypedNotes(&marked)
        #expect(marked.body.count == 1)
        #expect(marked.body.first?.text == "Đã kiểm tra xăng dầu (Trong đó: 04 cuộc.).")
    }

    nonisolated(unsafe) static let sheetHead: [[Any?]] = [
        ["UBND PHƯỜNG BÌNH ĐÔNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"],
        ["Số: 377/BC-UBND", nil, nil, "Bình Đông, ngày 09/11/2026"],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
    ]

    /// A sheet with no table's header where each job's row has its number in a cell of its own
    /// ("1 | Kiểm tra đo lường tại chợ Bình Đông"), its figures and status on the rows below:
    /// the row is the job's numbered heading. Before, the "1" was quoted as a number of no
    /// task and no task was found.
    @Test func aRowNumberInItsOwnCell() {
        let rows = Self.sheetHead + [
            [1, "Kiểm tra đo lường, chất lượng hàng hóa tại chợ Bình Đông"],
            ["Cuộc kiểm tra:", 3, "Cơ sở:", 22],
            ["Tình trạng:", "Đang tiếp tục"],
            [2, "Tuyên truyền cho tiểu thương, hộ kinh doanh"],
            ["Tin bài:", 9],
            ["Tình trạng:", "Đã xong"],
        ]
        let s = extract(workbook(rows, name: "BC"), fileName: "binh-dong.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "Việc: kiểm tra cân tại chợ" opening each job's block, not numbered, with "Số cuộc |
    /// hai cuộc" rows under it: a title label the writer repeats per job heads a task's passage.
    /// Before, only a numbered "1) Việc: …" did, and every figure was of no task; "Con số"
    /// headed no column and "Rồi" said no status.
    @Test func aRepeatedTitleLabelNotNumbered() {
        let rows = Self.sheetHead + [
            ["Nội dung", "Con số", "Ghi chú"],
            ["Việc: kiểm tra cân, xăng dầu cùng Chi cục theo phân cấp"],
            ["Số cuộc kiểm tra", "hai cuộc"],
            ["Số cơ sở kiểm tra", "mười bốn cơ sở"],
            ["Tiến độ", "Rồi"],
            ["Việc: tuyên truyền trên đài truyền thanh phường"],
            ["Số tin", "bảy tin"],
            ["Tiến độ", "Chưa xong", "còn đợt tháng 12"],
        ]
        let s = extract(workbook(rows, name: "Bao cao"), fileName: "binh-dong-viec.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(s.value("II.1.a", "communications") == 7)
        // "Rồi" alone in the status cell: done already, as "xong rồi" is.
        #expect(s.entry("II.5.c")?.status == .completed)
    }
    /// "Số liệu → | Cuộc KT | 6 | Cơ sở | 38 | Vi phạm | 4" under a job's numbered row: each
    /// label before its figure, in turn across the row. Such a row names no columns (it holds
    /// figures), and each figure is its label's — not the next label's, as "6 cơ sở" would
    /// read. Before, the row was taken for a table's header and its figures went silent.
    @Test func labelsAndFiguresInTurnAcrossARow() {
        let rows = Self.sheetHead + [
            [1, "Kiểm tra nhãn hàng, đo lường tại các cơ sở kinh doanh trên địa bàn"],
            ["Số liệu →", "Cuộc KT", 6, "Cơ sở", 38, "Vi phạm", 4],
            ["Trạng thái →", "Đã xong"],
            [2, "Hướng dẫn hộ kinh doanh công bố chất lượng sản phẩm"],
            ["Số liệu →", "Số DN", 15],
            ["Trạng thái →", "Đang tiếp tục"],
        ]
        let s = extract(workbook(rows, name: "Bao cao CT38"), fileName: "binh-dong-so-lieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 38)
        #expect(s.value("II.5.c", "violations") == 4)
        #expect(s.value("II.2.d", "enterprises_supported") == 15)
        #expect(s.entry("II.5.c")?.status == .completed)
    }
}
