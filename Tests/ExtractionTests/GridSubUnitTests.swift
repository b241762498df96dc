import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of tables with one row per sub-unit (a team, a school, a neighbourhood) and a
// total row, of totals that count their rows, of units of measure in a header's parenthesis,
// and of results by quarter sent as a table after the signature. The words are this file's own.

private let recognisers = extractor.gridRecognisers!

private let departmentHeader: Piece = .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG\nSố: 918/BC-SXD",
                                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026"]])

@Suite struct GridSubUnitTests {
    @Test func aTotalRowThatCountsItsRows() {
        let resolver = GridResolver(r: recognisers)
        #expect(resolver.totalWithCount("Tổng cộng: 07 đợt") == "07 đợt")
        #expect(resolver.totalWithCount("Cộng 3 cuộc") == "3 cuộc")
        #expect(resolver.totalWithCount("Tổng cộng") == nil)
        // A label that only begins like a total is no total ("Tổng số tiền …" is a row label).
        #expect(resolver.totalWithCount("Tổng kết công tác năm 2026") == nil)
    }

    @Test func aUnitOfMeasureInTheHeadersParenthesis() {
        #expect(recognisers.headerRole("Buổi sinh hoạt chuyên đề đã mở (lớp)").indicator?.rawValue == "training_courses")
        #expect(recognisers.headerRole("Cán bộ, giáo viên tham gia (lượt)").indicator?.rawValue == "participants")
        // "(cơ sở)" counts establishments inspected, violations or enterprises alike: no indicator.
        #expect(recognisers.headerRole("Địa điểm đã đến (cơ sở)").indicator == nil)
    }

    /// One row per inspection team in a task's passage, the total row counting the teams: the
    /// total is the result (not the rows plus the total), the teams' count is the inspections.
    @Test func oneRowPerTeamWithATotalThatCountsThem() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ và cửa hàng vàng (nhiệm vụ 5.c)"),
            .table([
                ["TT", "Đơn vị", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền phạt (đồng)"],
                ["1", "Tổ kiểm tra liên ngành số 1", "6", "1", "2.000.000"],
                ["2", "Tổ kiểm tra liên ngành số 2", "9", "2", "3.500.000"],
                ["", "Tổng cộng: 02 đợt", "15", "3", "5.500.000"],
            ]),
            .p("Tiến độ: đang thực hiện."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 5_500_000)
        #expect(s.value("II.5.c", "inspections") == 2)
    }

    /// The total row of a sub-units table is the result even when its rows do not add up to
    /// it; a person is told of the difference.
    @Test func theTotalStandsWhenItsRowsDoNotAddUp() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ (nhiệm vụ 5.c)"),
            .table([
                ["STT", "Đơn vị", "Số cơ sở được kiểm tra"],
                ["1", "Khu phố Bến Nghé 1", "4"],
                ["2", "Khu phố Bến Nghé 2", "5"],
                ["", "Cộng", "11"],
            ]),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 11)
        #expect(s.findingCodes.contains("figure-total-mismatch"))
    }

    /// A table of the department's schools in no task's passage: its task is the one the lines
    /// above it name, with the kinds of its columns' figures; the total is taken once.
    @Test func subUnitsInNoPassageTakeTheTaskOfTheirLeadIn() {
        let s = extract(word([
            departmentHeader, .p("BÁO CÁO"),
            .p("Kết quả bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng cho sinh viên các trường cao đẳng, trung cấp trực thuộc năm 2026"),
            .table([
                ["STT", "Đơn vị", "Buổi chuyên đề (lớp)", "Sinh viên tham gia (lượt)"],
                ["1", "Trường Cao đẳng Xây dựng số 2", "2", "150"],
                ["2", "Trường Trung cấp Kỹ thuật Nông nghiệp", "1", "60"],
                ["", "Tổng cộng", "3", "210"],
            ]),
        ]))
        #expect(s.entries.map(\.task) == ["II.3.d"])
        #expect(s.value("II.3.d", "training_courses") == 3)
        #expect(s.value("II.3.d", "participants") == 210)
    }

    /// Results by quarter with a year column, in a table sent after the signature under its own
    /// heading: the year's column is the result, each task row's assessment its status.
    @Test func quartersBesideTheYearAfterTheSignature() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"),
            .p("Ủy ban nhân dân phường báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (chi tiết tại bảng kèm theo)."),
            .p("Nơi nhận:\n- Như trên;\n- Lưu: VT."),
            .p("BẢNG SỐ LIỆU THỰC HIỆN CÁC QUÝ NĂM 2026"),
            .table([
                ["STT", "Nội dung", "Quý I", "Quý II", "Quý III", "Cả năm", "Đánh giá"],
                ["1", "Kiểm tra đo lường, chất lượng theo phân cấp", "", "", "", "", "Đang thực hiện"],
                ["", "- Cuộc kiểm tra", "1", "-", "2", "3", ""],
                ["", "- Tiền phạt (đồng)", "-", "-", "1.200.000", "1.200.000", ""],
            ]),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 1_200_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }
}
