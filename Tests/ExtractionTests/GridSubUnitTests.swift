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

    /// A task table whose rows cite numbered sheets ("Số liệu: Biểu 2"), each sheet a list of
    /// kinds with a total: the sheet's figures are the citing task's, even after the first
    /// sheet ended with the proposals.
    @Test func aSheetCitedByATasksRowIsThatTasks() {
        let cover: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 51/BC-CCTĐC", nil, nil, "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["STT", "Nhiệm vụ", "Tiến độ", "Số liệu"],
            [1, "Duy trì, hiệu chuẩn chuẩn đo lường chính (II.4.c)", "Hoàn thành", "Biểu 2"],
            [2, "Góp ý dự thảo tiêu chuẩn quốc gia (II.2.e)", "Đang thực hiện", "Biểu 3"],
            ["KIẾN NGHỊ"],
            ["- Đề nghị Sở bổ sung kinh phí hiệu chuẩn."],
        ]
        func sheet(_ rows: [[Any?]], _ name: String, _ part: String) -> Sheet { sheetOf(rows, name: name, part: part) }
        let kinds: [[Any?]] = [
            ["Biểu 2. CHUẨN ĐO LƯỜNG ĐƯỢC HIỆU CHUẨN"],
            ["TT", "Nội dung", "ĐVT", "Kế hoạch năm", "Thực hiện"],
            [1, "Bộ quả cân chuẩn F1", "quả", 10, 10],
            [2, "Nhiệt kế chuẩn", "chiếc", 3, 3],
            [nil, "Tổng cộng", nil, 13, 13],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(cover, "Thuyết minh", "xl/worksheets/sheet1.xml"),
                                                              sheet(kinds, "Biểu 2", "xl/worksheets/sheet2.xml")]),
                        fileName: "bieu.xlsx")
        #expect(s.value("II.4.c", "instruments_verified") == 13)
        #expect(s.entry("II.4.c")?.status == .completed)
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở bổ sung kinh phí hiệu chuẩn"])
    }

    /// A sheet of results below the narrative and its proposals ("SỐ LIỆU CHI TIẾT:"): read as
    /// results, not as proposals; a row whose words name no task goes to the one task the
    /// narrative named that reports its kind of figure.
    @Test func resultsBelowTheProposalsGoToTheTasksNamedAbove() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHƯỜNG SÀI GÒN", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 77/BC-UBND", nil, nil, "Sài Gòn, ngày 02 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["I. KẾT QUẢ THỰC HIỆN"],
            ["1. Tuyên truyền, phổ biến pháp luật cho tiểu thương (nhiệm vụ 1.a): đã hoàn thành."],
            ["2. Kiểm tra đo lường theo phân quyền (nhiệm vụ 5.c): đang thực hiện."],
            ["III. KIẾN NGHỊ"],
            ["- Đề nghị Chi cục cấp thêm cân đối chứng."],
            ["SỐ LIỆU CHI TIẾT:"],
            ["STT", "Nội dung", "ĐVT", "Kết quả"],
            [1, "Lớp phổ biến quy định về cân đúng, cân đủ", "lớp", 2],
            [2, "Người tham dự", "người", 85],
            [3, "Cuộc kiểm tra cân tại chợ", "cuộc", 3],
            [4, "Quầy vi phạm", "quầy", 1],
        ]
        let s = extract(workbook(rows), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 85)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "violations") == 1, "\(s.entries.map { "\($0.task) \($0.indicators.keys)" }) \(s.findings.map(\.message))")
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục cấp thêm cân đối chứng"])
    }

    /// One sheet per task, titled with its code; a count column beside a column that names its
    /// own indicator ("ĐVT | Số lượng | Người dự"): the unit of measure is the count's only.
    @Test func aSheetPerTaskTitledWithItsCode() {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 60/BC-CCTĐC", nil, nil, "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026"],
            ["Nhiệm vụ 3.b - đào tạo chuyên gia năng suất"],
            ["TT", "Hoạt động", "ĐVT", "Số lượng", "Số người tham dự"],
            [1, "Khóa chuyên gia cải tiến - đợt xuân", "khóa", 1, 38],
            [2, "Khóa chuyên gia cải tiến - đợt thu", "khóa", 1, 42],
        ]
        let s = extract(workbook(rows, name: "NV 3b"), fileName: "bieu.xlsx")
        #expect(s.value("II.3.b", "training_courses") == 2)
        #expect(s.value("II.3.b", "participants") == 80)
    }

    /// One task's verifications by kind of instrument over a total row, beside the year's
    /// plan: the total of the done column is the result, including the kinds whose unit the
    /// vocabulary does not know ("bộ"); the plan column is none.
    @Test func kindsOfOneTaskOverATotal() {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 61/BC-CCTĐC", nil, nil, "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"],
            ["Nhiệm vụ II.4.b - phương tiện kỹ thuật nghiệp vụ được hiệu chuẩn"],
            ["TT", "Nội dung", "ĐVT", "Kế hoạch năm", "Thực hiện"],
            [1, "Cân phân tích", "chiếc", 5, 5],
            [2, "Dụng cụ đo áp suất lốp", "bộ", 3, 2],
            [nil, "Tổng cộng", nil, 8, 7],
        ]
        let s = extract(workbook(rows, name: "PTKTNV"), fileName: "bieu.xlsx")
        #expect(s.value("II.4.b", "instruments_verified") == 7)
    }

    /// A code column naming each row's task with other separators ("II-5-c", "2-d"), rows of
    /// one task one result each; the unit written after the number when the unit cell is
    /// empty ("09 cửa hàng", "2.000.000đ").
    @Test func aCodeColumnWithHyphensAndUnitsInTheResultCell() {
        let rows: [[Any?]] = communeCoverRows + [
            ["Mã NV", "Nội dung công việc", "ĐVT", "Kết quả", "Tình trạng"],
            ["II-2-d", "Hướng dẫn cơ sở sản xuất công bố sản phẩm", "cơ sở", 4, "Đang triển khai"],
            ["II-5-c", "Kiểm tra cân bán lẻ tại chợ đêm", "cuộc", 1, "Đang triển khai"],
            ["II-5-c", "Cơ sở được kiểm tra", nil, "09 cửa hàng", "Đang triển khai"],
            ["II-5-c", "Tiền phạt", nil, "2.000.000đ", "Đang triển khai"],
        ]
        let s = extract(workbook(rows), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.2.d", "II.5.c"])
        #expect(s.value("II.2.d", "enterprises_supported") == 4)
        #expect(s.value("II.5.c", "inspections") == 1)
        #expect(s.value("II.5.c", "establishments_inspected") == 9)
        #expect(s.value("II.5.c", "fines_vnd") == 2_000_000)
    }
}

private var communeCoverRows: [[Any?]] { [
    ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["PHƯỜNG SÀI GÒN", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 77/BC-UBND", nil, nil, "Sài Gòn, ngày 02 tháng 11 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
] }
