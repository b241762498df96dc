import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures written the ways units write them and read as what they count:
// several numbers in one cell each on its own line, counted by the same line of the unit cell
// beside it (GridResolver.numberLines); the unit of measure in round brackets after the number
// (FigureReader.bracketedUnit); the short forms of counted nouns (vocabulary `counts`); a
// figures table that points each row at a job of the table above it by the job's number
// (ExtractionRun.pointedTask, vocabulary `figure_pointers`). The words are this file's own.

private func sheetTop() -> [[Any?]] { [
    ["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 118/BC-UBND", nil, nil, "Sài Gòn, ngày 20 tháng 10 năm 2026"],
    ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
    [],
] }

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct Indicators25Tests {
    /// "Số lượng" = "2⏎19⏎1⏎2.500.000" beside "ĐVT" = "cuộc⏎cơ sở⏎cơ sở vi phạm⏎đồng": each line
    /// one figure, counted by the unit on the same line.
    @Test func numbersOnTheLinesOfOneCellAreCountedByTheUnitLines() {
        let s = extract(sheetBook(sheetTop() + [
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân cấp (II.5.c)", "2\n19\n1\n2.500.000", "cuộc\ncơ sở\ncơ sở vi phạm\nđồng", "Đang tiếp tục"],
        ], sheet: "Bieu"), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2, "\(s.entries) \(s.findings)")
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.value("II.5.c", "fines_vnd") == 2_500_000)
        #expect(!s.findings.contains { $0.code == "figure-unrecognized" })
    }

    /// Lines of numbers beside a unit cell of another number of lines say nothing of what
    /// each counts: they stay quoted, never read by guess.
    @Test func numberLinesWithoutTheirUnitLinesStayQuoted() {
        let s = extract(sheetBook(sheetTop() + [
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân cấp (II.5.c)", "2\n19", "cuộc", "Đang tiếp tục"],
        ], sheet: "Bieu"), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "establishments_inspected") == nil, "\(s.entries)")
        #expect(s.findings.contains { $0.message.contains("19") })
    }

    /// A line whose unit counts nothing of the plan ("36 | khu phố" under "8 | tin bài") is
    /// not counted by the row's words: the row's other line is.
    @Test func aNumberLineWhoseUnitCountsNothingIsNoFigure() {
        let s = extract(sheetBook(sheetTop() + [
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng (II.1.a)", "8\n36", "tin bài\nkhu phố", "Hoàn thành"],
        ], sheet: "Bieu"), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "communications") == 8, "\(s.entries) \(s.findings)")
    }

    /// "02 (cuộc); 21 (cơ sở); 02 (cơ sở vi phạm); phạt 3.500.000 (đồng)": the unit in brackets
    /// after each number says what it counts.
    @Test func aUnitInBracketsAfterTheNumberCounts() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.5.c: Phối hợp kiểm tra đo lường tại chợ trên địa bàn phường."),
            .p("Số liệu: 02 (cuộc); 21 (cơ sở); 02 (cơ sở vi phạm); phạt 3.500.000 (đồng)."),
            .p("Nhiệm vụ II.1.a: Tuyên truyền cho hộ kinh doanh. Số liệu: 09 (tin, bài); 01 (hội nghị); 64 (lượt người tham dự)."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 2, "\(s.entries) \(s.findings)")
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 3_500_000)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 64)
    }

    /// A number spelled out again in brackets is no unit: "02 (hai) lớp" still counts classes.
    @Test func aSpelledOutNumberInBracketsIsNoUnit() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.1.a: Tổ chức 02 (hai) lớp tập huấn cho 70 người tham dự. Đã hoàn thành."),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 2, "\(s.entries)")
        #expect(s.value("II.1.a", "participants") == 70)
    }

    /// "Thực hiện 07 ĐKT tại 96 CSKD; phát hiện 11 CSKD vi phạm", "210 HV": the short forms of
    /// the counted nouns count as the nouns do.
    @Test func shortFormsOfCountedNounsCount() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.5.a: Kiểm tra nhà nước về chất lượng hàng hóa. Thực hiện 07 ĐKT tại 96 CSKD; phát hiện 11 CSKD vi phạm, ban hành 11 QĐXP."),
            .p("Nhiệm vụ II.3.a: Tập huấn nghiệp vụ cho công chức phường, xã: 02 lớp cho 210 HV."),
        ]))
        #expect(s.value("II.5.a", "inspections") == 7, "\(s.entries) \(s.findings)")
        #expect(s.value("II.5.a", "establishments_inspected") == 96)
        #expect(s.value("II.5.a", "violations") == 11)
        #expect(s.value("II.3.a", "participants") == 210)
    }

    /// "TT | Chỉ số | Giá trị | ĐVT | Của việc (STT)" below "STT | Việc | Đã làm | Tình trạng"
    /// on the same sheet: each figure is the task of the job whose number it gives, and the
    /// pointer's number is no figure.
    @Test func aFiguresTablePointingAtJobsGivesEachFigureItsJobsTask() {
        let s = extract(sheetBook(sheetTop() + [
            ["STT", "Việc", "Đã làm", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (II.1.a)", "Tin trên loa phường, hội nghị cho hộ kinh doanh", "Xong"],
            [2, "Kiểm tra đo lường theo phân cấp (II.5.c)", "Kiểm tra chợ, cửa hàng xăng dầu", "Đang làm"],
            [],
            ["B. SỐ LIỆU"],
            ["TT", "Chỉ số", "Giá trị", "ĐVT", "Của việc (STT)"],
            [1, "Tin, bài tuyên truyền", 17, "tin", 1],
            [2, "Lượt người dự hội nghị", 58, "lượt", 1],
            [3, "Số cuộc kiểm tra", 3, "cuộc", 2],
            [4, "Cơ sở được kiểm tra", 27, "cơ sở", 2],
            [5, "Tiền phạt", 4_000_000, "đồng", 2],
        ], sheet: "BaoCao"), fileName: "bao-cao.xlsx")
        #expect(s.value("II.1.a", "communications") == 17, "\(s.entries) \(s.findings)")
        #expect(s.value("II.1.a", "participants") == 58)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.value("II.5.c", "fines_vnd") == 4_000_000)
        #expect(!s.findings.contains { $0.code == "figure-without-task" })
    }
}
