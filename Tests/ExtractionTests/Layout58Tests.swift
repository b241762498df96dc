import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 58: layouts of the held-out sets 286–290, opened this round. Units and figures here
// are this file's own.

@Suite struct Layout58Tests {
    /// A commune's sheet "TT | Nội dung / tình trạng | Cuộc | Cơ sở | … | Số khác (ghi rõ)":
    /// each row's work and, after " / ", how far it came. Leaflets counted in the "other"
    /// column ("300 tờ gấp") are what the propaganda put out, as "tờ rơi" is.
    @Test func statusAfterASlashInTheWorksCell() {
        let s = extract(workbook([
            ["UBND XÃ BÌNH MỸ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 71/BC-UBND"],
            [nil, nil, nil, "Bình Mỹ, ngày 30 tháng 10 năm 2026"], [],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["TT", "Nội dung / tình trạng", "Cuộc", "Cơ sở", "Vi phạm", "Tiền phạt (đồng)", "Số khác (ghi rõ)", "Ghi chú"],
            [1, "Kiểm tra cân tại chợ Bình Mỹ / đang làm", 2, 17, 1, 2_500_000],
            [2, "Tuyên truyền trên loa, phát tờ gấp / xong", nil, nil, nil, nil, "300 tờ gấp"],
            [3, "Tố giác vi phạm về TCĐLCL / không phát sinh"],
        ]), fileName: "binhmy.xlsx")
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 300)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// "Tên việc | Số liệu 1 | Số liệu 2 | Số liệu 3": the columns say nothing of what they
    /// count; each cell says it after its number ("05 lớp", "412 học viên"). The row's name
    /// ("Lớp tập huấn …") names the row, not each count: the counts were added up into one.
    @Test func eachCountOfARowIsWhatItsOwnUnitSays() {
        let s = extract(workbook([
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM"], ["Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"],
            ["Số: 455/BC-TĐC", nil, nil, nil, "TP.HCM, ngày 05/11/2026"], [],
            ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["Mã việc", "Tên việc", "Số liệu 1", "Số liệu 2", "Số liệu 3", "Tình trạng"],
            ["V-01", "Lớp tập huấn văn bản pháp luật TĐC cho doanh nghiệp", "04 lớp", "356 học viên", nil, "Hoàn tất"],
            ["V-02", "Kiểm tra nhà nước về TĐC hàng hóa lưu thông", "17 cuộc", "143 cơ sở", "phạt 95.000.000 đồng", "Đang chạy"],
        ]), fileName: "chicuc.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 4)
        #expect(s.value("II.1.a", "participants") == 356)
        #expect(s.value("II.5.a", "inspections") == 17)
        #expect(s.value("II.5.a", "establishments_inspected") == 143)
        #expect(s.value("II.5.a", "fines_vnd") == 95_000_000)
    }

    /// "KK - …", "ĐX - …": difficulties and proposals under a sheet's rows, each marked by its
    /// section's short name and a dash instead of a colon.
    @Test func itemsMarkedByTheSectionsShortNameAndADash() {
        let s = extract(workbook([
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM"], ["Phòng Quản lý Khoa học"], ["Số: 88/BC-QLKH", nil, nil, "TP.HCM, ngày 03/11/2026"], [],
            ["Mã việc", "Tên việc", "Số liệu", "Tình trạng"],
            ["Q-01", "Góp ý dự thảo tiêu chuẩn quốc gia", "06 dự thảo", "Hoàn tất"],
            [],
            [nil, "KK - Số chuyên gia thẩm định về tiêu chuẩn còn ít."],
            [nil, "ĐX - Đề nghị Chi cục chia sẻ danh sách chuyên gia về tiêu chuẩn."],
        ]), fileName: "qlkh.xlsx")
        #expect(s.difficulties.map(\.text) == ["Số chuyên gia thẩm định về tiêu chuẩn còn ít"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục chia sẻ danh sách chuyên gia về tiêu chuẩn"])
    }

    /// "số cuộc kiểm tra là 02, số cửa hàng được kiểm tra là 9, …": each figure after its label
    /// and "là", in a run; before, each label reached into the one after it and none was read.
    @Test func fieldsLinkedToTheirValuesByLa() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("«Kiểm tra đo lường tại cửa hàng xăng dầu»: phường phối hợp kiểm tra các cửa hàng xăng dầu trên địa bàn; số cuộc kiểm tra là 02, số cửa hàng được kiểm tra là 9, số cửa hàng vi phạm là 01, số tiền phạt là 5 triệu đồng. Tóm lại, việc này phường vẫn đang tiếp tục làm."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 9)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.value("II.5.c", "fines_vnd") == 5_000_000)
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }

    /// "Việc xã đã làm | Tình trạng | Cuộc KT | Cơ sở KT | …" with each count typed quarter by
    /// quarter and its total after "=" ("1+0+2+1=4"): the header names the rows' work (as
    /// "Việc sở đã làm" does), each cell's total is its count.
    @Test func countsTypedPartByPartWithTheirTotal() {
        let s = extract(workbook([
            ["UBND XÃ TÂN AN HỘI", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 140/BC-UBND"],
            [nil, nil, nil, nil, "Tân An Hội, ngày 29 tháng 10 năm 2026"], [],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["STT", "Việc xã đã làm", "Tình trạng", "Cuộc KT", "Cơ sở KT", "Vi phạm", "Tin, bài"],
            [1, "Kiểm tra đo lường xăng dầu, cân tại chợ Tân An Hội", "Xong", "1+0+1+1=3", "5+0+6+4=15", "0+0+1+1=2"],
            [2, "Tuyên truyền Chỉ thị 38 trên đài truyền thanh xã", "Xong", nil, nil, nil, "1+2+2+1=6"],
        ]), fileName: "tananhoi.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "Đầu việc 02 – Kiểm tra …": items numbered by the word "Đầu việc" and a dash. The
    /// number is no figure and the line is read as "2. …"; before, "Đầu việc 02" was quoted as
    /// a figure of no task.
    @Test func itemsNumberedByAWordAndADash() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Đầu việc 01 – Tuyên truyền trên loa phát thanh phường"),
            .p("Phát thanh trên hệ thống loa các khu phố nội dung quy định về đo lường trong mua bán."),
            .p("- Tin, bài đã phát: 08"),
            .p("Chốt lại: còn đang làm."),
            .p("Đầu việc 02 – Cử cán bộ dự tập huấn"),
            .p("Cử 03 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Chốt lại: đã làm xong."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(!s.findings.contains { $0.message.contains("Đầu việc 0") })
    }

    /// Statuses in a ward's own words: "chưa bắt tay vào làm" (not yet begun); "Chưa có đề
    /// nghị phối hợp" for work done on request (nothing asked yet: nothing arose); and
    /// "Bồi dưỡng cho cán bộ xã" is the officers' training (II.3.a).
    @Test func statusesAndTrainingInAWardsOwnWords() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("«Bồi dưỡng cho cán bộ phường»: phường chưa cử được cán bộ đi bồi dưỡng do trùng lịch. Tình hình: chưa bắt tay vào làm."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.entry("II.3.a")?.status == .notStarted)
        let t = extract(workbook([
            ["UBND PHƯỜNG TÂN HÒA"], ["Số: 31/BC-UBND"], ["Tân Hòa, ngày 27 tháng 10 năm 2026"], [],
            ["BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["Nội dung phối hợp theo Kế hoạch", "Số liệu", "Mức độ"],
            ["Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "06 tin trên trang thông tin điện tử phường", "Hoàn thành"],
            ["Lấy mẫu khảo sát chất lượng hàng hóa", "—", "Chưa có đề nghị phối hợp"],
        ]), fileName: "tanhoa.xlsx")
        #expect(t.entry("II.5.b")?.status == .notApplicable)
    }

    /// "Sở được giao: duy trì, cải tiến hệ thống quản lý chất lượng." states the work the
    /// department was given; "duy trì" there is no progress. "Đánh giá: Sở đã hoàn thành."
    /// below it is the status.
    @Test func whatTheUnitWasGivenIsNoStatus() {
        let s = extract(word([deptHeader58, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về áp dụng ISO 9001 tại cơ quan Sở."),
            .p("Sở được giao: duy trì, cải tiến hệ thống quản lý chất lượng."),
            .p("Kết quả tính đến ngày 31/10/2026: Sở đã rà soát, cập nhật các quy trình nội bộ."),
            .p("Đánh giá: Sở đã hoàn thành."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(!s.findingCodes.contains("status-conflict"))
    }

    /// "“Dự lớp tập huấn của Sở” – Cử 04 công chức …": a title in quotation marks and, after a
    /// dash, what was done, read as when a colon ends the title. Before, the paragraph's
    /// figures were quoted as of no task.
    @Test func aQuotedTitleThenADash() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("“Đưa tin trên trang của phường” – Đăng 07 tin, bài về cân đối chứng trên trang Facebook và Zalo của phường."),
            .p("Nhận định: đã xong."),
            .p("“Dự lớp tập huấn của Sở” – Cử 03 công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng."),
            .p("Nhận định: hoàn thành."),
            .p("Khó khăn:"), .p("+ Phường chưa có kinh phí riêng cho công tác kiểm tra."),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(!s.findingCodes.contains("figure-without-task"))
    }

    /// "Lớp/buổi | Người dự" beside counts typed quarter by quarter ("0+1+0+0=1"): the
    /// columns count classes and attendees; "VM1: …" under the table is a difficulty ("vướng
    /// mắc" short, numbered as "KN1:" is).
    @Test func classesAndAttendeesColumnsAndVMItems() {
        let s = extract(workbook([
            ["UBND XÃ AN NHƠN TÂY", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 88/BC-UBND"],
            [nil, nil, nil, nil, "An Nhơn Tây, ngày 26 tháng 10 năm 2026"], [],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["STT", "Việc xã đã làm", "Tình trạng", "Lớp/buổi", "Người dự"],
            [1, "Cử công chức đi tập huấn nghiệp vụ TĐC do Chi cục mở", "Xong", "0+1+0+1=2", "0+2+0+2=4"],
            [],
            ["VM1: Xã chưa có kinh phí riêng cho hoạt động tiêu chuẩn, đo lường, chất lượng."],
            ["KN1: Đề nghị Chi cục mở lớp tập huấn trực tiếp tại xã."],
        ]), fileName: "annhontay.xlsx")
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 4)
        #expect(s.difficulties.count == 1)
        #expect(s.proposals.count == 1)
    }

    /// "Số buổi / số tin | 07 tin bài": a header naming two kinds; the count's own unit says
    /// which. Before, news items were counted as sessions.
    @Test func aHeaderOfTwoKindsAndTheCountsOwnUnit() {
        let s = extract(workbook([
            ["UBND XÃ NGÃI GIAO"], ["Số: 201/BC-UBND"], ["Ngãi Giao, ngày 27 tháng 10 năm 2026"], [],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"], [],
            ["TT", "Nội dung công việc", "Số buổi / số tin", "Số người tham dự", "Tình trạng"],
            [1, "Tuyên truyền trên trang thông tin điện tử xã", "09 tin bài", "-", "Xong"],
            [2, "Hội nghị tuyên truyền cho tiểu thương về cân đúng", "01", 60, "Xong"],
        ]), fileName: "ngaigiao.xlsx")
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 60)
    }
}

private let deptHeader58: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG\nSố: 6120/BC-SXD",
                                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"]])
