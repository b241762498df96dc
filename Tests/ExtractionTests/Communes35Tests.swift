import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Specification of a commune's own forms, session 35: points numbered after a word ("Điểm 1.
// <title> / <status>") over a paragraph and a stack of bulleted figures ("▪ 02 cuộc"), and the
// hard points under "Điểm khó:". The words are this file's own, not the corpus's.

private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ PHƯỚC LỢI\nSố: 57/BC-UBND",
                                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhước Lợi, ngày 20 tháng 11 năm 2026"]])

@Suite struct Communes35Tests {
    /// "Điểm 2. Kiểm tra … / đang làm" is numbered as "2." would be (`item_number_words`): the
    /// paragraph and the bulleted figures under it are its passage, and its status is the one
    /// after the slash (`status_reading.heading_tail`). Before, each bullet was a figure of no
    /// task and the hard points were read into the first point's text.
    @Test func pointsNumberedAfterAWordOwnTheBulletsBelow() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("UBND xã Phước Lợi báo cáo từng điểm như sau:"),
            .bold("Điểm 1. Thông tin, tuyên truyền cho hộ kinh doanh / đã xong"),
            .p("Phát loa các ấp và đăng trang thông tin của xã."),
            .p("▪ 06 tin, bài"),
            .bold("Điểm 2. Kiểm tra cân, đo lường tại chợ Phước Lợi / đang làm"),
            .p("Tổ công tác của xã phối hợp Đội quản lý thị trường kiểm tra các sạp có cân."),
            .p("▪ 02 cuộc"),
            .p("▪ 17 cơ sở"),
            .bold("Điểm khó:"),
            .p("a) Tiểu thương đổi cân khi tổ công tác rời chợ."),
            .bold("Đề xuất:"),
            .p("a) Đề nghị Chi cục cho mượn quả cân chuẩn để đặt tại chợ."),
        ]), fileName: "phuocloi-bc.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Tiểu thương đổi cân khi tổ công tác rời chợ"])
        #expect(!s.findingCodes.contains("figure-without-task"))
    }

    /// The rewriting itself: a word then a number and a mark; a plan's point by its letter
    /// ("Điểm h …") and a number with no mark after it ("Điểm 1 Mục II") are left as they are.
    @Test func onlyAWordThenANumberAndAMarkIsANumbering() {
        let words = ["diem", "viec", "cong viec"].map { VietText.fold($0) }
        #expect(ExtractionRun.wordNumbered("Điểm 3. Tập huấn / xong", words: words) == "3. Tập huấn / xong")
        #expect(ExtractionRun.wordNumbered("Công việc 2: Kiểm tra cân", words: words) == "2. Kiểm tra cân")
        #expect(ExtractionRun.wordNumbered("Điểm h khoản 2 Mục II đã xong", words: words) == nil)
        #expect(ExtractionRun.wordNumbered("Điểm 1 Mục II của Kế hoạch", words: words) == nil)
        #expect(ExtractionRun.wordNumbered("Điểm khó:", words: words) == nil)
    }

    /// "(Cán bộ theo dõi: đ/c …; tình trạng: đã xong)" closing each task: a note in brackets
    /// (`bracketed_note_label_words`) read as the same fields typed without them. Before, the
    /// bracket opened an item of its own titled "(Cán bộ theo dõi" and the status was lost.
    @Test func aBracketedNoteClosingATaskStatesItsStatus() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền"),
            .p("Đài truyền thanh xã phát 11 tin, bài về ghi nhãn hàng hóa và cân đúng."),
            .p("(Người phụ trách: đ/c Lâm Thị Hoa (Văn hóa – Xã hội); tình trạng: đang làm tiếp)"),
            .bold("2. Cử công chức dự tập huấn nghiệp vụ"),
            .p("Cử 02 công chức dự 01 lớp tập huấn của Chi cục."),
            .p("(Người phụ trách: đ/c Võ Văn Kha; tình trạng: đã xong)"),
        ]), fileName: "phuocloi-bc2.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.3.a"])
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(!s.findingCodes.contains("task-unmatched"))
        #expect(ExtractionRun.bracketedNote("(1) Tuyên truyền (2) Kiểm tra", labelWords: 5) == nil)
        #expect(ExtractionRun.bracketedNote("(Kèm theo Báo cáo số 57/BC-UBND)", labelWords: 5) == nil)
    }

    /// One column per ấp beside the commune's own "Toàn xã" column (`sheets.places`,
    /// `summary_words`): the whole is the figure, the ấp its parts. Before, the parts and the
    /// whole were added, each figure counted twice.
    @Test func columnsPerPlaceBesideTheWholeCountTheWholeOnce() {
        let s = extract(workbook([
            ["UBND XÃ PHƯỚC LỢI", nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 58/BC-UBND", nil, nil, nil, nil, "Phước Lợi, ngày 20 tháng 11 năm 2026"],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Ấp Long Đức", "Ấp Long Hòa", "Toàn xã", "Tình trạng"],
            [1, "Tuyên truyền trên loa truyền thanh", "Tin, bài đã phát", "tin", 5, 2, 7, "Hoàn tất"],
            [2, "Kiểm tra cân tại chợ theo phân cấp", "Số cuộc kiểm tra", "cuộc", 1, 2, 3, "Còn triển khai"],
            [nil, nil, "Số cơ sở được kiểm tra", "cơ sở", 6, 9, 15, nil],
        ], name: "BC"), fileName: "phuocloi-bieu.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }
}
