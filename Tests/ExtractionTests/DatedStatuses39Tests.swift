import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 39's statuses given as a number or a date instead of words: a
// note column holding only the share of the task done ("đạt 100%", "mới được 60%", "0%"), a
// status that is a deadline still ahead ("sẽ hoàn thành trước 20/12/2026", "Trước 31/12/2026
// sẽ xong") beside one that is a day already past ("xong ngày 15/9"), and stages of one task
// some done, some to come. The words are this file's own.

private func sheet(_ name: String, _ rows: [(Int, [Any?])], merges: [String] = [], part: Int = 1) -> Sheet {
    let sheetRows = rows.compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r, cells: cells)
    }
    return Sheet(name: name, rows: sheetRows, merges: merges.compactMap(CellRange.init), part: "xl/worksheets/sheet\(part).xml")
}

@Suite struct DatedStatuses39Tests {
    /// A commune's table whose only status is a share in "Ghi chú", the header split over
    /// two rows, further figures of a task on rows with its STT and content left blank.
    static func noteShares(_ notes: [String]) -> Document {
        Document(kind: .spreadsheet, sheets: [sheet("Bieu", [
            (1, ["ỦY BAN NHÂN DÂN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            (2, ["XÃ BÀU BÀNG", nil, "Độc lập - Tự do - Hạnh phúc"]),
            (3, ["Số: 101/BC-UBND", nil, "Bàu Bàng, ngày 18 tháng 11 năm 2026"]),
            (5, ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"]),
            (7, ["STT", "Nội dung công việc", "Kết quả thực hiện", nil, "Ghi chú"]),
            (8, [nil, nil, "Số lượng", "Đơn vị tính"]),
            (9, [1, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh xã", 9, "tin, bài", notes[0]]),
            (10, [nil, nil, 150, "lượt người"]),
            (11, [2, "Phối hợp kiểm tra đo lường tại chợ và cửa hàng xăng dầu trên địa bàn xã", 3, "cuộc", notes[1]]),
            (12, [nil, nil, 12, "cơ sở"]),
            (13, [3, "Hướng dẫn hộ sản xuất công bố hợp quy, áp dụng tiêu chuẩn cơ sở", nil, nil, notes[2]]),
            (15, ["Khó khăn, vướng mắc:"]),
            (16, [nil, "- Chưa có công chức chuyên trách về đo lường"]),
        ], merges: ["C7:D7", "A7:A8", "B7:B8", "E7:E8"])])
    }

    /// "đạt 100%" in the note is the task done, "mới được 60%" under way, "0%" not begun: the
    /// note says nothing but how far the task came. Read only as words, every status was "chưa rõ".
    @Test func aShareAloneInTheNoteIsTheStatus() {
        let s = extract(Self.noteShares(["đạt 100%", "mới được 60%", "0%"]), fileName: "bieu-ct38-xa.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.d")?.status == .notStarted)
        #expect(s.value("II.1.a", "communications") == 9)
        // A share is never a figure.
        #expect(s.entry("II.1.a")?.indicators.values.contains { $0.value == 100 } != true)
        #expect(s.entry("II.5.c")?.indicators.values.contains { $0.value == 60 } != true)
    }

    /// "khoảng 70% kế hoạch" is the share of the task too; a note that says more than a share
    /// ("tăng 15% so với cùng kỳ", "100% hộ ký cam kết") is no status.
    @Test func aNoteSayingMoreThanTheShareIsNoStatus() {
        let s = extract(Self.noteShares(["tăng 15% so với cùng kỳ", "khoảng 70% kế hoạch", "100% hộ ký cam kết"]), fileName: "bieu-ct38-xa.xlsx")
        #expect(s.entry("II.1.a")?.status == .unknown)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.d")?.status == .unknown)
    }

    /// A "Tiến độ (mốc)" column of milestones: a day past is done, a deadline ahead is under
    /// way whichever stands first, and stages of which one is still to come are under way.
    static func milestones() -> Document {
        Document(kind: .spreadsheet, sheets: [sheet("TienDo", [
            (1, ["UBND XÃ THƯỜNG TÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            (2, ["Số: 80/BC-UBND", nil, nil, "Thường Tân, ngày 20 tháng 11 năm 2026"]),
            (4, ["Tiến độ thực hiện Kế hoạch CT38 năm 2026"]),
            (6, ["Mục", "Việc", "Diễn giải kết quả", "Tiến độ (mốc)"]),
            (7, ["1", "Kiểm tra cân tại chợ của xã", "03 cuộc, 20 hộ kinh doanh", "Đợt 1 xong 20/8; đợt 2 sẽ xong trước 18/12/2026"]),
            (8, ["2", "Tuyên truyền cho hộ kinh doanh", "02 buổi, 80 lượt người", "Xong ngày 10/9"]),
            (9, ["3", "Duy trì ISO tại UBND xã", "Đang rà soát quy trình", "Trước 31/12/2026 sẽ xong"]),
        ])])
    }

    @Test func milestonesAheadAreUnderWay() {
        let s = extract(Self.milestones(), fileName: "tiendo-ct38.xlsx")
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
    }

    /// A technical report whose every item closes with "Tình trạng:" as a date: the done-day
    /// is done, the deadline ahead ("sẽ hoàn thành …  trước …", "đợt cuối sẽ kết thúc trước …")
    /// under way. The plan word "sẽ" had left the deadline with no status.
    static let report: [Piece] = [
        .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 530/BC-TĐC",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026"]]),
        .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
        .p("1. Kết quả"),
        .p("1.1. Góp ý TCVN/QCVN"),
        .p("Góp ý 08 dự thảo TCVN, QCVN do Bộ gửi lấy ý kiến."),
        .p("Tình trạng: xong ngày 05/11/2026."),
        .p("1.2. KT hàng hóa lưu thông"),
        .p("Thực hiện 12 cuộc kiểm tra tại 90 cơ sở; 11 cơ sở vi phạm."),
        .p("Tình trạng: đợt cuối sẽ kết thúc trước 15/12/2026."),
        .p("1.3. Khảo sát chất lượng"),
        .p("Lấy 150 mẫu khảo sát xăng dầu."),
        .p("Tình trạng: sẽ hoàn thành báo cáo kết quả trước 25/12/2026."),
        .p("2. Tồn tại"),
        .p("2.1. Kinh phí mua mẫu cấp chậm."),
    ]

    @Test func aDeadlineAheadAfterTheStatusLabelIsUnderWay() {
        let s = extract(word(Self.report), fileName: "cctdc-bc-ct38.docx")
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .inProgress)
    }

    /// The deadline may follow a longer object of the work ("sẽ kết thúc đợt kiểm tra cuối năm
    /// trước …"), and the done-day may close a sentence after what was done ("Kế hoạch kiểm
    /// tra năm xong ngày 31/10/2026."), a plan's "sẽ xong ngày …" not so.
    @Test func longerDeadlinesAndDoneDaysAfterTheirSubject() {
        let v = shippedVocabulary
        #expect(v.statusClaim(in: Tokenizer.tokenize("Tình trạng: sẽ kết thúc đợt kiểm tra cuối năm trước 18/12/2026."))?.value == .inProgress)
        #expect(v.statusClaim(in: Tokenizer.tokenize("Sở đã tổ chức 9 đoàn kiểm tra tại 54 cơ sở. Kế hoạch kiểm tra năm xong ngày 31/10/2026."))?.value == .completed)
        // Said of the days ahead, it is no done-day.
        #expect(v.statusClaim(in: Tokenizer.tokenize("Kế hoạch kiểm tra năm sẽ xong ngày 20/12/2026."))?.value != .completed)
    }

    /// The plan's own schedule ("Thời hạn: hoàn thành trước 31/12/2026") is when the work is
    /// due, not how far it came: no deadline claim.
    @Test func aScheduleIsNoDeadlineClaim() {
        let v = shippedVocabulary
        #expect(v.statusClaim(in: Tokenizer.tokenize("Thời hạn: hoàn thành trước 31/12/2026.")) == nil)
        #expect(v.statusClaim(in: Tokenizer.tokenize("Tình trạng: sẽ trình UBND Thành phố trước 15/12/2026."))?.value == .inProgress)
        #expect(v.statusClaim(in: Tokenizer.tokenize("Trước 31/12/2026 sẽ xong"))?.value == .inProgress)
    }
}
