import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 41's readings of tables and running totals: a table typed in a
// chat app with dashes between its columns and pasted into Word; a running total that goes on
// with a list of figures; a row whose running total is left blank; a column of the plan's
// products beside the column of results; the year's plan in brackets after the rate against
// it; a "Ghi nhận" column of each row's state. The words are this file's own.

@Suite struct Columns41Tests {
    /// A chat message pasted into Word: a header row, then one paragraph a row, the columns
    /// parted by " – ".
    @Test func dashTypedTableFromAChatIsReadAsColumns() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Hương KT phường 08:15"),
            .p("Em gửi số liệu KH38 ạ (tháng này / cộng từ đầu năm)"),
            .p("TT – Việc – Tháng này – Cộng từ đầu năm – Tình hình"),
            .p("1 – Kiểm tra cân ở chợ, cây xăng – 1 cuộc / 5 cơ sở – 5 cuộc / 31 cơ sở / 2 vi phạm – đang làm"),
            .p("2 – Tuyên truyền trên loa phường – 2 tin – 11 tin – xong"),
            .p("3 – Cử người dự tập huấn của Sở – — – 3 người – xong"),
        ]))
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// "Nhiệm vụ: … – Kết quả: … – Tiến độ: …" lines are one item's fields, not a table: no
    /// header row opens them.
    @Test func dashedFieldsOfAnItemStayText() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Nhiệm vụ được giao: tuyên truyền pháp luật về đo lường – Kết quả: đăng 07 tin, bài trên trang thông tin điện tử – Tiến độ: hoàn thành –"),
            .p("2. Nhiệm vụ được giao: kiểm tra đo lường tại chợ theo phân cấp – Kết quả: 03 cuộc kiểm tra tại 19 cơ sở – Tiến độ: đang thực hiện –"),
            .p("3. Nhiệm vụ được giao: cử công chức dự tập huấn nghiệp vụ – Kết quả: cử 02 công chức tham dự – Tiến độ: hoàn thành –"),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// "… cộng dồn từ đầu năm tới giờ là 06 cuộc, 41 cơ sở": every figure listed right after
    /// the running total's first is a total too, and stands for the period's own.
    @Test func figuresListedAfterARunningTotalAreTotals() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Kiểm tra đo lường ở chợ"),
            .p("Kết quả đạt được: trong tháng 10 phường kiểm tra 02 cuộc, coi được 14 hộ bán hàng có dùng cân, cộng dồn từ đầu năm tới giờ là 06 cuộc, 41 cơ sở, có 03 trường hợp vi phạm. Đang làm tiếp."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
    }

    /// A part of a total in the same list ("07 doanh nghiệp được hướng dẫn, 03 doanh nghiệp
    /// nộp hồ sơ") is no second total of its kind.
    @Test func aSecondCountOfTheTotalsKindIsAPart() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Hướng dẫn doanh nghiệp công bố chất lượng sản phẩm"),
            .p("Tổng kết: 07 doanh nghiệp được hướng dẫn, 03 doanh nghiệp nộp hồ sơ; đã xong."),
        ]))
        #expect(s.value("II.2.d", "enterprises_supported") == 7)
    }

    /// "Tháng này | Cộng từ đầu năm" with the running total left blank on a row: the month's
    /// figures are the row's result.
    @Test func aBlankRunningTotalLeavesThePeriodsFigures() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"),
            .table([["STT", "Việc", "Tháng này", "Lũy kế từ đầu năm", "Tình hình"],
                    ["1", "Tuyên truyền trên loa, trang phường", "2 tin", "9 tin", "xong"],
                    ["2", "Phối hợp đoàn Chi cục kiểm tra chất lượng xăng dầu", "1 cuộc / 6 cơ sở, lấy 4 mẫu", "—", "xong"]]),
        ]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.5.a", "inspections") == 1)
        #expect(s.value("II.5.a", "samples_tested") == 4)
    }

    /// "Sản phẩm đầu ra | Kết quả": the plan's products beside the results are no result;
    /// "đạt 90% KH năm (40 cuộc)": the bracket after the plan's name is the plan's number.
    @Test func plannedOutputsAndBracketedTargetsAreNoResults() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"),
            .table([["STT", "Nhiệm vụ", "Sản phẩm đầu ra", "Kết quả", "Tiến độ"],
                    ["1", "Tập huấn văn bản pháp luật về đo lường, chất lượng cho hộ kinh doanh", "05 lớp tập huấn; 01 buổi tọa đàm",
                     "Tổng cộng 06 lớp, buổi với 410 lượt người tham dự; đạt 100% KH năm (06)", "Đạt – đã xong"],
                    ["2", "Kiểm tra đo lường theo phân cấp tại chợ, cửa hàng xăng dầu", "Biên bản kiểm tra",
                     "12 cuộc kiểm tra tại 75 cơ sở; đạt 80% KH năm (15 cuộc)", "Đang làm"]]),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 6)
        #expect(s.value("II.1.a", "participants") == 410)
        #expect(s.value("II.5.c", "inspections") == 12)
    }

    /// "… theo kế hoạch năm tại 22 cơ sở": the plan named in passing makes no target of the
    /// count after it.
    @Test func thePlanNamedInPassingLeavesTheCount() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Kiểm tra đo lường trong kinh doanh"),
            .p("Hoàn tất 4 cuộc kiểm tra theo kế hoạch năm tại 22 cơ sở; phát hiện 2 cơ sở vi phạm."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 22)
    }

    /// "# | Hạng mục | Kỳ này | Cộng dồn | Ghi nhận": a table pasted from a mail closes each
    /// row with its state; "ghi nhãn" inside a task's words heads no such column.
    @Test func aGhiNhanColumnStatesEachRowsState() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"),
            .table([["#", "Hạng mục", "Kỳ này", "Cộng dồn", "Ghi nhận"],
                    ["1", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", "—", "2 dự thảo", "Hoàn tất"],
                    ["2", "Kiểm tra đo lường tại chợ", "1 cuộc", "4 cuộc; 20 cơ sở", "Đang thực hiện"]]),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.e")?.status == .completed)
        let t = extractor.gridRecognisers
        #expect(t?.headerRole("Ghi nhận").role == .status)
        #expect(t?.headerRole("Hướng dẫn hộ kinh doanh công bố chất lượng, ghi nhãn").role != .status)
    }

    /// "I. Khó khăn của đơn vị", "II. Đơn vị đề xuất": a part's heading that says whose items
    /// they are, before or after its words, opens the part as the words alone do.
    @Test func headingsNamingWhoseItemsOpenTheirParts() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về đo lường: phường đăng 05 tin, bài trên trang thông tin điện tử. Đã xong."),
            .p("II. Khó khăn của đơn vị"),
            .p("1. Thiếu công chức có chuyên môn về đo lường để đi kiểm tra."),
            .p("III. Đơn vị đề xuất"),
            .p("1. Đề nghị Chi cục mở lớp tập huấn kiểm tra nhanh cân tại chợ."),
        ]))
        #expect(s.difficulties.contains { $0.text.contains("Thiếu công chức") })
        #expect(s.proposals.contains { $0.text.contains("mở lớp tập huấn") })
        #expect(!s.difficulties.contains { $0.text.contains("mở lớp tập huấn") })
    }

    /// A row labelled with nothing but one task's own phrase ("Tin bài") is that task's,
    /// however many plan titles share one of its words ("tin" of "thông tin").
    @Test func aShortLabelThatIsOneTasksPhraseNamesIt() {
        let ranked = extractor.gridRecognisers!.rankTasks("Tin bài")
        #expect(ranked.first?.code == "II.1.a")
        let s = extract(word([wardHeader, .p("BÁO CÁO"),
            .table([["TT", "Việc", "Số liệu", "Tình hình"],
                    ["1", "Kiểm tra cân ở chợ theo phân cấp", "3 cuộc, 20 cơ sở", "đang làm"],
                    ["2", "Tin bài", "6 tin", "xong"]]),
        ]))
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 20)
    }

    /// "Chi cục" is no "chi" (spent): the fine's amount after "số tiền xử phạt do Chi cục ban
    /// hành quyết định là" is a fine, not money spent.
    @Test func aNameOpeningWithAMoneyWordIsNoContext() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Ở phần kiểm tra đo lường tại chợ, phường đã kiểm tra 04 cuộc tại 22 cơ sở; phát hiện 02 trường hợp vi phạm, số tiền xử phạt do Chi cục ban hành quyết định là 35.000.000 đồng. Đã xong."),
        ]))
        #expect(s.value("II.5.c", "fines_vnd") == 35_000_000)
        #expect(s.value("II.5.c", "budget_spent_vnd") == nil)
    }
}
