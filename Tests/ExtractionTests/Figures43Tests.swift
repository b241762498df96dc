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
}
