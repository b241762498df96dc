import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 43: a ward's own plan written beside its results ("- KH phường: …" then "- Thực
// hiện: …"). The ward and figures here are this file's own.

@Suite struct Figures43Tests {
    static let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH\nSố: 141/BC-UBND",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Định, ngày 03 tháng 11 năm 2026"]])

    /// "KH phường: 06 tin, bài; 03 lớp tập huấn." labels the line as the ward's plan: each
    /// number of its list is a target, not a result — the results are the next line's. Before,
    /// "KH" opened no target: 06 + 11 tin, bài and 03 + 02 lớp were read.
    @Test func aWardsPlanLineBesideItsResults() {
        let s = extract(word([
            Self.header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN SO VỚI KẾ HOẠCH CỦA PHƯỜNG"),
            .p("1. Tuyên truyền, tập huấn cho người dân, hộ kinh doanh"),
            .p("- KH phường: 06 tin, bài; 03 lớp tập huấn."),
            .p("- Thực hiện: 11 tin, bài trên trang thông tin điện tử phường; 02 lớp tập huấn với 145 lượt người tham dự."),
            .p("- Tiến độ: đang thực hiện."),
        ]), fileName: "tan-dinh.docx")
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 145)
    }

    /// A plan's clause ends at ";" when the next clause is no more of its list: "Kế hoạch: 05
    /// cuộc; đã kiểm tra 04 cuộc" still reads the 04.
    @Test func aPlanClauseThenItsResult() {
        let s = extract(word([
            Self.header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Kiểm tra đo lường tại chợ theo phân cấp"),
            .p("- Kế hoạch: 05 cuộc; đã kiểm tra 04 cuộc tại 23 cơ sở."),
            .p("- Tiến độ: đang thực hiện."),
        ]), fileName: "tan-dinh-kt.docx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 23)
    }

    nonisolated(unsafe) static let sheetHead: [[Any?]] = [
        ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["XÃ BÌNH LỢI", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 88/BC-UBND", nil, nil, "Bình Lợi, ngày 29 tháng 10 năm 2026"],
        ["BIỂU BÁO CÁO THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
        [],
    ]

    /// A short summary cell restating what a column of that kind gives on the same row ("Kết
    /// quả tóm tắt | 7 tin" beside "Tin, bài | 7") is one figure, not 7 + 7; a fine's column
    /// headed "Phạt (triệu đồng)" is the fines, in millions. Before, 14 tin, bài were read and
    /// the 2,5 million was neither read nor quoted.
    @Test func aSummaryCellBesideItsColumnsAndABracketedFineScale() {
        let rows = Self.sheetHead + [
            ["TT", "Nội dung thực hiện", "Kết quả tóm tắt", "Cuộc KT", "Cơ sở được KT", "Phạt (triệu đồng)", "Tin, bài", "Đánh giá"],
            [1, "Kiểm tra cân tại chợ Bình Lợi", "Đã làm 2 cuộc", 2, 13, 2.5, nil, "Đang thực hiện"],
            [2, "Tuyên truyền trên đài truyền thanh xã", "7 tin", nil, nil, nil, 7, "Hoàn thành"],
        ]
        let s = extract(workbook(rows, name: "BC"), fileName: "binh-loi.xlsx")
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 2_500_000)
    }

    /// "1 - Hoàn thành" chosen from a numbered drop-down in the status column: the status, and
    /// its number is no figure to quote. Before, each such cell was also quoted as an unread
    /// number, a finding per row for the officer.
    @Test func aNumberedDropDownStatus() {
        let rows = Self.sheetHead + [
            ["TT", "Nội dung thực hiện", "Cuộc KT", "Tin, bài", "Đánh giá"],
            [1, "Kiểm tra cân tại chợ Bình Lợi", 2, nil, "2 - Đang thực hiện"],
            [2, "Tuyên truyền trên đài truyền thanh xã", nil, 7, "1 - Hoàn thành"],
        ]
        let s = extract(workbook(rows, name: "BC"), fileName: "binh-loi-dg.xlsx")
        #expect(Self.statuses(s) == ["II.5.c": .inProgress, "II.1.a": .completed])
        #expect(s.findings.filter { $0.code == "figure-unrecognized" }.map(\.message) == [])
    }

    static func statuses(_ s: Submission) -> [String: TaskStatus] {
        Dictionary(s.entries.map { ($0.task, $0.status) }, uniquingKeysWith: { a, _ in a })
    }
}
