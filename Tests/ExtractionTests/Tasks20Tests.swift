import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, tasks named in the unit's own words: headings that count the unit's own areas of
// work ("Mặt công tác 2: …"), and a workbook that carries the plan's list of tasks for its
// form's lookups. The words are this file's own, not the corpus's.

@Suite struct Tasks20Tests {
    /// A ward that reports by its own areas of work, counted by number ("Mặt công tác 1: …"),
    /// each with a line of what is left ("Còn lại: …"): each area's title is resolved by
    /// meaning, its paragraph is the passage, and the counted heading is no figure.
    @Test func areasOfWorkCountedByNumber() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ CÁC MẶT CÔNG TÁC"),
            .bold("Mặt công tác 1: Phổ biến pháp luật cho tiểu thương"),
            .p("Đăng 06 tin, bài trên trang thông tin điện tử của phường về cân đong đo đếm và ghi nhãn hàng hóa."),
            .bold("Mặt công tác 2: Kiểm tra cân tại chợ theo nội dung phân cấp"),
            .p("Cùng Ban quản lý chợ tổ chức 02 cuộc kiểm tra cân tại 21 quầy hàng, nhắc nhở 03 hộ dùng cân chưa kiểm định."),
            .bold("Mặt công tác 3: Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng"),
            .p("Trong kỳ không phát sinh phản ánh, tố giác."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.5.d"])
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        // "Mặt công tác 2" counts the ward's areas: no figure, nor does the silent-loss sweep
        // quote the heading's number ("Số liệu “Mặt công tác 1” chưa gắn …").
        #expect(!s.findings.contains { $0.message.contains("Mặt công tác") })
    }

    /// A workbook whose form looks up the task of each row in a sheet listing the plan's tasks
    /// ("Số | Điểm KH | Nhiệm vụ (gọi tắt)"): that sheet is the plan's list, not the report —
    /// its rows are no entries, its keys no figures; the report sheet's rows are read as ever.
    @Test func aSheetListingThePlansTasksForTheFormsLookupIsNoReport() {
        let report = testSheet("Ket qua", [
            ["SỞ GIAO THÔNG CÔNG CHÁNH", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 512/BC-SGTCC", nil, nil, nil, "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"],
            [],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["Mã", "Nhiệm vụ theo KH (chọn trong danh sách)", "Nội dung đã làm", "Chỉ tiêu", "ĐVT", "SL", "Tình trạng"],
            [3, "Phổ biến pháp luật TC-ĐL-CL cho doanh nghiệp", "Đăng tin trên cổng thông tin của Sở về đo lường đồng hồ taxi", "Tin, bài", "tin", 9, "Đã xong"],
            [7, "ISO 9001 tại cơ quan hành chính", "Duy trì hệ thống quản lý chất lượng tại Văn phòng Sở", nil, nil, nil, "Đang làm"],
        ], part: 1)
        var rows: [[Any?]] = [["Số", "Điểm KH", "Nhiệm vụ (gọi tắt)"]]
        let names = ["Phổ biến pháp luật TC-ĐL-CL cho doanh nghiệp", "Vận động tham gia Giải thưởng chất lượng", "Chương trình năng suất 1322",
                     "Giải thưởng Chất lượng Quốc gia", "Góp ý luật, văn bản quy phạm", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý",
                     "ISO 9001 tại cơ quan hành chính", "Góp ý tiêu chuẩn, quy chuẩn", "Dịch vụ kỹ thuật đo lường, thử nghiệm",
                     "Thủ tục hành chính trên cổng dịch vụ công", "Cơ sở dữ liệu quốc gia", "Bồi dưỡng công chức", "Khóa đào tạo năng suất",
                     "Thu hút chuyên gia", "Đào tạo viên chức"]
        let codes = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
                     "II.3.a", "II.3.b", "II.3.c", "II.3.d"]
        for (k, (code, name)) in zip(codes, names).enumerated() { rows.append([k + 1, code, name]) }
        let list = testSheet("Danh sach", rows, part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [report, list]), fileName: "sgtcc-ct38.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.2.đ"])
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        // Nor does the silent-loss sweep read the set-aside sheet's lines and quote a number in
        // a task's short name ("Chương trình năng suất 1322").
        #expect(!s.findings.contains { $0.source?.contains("Danh sach") == true })
    }

    /// The same list with the unit's answer on its rows is the report: a row that says how
    /// far its task came is an entry.
    @Test func aListOfTasksWithAnswersIsTheReport() {
        var rows: [[Any?]] = [["BÁO CÁO TIẾN ĐỘ CÁC NHIỆM VỤ"], ["Mục KH", "Nhiệm vụ", "Tình trạng"]]
        let codes = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
                     "II.3.a", "II.3.b", "II.3.c"]
        for code in codes { rows.append([code, "Nhiệm vụ \(code)", code == "II.2.đ" ? "Đang thực hiện" : nil]) }
        let s = extract(Document(kind: .spreadsheet, sheets: [testSheet("Tien do", rows, part: 1)]), fileName: "tien-do.xlsx")
        #expect(s.entry("II.2.đ")?.status == .inProgress)
    }

    /// A department's letter numbering its items in brackets ("(1) …", "(2) …"), each with a
    /// closing sentence of its status: each item is its own task, its figures its own.
    @Test func itemsNumberedInBrackets() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG\nSố: 733/SCT-VP",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026"]]),
            .p("Kính gửi: Sở Khoa học và Công nghệ"),
            .p("Sở Công Thương báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"),
            .p("1. Kết quả thực hiện"),
            .p("(1) Phổ biến quy định về đo lường trong kinh doanh xăng dầu"),
            .p("Sở đã đăng 11 tin, bài về đo lường xăng dầu trên trang thông tin điện tử."),
            .p("Việc này đã hoàn thành."),
            .p("(2) Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về an toàn điện"),
            .p("Sở đã gửi ý kiến đối với 02 dự thảo QCVN đến Bộ Công Thương."),
            .p("Việc này đã hoàn thành."),
            .p("(3) Phối hợp kiểm tra chất lượng xăng dầu lưu thông"),
            .p("Lực lượng quản lý thị trường kiểm tra 04 cuộc tại 17 cửa hàng xăng dầu, xử phạt 05 trường hợp vi phạm."),
            .p("Việc này đang tiếp tục."),
        ]))
        #expect(Set(s.entries.map(\.task)) == ["II.1.a", "II.2.e", "II.5.a"])
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.value("II.2.e", "standards_reviewed") == 2)
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }

    /// A count in brackets inside a line ("(03) cuộc") is no item number, and one bracketed
    /// number alone numbers nothing.
    @Test func aBracketedCountIsNoItemNumber() {
        #expect(ExtractionRun.bracketedItem("(03) cuộc kiểm tra tại chợ") == nil)
        #expect(ExtractionRun.bracketedItem("(2) Góp ý dự thảo quy chuẩn")?.n == 2)
        #expect(ExtractionRun.bracketedItem("Tổ chức (03) cuộc kiểm tra") == nil)
    }

    /// A commune that reported its devolved checks at the market in one item, then its own
    /// team's checks of counterfeit and mislabelled goods in another: the unit tells the two
    /// apart, and the second keeps the goods-quality inspection task its words name.
    @Test func aWardsSecondItemOnCounterfeitGoodsKeepsItsTask() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Kiểm tra cân, đồng hồ xăng dầu theo phân cấp"),
            .p("Cùng Chi cục kiểm tra 01 cuộc tại 06 cửa hàng xăng dầu trên địa bàn, không phát hiện vi phạm."),
            .bold("2. Chống hàng giả, hàng kém chất lượng, kiểm tra nhãn hàng hóa"),
            .p("Tổ liên ngành phường kiểm tra 03 cuộc đối với 22 cơ sở bán tạp hóa, lập biên bản 04 cơ sở vi phạm về nhãn hàng hóa, phạt tiền 6.000.000 đồng."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 1)
        #expect(s.value("II.5.c", "establishments_inspected") == 6)
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.value("II.5.a", "fines_vnd") == 6_000_000)
    }

    /// A commune's workbook: one sheet per neighbourhood ("Tổ dân phố …") and a sheet of
    /// totals whose rows name the work done beside what each figure counts ("Việc đã làm |
    /// Chỉ tiêu | ĐVT | Tổng"). The totals sheet is the report, its work column the task of
    /// each figure's row; the neighbourhoods' sheets add up to it and are not read again.
    @Test func sheetsAddingUpToTheTotalsSheetAreParts() {
        var totals = testSheet("Tong", [
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 211/BC-UBND", nil, nil, nil, "Sài Gòn, ngày 05 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Việc đã làm", "Chỉ tiêu", "ĐVT", "Tổng", "Tình hình"],
            [1, "Cùng Chi cục kiểm tra cân tại các chợ và quầy hàng trên địa bàn phường", "Cuộc kiểm tra", "cuộc", 5, "Còn làm"],
            [nil, nil, "Quầy hàng được kiểm tra", "cơ sở", 26],
            [nil, nil, "Tiền phạt", "đồng", 4_000_000],
            [2, "Tuyên truyền quy định về cân đong đo đếm trên loa tổ dân phố", "Tin phát thanh", "tin", 14, "Làm xong"],
        ], part: 1)
        // The work and its status merged down over the rows of its figures, as Excel shows them.
        totals.merges = [2, 6].map { c in CellRange(first: CellReference(row: 5, column: c), last: CellReference(row: 7, column: c)) }
            + [CellRange(first: CellReference(row: 5, column: 1), last: CellReference(row: 7, column: 1))]
        let neighbourhoods = (1...3).map { k in
            testSheet("TDP \(k)", [
                ["Số liệu Tổ dân phố \(k)"],
                ["STT", "Nội dung", "ĐVT", "Số lượng"],
                [1, "Cuộc kiểm tra", "cuộc", [2, 2, 1][k - 1]],
                [2, "Quầy hàng được kiểm tra", "cơ sở", [10, 9, 7][k - 1]],
                [3, "Tiền phạt", "đồng", [1_500_000, 2_500_000, 0][k - 1]],
                [4, "Tin phát thanh", "tin", [5, 4, 5][k - 1]],
            ], part: k + 1)
        }
        let s = extract(Document(kind: .spreadsheet, sheets: [totals] + neighbourhoods), fileName: "phuong-tong-hop.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 26)
        #expect(s.value("II.5.c", "fines_vnd") == 4_000_000)
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(!s.findings.contains { $0.source?.contains("TDP") == true })
    }
}

