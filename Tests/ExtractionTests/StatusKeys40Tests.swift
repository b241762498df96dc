import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 40's keys of a unit's own status words: a unit that rates its works
// "Tốt / Khá / Đạt / Chưa đạt" says once what each word means, and in that document the words
// mean what it says — "Đạt" there is work going on, though elsewhere it is work done. The
// words are this file's own.

@Suite struct StatusKeys40Tests {
    /// One line, the words in quotes, each with its meaning after "là".
    @Test func aKeyOnOneLineInQuotes() {
        let keys = extractor.vocabulary.statusKeys([
            "Quy ước tự chấm: “Tốt” là làm xong trước hạn; “Khá” là đã làm xong; “Đạt” là đang làm dở; “Chưa đạt” là chưa làm được"])
        #expect(keys["tot"] == .completed)
        #expect(keys["kha"] == .completed)
        #expect(keys["dat"] == .inProgress)
        #expect(keys["chua dat"] == .notStarted)
    }

    /// One word a line under a lead-in ending with a colon.
    @Test func aKeyOneWordALineUnderALeadIn() {
        let keys = extractor.vocabulary.statusKeys([
            "Giải thích cột đánh giá:", "Khá: làm xong, đạt yêu cầu.", "Đạt: đang làm, kịp tiến độ.",
            "Không đánh giá: không phát sinh trong kỳ.", "Khó khăn:"])
        #expect(keys["kha"] == .completed)
        #expect(keys["dat"] == .inProgress)
        #expect(keys["khong danh gia"] == .notApplicable)
        #expect(keys.count == 3)
    }

    /// Lines of a report's own labels are no key: "Tiến độ: đang làm" is a status said of a
    /// task, and one meaning alone keys nothing.
    @Test func statusLinesAreNoKey() {
        #expect(extractor.vocabulary.statusKeys(["Ghi chú:", "Tiến độ: đang làm.", "Kết quả: đã xong."]).isEmpty)
        #expect(extractor.vocabulary.statusKeys(["“Xong” là đã làm xong; “Hoàn tất” là đã hoàn thành"]).isEmpty)
    }

    /// In a document with such a key, a rating after its label means what the key says, in a
    /// paragraph and in a sheet's status column alike.
    @Test func theKeyDecidesTheRatings() {
        let s = extract(word([
            .p("ỦY BAN NHÂN DÂN XÃ PHƯỚC THÀNH"), .p("Số: 12/BC-UBND"), .p("Phước Thành, ngày 20 tháng 11 năm 2026"),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Quy ước tự chấm: “Khá” là đã làm xong; “Đạt” là đang làm dở; “Chưa đạt” là chưa làm được"),
            .p("1. Tuyên truyền trên loa truyền thanh xã"), .p("Phát 07 tin, bài về cân đo trong mua bán."), .p("Tự đánh giá: Đạt"),
            .p("2. Cử cán bộ dự tập huấn nghiệp vụ của Chi cục"), .p("Xã cử 02 công chức dự lớp."), .p("Tự đánh giá: Khá"),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
        let sheet = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG BÌNH CƠ"], ["Số: 233/BC-UBND"], ["Bình Cơ, ngày 20 tháng 11 năm 2026"],
            ["BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Việc phường thực hiện", "Kết quả cụ thể", "Mức độ"],
            [1, "Tuyên truyền qua loa phát thanh, Zalo khu phố", "09 tin bài", "Đạt"],
            [2, "Cử công chức tham dự tập huấn", "02 lượt công chức dự 01 lớp của Chi cục", "Khá"],
            [nil],
            ["Giải thích mức độ:"], [nil, "Khá: làm xong, đạt yêu cầu."], [nil, "Đạt: đang làm, đúng tiến độ."],
            [nil, "Chưa đạt: chưa làm được."],
        ]), fileName: "tu-danh-gia.xlsx")
        #expect(sheet.entry("II.1.a")?.status == .inProgress)
        #expect(sheet.entry("II.3.a")?.status == .completed)
    }
}
