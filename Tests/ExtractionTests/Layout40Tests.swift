import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 40's reports laid out in one borderless table: the header block
// (the issuing body beside the quốc hiệu) is the table's first row, the report's works are its
// rows — a short label beside a cell of sentences and "label:<tab>number" lines — and the
// signature block its last row. The words are this file's own.

@Suite struct Layout40Tests {
    private func laidOut(_ rows: [[String]]) -> Document {
        word([.table([
            ["ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH TÂY\nSố: 207/BC-UBND",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Tây, ngày 18 tháng 11 năm 2026"],
            ["BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"],
        ] + rows + [
            ["Nơi nhận:\n- Sở KH&CN;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Thị Thu"],
        ])])
    }

    /// The rows below the header block that hold the report's own sentences are read as the
    /// report; the header still gives the unit, number and date.
    @Test func theRowsBelowTheHeaderBlockAreTheReport() {
        let s = extract(laidOut([
            ["Ủy ban nhân dân phường Bình Tây báo cáo kết quả thực hiện các nội dung của Kế hoạch đến ngày 15/11/2026 như sau:"],
            ["Thông tin, tuyên truyền",
             "Đăng tin trên trang thông tin điện tử phường và phát trên loa truyền thanh các khu phố về ghi nhãn hàng hóa, cân đo.\nSố tin, bài:\t11\nTiến độ:\tĐã xong"],
            ["Kiểm tra đo lường tại chợ",
             "Tổ kiểm tra của phường kiểm tra việc sử dụng cân tại chợ Bình Tây và các sạp trái cây trên địa bàn phường.\nSố cuộc kiểm tra:\t03\nSố cơ sở được kiểm tra:\t27\nTiến độ:\tĐang làm"],
        ]))
        #expect(s.unit?.name.contains("Bình Tây") == true)
        #expect(s.document.number == "207/BC-UBND")
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entry("II.1.a")?.status == .completed)
        // The next row's figures are the report's too: read, or quoted for a person, never lost.
        let inspections = s.value("II.5.c", "inspections") == 3
            || s.findings.contains { $0.message.contains("Số cuộc kiểm tra: 03") && $0.message.contains("27") }
        #expect(inspections)
        // The signature row below is layout: no figure nor item of its own.
        #expect(!s.findings.contains { $0.message.contains("Lâm Thị Thu") })
    }

    /// A header block of several rows ("V/v …" under the number) stays layout: its long subject
    /// line is a field of the header, not the report.
    @Test func theHeadersOwnFieldsStayLayout() {
        let v = extractor.vocabulary
        #expect(v.layoutContentMinWords > 0)
        let s = extract(word([.table([
            ["ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH TÂY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 207/BC-UBND\nV/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW: kiểm tra 05 cơ sở, tuyên truyền 12 tin bài",
             "Bình Tây, ngày 18 tháng 11 năm 2026"],
        ]), .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về đo lường, chất lượng: đăng 04 tin, bài trên trang thông tin điện tử phường. Đã xong.")]))
        #expect(s.value("II.1.a", "communications") == 4)
        #expect(s.entry("II.5.c") == nil)
        #expect(!s.findings.contains { $0.message.contains("05 cơ sở") })
    }
}

@Suite struct LabelledRows40Tests {
    /// A table of rows "label | the report's text", no header: each row is an item named by
    /// its label, whatever row came before it.
    @Test func eachLabelledRowIsAnItemOfItsOwn() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), .table([
            ["Tuyên truyền", "Phường đăng tin trên trang thông tin điện tử và phát loa truyền thanh ở các khu phố về cân đo, ghi nhãn.\nSố tin, bài: 14\nTiến độ: Đã xong"],
            ["Kiểm tra đo lường tại chợ", "Tổ kiểm tra của phường kiểm tra việc sử dụng cân tại chợ và các sạp trái cây trên địa bàn.\nSố cuộc kiểm tra: 04\nSố cơ sở được kiểm tra: 31\nTiến độ: Đang làm"],
        ])]))
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// Labels that open rows of several record tables ("Việc đã làm", "Số liệu") are a
    /// record's fields: the heading above each record names its task.
    @Test func aRecordsRepeatedFieldLabelsNameNoItem() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .table([["Việc đã làm", "Phát 09 tin trên loa truyền thanh của phường về sử dụng cân đúng, hàng hóa có nhãn rõ ràng."],
                    ["Tình trạng", "Hoàn thành"]]),
            .p("2. Cử cán bộ tham dự tập huấn nghiệp vụ"),
            .table([["Việc đã làm", "Phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức trong tháng 9."],
                    ["Tình trạng", "Hoàn thành"]]),
        ]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.3.a", "participants") == 2)
    }
}
