import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the grid recognisers and resolver: tables and sheets written in layouts
// and words of their own (not those of any corpus), built directly in the document model.

private let recognisers = extractor.gridRecognisers!
private let grids = recognisers.g

/// A sheet with merged ranges ("C5:D5"); numbers are numeric cells, strings text cells.
private func sheet(_ rows: [[Any?]], merges: [String] = [], name: String = "Biểu 01", hidden: Bool = false) -> Sheet {
    let sheetRows = rows.enumerated().compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r + 1, cells: cells)
    }
    return Sheet(name: name, visibility: hidden ? .hidden : .visible, rows: sheetRows,
                 merges: merges.compactMap { CellRange($0) }, part: "xl/worksheets/\(name).xml")
}

private var communeCover: [[Any?]] { [
    ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["PHƯỜNG SÀI GÒN", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 77/BC-UBND", nil, nil, "Sài Gòn, ngày 02 tháng 11 năm 2026"],
    [],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
    [],
] }

@Suite struct GridRecogniserTests {
    @Test func rowIndicatorFromHeadNounQualifierAndUnit() {
        func id(_ label: String, _ unit: String, money: Bool? = false) -> String? {
            recognisers.indicator(label: label, unit: unit, money: money).best?.rawValue
        }
        // Word order does not matter: the head noun, its qualifier and the unit agree.
        #expect(id("Số lượt người tham dự", "Lượt") == "participants")
        #expect(id("Người tham dự tập huấn", "Người") == "participants")
        #expect(id("Cơ sở được kiểm tra", "Cơ sở") == "establishments_inspected")
        #expect(id("Hộ kinh doanh có vi phạm", "Hộ") == "violations")
        // The unit says what a bare label does not.
        #expect(id("Đã thực hiện", "Lớp") == "training_courses")
        #expect(id("Trên loa truyền thanh", "Tin/bài") == "communications")
        // A label's noun outweighs a unit that can count several things ("Cuộc").
        #expect(id("Hội nghị phổ biến pháp luật", "Cuộc") == "training_courses")
        #expect(id("Đoàn liên ngành", "Cuộc") == "inspections")
        // Money units admit only money indicators.
        #expect(id("Tiền phạt vi phạm hành chính", "Triệu đồng", money: true) == "fines_vnd")
        #expect(id("Kinh phí đã chi", "Đồng", money: true) == "budget_spent_vnd")
        // What the plan does not count is no indicator, whatever its unit.
        #expect(id("Tỷ lệ cơ sở đạt yêu cầu", "Cơ sở") == nil)
        #expect(recognisers.indicator(label: "Thủ tục hành chính được chuẩn hóa", unit: "Thủ tục", money: false).excluded)
    }

    @Test func columnRolesWhateverTheirWording() {
        #expect(recognisers.headerRole("ĐVT").role == .measureUnit)
        #expect(recognisers.headerRole("Đơn vị tính").role == .measureUnit)
        #expect(recognisers.headerRole("Đánh giá mức độ hoàn thành").role == .status)
        #expect(recognisers.headerRole("Tình hình thực hiện").role == .status)
        #expect(recognisers.headerRole("Nội dung công việc").role == .label)
        let fines = recognisers.headerRole("Tiền phạt (nghìn đồng)")
        #expect(fines.indicator?.rawValue == "fines_vnd")
        #expect(fines.scale == 1000)
        #expect(recognisers.headerRole("Số cuộc").indicator?.rawValue == "inspections")
        #expect(recognisers.headerRole("Số tiền (triệu đồng)").role == .money)
        #expect(recognisers.headerRole("Số tiền (triệu đồng)").scale == 1_000_000)
    }

    @Test func tasksByMeaningAndByCode() {
        #expect(recognisers.taskCode(in: "5c", sequence: true) == "II.5.c")
        #expect(recognisers.taskCode(in: "2.đ", sequence: true) == "II.2.đ")
        #expect(recognisers.taskCode(in: "Kiểm tra cân tại chợ (nhiệm vụ 5.c)", sequence: false) == "II.5.c")
        #expect(recognisers.taskByMeaning("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia").code == "II.2.e")
        #expect(recognisers.taskByMeaning("Duy trì hệ thống ISO 9001 tại Ủy ban nhân dân phường").code == "II.2.đ")
        // The figures under a row decide between two tasks of the same words.
        let words = "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"
        let withCourses = recognisers.taskByMeaning(words, figures: [IndicatorID("training_courses"), IndicatorID("participants")])
        #expect(withCourses.code == "II.1.a")
    }

    @Test func assessmentsAndUnknownStatusWords() {
        #expect(recognisers.status("Đạt").status == .completed)
        #expect(recognisers.status("Cơ bản hoàn thành").status == .completed)
        #expect(recognisers.status("Duy trì thường xuyên").status == .inProgress)
        #expect(recognisers.status("Không phát sinh").status == .notApplicable)
        // The aspect word first: "đang …" is under way, "chưa …" not begun.
        #expect(recognisers.status("Đang rà soát, cập nhật").status == .inProgress)
        #expect(recognisers.status("Chưa có hướng dẫn").status == .notStarted)
        // Paused is not finished (vocabulary since session 30: set145's hedged verdicts).
        #expect(recognisers.status("Tạm dừng chờ chỉ đạo").status == .inProgress)
        let odd = recognisers.status("Lùi sang năm sau")
        #expect(odd.status == nil && odd.unknown)
        #expect(recognisers.status("12").unknown == false)
    }
}

@Suite struct GridVocabularyTests {
    @Test func unknownKeysAreErrorsWithTheirLine() {
        let yaml = """
        columns:
          label: [nội dung]
        colums_typo:
          label: [x]
        """
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: yaml, indicators: [], tasks: [])
        }
        do {
            _ = try GridVocabulary.parse(yaml: yaml, file: "grids.yaml", indicators: [], tasks: [])
        } catch {
            #expect("\(error)".hasPrefix("grids.yaml:3:"))
        }
    }

    @Test func unknownIndicatorsTasksAndRolesAreErrors() {
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: "qualifiers:\n  được kiểm tra: nothing_such\n", indicators: [IndicatorID("inspections")], tasks: [])
        }
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: "ticks:\n  half_checked: [x]\n", indicators: [], tasks: ["II.1.a"])
        }
        // Tasks by meaning come from the task profiles: grids.yaml names no task.
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: "task_cues:\n  II.1.a: [x]\n", indicators: [], tasks: ["II.1.a"])
        }
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: "columns:\n  colour: [x]\n", indicators: [], tasks: [])
        }
        #expect(throws: GridVocabulary.LoadError.self) {
            try GridVocabulary.parse(yaml: "weights:\n  boldness: 2\n", indicators: [], tasks: [])
        }
    }

    @Test func thePipelinesFileLoads() {
        #expect(!grids.columns.isEmpty)
        #expect(recognisers.headerRole("Lũy kế 9 tháng").role == .cumulative)
        #expect(recognisers.headerRole("Thực hiện Quý III").role == .period)
        #expect(recognisers.headerRole("Trả lời (số liệu)").role == .answer)
        #expect(!grids.checkedMarks.isEmpty && !grids.uncheckedMarks.isEmpty)
        // The grid reads tasks by meaning with the same profiles as passages.
        #expect(recognisers.profiles.figures["II.5.c"]?.contains(IndicatorID("inspections")) == true)
    }
}

@Suite struct LongGridTests {
    /// One row per result, group rows lettered, labels in the unit's own words.
    @Test func aLongSheetWithLetteredGroupsAndUnitsOfMeasure() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú"],
            ["A", "Tập huấn, phổ biến pháp luật về đo lường cho tiểu thương", nil, nil, "Đạt", nil],
            ["1", "Lớp đã mở", "Lớp", 2, nil, nil],
            ["2", "Người tham dự tập huấn", "Người", "1.406", nil, "Số liệu đến 31/10"],
            ["3", "Tỷ lệ tiểu thương được phổ biến", "%", 95, nil, nil],
            ["B", "Kiểm tra cân tại chợ (nội dung phân cấp)", nil, nil, "Lùi sang năm sau", nil],
            ["1", "Đoàn liên ngành", "Cuộc", 3, nil, nil],
            ["2", "Quầy, sạp được kiểm tra", "Cơ sở", 40, nil, nil],
            ["3", "Trường hợp vi phạm", "Trường hợp", 4, nil, nil],
            ["4", "Tiền phạt", "Nghìn đồng", 2500, nil, nil],
            ["5", "Hàng hóa được dán nhãn phụ", "Sản phẩm", 40, nil, nil],
            [nil, "Cộng", nil, 1494, nil, nil],
            [],
            ["Khó khăn, vướng mắc: Thiếu cân đối chứng tại chợ."],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 1406)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 40)
        #expect(s.value("II.5.c", "violations") == 4)
        #expect(s.value("II.5.c", "fines_vnd") == 2_500_000)
        // A status nobody put in the vocabulary is quoted ("tạm dừng" is in it since session 30,
        // an assessment in progress); a number the plan does not count is quoted with its label
        // and unit; a percentage is not a count at all.
        #expect(s.findings.contains { $0.code == "status-unrecognized" && $0.message.contains("Lùi sang năm sau") })
        #expect(s.findings.contains { $0.code == "figure-unrecognized" && $0.message.contains("Hàng hóa được dán nhãn phụ: 40 Sản phẩm") })
        #expect(!s.findings.contains { $0.message.contains("95") })
        // Provenance: every figure names its cell.
        #expect(s.entry("II.5.c")?.indicators[IndicatorID("fines_vnd")]?.sources.first?.location == "'Biểu 01'!D16")
        // The sheet goes on after the table: the difficulty is still read.
        #expect(s.difficulties.map(\.text) == ["Thiếu cân đối chứng tại chợ"])
    }

    /// "Kết quả thực hiện" over "Số lượng | ĐVT", a money column with its scale, task rows
    /// under group rows, result rows with no number of their own.
    @Test func aTwoLevelHeaderWithAMoneyColumn() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung thực hiện", "Kết quả thực hiện", nil, "Số tiền (triệu đồng)", "Đánh giá mức độ hoàn thành"],
            [nil, nil, "Số lượng", "ĐVT", nil, nil],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
            ["I", "Công tác chuyên môn", nil, nil, nil, nil],
            ["1", "Khảo sát chất lượng gạo, nước mắm lưu thông", nil, nil, 36.5, "Cơ bản hoàn thành"],
            [nil, "- Mẫu đã lấy", 24, "mẫu", nil, nil],
            ["2", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", 3, "dự thảo", nil, "Đạt"],
            [nil, "- Tiền xử phạt", nil, nil, 12, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["C7:D7", "A7:A8", "B7:B8", "E7:E8", "F7:F8"])]),
                        fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.b", "II.2.e"])
        #expect(s.value("II.5.b", "samples_tested") == 24)
        #expect(s.value("II.5.b", "budget_spent_vnd") == 36_500_000)
        #expect(s.entry("II.5.b")?.status == .completed)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.value("II.2.e", "fines_vnd") == 12_000_000)
        #expect(s.entry("II.2.e")?.status == .completed)
    }

    /// A Word table with no task of its own inside a passage: its rows are that task's.
    @Test func aWordTableInsideATasksPassage() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về công tác kiểm tra chất lượng hàng hóa (nhiệm vụ 5.a):"),
            .table([["Chỉ tiêu", "ĐVT", "Kết quả"],
                    ["Số cuộc kiểm tra", "cuộc", "04"],
                    ["Cơ sở được kiểm tra", "cơ sở", "57"],
                    ["Mẫu lấy thử nghiệm", "mẫu", "24"],
                    ["Tiền xử phạt", "triệu đồng", "187,5"]]),
            .p("Tiến độ: đang thực hiện."),
        ]))
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 57)
        #expect(s.value("II.5.a", "samples_tested") == 24)
        #expect(s.value("II.5.a", "fines_vnd") == 187_500_000)
    }

    /// "Chỉ tiêu | Kết quả" inside a passage: the unit of measure is written after each number.
    @Test func aTwoColumnListWithUnitsInTheCells() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 4.b: bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ."),
            .table([["Chỉ tiêu", "Kết quả"],
                    ["Phương tiện được kiểm định, hiệu chuẩn", "26 chiếc"],
                    ["Kinh phí đã giải ngân", "1,2 tỷ đồng"],
                    ["Lĩnh vực thử nghiệm mở rộng", "04"]]),
        ]))
        #expect(s.value("II.4.b", "instruments_verified") == 26)
        #expect(s.value("II.4.b", "budget_spent_vnd") == 1_200_000_000)
        #expect(s.findings.contains { $0.code == "figure-unrecognized" && $0.message.contains("Lĩnh vực thử nghiệm mở rộng: 04") })
    }

    /// What the unit plans for next year is no result, in a table as in prose.
    @Test func aTableUnderNextYearsPlansIsNoResult() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 1.a: đã tổ chức 02 lớp tập huấn. Hoàn thành."),
            .p("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
            .table([["STT", "Nội dung", "ĐVT", "Số lượng", "Tiến độ"],
                    ["1", "Mở lớp tập huấn pháp luật về đo lường", "Lớp", "4", "Quý I/2027"]]),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(!s.findings.contains { $0.message.contains("Mở lớp tập huấn") })
    }

    /// One row per task, each with its one number and unit, no heading rows: each row is read
    /// as its own task.
    @Test func aFlatListOfTasksEachWithItsNumber() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"],
            ["1", "Lớp tập huấn pháp luật về đo lường cho tiểu thương", "Lớp", 2, "12 hộ kinh doanh"],
            ["2", "Góp ý dự thảo quy chuẩn kỹ thuật địa phương", "Dự thảo", 1, "Đã hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.2.e"])
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.2.e", "standards_reviewed") == 1)
        // A number in a note is no figure, but it is quoted.
        #expect(s.findings.contains { $0.code == "figure-unrecognized" && $0.message.contains("12 hộ kinh doanh") })
    }

    /// What the unit expects to reach by the year's end stands beside what it did: an
    /// estimate is no result, however near its header is to "thực hiện".
    @Test func anEstimateColumnIsNoResult() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Thực hiện đến 30/9", "Dự kiến thực hiện cả năm", "Ước đạt năm 2026"],
            ["1", "Lớp phổ biến pháp luật về đo lường cho tiểu thương", "Lớp", 2, 4, 5],
            ["2", "Góp ý dự thảo quy chuẩn kỹ thuật địa phương", "Dự thảo", 1, 3, 3],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.2.e", "standards_reviewed") == 1)
        #expect(!s.findings.contains { $0.message.contains("figures-summed") || $0.code == "figures-summed" })
    }

    /// A task written over two rows, what was planned then what was done, told apart by a
    /// column of marks whatever its header: the planned row's numbers are no result; the done
    /// row, its label merged with the planned one's, holds the task's figures and status.
    @Test func plannedOverDoneRowsMarkedInAColumn() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "Phân loại", "Số lớp", "Số người", "Cuộc KT", "Tiến độ"],
            ["1", "Lớp phổ biến pháp luật về đo lường cho tiểu thương", "Kế hoạch", 3, 200, nil, nil],
            [nil, nil, "Thực hiện", 2, 145, nil, "Đang thực hiện"],
            ["2", "Kiểm tra cân tại chợ (nội dung phân cấp)", "Kế hoạch", nil, nil, 6, nil],
            [nil, nil, "Thực hiện", nil, nil, 5, "Hoàn thành"],
            ["3", "Xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001 tại bộ phận một cửa", "Kế hoạch", nil, nil, nil, nil],
            [nil, nil, "Thực hiện", nil, nil, nil, "Hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A7:A8", "B7:B8", "A9:A10", "B9:B10", "A11:A12", "B11:B12"])]),
                        fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.2.đ"])
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 145)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.entry("II.2.đ")?.status == .completed)
        // The plan's numbers are neither added nor quoted as unread.
        #expect(!s.findings.contains { $0.message.contains("200") || $0.message.contains("“6") })
    }

    /// The same told by the rows' own labels, under the task's row.
    @Test func plannedAndDoneRowsNamedByTheirLabels() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Số lượng", "Tiến độ"],
            ["1", "Góp ý dự thảo quy chuẩn kỹ thuật địa phương", nil, nil, "Hoàn thành"],
            [nil, "- Chỉ tiêu", "Dự thảo", 4, nil],
            [nil, "- Kết quả", "Dự thảo", 3, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.2.e"])
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
    }

    /// A row whose task is not clear: a finding that names it and quotes the numbers under
    /// it, never a silent guess or a silent loss.
    @Test func anUnclearTaskRowIsAFindingThatQuotesItsNumbers() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Kết quả", "Đánh giá"],
            ["I", "Công tác phòng chống dịch bệnh gia súc", nil, nil, "Hoàn thành"],
            ["1", "Hộ chăn nuôi được tiêm phòng", "Hộ", 321, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.isEmpty)
        #expect(s.findings.contains { ($0.code == "task-unmatched" || $0.code == "task-ambiguous") && $0.message.contains("321") })
    }

    /// "Chỉ tiêu | ĐVT | Kết quả | Thuộc nội dung": the rows that share what their figure belongs
    /// to are one task, named by the first one's own label (a row whose own words would point
    /// elsewhere — people at a course, officers' training — stays with it); a row whose label
    /// names no task takes the task its belongs-to words name.
    @Test func rowsSharingWhatTheirFigureBelongsToAreOneTask() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Thuộc nội dung"],
            [1, "Lớp tập huấn ghi nhãn cho hộ kinh doanh tại chợ", "lớp", 1, "Phổ biến quy định cho hộ kinh doanh"],
            [2, "Số người dự lớp tập huấn", "người", 45, "Phổ biến quy định cho hộ kinh doanh"],
            [3, "Số lượng đã gửi đi", "mẫu", 12, "Lấy mẫu xăng dầu để thử nghiệm chất lượng"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 45)
        #expect(s.entry("II.3.a") == nil)
        #expect(s.value("II.5.b", "samples_tested") == 12)
    }

    /// A row whose words are as close to two tasks ("Tuyên truyền": the propaganda task and
    /// the award's) goes to the one that alone reports what the row counts (news items).
    @Test func aRowBetweenTwoCloseTasksGoesToTheOneThatReportsItsFigures() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "Kết quả", "Tiến độ"],
            ["1", "Tuyên truyền", "Phát 15 bản tin trên loa của các ấp", "Đang làm"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(!s.findings.contains { $0.code == "task-ambiguous" })
    }

    /// A row under no task whose result is written in words ("Đã làm": a sentence with its
    /// count): the row's own finding quotes that count, in one finding, not two.
    @Test func anUnclearTaskRowQuotesTheCountsOfItsWrittenResult() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "Đã làm", "Chưa làm / lý do"],
            ["1", "Việc phát sinh thêm của khu dân cư", "In 40 tờ rơi, dán tại nhà văn hóa.", "Không"],
            ["2", "Cử công chức dự lớp tập huấn nghiệp vụ", "Đã cử 03 công chức.", "—"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        let quoting = s.findings.filter { $0.message.contains("40 tờ rơi") }
        #expect(quoting.count == 1)
        #expect(quoting.allSatisfy { $0.code == "task-unmatched" || $0.code == "task-ambiguous" })
        #expect(s.value("II.3.a", "participants") == 3)
    }
}

@Suite struct WideGridTests {
    /// "Kiểm tra" over "Số cuộc | Số cơ sở | Vi phạm | Tiền phạt (nghìn đồng)"; tasks by
    /// code in the numbering column and in parentheses; a totals row.
    @Test func aTwoLevelWideSheetWithCodes() {
        let rows: [[Any?]] = communeCover + [
            ["Mã", "Nhiệm vụ", "Kiểm tra", nil, nil, nil, "Tình hình thực hiện"],
            [nil, nil, "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt (nghìn đồng)", nil],
            ["5c", "Phối hợp kiểm tra đo lường tại chợ", 2, 31, 3, 4500, "Đang thực hiện"],
            [nil, "Kiểm tra hàng đóng gói sẵn (nhiệm vụ 5.a)", 1, 8, 0, 0, "Hoàn thành"],
            [nil, "Tổng cộng", 3, 39, 3, 4500, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["C7:F7", "A7:A8", "B7:B8", "G7:G8"])]),
                        fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c", "II.5.a"])
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 4_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.a", "inspections") == 1)
        #expect(s.entry("II.5.a")?.status == .completed)
    }

    /// Status tick columns beside measure columns.
    @Test func tickColumnsBesideMeasureColumns() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nhiệm vụ", "Số lớp", "Số lượt người", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"],
            ["1.a", "Tập huấn văn bản quy phạm pháp luật", 2, 140, "x", nil, nil],
            ["6.a", "Cập nhật điều ước quốc tế", nil, nil, nil, nil, "X"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.6.a"])
        #expect(s.value("II.1.a", "participants") == 140)
        #expect(s.entries.map(\.status) == [.completed, .notStarted])
    }

    /// "Tập huấn" spanning "Số lớp | Số người" in a Word table (gridSpan), results in prose
    /// in a result column, a status merged down over two tasks.
    @Test func aWordTableWithASpanningHeaderAndMergedStatus() {
        func cell(_ c: Int, _ text: String, span: Int = 1, rows: Int = 1, r: Int) -> TableCell {
            TableCell(column: c, columnSpan: span, rowSpan: rows, blocks: [.paragraph(Paragraph(text: text,
                location: .tableCell(part: "word/document.xml", table: 2, row: r, column: c + 1)))])
        }
        let table = Table(rows: [
            TableRow(cells: [cell(0, "STT", rows: 2, r: 1), cell(1, "Nhiệm vụ", rows: 2, r: 1), cell(2, "Tập huấn", span: 2, r: 1),
                             cell(4, "Kết quả khác", rows: 2, r: 1), cell(5, "Tiến độ", rows: 2, r: 1)]),
            TableRow(cells: [cell(2, "Số lớp", r: 2), cell(3, "Số người", r: 2)]),
            TableRow(cells: [cell(0, "1", r: 3), cell(1, "Cử công chức dự lớp bồi dưỡng nghiệp vụ đo lường", r: 3), cell(2, "1", r: 3),
                             cell(3, "2", r: 3), cell(4, "Đăng 3 tin bài trên trang thông tin điện tử", r: 3),
                             cell(5, "Hoàn thành", rows: 2, r: 3)]),
            TableRow(cells: [cell(0, "2", r: 4), cell(1, "Duy trì ISO 9001 tại cơ quan", r: 4)]),
        ], columnCount: 6, location: .paragraph(part: "word/document.xml", index: 3))
        var d = word([wardHeader, .p("I. KẾT QUẢ THỰC HIỆN")])
        d.body.append(.table(table))
        let s = extract(d)
        #expect(s.entries.map(\.task) == ["II.3.a", "II.2.đ"])
        #expect(s.value("II.3.a", "training_courses") == 1)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.value("II.3.a", "communications") == 3)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .completed)
    }
}

@Suite struct WorkbookGridTests {
    /// A cover sheet with the unit, number and date; a sheet per group; a difficulties sheet.
    @Test func aWorkbookOfSeveralSheets() {
        let cover = sheet(communeCover, name: "Bìa")
        let header: [Any?] = ["STT", "Nội dung", "ĐVT", "Kết quả", "Tiến độ"]
        let first = sheet([["TUYÊN TRUYỀN"], header,
                           ["1", "Tuyên truyền, tập huấn pháp luật về đo lường", nil, nil, "Hoàn thành"],
                           ["-", "Tin, bài", "Tin/bài", "07", nil]], name: "Tuyên truyền")
        let second = sheet([["KIỂM TRA"], header,
                            ["1", "Kiểm tra đo lường tại chợ (phân cấp)", nil, nil, "Đang triển khai"],
                            ["-", "Cuộc kiểm tra", "Cuộc", 2, nil],
                            ["-", "Cơ sở vi phạm", "Cơ sở", 1, nil]], name: "Kiểm tra")
        let lists = sheet([["Đã hoàn thành"], ["Đang thực hiện"]], name: "DanhMuc", hidden: true)
        let difficulties = sheet([["KHÓ KHĂN, VƯỚNG MẮC"], ["1", "Chưa có cân đối chứng"],
                                  ["ĐỀ XUẤT, KIẾN NGHỊ"], ["1", "Đề nghị Sở hỗ trợ cân đối chứng"]], name: "Khó khăn")
        let s = extract(Document(kind: .spreadsheet, sheets: [cover, first, second, lists, difficulties]), fileName: "bieu.xlsx")
        #expect(s.unit?.id == "26740")
        #expect(s.document.number == "77/BC-UBND")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.difficulties.map(\.text) == ["Chưa có cân đối chứng"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở hỗ trợ cân đối chứng"])
    }

    /// The difficulties and proposals only in a text box drawn under the table (set135,
    /// set141): read where the box stands, after the table's rows, its paragraphs quoted from
    /// the drawing part.
    @Test func difficultiesInATextBoxUnderTheTable() {
        let header: [Any?] = ["STT", "Nội dung", "Cuộc", "Cơ sở", "Tình hình"]
        var table = sheet(communeCover + [header, ["1", "Kiểm tra đo lường tại chợ (phân cấp)", 2, 15, "Đã xong"]], name: "Sheet1")
        let drawing = "xl/drawings/drawing1.xml"
        let texts = ["KHÓ KHĂN, VƯỚNG MẮC:", "- Thiếu kinh phí lấy mẫu khảo sát.", "ĐỀ XUẤT, KIẾN NGHỊ:", "- Đề nghị Chi cục hỗ trợ kinh phí thử nghiệm mẫu."]
        table.textBoxes = [SheetTextBox(anchor: CellReference(row: (table.rows.last?.index ?? 0) + 2, column: 2), paragraphs: texts.enumerated().map {
            Paragraph(text: $0.element, isBold: $0.element.hasSuffix(":"), location: .paragraph(part: drawing, index: $0.offset + 1))
        })]
        let s = extract(Document(kind: .spreadsheet, sheets: [table]), fileName: "bieu.xlsx")
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.difficulties.map(\.text) == ["Thiếu kinh phí lấy mẫu khảo sát"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục hỗ trợ kinh phí thử nghiệm mẫu"])
        #expect(s.difficulties.first?.source == "xl/drawings/drawing1.xml paragraph 2")
    }
}

@Suite struct GridNothingLostTests {
    /// A note column restates the plan's deadline or a frequency ("Thường xuyên"): only words
    /// that are a status wherever they stand make a note cell the task's status.
    @Test func aNoteColumnStatesAStatusOnlyInStatusWords() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nhiệm vụ", "Số lớp tập huấn", "Số lượt người", "Tiến độ", "Ghi chú"],
            ["II.1.a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", 1, 60, nil, "Thường xuyên"],
            ["II.3.a", "Cử cán bộ tham gia các lớp tập huấn nghiệp vụ", nil, 10, nil, "Đang triển khai"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entry("II.1.a")?.status == .unknown)
        #expect(s.entry("II.3.a")?.status == .inProgress)
    }

    /// A numbered task row right above the next group's row is a task, not a group.
    @Test func aTaskRowBeforeTheNextGroupIsATask() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ"],
            ["I", "TUYÊN TRUYỀN", nil, nil, nil],
            ["1", "Tổ chức lớp tập huấn pháp luật về đo lường cho tiểu thương", "Lớp", 1, "Đã xong"],
            ["-", "Người tham dự", "Người", 40, nil],
            ["2", "Tuyên truyền, vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", nil, nil, "Chưa thực hiện"],
            ["II", "KIỂM TRA", nil, nil, nil],
            ["3", "Kiểm tra cân tại chợ (nội dung phân cấp)", "Cuộc", 2, "Hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entry("II.1.b")?.status == .notStarted)
    }

    /// Numbers written in a task row's words that the row's columns do not hold are quoted:
    /// nothing a grid holds is dropped unseen.
    @Test func numbersInARowsWordsAreQuoted() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nhiệm vụ", "Số lớp tập huấn", "Tiến độ"],
            ["II.1.a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật, phát 350 tờ rơi", 2, "Hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.findings.contains { $0.message.contains("350") && $0.message.contains("II.1.a") })
    }

    /// A row whose task is not recognised names the nearest task and quotes its status.
    @Test func anUnmatchedRowNamesTheNearestTaskAndItsStatus() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Kết quả", "Đánh giá"],
            ["1", "Công tác phòng chống dịch bệnh gia súc", "Hộ", 321, "Hoàn thành"],
            ["2", "Công tác vệ sinh môi trường khu dân cư", "Đợt", 4, "Hoàn thành"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(!s.findings.contains { $0.code == "task-unmatched" && !$0.message.contains("“Hoàn thành”") && $0.message.contains("Tiến độ ghi") })
    }

    /// A code column beside the sequence ("TT | Nhiệm vụ số | Nhiệm vụ"): its short codes
    /// ("3d", "2đ") name the row's task.
    @Test func aCodeColumnBesideTheSequenceNamesTheTask() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nhiệm vụ số", "Nhiệm vụ", "Số lớp", "Đánh giá"],
            ["1", "3d", "Bồi dưỡng kiến thức cho học sinh các trường", 4, "Hoàn thành"],
            ["2", "2đ", "Áp dụng HTQLCL tại cơ quan", nil, "Đang tiếp tục thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.3.d", "II.2.đ"])
        #expect(s.value("II.3.d", "training_courses") == 4)
        #expect(s.entry("II.3.d")?.status == .completed)
    }

    /// An ISO 9001 system applied to the unit's own procedures is its quality system (the
    /// plan's II.2.đ), not the information system for procedures (II.2.h).
    @Test func iso9001InProceduresIsTheUnitsQualitySystem() {
        let m = recognisers.taskByMeaning("Áp dụng ISO 9001:2015 trong giải quyết thủ tục hành chính", group: 2)
        #expect(m.code == "II.2.đ")
    }

    /// A word the plan counts nothing in ("sản phẩm") inside a label whose unit of measure
    /// says what was counted does not exclude the row; heading the label it does.
    @Test func aNotCountedWordExcludesOnlyAtTheHeadOrWithoutAUnit() {
        let guided = recognisers.indicator(label: "Hướng dẫn doanh nghiệp công bố sản phẩm, áp dụng mã số mã vạch", unit: "Doanh nghiệp", money: false)
        #expect(guided.best == IndicatorID("enterprises_supported"))
        let products = recognisers.indicator(label: "Sản phẩm được hướng dẫn ghi nhãn", unit: "Doanh nghiệp", money: false)
        #expect(products.best == nil && products.excluded)
        let noUnit = recognisers.indicator(label: "Hướng dẫn doanh nghiệp công bố sản phẩm", unit: "", money: false)
        #expect(noUnit.best == nil && noUnit.excluded)
        let ownNoun = recognisers.indicator(label: "Góp ý dự thảo văn bản quy phạm pháp luật về đo lường", unit: "Văn bản", money: false)
        #expect(ownNoun.best == nil && ownNoun.excluded)
    }
}

@Suite struct QuestionnaireGridTests {
    /// A checked box leaves the words after it, an unchecked box drops its alternative.
    @Test func tickBoxesKeepOnlyTheCheckedAlternative() {
        #expect(recognisers.untick("☐ Đã xong   ☒ Còn dở dang   ☐ Chưa làm") == "Còn dở dang")
        #expect(recognisers.untick("[x] Có [ ] Không") == "Có")
        #expect(recognisers.untick("Tiến độ: ☐ Hoàn thành ☒ Đang thực hiện\nGhi chú: ☐ a") == "Tiến độ: Đang thực hiện\nGhi chú:")
        #expect(recognisers.untick("Không có ô đánh dấu nào") == "Không có ô đánh dấu nào")
    }

    /// "Câu hỏi | Trả lời": the question names the task, the answer holds "label: number"
    /// figures, a yes/no tick and a ticked status; a question about whether something arose
    /// answered no is a task that did not arise.
    @Test func questionsWithTickedAnswers() {
        let rows: [[Any?]] = communeCover + [
            ["Câu hỏi", "Trả lời"],
            ["Câu 1. Xã có mở lớp phổ biến quy định ghi nhãn hàng hóa (nhiệm vụ 1.a) không?",
             "☒ Có ☐ Không\nSố lớp đã mở: 03; số người dự: 120.\nTiến độ: ☐ Hoàn thành ☒ Đang thực hiện ☐ Chưa thực hiện"],
            ["Câu 2. Trong kỳ có phát sinh đơn thư tố giác vi phạm cần khen thưởng (nhiệm vụ 5.d) không?", "☐ Có ☒ Không"],
            ["Câu 3. Kết quả kiểm tra cân tại chợ (nhiệm vụ 5.c)?", "- Số cuộc kiểm tra: 04\n- Số tiền phạt: 1.500.000 đồng\n☒ Hoàn thành ☐ Đang thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "phieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.d", "II.5.c"])
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 120)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "fines_vnd") == 1_500_000)
        #expect(s.entry("II.5.c")?.status == .completed)
    }

    /// "Tình trạng (đánh dấu x)" over one column per status; the rows under a question that
    /// ask no question of their own are its parts; "a / b / c" labels with as many values.
    @Test func statusColumnsUnderASpanningHeaderAndPartsOfAnAnswer() {
        let rows: [[Any?]] = communeCover + [
            ["Câu hỏi", "Trả lời", "Tình trạng (đánh dấu x)", nil, nil],
            [nil, nil, "Hoàn thành", "Đang thực hiện", "Không phát sinh"],
            ["1. Phối hợp kiểm tra đo lường tại chợ (5.c) – có làm không?", "Có", nil, "x", nil],
            ["Số đoàn / số quầy được kiểm tra / số quầy vi phạm", "03 đoàn / 27 cơ sở / 02 cơ sở", nil, nil, nil],
            ["2. Vận động doanh nghiệp dự Giải thưởng chất lượng quốc gia (1.b)?", "Không", nil, nil, "x"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["C7:E7", "A7:A8", "B7:B8"])]), fileName: "phieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c", "II.1.b"])
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entries.map(\.status) == [.inProgress, .notApplicable])
    }
}

@Suite struct PeriodGridTests {
    /// Quarters beside a running total: the total is the result; the quarters, the year's
    /// plan and the rate are neither figures nor findings.
    @Test func theRunningTotalIsTheResult() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nhiệm vụ", "Chỉ tiêu", "Kế hoạch năm", "Quý II", "Quý III", "Lũy kế từ đầu năm", "Tỷ lệ so KH", "Tiến độ"],
            ["1", "Kiểm tra đo lường tại chợ (nhiệm vụ 5.c)", "Số đoàn kiểm tra", 8, 2, 3, 6, "75%", "Đang thực hiện"],
            [nil, "Kiểm tra đo lường tại chợ (nhiệm vụ 5.c)", "Số quầy được kiểm tra", 60, 11, 14, 33, "55%", nil],
            [nil, "Kiểm tra đo lường tại chợ (nhiệm vụ 5.c)", "Tiền phạt (đồng)", nil, 500_000, 1_000_000, 2_000_000, nil, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["B8:B10"])]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 33)
        #expect(s.value("II.5.c", "fines_vnd") == 2_000_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.code.hasPrefix("figure") })
    }

    /// "Thực hiện tháng 11 | Lũy kế 11 tháng" in a long table with a unit of measure.
    @Test func aMonthBesideItsRunningTotalWithUnitsOfMeasure() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "ĐVT", "Thực hiện tháng 11", "Lũy kế 11 tháng"],
            ["I", "Tuyên truyền quy định về đo lường (mục II.1.a)", nil, nil, nil],
            ["1", "Tin bài trên loa phát thanh", "Tin", 2, 17],
            ["2", "Người dự hội nghị", "Người", 0, 95],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.1.a", "communications") == 17)
        #expect(s.value("II.1.a", "participants") == 95)
    }

    /// "Quý 1 | Quý 2 | Tổng 6 tháng": a header that adds up periods is their total even when
    /// its own words name a period ("6 tháng"); the quarters are its parts.
    @Test func aSumOfPeriodsNamedByItsMonthsIsTheResult() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung", "Quý 1", "Quý 2", "Tổng 6 tháng", "Tình hình"],
            ["1", "Nhiệm vụ II.5.c – kiểm tra đo lường tại chợ", nil, nil, nil, "Đang thực hiện"],
            [nil, "- Số đợt kiểm tra (đợt)", 1, 2, 3, nil],
            [nil, "- Số quầy được kiểm tra (quầy)", 12, 20, 32, nil],
            [nil, "- Tiền phạt (đồng)", "–", 750_000, 750_000, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu-quy.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 32)
        #expect(s.value("II.5.c", "fines_vnd") == 750_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// "Kế hoạch 2026 | Số liệu kỳ báo cáo | Lũy kế từ 2024": a running total counted from an
    /// earlier year than the plan's spans past the period reported; the period's column is
    /// the result.
    @Test func aRunningTotalFromAnEarlierYearIsNoResult() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Số liệu kỳ báo cáo", "Lũy kế từ 2024"],
            ["I", "Tuyên truyền quy định về đo lường (mục II.1.a)", nil, nil, nil, nil],
            [1, "Tin bài trên loa phát thanh", "tin", 10, 7, 19],
            [2, "Người dự buổi phổ biến", "người", 80, 64, 150],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu-ky.xlsx")
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.1.a", "participants") == 64)
        // A running total from the plan's own year stays the result.
        let sameYear: [[Any?]] = communeCover + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Số liệu kỳ báo cáo", "Lũy kế năm 2026"],
            ["I", "Tuyên truyền quy định về đo lường (mục II.1.a)", nil, nil, nil, nil],
            [1, "Tin bài trên loa phát thanh", "tin", 10, 7, 19],
        ]
        let t = extract(Document(kind: .spreadsheet, sheets: [sheet(sameYear)]), fileName: "bieu-ky.xlsx")
        #expect(t.value("II.1.a", "communications") == 19)
    }


    /// "Lũy kế đến tháng trước | Trong kỳ (tháng 10) | Lũy kế từ đầu năm": the running total
    /// to the previous month is a part of the year's, not added to it; the year's is the result.
    @Test func aRunningTotalToThePreviousMonthIsAPartOfTheYears() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nhiệm vụ / chỉ tiêu", "ĐVT", "Lũy kế đến tháng trước", "Trong kỳ (tháng 10)", "Lũy kế từ đầu năm", "Kết quả đánh giá"],
            ["I", "Tuyên truyền quy định về đo lường (mục II.1.a)", nil, nil, nil, nil, "Đang triển khai"],
            ["1.1", "Tin bài trên loa phát thanh", "tin, bài", 37, 1, 38, nil],
            ["1.2", "Người dự buổi phổ biến", "lượt", 646, 96, 742, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "tong-hop.xlsx")
        #expect(s.value("II.1.a", "communications") == 38)
        #expect(s.value("II.1.a", "participants") == 742)
        #expect(!s.findings.contains { $0.code.hasPrefix("figure") })
    }
    /// "Nội dung | Cách làm | Kết quả định lượng | Tình hình": the quantitative column holds
    /// the row's figures, each number with its noun, several in a cell.
    @Test func aQuantitativeColumnBesideTheWordsOfWhatWasDone() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung", "Cách làm", "Kết quả định lượng", "Tình hình"],
            [1, "Kiểm tra cân tại chợ theo phân cấp (II.5.c)", "Cùng Đội quản lý thị trường đi từng sạp", "2 đợt; 17 sạp", "Đang làm"],
            [2, "Phổ biến quy định ghi nhãn (II.1.a)", "Phát trên loa của khu phố", "9 tin", "Đã xong"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bao-cao.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .completed)
    }
}

@Suite struct MonthsAcrossGridTests {
    /// Months across the columns and a column adding them up ("Cộng"): the sum is the
    /// result, the months are its parts; each task written in a row merged across the sheet,
    /// its status at the end after a dash or in parentheses.
    @Test func monthsBesideTheirSumAndTasksInMergedRows() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Hoạt động", "ĐVT", "Tháng 4", "Tháng 5", "Tháng 6", "Cộng", "Ghi chú"],
            ["Mục II.1.a – Phổ biến quy định về nhãn hàng hóa (hoàn thành)"],
            ["1.1", "Bài viết trên trang thông tin điện tử", "bài", 1, 0, 2, 3, nil],
            ["1.2", "Lượt người dự buổi phổ biến", "người", 0, 40, 0, 40, nil],
            ["II.5.c Kiểm tra đo lường tại chợ — Đang thực hiện"],
            ["2.1", "Cuộc kiểm tra", "cuộc", 1, 1, 0, 2, nil],
            ["2.2", "Tiền xử phạt", "đồng", 0, 1_500_000, 0, 1_500_000, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A8:H8", "A11:H11"])]), fileName: "bieu-thang.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 3)
        #expect(s.value("II.1.a", "participants") == 40)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 1_500_000)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.code.hasPrefix("figure") })
    }

    /// "Cộng" heads the sum only as a short header: folded it is also "công" ("Công bố …").
    @Test func aSumHeaderIsShortAndAHeadingsStatusOpensItsTail() {
        #expect(recognisers.isPeriodTotal("Cộng"))
        #expect(recognisers.isPeriodTotal("Tổng cộng quý III"))
        #expect(!recognisers.isPeriodTotal("Công bố chất lượng sản phẩm hàng hóa (II.2.d)"))
        let resolver = GridResolver(r: recognisers)
        #expect(resolver.trailingStatus("II.2.e Góp ý quy chuẩn — Đang thực hiện") == .inProgress)
        #expect(resolver.trailingStatus("Kiểm tra hàng hóa lưu thông (xăng dầu, LPG)") == nil)
        #expect(resolver.trailingStatus("1. Tuyên truyền (II.1.a) – có thực hiện không?") == nil)
    }
}

@Suite struct ResultCellOfSeveralLinesTests {
    /// "STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Kết quả – ghi chú": the plan's column
    /// is a target; the result cell opens with its status on a line of its own, its prose
    /// adds the kinds of figures the columns did not give, and its note line is no result.
    @Test func aStatusLineProseFiguresAndANoteLineInOneCell() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung nhiệm vụ", "ĐVT", "Kế hoạch", "Thực hiện", "Kết quả – ghi chú"],
            [1, "Kiểm tra đo lường tại chợ theo phân cấp", "cơ sở", 20, 18,
             "Đang làm\n02 cuộc kiểm tra, 18 cơ sở; 03 cơ sở vi phạm.\nGhi chú: còn 01 đợt tháng 12"],
            [2, "Cử công chức tham gia tập huấn nghiệp vụ", "người", 2, 2, "Đã xong\n02 công chức dự lớp của Chi cục."],
            [3, "Hướng dẫn công bố chất lượng sản phẩm OCOP, hải sản khô", "cơ sở", nil, nil, "Không có phát sinh\nGhi chú: không có cơ sở đề nghị"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "establishments_inspected") == 18)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
        // A row with no number: its result cell states the status.
        #expect(s.entry("II.2.d")?.status == .notApplicable)
        // The plan's 20 and 2 are targets: neither figures nor findings.
        #expect(!s.findings.contains { $0.message.contains("“20") || $0.message.contains("Kế hoạch") })
    }

    /// "Đã làm | Chưa làm / lý do": what was done holds the results; what is left, the status.
    @Test func whatWasDoneBesideWhatIsLeft() {
        #expect(recognisers.headerRole("Đã làm").role == .quantity)
        #expect(recognisers.headerRole("Chưa làm / lý do").role == .note)
        let resolver = GridResolver(r: recognisers)
        #expect(resolver.statedStatus("Không") == nil)
        #expect(resolver.statedStatus("Đã xong") == .completed)
        #expect(resolver.leadingStatus("Không\nTình trạng: Chưa thực hiện") == nil)
    }
}

@Suite struct TaskRowsWithTheirOwnFigureTests {
    /// Lettered groups over numbered rows most of which state their own status: each
    /// numbered row is a task whose figure stands on its own row, its dash rows its results.
    @Test func numberedRowsWithTheirOwnStatusAreTasks() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ"],
            ["A", "CÔNG TÁC THÔNG TIN", nil, nil, nil],
            ["1", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Doanh nghiệp", 5, "Đang thực hiện"],
            ["2", "Mở lớp phổ biến quy định về nhãn hàng hóa cho tiểu thương", "Lớp", 1, "Hoàn thành"],
            ["-", "Người dự", "Người", 44, nil],
            ["B", "KIỂM TRA", nil, nil, nil],
            ["3", "Phối hợp kiểm tra cân tại chợ (nội dung phân quyền)", "Cuộc", 2, "Hoàn thành"],
            ["-", "Quầy được kiểm tra", "Cơ sở", 19, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.b", "II.1.a", "II.5.c"])
        #expect(s.value("II.1.b", "enterprises_supported") == 5)
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 44)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.entries.map(\.status) == [.inProgress, .completed, .completed])
    }
}

/// Layouts of hands the grid reader was not built on: a plan annex copied with its group
/// rows merged across and only the unit's rows filled, progress as a percentage beside a
/// note, a statistician's book (code column, group and subtotal rows, blank rows between
/// groups, a task column beside an indicator column), task cells merged over activity rows.
@Suite struct GridOtherLayoutsTests {
    @Test func recognisersOfTheseLayouts() {
        // When something was done or is due is no result; "Hoạt động / kết quả" names the row.
        #expect(recognisers.headerRole("Thời gian thực hiện").role == .date)
        #expect(recognisers.headerRole("Ngày cập nhật").role == .date)
        #expect(recognisers.headerRole("Hoạt động / kết quả thực hiện").role == .label)
        #expect(recognisers.headerRole("Nội dung nhiệm vụ").role == .task)
        // A short code opening a task cell.
        #expect(recognisers.taskCode(in: "3d - Đào tạo", sequence: false) == "II.3.d")
        #expect(recognisers.taskCode(in: "Đào tạo 3d học viên", sequence: false) == nil)
        // Group rows by number: after a group word, or spanning the table with the group's words.
        #expect(recognisers.groupNumber("Nhóm 2. Quản lý nhà nước; rà soát văn bản", spanning: false) == 2)
        #expect(recognisers.groupNumber("Nhóm nhiệm vụ 5. Kiểm tra, giám sát", spanning: true) == 5)
        #expect(recognisers.groupNumber("Rà soát, hoàn thiện văn bản (mục II.2)", spanning: true) == 2)
        #expect(recognisers.groupNumber("1. Tuyên truyền, nâng cao nhận thức về công tác tiêu chuẩn, đo lường, chất lượng", spanning: true) == 1)
        #expect(recognisers.groupNumber("1. Tuyên truyền, nâng cao nhận thức về công tác tiêu chuẩn, đo lường, chất lượng", spanning: false) == nil)
        #expect(recognisers.groupNumber("1.a Tổ chức các lớp tập huấn", spanning: true) == nil)
        // A percentage of progress, unless a status word stands beside it.
        #expect(recognisers.progress("đạt 80% kế hoạch")?.status == .inProgress)
        #expect(recognisers.progress("100%")?.status == .completed)
        #expect(recognisers.progress("0%")?.status == .notStarted)
        #expect(recognisers.progress("Hoàn thành (100%)") == nil)
        // A share of samples that failed is no count; neither is equipment bought.
        #expect(recognisers.indicator(label: "Mẫu không đạt", unit: "mẫu", money: false).best == nil)
        #expect(recognisers.indicator(label: "Thiết bị được đầu tư, đưa vào sử dụng", unit: "", money: nil).best == nil)
        // A unit of measure the plan counts nothing in: the label's head is that noun.
        #expect(recognisers.indicator(label: "Hồ sơ được đánh giá vòng cơ sở", unit: "hồ sơ", money: false).best == nil)
    }

    /// The plan's annex retyped, group rows merged across, lettered task rows ("h", "i" are
    /// letters), a time column, only the unit's own rows filled: one entry per filled row.
    @Test func aCopiedAnnexWithOnlyTheUnitsRowsFilled() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Kết quả thực hiện", "Đánh giá"],
            ["1. Tuyên truyền, nâng cao nhận thức về công tác tiêu chuẩn, đo lường, chất lượng"],
            ["a", "Tổ chức các lớp tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp", "Chi cục TĐC", "Quý II/2026", nil, nil],
            ["b", "Tuyên truyền, vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Chi cục TĐC", "Thường xuyên",
             "Hướng dẫn 05 doanh nghiệp lập hồ sơ tham dự", "Hoàn thành"],
            ["2. Tổ chức triển khai công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng"],
            ["g", "Củng cố, nâng cao hiệu quả tổ chức dịch vụ kỹ thuật TĐC; xã hội hóa đánh giá sự phù hợp", "Chi cục TĐC", "Thường xuyên", nil, nil],
            ["h", "Cải tiến Hệ thống thông tin giải quyết thủ tục hành chính; kết nối Cổng một cửa quốc gia", "Chi cục TĐC", "Quý I/2026",
             "Rà soát 09 thủ tục hành chính trên Hệ thống thông tin", "Hoàn thành"],
            ["i", "Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về TĐC", "Chi cục TĐC", "Thường xuyên",
             "Đang chờ hướng dẫn kết nối cơ sở dữ liệu", "Đang triển khai"],
            ["5. Tăng cường công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng"],
            ["a", "Kiểm tra, giám sát về TĐC bảo đảm an toàn sản phẩm, hàng hóa", "Chi cục TĐC", "Thường xuyên",
             "Tham gia 03 đoàn kiểm tra tại 27 cơ sở", "Hoàn thành"],
            ["b", "Khảo sát chất lượng sản phẩm, hàng hóa; cảnh báo người tiêu dùng", "Chi cục TĐC", "Thường xuyên", nil, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A8:F8", "A11:F11", "A15:F15"])]), fileName: "bieu.xlsx")
        // A blank lettered row between two others ("g") is a task left blank, not a group row.
        #expect(s.entries.map(\.task) == ["II.1.b", "II.2.h", "II.2.i", "II.5.a"])
        #expect(s.entry("II.2.h")?.status == .completed)
        #expect(s.entry("II.1.b")?.status == .completed)
        #expect(s.entry("II.2.i")?.status == .inProgress)
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.value("II.5.a", "establishments_inspected") == 27)
        #expect(!s.findingCodes.contains("task-ambiguous"))
    }

    /// Progress as a percentage, the real status in the note: the note's status word wins;
    /// a percentage alone still says how far the work came. Group rows ("Nhóm 5. …")
    /// merged across are no tasks.
    @Test func aPercentageOfProgressBesideANote() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ (% KH)", "Ghi chú"],
            ["Nhóm 5. Kiểm tra, giám sát (mục II.5)"],
            ["1", "Kiểm tra, giám sát về TĐC bảo đảm an toàn sản phẩm, hàng hóa trong sản xuất, nhập khẩu, lưu thông",
             "Phối hợp 07 đoàn kiểm tra tại 64 cơ sở", "đạt 100% kế hoạch", "Nhiệm vụ thường xuyên – đang thực hiện"],
            ["2", "Khảo sát chất lượng sản phẩm, hàng hóa, cảnh báo người tiêu dùng", "Lấy 120 mẫu xăng dầu để khảo sát", "100%", nil],
            ["Nhóm 2. Quản lý nhà nước"],
            ["3", "Xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường",
             "Đã ban hành chính sách chất lượng", "đạt 60% kế hoạch", nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A8:E8", "A11:E11"])]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.a", "II.5.b", "II.2.đ"])
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .completed)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.value("II.5.a", "inspections") == 7)
    }

    /// "Tiến độ (%)" as the only status, typed as bare numbers in a sheet's 0% format (0.6 is
    /// 60%, 1 is 100%): how far the work came (set149's H2), "KPS" in it not arising.
    @Test func aPercentColumnOfBareFractionsIsProgress() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Kết quả thực hiện", "Tiến độ (%)", "Ghi chú"],
            ["5. Tăng cường công tác kiểm tra, giám sát"],
            ["a", "Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, nhập khẩu, lưu thông",
             "Chi cục TĐC", "Thường xuyên", "Phối hợp kiểm tra chất lượng xăng dầu: 09 cuộc, 64 cơ sở", 0.8, "Số liệu đến 20/10/2026"],
            ["b", "Khảo sát chất lượng sản phẩm, hàng hóa, cảnh báo người tiêu dùng", "Chi cục TĐC", "Thường xuyên",
             "Lấy 24 mẫu xăng dầu tại các cửa hàng để khảo sát chất lượng", 1, "Phòng Kỹ thuật an toàn"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A8:G8"])]), fileName: "bieu.xlsx")
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .completed)
        #expect(s.value("II.5.a", "inspections") == 9)
    }

    /// A statistician's book: a code column with group codes ("II.2"), a task column beside
    /// the indicator column, indicator rows under each task row, money in a scaled column,
    /// "Cộng nhóm" subtotals and blank rows between the groups.
    @Test func aStatisticiansBookWithSubtotalsAndBlankRows() {
        let rows: [[Any?]] = communeCover + [
            ["Mã NV", "Nội dung nhiệm vụ", "Chỉ tiêu", "Số lượng", "Kinh phí đã sử dụng (triệu đồng)", "Tình hình thực hiện"],
            ["II.2", "Nhóm 2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng"],
            ["II.2.g", "Củng cố dịch vụ kỹ thuật về TĐC", "Phương tiện đo được kiểm định, hiệu chuẩn", 1458, "85,6", "Đang thực hiện"],
            [nil, nil, "Mẫu hàng hóa được thử nghiệm", 231, nil, nil],
            [nil, "Cộng nhóm 2", nil, nil, "85,6", nil],
            [],
            ["II.3", "Nhóm 3. Đào tạo nguồn nhân lực"],
            ["II.3.d", "Đào tạo, bồi dưỡng về đo lường cho viên chức, người lao động", "Lớp đào tạo", 3, "-", "Hoàn thành"],
            [nil, nil, "Học viên tham dự", 64, nil, nil],
            [nil, "Cộng nhóm 3", nil, nil, "-", nil],
            [],
            [nil, "TỔNG CỘNG", nil, nil, "85,6", nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.2.g", "II.3.d"])
        #expect(s.value("II.2.g", "instruments_verified") == 1458)
        #expect(s.value("II.2.g", "samples_tested") == 231)
        #expect(s.value("II.2.g", "budget_spent_vnd") == 85_600_000)
        #expect(s.value("II.3.d", "training_courses") == 3)
        #expect(s.value("II.3.d", "participants") == 64)
        #expect(s.entry("II.3.d")?.status == .completed)
        #expect(!s.findingCodes.contains("task-ambiguous") && !s.findingCodes.contains("figure-without-task"))
    }

    /// Two label columns: the first names each row's task, the second what its number counts;
    /// a counted noun heading a label counts whatever else it names ("Mẫu sản phẩm …"); a
    /// money column's amount is money whatever it bought.
    @Test func twoLabelColumnsTheFirstNamesTheTask() {
        let rows: [[Any?]] = communeCover + [
            ["Mã nhiệm vụ", "Nội dung", "Chỉ tiêu", "Số lượng", "Kinh phí đã chi (nghìn đồng)", "Phạt VPHC (triệu đồng)", "Kết quả"],
            ["II.5.c", "Thực hiện nội dung được phân cấp: kiểm tra đo lường tại chợ", nil, nil, nil, "4,5", "Đang thực hiện"],
            [nil, nil, "- Số cuộc kiểm tra", 3, nil, nil, nil],
            [nil, nil, "- Mẫu sản phẩm được thử nghiệm nhanh", 12, nil, nil, nil],
            ["II.4.a", "Đầu tư trang thiết bị thử nghiệm", "Thiết bị được đầu tư", 2, "1.250", nil, "Đang thực hiện"],
            [nil, "Tổng cộng", nil, nil, "1.250", "4,5", nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c", "II.4.a"])
        #expect(s.value("II.5.c", "fines_vnd") == 4_500_000)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "samples_tested") == 12)
        #expect(s.value("II.4.a", "budget_spent_vnd") == 1_250_000)
        #expect(s.value("II.4.a", "instruments_verified") == nil)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// Task cells merged over the task's activity rows, each with its own unit of measure;
    /// the activity column headed "Hoạt động / kết quả" names each row.
    @Test func taskCellsMergedOverActivityRows() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nhiệm vụ theo Kế hoạch", "Hoạt động / kết quả thực hiện", "ĐVT", "Số lượng", "Tình trạng thực hiện", "Mục KH"],
            [1, "Kiểm tra, giám sát hàng hóa lưu thông", "Đoàn kiểm tra liên ngành", "đoàn", 6, "Đang triển khai", "5.a"],
            [nil, nil, "Cơ sở được kiểm tra", "cơ sở", 210, nil, nil],
            [nil, nil, "Cơ sở vi phạm", "cơ sở", 17, nil, nil],
            [nil, nil, "Phạt tiền", "triệu đồng", 96.5, nil, nil],
            [2, "Lấy mẫu khảo sát chất lượng hàng hóa", "Mẫu được lấy thử nghiệm", "mẫu", 140, "Đang triển khai", "5.b"],
            [nil, nil, "Mẫu không đạt", "mẫu", 12, nil, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows, merges: ["A8:A11", "B8:B11", "F8:F11", "G8:G11",
                                                                                  "A12:A13", "B12:B13", "F12:F13", "G12:G13"])]),
                        fileName: "bieu.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.a", "II.5.b"])
        #expect(s.value("II.5.a", "inspections") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 210)
        #expect(s.value("II.5.a", "violations") == 17)
        #expect(s.value("II.5.a", "fines_vnd") == 96_500_000)
        #expect(s.value("II.5.b", "samples_tested") == 140)
    }
}

/// Tables written the other way round: a column per task, a row per indicator.
@Suite struct TransposedGridTests {
    /// Tasks named by their words in the header and by a row of codes under it; status and
    /// note rows give each column's status; money as text in đồng.
    @Test func tasksAsColumnsWithACodeRowAndAStatusRow() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Chỉ tiêu", "ĐVT", "Tuyên truyền pháp luật về đo lường", "Kiểm tra cân tại chợ", "Bảo vệ người tố giác vi phạm"],
            [nil, "Mục trong Kế hoạch", nil, "II.1.a", "II.5.c", "II.5.d"],
            [1, "Số buổi tuyên truyền", "buổi", 3, nil, nil],
            [2, "Số lượt người tham dự", "người", 210, nil, nil],
            [3, "Số cuộc kiểm tra", "cuộc", nil, 4, nil],
            [4, "Số cơ sở vi phạm", "cơ sở", nil, 2, nil],
            [5, "Số tiền xử phạt", "đồng", nil, "3.500.000", nil],
            [6, "Tiến độ", nil, "Hoàn thành", "Đang TH", "Không PS"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(Set(s.entries.map(\.task)) == ["II.1.a", "II.5.c", "II.5.d"])
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 210)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 3_500_000)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// Codes in the task headers; a note row states a status in words; a task with nothing in
    /// its column is no entry.
    @Test func tasksAsColumnsWithCodesInTheirHeaders() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung", "ĐVT", "Dịch vụ kiểm định, hiệu chuẩn (II.2.g)", "Khảo sát chất lượng hàng hóa (II.5.b)", "Chuẩn đo lường (II.4.c)"],
            [1, "Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 812, nil, nil],
            [2, "Mẫu thử nghiệm", "mẫu", nil, 64, nil],
            [3, "Ghi chú", nil, "Đang thực hiện", "Đã hoàn thành đợt 1", nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(Set(s.entries.map(\.task)) == ["II.2.g", "II.5.b"])
        #expect(s.value("II.2.g", "instruments_verified") == 812)
        #expect(s.value("II.5.b", "samples_tested") == 64)
        #expect(s.entry("II.2.g")?.status == .inProgress)
    }
}

@Suite struct PeriodSheetsTests {
    /// One sheet per quarter beside the year's sheet: the year's figures are the result, the
    /// quarters its parts, not added again (and said so, once).
    @Test func quarterSheetsBesideTheYearsSheetAreItsParts() {
        let header: [Any?] = ["TT", "Chỉ tiêu", "ĐVT", "Kiểm định, hiệu chuẩn phương tiện đo (II.2.g)", "Khảo sát chất lượng hàng hóa (II.5.b)"]
        let q1 = sheet(communeCover + [header, [1, "Phương tiện đo được kiểm định", "phương tiện", 300, nil], [2, "Mẫu khảo sát", "mẫu", nil, 20]], name: "Quý I")
        let q2 = sheet(communeCover + [header, [1, "Phương tiện đo được kiểm định", "phương tiện", 420, nil], [2, "Mẫu khảo sát", "mẫu", nil, 35]], name: "Quý II")
        let year = sheet(communeCover + [header, [1, "Phương tiện đo được kiểm định", "phương tiện", 720, nil], [2, "Mẫu khảo sát", "mẫu", nil, 55]], name: "Cả năm")
        let s = extract(Document(kind: .spreadsheet, sheets: [q1, q2, year]), fileName: "bieu.xlsx")
        #expect(s.value("II.2.g", "instruments_verified") == 720)
        #expect(s.value("II.5.b", "samples_tested") == 55)
        #expect(s.findings.filter { $0.code == "sheet-skipped" }.count == 1)
    }
}

@Suite struct GridLogAndUnitTests {
    /// A log of dated activities under a passage that states the totals: the text's totals
    /// stand; the log's rows (a team's size among them) are not a tally of their own.
    @Test func aLogOfDatedActivitiesDetailsTheTextsTotals() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền (nhiệm vụ 1.a): tổ chức 03 buổi hội nghị tuyên truyền pháp luật về đo lường với 190 lượt người tham dự."),
            .table([["STT", "Ngày", "Nội dung hoạt động", "Số người", "Ghi chú"],
                    ["1", "12/3/2026", "Hội nghị tuyên truyền Luật Đo lường cho tiểu thương", "72", ""],
                    ["2", "22/5/2026", "Hội nghị tuyên truyền ghi nhãn hàng hóa", "58", ""],
                    ["3", "16/10/2026", "Hội nghị tuyên truyền truy xuất nguồn gốc", "60", ""]]),
        ]))
        #expect(s.value("II.1.a", "participants") == 190)
        #expect(s.value("II.1.a", "training_courses") == 3)
    }

    /// Two tasks equally close by their words: the one the plan gives to the reporting unit's
    /// kind is taken (a ward's inspections with the Chi cục are its devolved task).
    @Test func aTieIsBrokenByTheKindOfTheReportingUnit() {
        let rows: [[Any?]] = communeCover + [
            ["TT", "Nội dung", "ĐVT", "Hội nghị tuyên truyền pháp luật cho hộ kinh doanh", "Phối hợp Chi cục kiểm tra đo lường, chất lượng",
             "Xây dựng HTQLCL ISO 9001:2015 của UBND phường"],
            [1, "Số hội nghị", "hội nghị", 1, nil, nil],
            [2, "Số cuộc kiểm tra", "cuộc", nil, 2, nil],
            [3, "Số cơ sở được kiểm tra", "cơ sở", nil, 19, nil],
            [4, "Tình hình thực hiện", nil, "Hoàn thành", "Đang TH", "Đang TH"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }
}

@Suite struct NumberedWorkTableTests {
    /// "STT | Nội dung thực hiện | Ngày thực hiện | Cơ quan phối hợp | Kết quả": numbered rows of
    /// work beside when and with whom it was done are one piece of work each; the partner column
    /// is no unit of measure, the result cell's prose holds the figures and, in parentheses at
    /// its end, the status.
    @Test func numberedWorkBesideItsDateAndPartners() {
        let rows: [[Any?]] = communeCover + [
            ["STT", "Nội dung thực hiện", "Ngày thực hiện", "Cơ quan phối hợp", "Kết quả"],
            [1, "Kiểm tra cân, thước tại chợ theo phân cấp", "Tháng 3 và tháng 8", "Đội quản lý thị trường, Công an phường", "02 cuộc, 21 quầy được kiểm tra (đang làm)"],
            [2, "Cử công chức dự lớp bồi dưỡng nghiệp vụ đo lường", "Tháng 6", "Chi cục", "03 công chức tham dự (đã xong)"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet(rows)]), fileName: "bao-cao.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c", "II.3.a"])
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(recognisers.headerRole("Cơ quan phối hợp").role == .performer)
    }
}
