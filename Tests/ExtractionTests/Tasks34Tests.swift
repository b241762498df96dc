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
