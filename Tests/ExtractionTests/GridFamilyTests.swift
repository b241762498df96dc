import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of whole families of grid layouts: a table of figures sent after the
// signature, columns of two years side by side, a tally workbook with one sheet per period
// whose task is named under the table. The words are this file's own.

private func tab(_ name: String, _ rows: [[Any?]]) -> Sheet {
    let sheetRows = rows.enumerated().compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r + 1, cells: cells)
    }
    return Sheet(name: name, rows: sheetRows, part: "xl/worksheets/\(name).xml")
}

private let boardHeader: Piece = .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ GIAO THÔNG CÔNG CHÁNH\nSố: 402/BC-SGTCC",
                                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026"]])

@Suite struct GridFamilyTests {
    /// Numbered points that name the tasks without figures, then, after the signature, a
    /// table of figures under a heading of the unit's own: each row's figures go to the named
    /// task that reports their kind (the row above's task going on), money scaled by its unit
    /// cell; a column of codes under a header nobody knows names a row's task.
    @Test func aTableOfFiguresAfterTheSignatureDetailsTheNamedTasks() {
        let s = extract(word([
            boardHeader, .p("BÁO CÁO NGẮN"),
            .p("Về thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Phối hợp kiểm tra, giám sát chất lượng hàng hóa lưu thông (II.5.a): còn đợt kiểm tra tháng 12, đang thực hiện."),
            .p("2. Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng (II.3.d): đã hoàn thành."),
            .p("3. Khảo sát chất lượng hàng hóa (II.5.b): đã hoàn thành."),
            .table([["Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Sáu"]]),
            .p("PHẦN SỐ LIỆU"),
            .table([
                ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Mục"],
                ["1", "Đoàn đã ra quân", "đoàn", "6", "5.a"],
                ["2", "Cơ sở đã đến kiểm tra", "cơ sở", "48", ""],
                ["3", "Tiền xử phạt đã thu", "triệu đồng", "12,5", ""],
                ["4", "Mẫu hàng hóa đã lấy", "mẫu", "20", ""],
                ["5", "Lớp bồi dưỡng nghiệp vụ", "lớp", "3", ""],
                ["6", "Lượt học viên", "lượt", "140", ""],
            ]),
        ]))
        #expect(s.value("II.5.a", "inspections") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 48)
        #expect(s.value("II.5.a", "fines_vnd") == 12_500_000)
        // Samples go to the task about samples, not to the inspections' above them.
        #expect(s.value("II.5.b", "samples_tested") == 20)
        #expect(s.value("II.5.a", "samples_tested") == nil)
        #expect(s.value("II.3.d", "training_courses") == 3)
        #expect(s.value("II.3.d", "participants") == 140)
        // The code cell is no figure of its own.
        #expect(!s.findings.contains { $0.message.contains("5.a (") })
    }

    /// Last year's column and the difference beside this year's: only this year's column is
    /// a result, whatever the period is called ("9T/2026").
    @Test func theLatestYearsColumnIsTheResult() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["XÃ THẠNH AN", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 31/BC-UBND", nil, nil, "Thạnh An, ngày 15 tháng 10 năm 2026"],
            ["SO SÁNH KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2025 VÀ 9 THÁNG NĂM 2026"],
            ["TT", "Nhóm công việc", "Chỉ tiêu", "ĐVT", "Năm 2025", "9T/2026", "Chênh lệch", "Đánh giá"],
            [1, "Kiểm tra cân tại chợ (phân cấp)", "Cuộc kiểm tra", "cuộc", 4, 3, -1, "Đang làm"],
            [nil, nil, "Sạp được kiểm tra", "sạp", 30, 21, -9, nil],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("So sanh", rows)]), fileName: "so-sanh.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        // A year inside a longer header is part of a name, not a period.
        let recognisers = extractor.gridRecognisers!
        let header = GridRow(index: 1, cells: [
            GridCell(column: 0, span: 1, text: "Nội dung", number: nil, location: .sheetCell(sheet: "x", row: 1, column: 1), continued: false),
            GridCell(column: 1, span: 1, text: "Áp dụng hệ thống quản lý TCVN ISO 9001:2015 tại bộ phận một cửa", number: nil,
                     location: .sheetCell(sheet: "x", row: 1, column: 2), continued: false),
        ], isBold: false)
        var layout = GridLayout(headerRows: 0..<1)
        recognisers.periodsByYear(header, &layout)
        #expect(layout.roles[1] == nil)
    }

    /// A tally workbook: a sheet per quarter beside the summary sheet (the quarters are its
    /// parts, not added again), the summary one row per quarter with a total, and lines under
    /// it naming the two tasks it reports: each kind of figure goes to the task about it.
    @Test func aTallyWorkbookNamesItsTasksUnderTheTable() {
        let summary = tab("Tong hop", [
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["Số: 402/BC-SGTCC", nil, nil, "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026"],
            ["KẾT QUẢ KIỂM TRA ĐỒNG HỒ TAXI NĂM 2026"],
            [],
            ["Quý", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số mẫu lấy"],
            ["Q1", 2, 9, 4],
            ["Q2", 1, 5, 2],
            ["Q3", 3, 11, 6],
            ["Cộng", 6, 25, 12],
            [],
            ["Các số liệu trên thuộc nhiệm vụ kiểm tra (mục II.5.a) và khảo sát, lấy mẫu (mục II.5.b) của Kế hoạch thực hiện Chỉ thị 38-CT/TW."],
        ])
        let quarters = (1...3).map { q in
            tab("Q\(q)", [
                ["NHẬT KÝ QUÝ \(q)"],
                ["STT", "Ngày", "Tên cơ sở", "Số mẫu lấy"],
                [1, "12/0\(q * 3)/2026", "Hãng taxi Bình Minh", 2],
            ])
        }
        let s = extract(Document(kind: .spreadsheet, sheets: [summary] + quarters), fileName: "tong-hop.xlsx")
        #expect(s.value("II.5.a", "inspections") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 25)
        #expect(s.value("II.5.a", "samples_tested") == nil)
        #expect(s.value("II.5.b", "samples_tested") == 12)
        // The quarters' names are no numbers left unread; the quarters' sheets are told once.
        #expect(!s.findings.contains { $0.code.hasPrefix("figure") && $0.message.contains("“Q") })
        #expect(s.findingCodes.contains("sheet-skipped"))
    }

    /// Statuses written as marks with the document's own key under the table: the key is read,
    /// whatever the marks are; a column of marks under a header nobody knows is the statuses'.
    @Test func marksReadByTheDocumentsOwnKey() {
        let s = extract(word([
            boardHeader, .p("BÁO CÁO"),
            .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([
                ["STT", "Nhiệm vụ phối hợp", "Kết quả", "KQ"],
                ["1", "Góp ý dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật (II.2.e)", "Đã gửi ý kiến cho 03 dự thảo", "▲"],
                ["2", "Kiểm tra, giám sát chất lượng hàng hóa (II.5.a)", "Tham gia 02 đoàn", "△"],
                ["3", "Khen thưởng, bảo vệ người tố giác vi phạm (II.5.d)", "Trong kỳ không có", "▽"],
            ]),
            .p("Ký hiệu cột KQ: ▲ đã xong;  △ đang làm;  ▽ không phát sinh."),
        ]))
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(!s.findingCodes.contains("status-unrecognized"))
    }

    /// Colour words and abbreviations explained by a key line in a sheet ("CAM = đang làm").
    @Test func colourWordsReadByAKeyInTheSheet() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHƯỜNG BẾN THÀNH", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 12/BC-UBND", nil, nil, "Bến Thành, ngày 20 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["Chú thích: TÍM = đã hoàn thành | CAM = đang thực hiện"],
            ["TT", "Mã", "Nội dung", "Tiến độ"],
            [1, "1a", "Tuyên truyền cho hộ kinh doanh", "TÍM"],
            [2, "5c", "Kiểm tra cân tại chợ", "CAM"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("BC", rows)]), fileName: "bc.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// A number on a task's own row with no unit, whose words weigh for several kinds: the kind
    /// the task reports is taken ("… cho doanh nghiệp" names who was served, not what counted).
    @Test func aTaskRowsNumberIsAKindTheTaskReports() {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["Số: 77/BC-TTPTTN", nil, nil, "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"],
            ["TỔNG HỢP THEO MỤC KẾ HOẠCH CT38-2026"],
            ["Mục KH", "Nội dung", "Tổng SL", "Tiến độ"],
            ["2g", "Kiểm định, hiệu chuẩn phương tiện đo cho doanh nghiệp và người dân", 640, "Đang thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("TH", rows)]), fileName: "th.xlsx")
        #expect(s.value("II.2.g", "instruments_verified") == 640)
        #expect(s.value("II.2.g", "enterprises_supported") == nil)
    }

    /// A figures sheet whose rows point at the numbered rows of a tasks sheet: each figure is
    /// the task of the row it points at, read from that row's words and the figures' kinds; the
    /// pointers are no figures; the tasks sheet's statuses are those tasks'.
    @Test func figuresPointingAtTheRowsOfATasksSheet() {
        let figures = tab("Phu luc 1", [
            ["UBND XÃ BÌNH HƯNG"],
            ["PHỤ LỤC 1. SỐ LIỆU NĂM 2026"],
            ["Số: 88/BC-UBND", nil, nil, "Bình Hưng, ngày 19 tháng 10 năm 2026"],
            ["STT", "Nội dung", "ĐVT", "Số liệu", "Ứng với mục Phụ lục 2"],
            [1, "Cân được kiểm định tại chợ", "chiếc", 37, 2],
            [2, "Buổi nói chuyện với tiểu thương", "buổi", 3, 1],
            [3, "Người đến nghe", "người", 95, 1],
        ])
        let tasks = tab("Phu luc 2", [
            ["PHỤ LỤC 2. TIẾN ĐỘ CÁC NHIỆM VỤ"],
            ["STT", "Nhiệm vụ", "Tình hình"],
            [1, "Phổ biến pháp luật về đo lường cho tiểu thương", "Xong"],
            [2, "Phối hợp kiểm định cân tại chợ theo phân cấp", "Đang làm"],
        ])
        let s = extract(Document(kind: .spreadsheet, sheets: [figures, tasks]), fileName: "phu-luc.xlsx")
        #expect(s.value("II.5.c", "instruments_verified") == 37)
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 95)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.message.contains("Ứng với mục") })
    }

    /// A figures sheet with no label column, one column per kind of figure, whose title
    /// numbers its rows as the tasks sheet's ("(STT như Biểu 1)"): each row's figures are the
    /// task the tasks sheet's row reads as; the numbers are no figures, the total row none;
    /// a header counted in a unit any thing is counted in ("Buổi, lớp (cái)") counts its noun.
    @Test func aFiguresSheetNumberedAsTheTasksSheet() {
        let tasks = tab("BM1", [
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["Số: 77/BC-SGTCC", nil, nil, "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026"],
            ["Biểu 1. CÁC NHIỆM VỤ ĐÃ LÀM"],
            ["STT", "Nhiệm vụ", "Tiến độ"],
            [1, "Kiểm tra đo lường cột đo xăng dầu tại các trạm dừng nghỉ", "Đang triển khai"],
            [2, "Tập huấn quy định về nhãn hàng hóa cho doanh nghiệp vận tải", "Đã hoàn thành"],
        ])
        let figures = tab("BM2", [
            ["Biểu 2. SỐ LIỆU (STT như Biểu 1)"],
            ["STT", "Buổi, lớp (cái)", "Số người tham dự", "Số cuộc kiểm tra", "Số cơ sở vi phạm"],
            [1, nil, nil, 4, 2],
            [2, 3, 120, nil, nil],
            ["Cộng", 3, 120, 4, 2],
        ])
        let s = extract(Document(kind: .spreadsheet, sheets: [tasks, figures]), fileName: "bm.xlsx")
        let inspection = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(inspection?.indicators[IndicatorID("inspections")]?.value == 4)
        #expect(inspection?.indicators[IndicatorID("violations")]?.value == 2)
        #expect(inspection?.status == .inProgress)
        let training = s.entries.first { $0.indicators[IndicatorID("participants")] != nil }
        #expect(training?.indicators[IndicatorID("participants")]?.value == 120)
        #expect(training?.indicators[IndicatorID("training_courses")]?.value == 3)
        #expect(training?.status == .completed)
        #expect(inspection?.task != training?.task)
        #expect(!s.entries.contains { $0.indicators[IndicatorID("instruments_verified")] != nil })
    }

    /// A bilingual log, one row per batch with the plan item's code and a status abbreviation
    /// explained by a key line: the quantity is the result (passed and failed split it), the
    /// numbering no figure; a task with one batch still open is under way.
    @Test func aBilingualBatchLog() {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["PHÒNG THÍ NGHIỆM ĐO LƯỜNG"],
            ["Số: 19/BC-PTN", nil, nil, "Thành phố Hồ Chí Minh, ngày 01 tháng 11 năm 2026"],
            ["No.", "Item type / Loại PTĐ", "Qty / SL", "Pass / Đạt", "Fail / K.đạt", "Mục KH", "Status"],
            [1, "Đồng hồ đo điện", 300, 296, 4, "2g", "OK"],
            [2, "Cân phân tích", 45, 45, 0, "2g", "WIP"],
            [],
            ["Key: OK = đã hoàn thành | WIP = đang thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("Log", rows)]), fileName: "log.xlsx")
        #expect(s.value("II.2.g", "instruments_verified") == 345)
        // "OK" is a status word of the vocabulary too; the document's key decodes it and
        // "WIP" alike, so the task with one batch still open is under way.
        #expect(s.entry("II.2.g")?.status == .inProgress)
        // The key line says what the marks mean, nothing of a task; the batches' two states
        // are said (one open), not a status without a task.
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
        #expect(s.findings.contains { $0.code == "status-conflict" && $0.message.contains("“WIP”") })
        #expect(!s.findings.contains { $0.message.contains("(No.)") || $0.message.contains("(Pass") })
    }

    /// A city form's "Đơn vị / Nội dung phối hợp theo Kế hoạch" column: its group rows name the
    /// bodies, its rows what each does. "Đơn vị" before the slash is the body, not a unit of
    /// measure; the column names the rows' work, and the unit's own rows are read.
    @Test func aBodyAndItsWorkInOneColumnHeadedWithASlash() {
        let rows: [[Any?]] = [
            ["Đơn vị báo cáo:", "Sở Công Thương"],
            ["Số văn bản:", "812/BC-SCT", "Ngày:", "20/10/2026"],
            ["STT", "Đơn vị / Nội dung phối hợp theo Kế hoạch", "Kết quả thực hiện (nêu rõ số liệu)", "Tình trạng", "Khó khăn, vướng mắc"],
            ["I", "SỞ Y TẾ"],
            [1, "Kiểm tra chất lượng trang thiết bị y tế"],
            ["II", "SỞ CÔNG THƯƠNG"],
            [1, "Kiểm tra chất lượng, đo lường hàng hóa lưu thông", "Phối hợp kiểm tra 05 cuộc tại 31 cơ sở kinh doanh xăng dầu.",
             "Đang thực hiện", "Nhiều cửa hàng đóng cửa khi có đoàn."],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("Bieu", rows)]), fileName: "bieu-02.xlsx")
        #expect(s.status == .extracted)
        #expect(s.value("II.5.a", "inspections") == 5)
        #expect(s.value("II.5.a", "establishments_inspected") == 31)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.difficulties.map(\.text) == ["Nhiều cửa hàng đóng cửa khi có đoàn."])
    }

    /// The unit's own codes ("CV-3" on three rows): the rows that repeat the code of the row
    /// that began a task are its results, whatever their own words would suggest.
    @Test func rowsRepeatingTheUnitsOwnCodeAreOneTask() {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["PHÒNG KIỂM TRA – PHÁP CHẾ"],
            ["Số: 40/BC-KTPC", nil, nil, "Thành phố Hồ Chí Minh, ngày 12 tháng 10 năm 2026"],
            ["Mã NV", "Nội dung hoạt động", "ĐVT", "Kết quả", "Tình trạng"],
            ["CV-1", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", "dự thảo", 2, "Hoàn thành"],
            ["CV-3", "Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường", "cuộc", 4, "Đang thực hiện"],
            ["CV-3", "Cơ sở được kiểm tra", nil, "22 cơ sở", "Đang thực hiện"],
            ["CV-3", "Xử lý vi phạm", nil, "3.000.000đ", "Đang thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("KT", rows)]), fileName: "kt.xlsx")
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 22)
        // "Xử lý vi phạm" alone would read as another task; under "CV-3" it is the inspections'.
        #expect(s.entries.map(\.task) == ["II.2.e", "II.5.a"])
    }
}
