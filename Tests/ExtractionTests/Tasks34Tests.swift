import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of which task a row is about, session 34: a partner's sheet of one row per
// request to coordinate, headed "Đơn vị đề nghị | … | Đơn vị đã làm" (who asked, what the unit
// did: neither is a unit of measure), and a sheet of one block of rows per task opened by
// "NHIỆM VỤ n. <title>" with no numbering column. The words are this file's own.

@Suite struct Tasks34Tests {
    /// "Đơn vị đề nghị" names who asked for the work and "Đơn vị đã làm" what the unit did
    /// (grids.yaml: performer and quantity); read as units of measure ("đơn vị"), they left
    /// every row of the sheet without its task.
    @Test func aSheetOfRequestsToCoordinateNamesEachRowsTask() {
        let s = extract(workbook([
            ["Đơn vị báo cáo:", nil, "UBND phường Tân Định"],
            ["Số văn bản:", nil, "318/BC-UBND"],
            ["Ngày:", nil, "ngày 24/10/2026"],
            ["Nội dung:", nil, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"],
            [],
            ["STT", "Nội dung phối hợp", "Đơn vị đề nghị", "Văn bản đề nghị (số, ngày)", "Đơn vị đã làm", "Số liệu", "Tình trạng phối hợp"],
            [1, "Kiểm tra cân, đo lường tại chợ Tân Định và các cửa hàng xăng dầu", "Chi cục TĐC", "CV 517/TĐC-ĐL ngày 11/5/2026",
             "Phòng Kinh tế cử công chức cùng đoàn kiểm tra.", "03 cuộc; 21 cơ sở", "Đã phối hợp"],
            [2, "Phát tin về cân đúng, đo đủ trên loa truyền thanh khu phố", "Chi cục TĐC", "CV 402/TĐC-QLTC ngày 07/4/2026",
             "Phát tin trên loa các khu phố.", "10 tin", "Đang phối hợp"],
            [3, "Cử công chức dự lớp tập huấn nghiệp vụ đo lường cấp xã", "Chi cục TĐC", "CV 1211/TĐC-VP ngày 02/7/2026",
             "Cử công chức Phòng Kinh tế dự lớp.", "03 người", "Đã phối hợp"],
        ], name: "Theo doi"), fileName: "tan-dinh-phoi-hop.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.3.a", "II.5.c"])
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.1.a", "communications") == 10)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(!s.findingCodes.contains("no-tasks"))
    }

    /// A tracker's "Bắt đầu | Kết thúc" (when the work began and ended, grids.yaml dates): dates,
    /// not a status; "Kết thúc" read as "finished" left the header row unread and every row
    /// without its task.
    @Test func startAndEndColumnsAreDates() {
        let s = extract(word([
            .table([["SỞ XÂY DỰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 5120/BC-SXD", "TP. Hồ Chí Minh, ngày 04 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .table([["STT", "Việc", "Bắt đầu", "Kết thúc", "Kết quả"],
                    ["1", "Góp ý dự thảo QCVN về vật liệu xây dựng", "01/03/2026", "30/06/2026", "05 dự thảo QCVN"],
                    ["2", "Phối hợp kiểm tra chất lượng thép, xi măng lưu thông trên thị trường", "01/05/2026", "15/12/2026", "03 cuộc, 21 cơ sở"],
                    ["3", "Cử công chức dự tập huấn nghiệp vụ TĐC", "01/07/2026", "31/07/2026", "06 lượt công chức"]]),
        ]), fileName: "sxd-ct38.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.3.a", "II.5.a"])
        #expect(s.value("II.2.e", "standards_reviewed") == 5)
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.value("II.3.a", "participants") == 6)
    }

    /// "NHIỆM VỤ 2. Khảo sát …" over "Chỉ tiêu | ĐVT | Số lượng": the unit numbers its tasks
    /// inside the label (`cards.block_heads` and a number); each such row opens a task, as
    /// "2 | Khảo sát …" would, instead of being read as a line of the task above.
    @Test func aBlockPerTaskOpenedByItsNumberInTheLabel() {
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
            ["Số: 902/BC-CCTĐC", nil, nil, "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["NHIỆM VỤ 1. Góp ý dự thảo TCVN, QCVN", nil, nil, "⇒ Xong"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Dự thảo đã góp ý", "dự thảo", 9],
            [],
            ["NHIỆM VỤ 2. Khảo sát chất lượng xăng dầu trên thị trường", nil, nil, "⇒ Còn tiếp tục"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Mẫu đã lấy, thử nghiệm", "mẫu", 45],
            [],
            ["NHIỆM VỤ 3. Tập huấn nghiệp vụ cho công chức phường, xã", nil, nil, "⇒ Xong"],
            ["Chỉ tiêu", "ĐVT", "Số lượng"],
            ["Số lớp", "lớp", 2],
            ["Học viên", "người", 130],
        ], name: "KQ"), fileName: "cctdc-kq-ct38.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.3.a", "II.5.b"])
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.5.b", "samples_tested") == 45)
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 130)
        // Not counted as the first task's results: "NHIỆM VỤ 2." is no line of its passage.
        #expect(s.value("II.2.e", "samples_tested") == nil)
        let g = GridResolver(r: extractor.gridRecognisers!)
        #expect(g.labelNumber("NHIỆM VỤ 3. Hội đồng sơ tuyển giải thưởng") == "3")
        #expect(g.labelNumber("Nhiệm vụ 4: Bố trí kinh phí mua sắm") == "4")
        #expect(g.labelNumber("Nhiệm vụ 2.c") == nil)
        #expect(g.labelNumber("Số lớp tập huấn") == nil)
    }
}

// A Word table of one band per task ("2. Phối hợp kiểm tra …" merged across) over the rows of
// that work and a "Kết quả:" row.
@Suite struct Tasks34PassagesTests {
    /// "Thời gian | Địa điểm | Hoạt động | Phối hợp / Tình trạng" with a band per task: the
    /// band's number and words open the task ("2. Phối hợp kiểm tra đo lường …" is II.5.a),
    /// the rows under it are its work and the "Kết quả:" row its results and status.
    @Test func aBandPerTaskNumberedInItsText() {
        func cell(_ c: Int, _ text: String, span: Int = 1, row: Int) -> TableCell {
            TableCell(column: c, columnSpan: span, blocks: [.paragraph(Paragraph(text: text,
                location: .tableCell(part: "word/document.xml", table: 2, row: row, column: c + 1)))])
        }
        let plan: [[(String, Int)]] = [
            [("Thời gian", 1), ("Địa điểm", 1), ("Hoạt động", 1), ("Phối hợp / Tình trạng", 1)],
            [("1. Góp ý dự thảo quy chuẩn kỹ thuật về xăng dầu, khí dầu mỏ hóa lỏng", 4)],
            [("Quý II/2026", 1), ("Văn phòng Sở", 1), ("Góp ý dự thảo QCVN về xăng, dầu điêzen", 1), ("Phòng Kỹ thuật an toàn", 1)],
            [("Kết quả: góp ý 04 dự thảo QCVN.", 3), ("Đã hoàn thành", 1)],
            [("2. Phối hợp kiểm tra đo lường tại cửa hàng xăng dầu", 4)],
            [("06/2026", 1), ("Các phường khu vực trung tâm", 1), ("Kiểm tra cột đo xăng dầu", 1), ("Chi cục TĐC", 1)],
            [("Kết quả: 02 cuộc; 18 cơ sở; 03 cơ sở vi phạm.", 3), ("Đang thực hiện", 1)],
            [("3. Cử công chức dự lớp bồi dưỡng nghiệp vụ đo lường", 4)],
            [("15/8/2026", 1), ("Chi cục TĐC", 1), ("Lớp bồi dưỡng nghiệp vụ đo lường", 1), ("—", 1)],
            [("Kết quả: 04 lượt công chức tham dự.", 3), ("Đã hoàn thành", 1)],
        ]
        let rows = plan.enumerated().map { r, cells in
            var c = 0
            return TableRow(cells: cells.map { text, span in defer { c += span }; return cell(c, text, span: span, row: r + 1) })
        }
        var doc = word([
            .table([["SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 2714/BC-SCT", "TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Sở Công Thương báo cáo kết quả theo bảng dưới đây:"),
        ])
        doc.body.append(.table(Table(rows: rows, columnCount: 4, location: .paragraph(part: "word/document.xml", index: 20))))
        doc.body.append(.paragraph(Paragraph(text: "Khó khăn, vướng mắc:", location: .paragraph(part: "word/document.xml", index: 21))))
        doc.body.append(.paragraph(Paragraph(text: "- Nhân lực kiểm tra còn mỏng so với số cửa hàng xăng dầu.", location: .paragraph(part: "word/document.xml", index: 22))))
        let s = extract(doc, fileName: "sct-ct38.docx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.3.a", "II.5.a"])
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.value("II.5.a", "inspections") == 2)
        #expect(s.value("II.5.a", "establishments_inspected") == 18)
        #expect(s.value("II.3.a", "participants") == 4)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.2.e")?.status == .completed)
        let g = GridResolver(r: extractor.gridRecognisers!)
        #expect(g.labelNumber("2. Phối hợp kiểm tra đo lường", band: true) == "2")
        #expect(g.labelNumber("2. Phối hợp kiểm tra đo lường") == nil)
        #expect(g.labelNumber("2.1. Phối hợp kiểm tra đo lường", band: true) == nil)
    }
}
