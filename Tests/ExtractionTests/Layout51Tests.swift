import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 51: layouts of the held-out sets 251–255, opened this round. Units and figures here
// are this file's own.

private let deptHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG\nSố: 3120/BC-SXD",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026"]])

@Suite struct Layout51Tests {
    /// A department's bold items lettered "a/ b/ c/" in its own order, each naming its task in
    /// its own words: every letter opens its own task, as "a)" does. Before, the slash was no
    /// item mark, and every item after the first one read by meaning went into that one task.
    @Test func itemsLetteredWithASlashEachOpenTheirTask() {
        let s = extract(word([
            deptHeader,
            .p("BÁO CÁO"),
            .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .bold("a/ Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất."),
            .p("Sở đã hỗ trợ 11 doanh nghiệp vật liệu xây dựng áp dụng ISO 9001 và công cụ 5S. Sở tiếp tục triển khai."),
            .bold("b/ Góp ý dự thảo quy chuẩn, tiêu chuẩn."),
            .p("Sở đã có văn bản góp ý 03 dự thảo tiêu chuẩn quốc gia về vật liệu xây dựng. Nhiệm vụ này Sở đã triển khai xong."),
            .bold("c/ Khảo sát chất lượng vật liệu xây dựng lưu thông."),
            .p("Sở lấy 16 mẫu xi măng, thép tại các cửa hàng để thử nghiệm chất lượng. Đợt khảo sát năm 2026 Sở đã triển khai xong."),
        ]))
        #expect(s.value("II.2.d", "enterprises_supported") == 11)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.value("II.5.b", "samples_tested") == 16)
    }

    /// "tổng kinh phí hỗ trợ được duyệt là 1.260.000.000 đồng, … đã giải ngân 845.000.000
    /// đồng": the amount approved is a target, the amount disbursed the spending.
    @Test func anAmountApprovedWithItsVerbBetweenIsNoSpending() {
        let s = extract(word([
            deptHeader,
            .p("BÁO CÁO"),
            .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ II.2.d: Sở đã hỗ trợ 08 doanh nghiệp áp dụng ISO 9001; tổng kinh phí hỗ trợ được duyệt là 920.000.000 đồng, đến ngày 15/10/2026 đã giải ngân 610.000.000 đồng. Sở tiếp tục triển khai."),
        ]))
        #expect(s.value("II.2.d", "budget_spent_vnd") == 610_000_000)
    }

    /// A biểu whose task cell stands on the task's own row only, its activity rows below with
    /// the task cell blank ("1 | Tập huấn, tuyên truyền … | | | | Hoàn thành" over "1.1 | |
    /// Lớp tập huấn … | 6 | lớp"): the kinds of figures of the rows below weigh for the task
    /// that reports them, as they do under a merged task cell.
    @Test func theRowsUnderATaskCellLeftBlankWeighForItsTask() {
        let s = extract(workbook([
            ["SỞ AN TOÀN THỰC PHẨM", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 1402/BC-SATTP", nil, nil, "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"],
            ["PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung nhiệm vụ (theo Kế hoạch 38)", "Hoạt động cụ thể của đơn vị", "Số lượng", "ĐVT", "Tình hình thực hiện"],
            ["1", "Tập huấn, tuyên truyền quy định về nhãn hàng hóa, công bố sản phẩm thực phẩm", nil, nil, nil, "Hoàn thành"],
            ["1.1", nil, "Lớp tập huấn cho hộ sản xuất thực phẩm", 4, "lớp"],
            ["1.2", nil, "Lượt người tham dự", 310, "lượt người"],
            ["1.3", nil, "Tin, bài tuyên truyền", 15, "tin, bài"],
        ]), fileName: "pl01.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "training_courses") == 4)
        #expect(s.value("II.1.a", "participants") == 310)
        #expect(!s.findingCodes.contains("task-ambiguous"))
    }

    /// A commune's closing "IV. TỰ ĐÁNH GIÁ" repeating its items' own titles with their
    /// statuses ("3. Về kiểm tra vật tư nông nghiệp: Đã hoàn thành."): each status is the task
    /// of the item with that title, whatever other task its words are near. Before, the item's
    /// number made the line two clauses and no status was read.
    @Test func aClosingSelfAssessmentByTheItemsOwnTitles() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ ĐẠT ĐƯỢC"),
            .p("1. Về tuyên truyền: Đài truyền thanh phường phát được 06 tin, bài về tiêu chuẩn, đo lường, chất lượng."),
            .p("2. Về kiểm tra cân tại chợ: Phường kiểm tra được 02 cuộc tại chợ với 17 cơ sở, không phát hiện vi phạm."),
            .p("3. Về kiểm tra vật tư nông nghiệp: Phường phối hợp kiểm tra chất lượng phân bón được 01 cuộc tại 05 đại lý vật tư nông nghiệp, phát hiện 01 đại lý vi phạm về nhãn hàng hóa."),
            .p("II. KIẾN NGHỊ"),
            .p("- Kiến nghị Chi cục phối hợp kiểm định cân tại chợ trong quý IV."),
            .p("III. TỰ ĐÁNH GIÁ"),
            .p("Qua thực hiện, Ủy ban nhân dân tự đánh giá từng nội dung như sau:"),
            .p("1. Về tuyên truyền: Đang thực hiện."),
            .p("2. Về kiểm tra cân tại chợ: Đã hoàn thành."),
            .p("3. Về kiểm tra vật tư nông nghiệp: Đã hoàn thành."),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.5.a")?.status == .completed)
    }

    /// Dealers are establishments: "kiểm tra … tại 05 đại lý vật tư nông nghiệp, phát hiện 01
    /// đại lý vi phạm".
    @Test func dealersInspectedAndOffendingAreCounted() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Nhiệm vụ II.5.c: Phường kiểm tra được 01 cuộc tại 05 đại lý vật tư nông nghiệp, phát hiện 01 đại lý vi phạm về nhãn hàng hóa. Đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 5)
        #expect(s.value("II.5.c", "violations") == 1)
    }

    /// A ward's activity log tagged by its own name of each work ("Thuộc việc"), with its
    /// summary by work below ("TỔNG HỢP THEO VIỆC": "Việc | Cộng số liệu | Tình trạng"): the
    /// summary's totals and statuses are read, the log's rows are their parts and are not
    /// added again; each summary row with its own status is its own work.
    @Test func aTaggedLogIsReadThroughItsSummaryBelow() {
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN"],
            ["Theo dõi thực hiện KH 38 năm 2026 - số liệu đến ngày 15/10/2026"],
            ["Số: 212/BC-UBND      Ngày 22/10/2026"],
            [],
            ["STT", "Ngày", "Việc đã làm", "SL", "ĐVT", "Thuộc việc"],
            [1, "03/02/2026", "Tuyên truyền trên loa phát thanh khu phố về cân đong đúng", 6, "lượt phát", "Tuyên truyền"],
            [2, "20/03/2026", "Đăng bài trên trang thông tin điện tử phường", 3, "bài", "Tuyên truyền"],
            [3, "24/06/2026", "Kiểm tra đo lường tại chợ Bến Thành", 1, "cuộc", "Kiểm tra"],
            [4, "24/06/2026", "Hộ kinh doanh tại chợ được kiểm tra cân", 17, "hộ", "Kiểm tra"],
            [5, "17/09/2026", "Kiểm tra cân tại chợ Thái Bình", 1, "cuộc", "Kiểm tra"],
            [6, "17/09/2026", "Hộ kinh doanh tại chợ được kiểm tra cân", 12, "hộ", "Kiểm tra"],
            [],
            ["TỔNG HỢP THEO VIỆC"],
            [nil, "Việc", "Cộng số liệu", nil, nil, "Tình trạng"],
            [nil, "Tuyên truyền", "03 bài (kèm 06 lượt phát thanh)", nil, nil, "xong"],
            [nil, "Kiểm tra (phân cấp)", "02 cuộc; 29 cơ sở", nil, nil, "đang làm tiếp"],
        ]), fileName: "theo-doi.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 29)
    }

    /// The same summary beside the log, on the log's own rows (columns H–J): read alone, each
    /// row its own work by its status, its cells where they stand.
    @Test func aTaggedLogIsReadThroughItsSummaryBeside() {
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHÒNG QUẢN LÝ ĐO LƯỜNG", nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 52/BC-QLĐL", nil, nil, nil, "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026"],
            ["SỔ THEO DÕI CÁC VIỆC THUỘC KẾ HOẠCH CT38/2026"],
            [nil, nil, nil, nil, nil, nil, nil, "TỔNG HỢP THEO VIỆC"],
            ["STT", "Ngày", "Hoạt động", "Kết quả", "Thuộc việc", nil, nil, "Việc", "Tổng kết quả", "Tình trạng"],
            [1, "14/04/2026", "Kiểm tra đo lường xăng dầu", "04 cuộc; 31 cơ sở; 03 vi phạm", "Kiểm tra đo lường", nil, nil, "Kiểm tra đo lường", "06 cuộc; 77 cơ sở; 08 vi phạm", "Đang thực hiện"],
            [2, "08/06/2026", "Hiệu chuẩn thiết bị kiểm tra nhanh, bộ quả cân nghiệp vụ", "14 phương tiện", "Hiệu chuẩn TB nghiệp vụ", nil, nil, "Hiệu chuẩn TB nghiệp vụ", "14 phương tiện", "Xong"],
            [3, "11/09/2026", "Kiểm tra đo lường cân tại chợ đầu mối", "02 cuộc; 46 cơ sở; 05 vi phạm", "Kiểm tra đo lường"],
        ]), fileName: "so-theo-doi.xlsx")
        #expect(s.value("II.5.a", "inspections") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 77)
        #expect(s.value("II.4.b", "instruments_verified") == 14)
        #expect(s.entry("II.4.b")?.status == .completed)
    }

    /// A department's letter closing its items with a count by state ("Như vậy, … 03 nội dung:
    /// 01 … đã hoàn thành, 02 … đang thực hiện."), then, with no heading, a paragraph of its
    /// difficulty and its request: each sentence is an item by its words, none the last task's
    /// passage; "<unit> không có khó khăn, vướng mắc" is no item.
    @Test func aClosingCountByStateEndsTheItems() {
        let s = extract(word([
            deptHeader,
            .p("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh."),
            .p("Sở Xây dựng báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"),
            .p("1. Góp ý quy chuẩn, tiêu chuẩn: Sở tham gia góp ý 03 dự thảo TCVN về vật liệu xây dựng; đến nay đã hoàn thành."),
            .p("2. Cử công chức tập huấn: Sở chưa cử được công chức tham gia các lớp tập huấn; đến nay chưa thực hiện."),
            .p("Như vậy, Sở Xây dựng được đề nghị phối hợp 02 nội dung: 01 nội dung đã hoàn thành, 01 nội dung chưa thực hiện."),
            .p("Biên chế của phòng chuyên môn còn thiếu, chưa bố trí được công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng. Kính đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn trực tuyến cho công chức các sở trong Quý I/2027."),
            .p("Trân trọng./."),
        ]))
        #expect(s.entry("II.3.a")?.status == .notStarted)
        #expect(s.difficulties.map(\.text) == ["Biên chế của phòng chuyên môn còn thiếu, chưa bố trí được công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng"])
        #expect(s.proposals.map(\.text) == ["Kính đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn trực tuyến cho công chức các sở trong Quý I/2027"])
    }

    @Test func aUnitSayingItHasNoDifficultyGivesNoItem() {
        let s = extract(word([
            deptHeader,
            .p("BÁO CÁO"),
            .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Nhiệm vụ II.2.e: Sở góp ý 02 dự thảo TCVN. Đã hoàn thành."),
            .p("III. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("Sở Xây dựng không có khó khăn, vướng mắc."),
        ]))
        #expect(s.difficulties.isEmpty)
    }

    /// A forecast under an item ("Dự kiến năm 2027: đặt hàng 05 nhiệm vụ, hỗ trợ khoảng 30
    /// doanh nghiệp.") states no result: the item's figures are this year's only.
    @Test func aForecastUnderAnItemIsNoResult() {
        let s = extract(word([
            deptHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện năm 2026 và dự kiến năm 2027"),
            .p("I. KẾT QUẢ THỰC HIỆN NĂM 2026"),
            .p("Nhiệm vụ II.2.a: Sở hỗ trợ 12 doanh nghiệp áp dụng công cụ cải tiến năng suất. Đang thực hiện."),
            .p("Dự kiến năm 2027: hỗ trợ thêm 25 doanh nghiệp."),
        ]))
        #expect(s.value("II.2.a", "enterprises_supported") == 12)
    }
}
