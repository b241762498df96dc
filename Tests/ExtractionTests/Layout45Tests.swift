import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 45: statuses written in a register's own words — a legend of whole phrases
// ("Qua mốc giữa = đang làm") keying a column, a leader's sign-off column, a task's cell
// ending "→ đã xong" — and numbered title labels in table rows ("Việc 2: … | [Hoàn thành]").
// Units and figures here are this file's own.

@Suite struct Layout45Tests {
    static var wardHead: [[Any?]] { [
        ["ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 233/BC-UBND", nil, nil, "An Khánh, ngày 07 tháng 11 năm 2026"],
        [],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
        [],
    ] }

    /// A register whose status column holds the unit's own phrases, keyed once by a legend
    /// line under it ("Chú giải: Cán đích trọn vẹn = đã xong; Tới chặng giữa = đang làm; …").
    /// Phrases of three or four words are codes when the rows write them whole in a cell.
    /// Before, only codes of up to seven characters and two words were read, so "Tới chặng
    /// giữa" stayed unknown and was quoted for a person.
    @Test func aLegendOfWholePhrasesKeysTheirCells() {
        let s = extract(workbook(Self.wardHead + [
            ["STT", "Hoạt động", "Số lượng", "ĐVT", "Trạng thái đợt"],
            [1, "Kiểm tra cân, nhãn hàng tại chợ An Khánh", 4, "cuộc", "Tới chặng giữa"],
            [2, "Phát thanh tuyên truyền về đo lường trên loa khu phố", 18, "tin", "Cán đích trọn vẹn"],
            [],
            ["Chú giải: Cán đích trọn vẹn = đã xong; Tới chặng giữa = đang làm; Chờ tới lượt = chưa làm"],
        ]), fileName: "an-khanh-dot.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(!s.findingCodes.contains("status-unrecognized"))
    }

    /// A sentence with a dash is no legend: a long "code" that no cell writes whole decodes
    /// nothing.
    @Test func aLongCodeNoCellWritesIsNoLegend() {
        let e = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        let r = extractor.vocabulary.statusReferences
        let text = "Kiểm tra chợ lớn = đã xong; Tuyên truyền khu phố = đang làm"
        #expect(e.legend(text, r) == nil)
        let cells: Set<String> = [VietText.fold("Kiểm tra chợ lớn"), VietText.fold("Tuyên truyền khu phố")]
        #expect(e.legend(text, r, cells: { cells })?.count == 2)
    }

    /// A job-ticket register: the worker's own note beside the leader's sign-off ("Lãnh đạo
    /// xác nhận | Đã nghiệm thu", "Chưa nghiệm thu (đang làm)"); the sign-off is the status.
    @Test func aLeadersSignOffIsTheStatus() {
        let s = extract(workbook(Self.wardHead + [
            ["Mã phiếu", "Việc được giao", "Số cuộc", "Số cơ sở", "Tin, bài", "Người làm tự báo", "Lãnh đạo xác nhận"],
            ["AK-01", "Kiểm tra đo lường cân tại chợ An Khánh, phối hợp Chi cục", 2, 17, nil, "Xong 2 đợt", "Đã nghiệm thu"],
            ["AK-02", "Tuyên truyền về nhãn hàng hóa trên loa, trang Zalo phường", nil, nil, 11, "Còn đợt tháng 12", "Chưa nghiệm thu (đang làm)"],
        ]), fileName: "an-khanh-phieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// One cell per task holding its title, what was done and a last line "→ đang làm": the
    /// arrow's status is the row's, as a dash's at a title's end is.
    @Test func aTaskCellEndingWithAnArrowedStatus() {
        let s = extract(workbook(Self.wardHead + [
            ["TT", "Nội dung công việc và kết quả", "Số liệu", "Ghi chú"],
            [1, "Kiểm tra phương tiện đo tại chợ và cửa hàng xăng dầu\nTổ công tác phường kiểm tra cân, cột đo.\n→ đang làm", "3 cuộc\n21 cơ sở"],
            [2, "Cử công chức dự tập huấn nghiệp vụ\nCử 02 công chức dự lớp của Chi cục.\n→ đã xong", "2 người"],
        ]), fileName: "an-khanh-bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    /// A numbered title label in a table's first cell beside the task's status alone ("Việc 1:
    /// … | [Hoàn thành]") over a row of what was done: a numbered heading, as "1) …" is. Before,
    /// a title label was a heading only unnumbered and alone on its line.
    @Test func numberedTitleLabelsBesideTheirStatus() {
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KẾ HOẠCH – TÀI CHÍNH\nSố: 88/BC-KHTC",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
            .table([["Việc 1: Bố trí kinh phí, đầu tư trang thiết bị cho đơn vị sự nghiệp", "[Đang triển khai]"],
                    ["Thẩm định dự toán mua sắm thiết bị thử nghiệm. Kinh phí đã chi = 850 triệu đồng", ""]]),
            .table([["Việc 2: Duy trì hệ thống quản lý chất lượng ISO 9001 tại Sở", "[Hoàn thành]"],
                    ["Rà soát, cập nhật quy trình nội bộ theo ISO 9001:2015.", ""]]),
        ]), fileName: "khtc-viec.docx")
        #expect(s.value("II.4.a", "budget_spent_vnd") == 850_000_000)
        #expect(s.entry("II.4.a")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .completed)
    }

    /// Labels that carry numbers out of order are no headings of their own ("Việc 3:" then
    /// "Việc 1:"): the lines are left as written.
    @Test func titleLabelsReadTheirNumber() {
        #expect(ExtractionRun.titleLabel("Việc 2: Kiểm tra cân tại chợ", titles: ["viec"])! == ("viec", 2))
        #expect(ExtractionRun.titleLabel("Việc số 3: Kiểm tra cân tại chợ", titles: ["viec"])! == ("viec", 3))
        #expect(ExtractionRun.titleLabel("Việc: Kiểm tra cân tại chợ", titles: ["viec"])! == ("viec", nil))
        #expect(ExtractionRun.titleLabel("Ghi chú 2: xem phụ lục", titles: ["viec"]) == nil)
    }

    /// A sheet in the unit's own shorthand ("stt | việc | c | cs | vp | đ") that no grid reader
    /// makes out: its number cells are quoted for a person with the row's words, not lost.
    /// Before, only numbers written in text cells were swept.
    @Test func numberCellsNoReaderMadeOutAreQuoted() {
        let s = extract(workbook([
            ["UBND PHƯỜNG AN KHÁNH"],
            ["BC KQ KH38 năm 2026 - Số 233/BC-UBND - 07/11/2026"],
            [],
            ["stt", "việc", "c", "cs", "vp", "đ", "ghi"],
            [1, "kt đo lường chợ An Khánh", 3, 37, 5, 8_250_000, "đang"],
        ]), fileName: "an-khanh-tat.xlsx")
        let quoted = s.findings.filter { ["figure-without-task", "figure-unrecognized", "task-unmatched"].contains($0.code) }.map(\.message).joined()
        #expect(quoted.contains("37"))
        #expect(quoted.contains("8250000"))
    }

    /// Parts of a total read on the same row ("Xăng dầu | Vàng | … | Cộng") were read with it.
    @Test func partsOfATotalReadAreNotQuoted() {
        let s = extract(workbook(Self.wardHead + [
            ["I. Kiểm tra theo nhóm hàng"],
            ["Chỉ tiêu", "Xăng dầu", "Cân bán lẻ", "Hàng đóng gói", "Cộng"],
            ["Số cuộc kiểm tra (cuộc)", 3, 2, 1, 6],
            ["Số cơ sở được kiểm tra (cơ sở)", 7, 12, 5, 24],
            ["Mức độ hoàn thành", nil, nil, nil, "Hoàn thành"],
        ]), fileName: "an-khanh-nhom.xlsx")
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 24)
        #expect(!s.findings.contains { $0.message.contains("(cơ sở): 12") })
    }

    /// "Việc của phường | Làm thế nào | Con số | Tiến độ": the unit's own work heads the rows,
    /// not the column of how it was done.
    @Test func theUnitsOwnWorkHeadsTheRows() {
        let s = extract(workbook(Self.wardHead + [
            ["TT", "Việc của phường", "Làm thế nào", "Con số", "Tiến độ"],
            [1, "Tuyên truyền về đo lường cho hộ kinh doanh ở chợ", "Loa khu phố, nhóm Zalo", "- 9 tin bài", "Xong"],
            [2, "Hướng dẫn cơ sở sản xuất ghi nhãn, truy xuất nguồn gốc sản phẩm", "Cán bộ xuống tận cơ sở", "- 5 cơ sở", "Dở dang"],
        ]), fileName: "an-khanh-viec.xlsx")
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.2.a")?.status == .inProgress)
    }

    /// An item's code glued to its letters ("AK-K07", "V03") holds no count: no finding
    /// quotes it as a figure left unread.
    @Test func codesGluedToLettersAreNoFigures() {
        let s = extract(workbook(Self.wardHead + [
            ["Mã", "Tên chỉ số / hoạt động", "Giá trị", "ĐVT", "Trạng thái"],
            ["AK-K07", "Cuộc kiểm tra đo lường tại chợ", 4, "cuộc", "Hoàn thành"],
            ["AK-K08", "Cơ sở được kiểm tra", 29, "cơ sở", "Hoàn thành"],
        ]), fileName: "an-khanh-ma.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(!s.findings.contains { $0.message.contains("“AK-K07”") || $0.message.contains("“AK-K08”") })
    }

    /// "Tiến độ: □ Xong ■ Đang làm □ Chưa làm" in a paragraph says the checked words; with
    /// every box left unchecked it says nothing. Before, the first option ("Xong") was read.
    @Test func tickBoxLinesInProse() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("Về kiểm tra đo lường: phường đã kiểm tra 03 cuộc tại chợ, cửa hàng xăng dầu trên địa bàn."),
            .p("Tiến độ: □ Xong ■ Đang làm □ Chưa làm □ Không phát sinh"),
            .p("Về tuyên truyền: phường đã đăng 06 tin, bài về đo lường, chất lượng trên trang thông tin điện tử."),
            .p("Tiến độ: □ Xong □ Đang làm □ Chưa làm □ Không phát sinh"),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("☐ Công chức phụ trách kiêm nhiệm nhiều lĩnh vực."),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .unknown)
        // One box alone is a bullet: the item is kept.
        #expect(s.difficulties.contains { $0.text.contains("kiêm nhiệm") })
    }

    /// One sheet per task, each headed by the task in capitals over a small form ("KIỂM TRA
    /// ĐO LƯỜNG TẠI CHỢ" / "Tình hình: …" / "Chỉ tiêu | Số lượng"): the capitals line heads the
    /// sheet's passage, as a bold line does in Word (a sheet keeps no bold the reader sees).
    /// The issuing body's name and a document's title in capitals head nothing.
    @Test func aSheetsTitleInCapitalsHeadsItsTask() {
        let d = Document(kind: .spreadsheet, sheets: [
            testSheet("KiemTra", [
                ["ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH"],
                ["Số: 233/BC-UBND", nil, "An Khánh, ngày 07 tháng 11 năm 2026"],
                ["KIỂM TRA ĐO LƯỜNG, CÂN TẠI CHỢ VÀ CỬA HÀNG XĂNG DẦU"],
                ["Tình hình: Các đợt kiểm tra đang được tiếp tục đến cuối năm."],
                ["Chỉ tiêu", "Số lượng", "Ghi chú"],
                ["Số cuộc kiểm tra", 5],
                ["Cơ sở được kiểm tra", 33],
            ], part: 1),
            testSheet("TuyenTruyen", [
                ["TUYÊN TRUYỀN PHÁP LUẬT VỀ ĐO LƯỜNG CHO HỘ KINH DOANH"],
                ["Tình hình: Đã hoàn thành."],
                ["Chỉ tiêu", "Số lượng", "Ghi chú"],
                ["Tin, bài đã đăng", 12],
            ], part: 2),
            testSheet("QuyetDinh", [
                ["DANH SÁCH QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH VỀ ĐO LƯỜNG"],
                ["STT", "Số QĐ", "Số tiền (đ)"],
                ["Trong kỳ không có quyết định xử phạt"],
            ], part: 3),
        ])
        let s = extract(d, fileName: "an-khanh-tung-viec.xlsx")
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 33)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.a") == nil)
    }

    /// Turns on the air are items put out, not people ("12 lượt phát thanh").
    @Test func broadcastsCountedAsTurns() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: phường đã thực hiện 14 lượt phát thanh trên loa khu phố. Đã hoàn thành."),
        ]))
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(s.value("II.1.a", "participants") == nil)
    }
}
