import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 37: a unit's own key to its status codes or slang, written once somewhere in the
// file (a line, one entry a row, a sheet of the words it may use), is read first and applied
// wherever a code stands; the meaning is read with the ordinary status vocabulary. The codes
// ("M0 … M3", "KX") and the words are this file's own, not the corpus's.

@Suite struct Legends37Tests {
    /// The rows of the unit's table: the work, its code, what was done.
    static let rows: [(work: String, code: String, done: String)] = [
        ("Tổ chức tập huấn phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp", "M3", "02 lớp, 140 lượt người"),
        ("Kiểm tra nhà nước về đo lường đối với cân tại chợ", "M2", "03 cuộc, 25 cơ sở"),
        ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng", "M0", "Chờ kinh phí"),
        ("Khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", "KX", "Không có trường hợp"),
    ]
    static let expected: [String: TaskStatus] = ["II.1.a": .completed, "II.5.c": .inProgress, "II.2.d": .notStarted, "II.5.d": .notApplicable]

    static func statuses(_ s: Submission) -> [String: TaskStatus] {
        Dictionary(s.entries.map { ($0.task, $0.status) }, uniquingKeysWith: { a, _ in a })
    }

    /// Codes of a capital and a digit, with a mark of two capitals beside them, explained on one
    /// line above the table ("Quy ước mức: M0 = …; M1 = …; KX = …").
    @Test func aKeyOfCodesOnOneLine() {
        var table = [["STT", "Việc", "Mức", "Kết quả"]]
        for (k, r) in Self.rows.enumerated() { table.append(["\(k + 1)", r.work, r.code, r.done]) }
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("Quy ước mức: M0 = chưa bắt đầu; M1 = đang chuẩn bị; M2 = đang triển khai; M3 = đã xong; KX = không phát sinh."),
            .table(table),
        ]), fileName: "bc-ma-muc.docx")
        #expect(Self.statuses(s) == Self.expected)
    }

    /// The same key on one line of a sheet, above the tracker's table.
    @Test func aKeyOfCodesOnOneLineOfASheet() {
        var rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["Số: 126/BC-UBND", nil, nil, "Sài Gòn, ngày 28 tháng 10 năm 2026"],
            ["THEO DÕI TIẾN ĐỘ KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["Quy ước: M0 = chưa bắt đầu; M1 = đang chuẩn bị; M2 = đang triển khai; M3 = đã xong; KX = không phát sinh"],
            [],
            ["STT", "Việc", "Mức", "Kết quả"],
        ]
        for (k, r) in Self.rows.enumerated() { rows.append([k + 1, r.work, r.code, r.done]) }
        let s = extract(workbook(rows, name: "Theo doi"), fileName: "theo-doi-ma-muc.xlsx")
        #expect(Self.statuses(s) == Self.expected)
    }

    /// The same key written one entry a row under its lead ("Quy ước mức: | M0 = …", "| M1 = …"),
    /// with an entry for a code no row holds ("M1"): the entries are one key, the unused one
    /// not parting it; the table under it is read. Before, "M1" parted the key and "M0" was
    /// left unexplained, and no row of the table was read.
    @Test func aKeyOneEntryARow() {
        var rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["Số: 126/BC-UBND", nil, nil, "Sài Gòn, ngày 28 tháng 10 năm 2026"],
            ["THEO DÕI TIẾN ĐỘ KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["Quy ước mức:", "M0 = chưa bắt đầu"], [nil, "M1 = đang chuẩn bị"], [nil, "M2 = đang triển khai"],
            [nil, "M3 = đã xong"], [nil, "KX = không phát sinh"],
            [],
            ["STT", "Việc", "Mức", "Kết quả"],
        ]
        for (k, r) in Self.rows.enumerated() { rows.append([k + 1, r.work, r.code, r.done]) }
        let s = extract(workbook(rows, name: "Theo doi"), fileName: "theo-doi-ma-muc.xlsx")
        #expect(Self.statuses(s) == Self.expected)
        // The key's entries whose codes hold a digit ("M1 = …", "M3 = …") are no figures: a
        // digit glued to a letter is a code (session 45; before, they were quoted as figures
        // of no task).
        #expect(!s.findings.contains { ($0.source ?? "").hasPrefix("'Theo doi'!A5") || ($0.source ?? "").hasPrefix("'Theo doi'!B6") })
    }

    /// A sheet that only lists the words the status column may hold (the list its drop-down
    /// is filled from) is the key to them, no content: nothing is asked about it.
    @Test func aListOfTheStatusWordsIsNoContent() {
        let words = ["Xong rồi", "Đang làm", "Chưa làm", "Không phát sinh"]
        var rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["Số: 127/BC-UBND", nil, nil, "Sài Gòn, ngày 28 tháng 10 năm 2026"],
            ["THEO DÕI TIẾN ĐỘ KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Việc", "Tình trạng", "Kết quả"],
        ]
        for (k, r) in Self.rows.enumerated() { rows.append([k + 1, r.work, words[k], r.done]) }
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Theo doi", rows, part: 1), testSheet("danh_muc", words.map { [$0] }, part: 2)])
        let s = extract(d, fileName: "theo-doi-danh-muc.xlsx")
        #expect(Self.statuses(s) == Self.expected)
        #expect(!s.findings.contains { ($0.source ?? "").hasPrefix("danh_muc!") })
    }
}
