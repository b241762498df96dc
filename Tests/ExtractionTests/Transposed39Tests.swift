import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 39's transposed sheets whose corner cell names both axes
// ("Chỉ tiêu \ Công việc", a diagonal line typed as a backslash): the measures run down the
// rows, the tasks across the header, each in the officer's own words — words that, read as an
// ordinary header, would say a count ("… lớp tập huấn …"), a breakdown ("… trên địa bàn …")
// or a performer ("… tại bộ phận …"). The words are this file's own.

private func sheet(_ rows: [(Int, [Any?])]) -> Sheet {
    let sheetRows = rows.compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r, cells: cells)
    }
    return Sheet(name: "Tổng hợp", rows: sheetRows, part: "xl/worksheets/sheet1.xml")
}

@Suite struct Transposed39Tests {
    /// Every header cell right of a crossed corner cell is a task, whatever its words
    /// resemble; the figures under it and the status row are that task's.
    @Test func aCrossedCornerCellMakesEveryHeaderCellATask() {
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet([
            (1, ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            (2, ["PHƯỜNG SÀI GÒN", nil, nil, "Độc lập - Tự do - Hạnh phúc"]),
            (3, ["Số: 91/BC-UBND", nil, nil, "Sài Gòn, ngày 20 tháng 11 năm 2026"]),
            (5, ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"]),
            (7, ["Chỉ tiêu \\ Công việc",
                 "Cùng đoàn của Chi cục kiểm tra cân, cột đo xăng dầu trên địa bàn phường",
                 "Đăng tin tuyên truyền về đo lường trên cổng thông tin phường",
                 "Cử cán bộ dự lớp tập huấn chuyên môn do Sở tổ chức"]),
            (8, ["Số cuộc kiểm tra", 4]),
            (9, ["Số cơ sở được kiểm tra", 17]),
            (10, ["Số tin, bài", nil, 9]),
            (11, ["Số lớp", nil, nil, 1]),
            (12, ["Số người tham dự", nil, nil, 2]),
            (13, ["Tình trạng", "Đã xong", "Đang làm", "Đã xong"]),
        ])]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    /// The words after the backslash must name the columns' tasks: "Chỉ tiêu \ Đơn vị" (a
    /// unit of measure) leaves the header read as before.
    @Test func onlyACornerNamingTasksCrosses() {
        let g = extractor.gridRecognisers!
        #expect(g.crossesToTasks("Chỉ tiêu \\ Công việc"))
        #expect(g.crossesToTasks("Nội dung \\ Nhiệm vụ"))
        #expect(!g.crossesToTasks("Chỉ tiêu \\ ĐVT"))
        #expect(!g.crossesToTasks("Công việc"))
    }
}
