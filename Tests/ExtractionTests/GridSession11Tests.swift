import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of grid families seen in session 11's hands: a table of the work the unit was
// given beside what it did and what remains of it, and a sheet whose numbers carry their unit
// of measure in their number format beside a task column. The words are this file's own.

private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ THÁI MỸ\nSố: 81/BC-UBND",
                                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái Mỹ, ngày 06 tháng 11 năm 2026"]])

@Suite struct GridSession11Tests {
    /// "Việc được giao | Xã đã làm | Phần việc còn lại": each row is a task named the unit's own
    /// way; what it did holds the figures; what remains says how far it came — nothing left is
    /// done, work carried on is in progress, work not yet possible has not started.
    @Test func whatRemainsOfTheWorkIsTheStatus() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([
                ["TT", "Việc được giao", "Tổ công tác đã làm", "Phần việc còn lại"],
                ["1", "Tuyên truyền về đo lường, ghi nhãn cho bà con", "Đọc 7 bản tin trên loa truyền thanh các thôn.", "Không còn, đã làm xong."],
                ["2", "Phối hợp đoàn của Chi cục kiểm tra cân tại chợ", "Phối hợp 2 cuộc kiểm tra cân tại chợ xã.", "Còn tiếp tục thực hiện đến cuối năm."],
                ["3", "Cử người học lớp nghiệp vụ", "Chưa cử được người.", "Chưa làm được, chờ Chi cục báo lịch học."],
            ]),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    /// A sheet of "Nhiệm vụ | Công việc | Số liệu 1 | Số liệu 2 | Tình hình": each number's
    /// unit is shown by its number format ("2 lớp", "95 người", "9 tin"), and says what it counts.
    @Test func aNumberFormatsUnitBesideATaskColumn() {
        func text(_ c: Int, _ t: String) -> SheetCell { SheetCell(column: c, value: .text(t)) }
        func shown(_ c: Int, _ v: Double, _ unit: String) -> SheetCell { SheetCell(column: c, value: .number(v), formatText: unit) }
        let rows = [
            SheetRow(index: 1, cells: [text(1, "ỦY BAN NHÂN DÂN XÃ THÁI MỸ"), text(5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
            SheetRow(index: 2, cells: [text(1, "Số: 82/BC-UBND"), text(5, "Thái Mỹ, ngày 06 tháng 11 năm 2026")]),
            SheetRow(index: 3, cells: [text(1, "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026")]),
            SheetRow(index: 5, cells: [text(1, "TT"), text(2, "Nhiệm vụ"), text(3, "Công việc đã thực hiện"), text(4, "Số liệu 1"),
                                       text(5, "Số liệu 2"), text(6, "Tình hình")]),
            SheetRow(index: 6, cells: [SheetCell(column: 1, value: .number(1)), text(2, "Bồi dưỡng nghiệp vụ cho cán bộ, công chức xã"),
                                       text(3, "Mở lớp bồi dưỡng tại hội trường xã"), shown(4, 2, "lớp"), shown(5, 95, "người"), text(6, "Hoàn thành")]),
            SheetRow(index: 7, cells: [SheetCell(column: 1, value: .number(2)), text(2, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
                                       text(3, "Phát trên loa truyền thanh các thôn"), shown(4, 9, "tin"), text(6, "Đang triển khai")]),
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [Sheet(name: "KQ", rows: rows, part: "xl/worksheets/sheet1.xml")]), fileName: "kq.xlsx")
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 95)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// "Bộ phận thực hiện | Nội dung công việc đã thực hiện | Tình hình": the first column names
    /// who in the unit did the work (its own offices), no result; with no column of results, the
    /// row's words are its result.
    @Test func whoDidTheWorkIsNoResultAndTheWordsAreTheResult() {
        func text(_ c: Int, _ t: String) -> SheetCell { SheetCell(column: c, value: .text(t)) }
        func number(_ c: Int, _ v: Double) -> SheetCell { SheetCell(column: c, value: .number(v)) }
        let rows = [
            SheetRow(index: 1, cells: [text(1, "ỦY BAN NHÂN DÂN XÃ THÁI MỸ"), text(4, "Số: 83/BC-UBND")]),
            SheetRow(index: 2, cells: [text(1, "VĂN PHÒNG HĐND VÀ UBND"), text(4, "Thái Mỹ, ngày 06 tháng 11 năm 2026")]),
            SheetRow(index: 3, cells: [text(1, "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026")]),
            SheetRow(index: 5, cells: [text(1, "STT"), text(2, "Bộ phận thực hiện"), text(3, "Nội dung công việc đã thực hiện"), text(4, "Tình hình")]),
            SheetRow(index: 6, cells: [number(1, 1), text(2, "Tổ Kinh tế"), text(3, "Phối hợp đoàn của Chi cục kiểm tra cân tại chợ xã: 2 cuộc, 14 cơ sở kinh doanh."), text(4, "Đang làm")]),
            SheetRow(index: 7, cells: [number(1, 2), text(2, "Tổ Văn hóa"), text(3, "Tuyên truyền 6 tin, bài về cân đúng, cân đủ trên loa truyền thanh."), text(4, "Xong")]),
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [Sheet(name: "TH", rows: rows, part: "xl/worksheets/sheet1.xml")]), fileName: "th.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// A "Nội dung | Số lượng" table under the last passage: a row counting what that passage's
    /// task never reports is its own task's (the one the report named, else its words'), and a
    /// row repeating a figure the passage gave is not added twice.
    @Test func aListOfFiguresUnderAPassageGivesEachRowItsTask() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Tuyên truyền: Xã đã đọc 5 bản tin trên loa truyền thanh về đo lường. Đã hoàn thành."),
            .p("Số liệu tổng hợp:"),
            .table([
                ["Nội dung", "Số lượng"],
                ["Tin, bài", "5"],
                ["Mẫu gạo được lấy để khảo sát chất lượng", "6"],
            ]),
        ]))
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.value("II.1.a", "samples_tested") == nil)
        #expect(s.value("II.5.b", "samples_tested") == 6)
    }

    /// Headers that give their unit of measure in a closing parenthesis under their words
    /// ("Kiểm tra\n(cuộc)", "Hộ, cơ sở vi phạm\n(đơn vị)"): the parenthesis says what each
    /// number counts in, not the column's role ("đơn vị" there heads no column of units); "KT"
    /// is "kiểm tra" in a short header ("Cửa hàng được KT").
    @Test func aHeadersUnitInParenthesesIsNoRole() {
        func text(_ c: Int, _ t: String) -> SheetCell { SheetCell(column: c, value: .text(t)) }
        func number(_ c: Int, _ v: Double) -> SheetCell { SheetCell(column: c, value: .number(v)) }
        let rows = [
            SheetRow(index: 1, cells: [text(1, "ỦY BAN NHÂN DÂN XÃ THÁI MỸ"), text(5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
            SheetRow(index: 2, cells: [text(1, "Số: 84/BC-UBND"), text(5, "Thái Mỹ, ngày 06 tháng 11 năm 2026")]),
            SheetRow(index: 3, cells: [text(1, "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026")]),
            SheetRow(index: 5, cells: [text(1, "TT"), text(2, "Nội dung nhiệm vụ"), text(3, "Tin bài\n(tin)"), text(4, "Kiểm tra\n(cuộc)"),
                                       text(5, "Cửa hàng được KT\n(cơ sở)"), text(6, "Hộ, cơ sở vi phạm\n(đơn vị)"), text(7, "Tình hình thực hiện")]),
            SheetRow(index: 6, cells: [number(1, 1), text(2, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"), number(3, 8), text(7, "Đã xong")]),
            SheetRow(index: 7, cells: [number(1, 2), text(2, "Phối hợp kiểm tra cân tại chợ xã"), number(4, 2), number(5, 12), number(6, 3),
                                       text(7, "Đang thực hiện")]),
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [Sheet(name: "PL", rows: rows, part: "xl/worksheets/sheet1.xml")]), fileName: "pl.xlsx")
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 12)
        #expect(s.value("II.5.c", "violations") == 3)
    }

    /// The grid resolver's words are data: every message is in grids.yaml `messages`, each must
    /// keep its placeholders, none may be missing, and a value holding braces is never read as
    /// a placeholder.
    @Test func theResolversWordsAreData() throws {
        let shipped = try String(contentsOf: pipeline.directory.appendingPathComponent("grids.yaml"), encoding: .utf8)
        let g = try GridVocabulary.parse(yaml: shipped, indicators: extractor.vocabulary.indicatorIDs, tasks: [])
        #expect(GridVocabulary.messagePlaceholders.keys.allSatisfy { g.messages[$0] != nil })
        #expect(g.message("figures_unread", ["quotes": "“7 {task} bản tin”", "task": "II.9.z"]).contains("“7 {task} bản tin” của nhiệm vụ II.9.z"))
        // A message that drops a placeholder, or a message the resolver does not say, is an error.
        let dropped = shipped.replacingOccurrences(of: "của nhiệm vụ {task} thành chỉ tiêu nào", with: "thành chỉ tiêu nào")
        #expect(throws: GridVocabulary.LoadError.self) { try GridVocabulary.parse(yaml: dropped, indicators: extractor.vocabulary.indicatorIDs, tasks: []) }
        let unknown = shipped.replacingOccurrences(of: "messages:\n", with: "messages:\n  greeting: \"Xin chào\"\n")
        #expect(throws: GridVocabulary.LoadError.self) { try GridVocabulary.parse(yaml: unknown, indicators: extractor.vocabulary.indicatorIDs, tasks: []) }
        #expect(GridVocabulary.render("a {x} b {y", ["x": "{y}"]) == "a {y} b {y")
    }

    /// The refusal of a file on another subject is worded in vocabulary.yaml `refusals`, its
    /// own title put in its place.
    @Test func theRefusalsWordsAreData() throws {
        let v = try Vocabulary.parse(yaml: """
        refusals:
          not_about_plan: "Không phải báo cáo của kế hoạch này: {about}."
          titled_other: "tài liệu “{title}”"
        """)
        #expect(v.refusal("not_about_plan", ["about": v.refusal("titled_other", ["title": "Bảng giá rau"])])
                == "Không phải báo cáo của kế hoạch này: tài liệu “Bảng giá rau”.")
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "refusals:\n  not_about_plan: \"Không phải báo cáo.\"\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "refusals:\n  greeting: \"Xin chào\"\n") }
    }
}
