import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 53: layouts of the held-out sets 261–265, opened this round. Units and figures here
// are this file's own.

private let chiCucHeader: [Piece] = [
    .p("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), .p("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"), .p("Số: 905/BC-TĐC"),
    .p("TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026"), .p("BÁO CÁO"),
    .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
]

@Suite struct Layout53Tests {
    /// Each job a heading, then "- Về khối lượng: …", "- Về chất lượng: …", "- Về tiến độ: …":
    /// the aspects of the job above, not topics of their own, so its figures and status are
    /// the job's; the numbers of the quality line (how well it went, the readers a mailing
    /// reached) are quoted for a person, not added. Before, each aspect line was a new item
    /// named by its title, and the figures stood on no task.
    @Test func aJobToldByItsAspectsKeepsItsFiguresAndStatus() {
        let s = extract(word(chiCucHeader + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1) Tập huấn văn bản pháp luật cho doanh nghiệp nhập khẩu"),
            .p("- Về khối lượng: Chi cục đã tổ chức tổng cộng 03 lớp/buổi với 210 lượt người tham dự."),
            .p("- Về chất lượng: Trên 90% học viên đánh giá nội dung thiết thực; tài liệu được gửi tới hơn 400 doanh nghiệp."),
            .p("- Về tiến độ: Hoàn thành trong Quý III/2026."),
            .p("2) Góp ý tiêu chuẩn, quy chuẩn kỹ thuật"),
            .p("- Về khối lượng: Góp ý 09 dự thảo TCVN do Bộ gửi lấy ý kiến."),
            .p("- Về tiến độ: Đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 210)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "enterprises_supported") == nil)
        #expect(s.findings.contains { $0.code == "figure-unrecognized" && $0.message.contains("400 doanh nghiệp") })
        #expect(s.value("II.2.e", "standards_reviewed") == 9)
        #expect(s.entry("II.2.e")?.status == .inProgress)
    }

    /// "2. Công tác kiểm tra đo lường, chất lượng tại chợ và các hộ kinh doanh (đang thực
    /// hiện)": the status a numbered heading ends with in brackets is no part of its title's
    /// length, so the line is still a heading; a line closed by a full stop is an item with
    /// its status. Before, the heading ran into the task above with its figures.
    @Test func aNumberedHeadingEndingWithItsStatusIsStillAHeading() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("1. Công tác tuyên truyền (đã thực hiện xong)"),
            .p("Phường đăng 12 tin, bài trên trang thông tin điện tử của phường."),
            .p("2. Công tác kiểm tra đo lường, chất lượng tại chợ và các hộ kinh doanh (đang thực hiện)"),
            .p("Tổ công tác phường kiểm tra 6 hộ kinh doanh, xử phạt 2 triệu đồng."),
            .p("3. Duy trì áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại bộ phận một cửa của phường (đang thực hiện)."),
            .p("III. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Thiếu cân đối chứng tại chợ."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.1.a", "fines_vnd") == nil)
        #expect(s.value("II.5.c", "establishments_inspected") == 6)
        #expect(s.value("II.5.c", "fines_vnd") == 2_000_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
    }

    /// "– Phổ biến … (mục 1b – đã hoàn thành)." after items of another task: an item that
    /// closes by citing its one task of the plan in brackets names that task, figures and all;
    /// a code marked for a note ("(II.3.c*)", last year's numbering) does not. Before, the
    /// item stood on the task its words came nearest to, or on none.
    @Test func anItemClosingWithItsCodeInBracketsNamesItsTask() {
        let s = extract(word(chiCucHeader + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền"),
            .p("– Tổ chức 04 lớp tập huấn văn bản quy phạm pháp luật mới cho 380 lượt doanh nghiệp (mục 1a – đã hoàn thành)."),
            .p("6. Hợp tác, trao đổi thông tin"),
            .p("– Đăng 07 bản tin cảnh báo của các nước thành viên WTO trên trang thông tin của Chi cục (mục 6a – đang triển khai)."),
            .p("– Duy trì liên kết chuẩn: đã gửi 12 chuẩn chính đi hiệu chuẩn (II.3.c*)."),
            .p("(*) Mã nội dung ghi theo Kế hoạch năm 2025."),
        ]))
        #expect(s.value("II.6.a", "communications") == 7)
        #expect(s.entry("II.6.a")?.status == .inProgress)
        #expect(s.entry("II.3.c") == nil)
        #expect(s.value("II.1.a", "training_courses") == 4)
    }

    /// A phụ lục whose task rows name their code and status in closing brackets ("Tập huấn
    /// pháp luật cho doanh nghiệp (mục 1a – đã hoàn thành)") over rows of indicators: the
    /// status after the dash is the task's. Before, such tasks stood with no status.
    @Test func aTaskRowsClosingBracketGivesItsCodeAndStatus() {
        let s = extract(workbook([
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"], [],
            ["PHỤ LỤC SỐ LIỆU"],
            ["(Kèm theo Báo cáo số 902/BC-TĐC ngày 04/11/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng)"], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Thực hiện đến 31/10/2026", "Ghi chú"],
            [1, "Tập huấn pháp luật cho doanh nghiệp (mục 1a – đã hoàn thành)"],
            [nil, "Lớp tập huấn", "lớp", 5, 6],
            [nil, "Lượt người tham dự", "lượt", 800, 912],
            [2, "Hỗ trợ công bố hợp chuẩn, hợp quy (mục 2d – đang thực hiện)"],
            [nil, "Doanh nghiệp được hướng dẫn", "doanh nghiệp", "-", 140, "thường xuyên"],
            [3, "Khảo sát chất lượng (mục 5b – đã hoàn thành)"],
            [nil, "Mẫu khảo sát", "mẫu", 120, 120],
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.2.d")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .completed)
        #expect(s.value("II.1.a", "participants") == 912)
    }

    /// A division's sheet "Việc | Đã làm | Con số | Phòng đánh giá": "gần xong (còn đợt tháng
    /// 12)" is nearly done, so under way, and so is "mới bắt đầu đợt 2"; "kinh phí đã chi:
    /// 52.300.000" is money paid out, in đồng. Before, "gần xong" read as done, "mới bắt đầu"
    /// as nothing, and the amount was only quoted.
    @Test func nearlyDoneIsUnderWayAndMoneyPaidOutIsSpent() {
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"], ["PHÒNG QUẢN LÝ CHẤT LƯỢNG"], ["Số 61/BC-QLCL ngày 24/10/2026"], [],
            ["BÁO CÁO VIỆC THUỘC KẾ HOẠCH CT38 – 10 THÁNG 2026"], [],
            ["TT", "Việc", "Đã làm", "Con số", "Phòng đánh giá", "Người theo dõi"],
            [1, "Đề án 996 – đo lường hỗ trợ doanh nghiệp", "Tư vấn hệ thống đo lường tại doanh nghiệp sản xuất.",
             "DN được hỗ trợ: 5\nkinh phí đã chi: 52.300.000", "mới bắt đầu đợt 2", "Lê Văn Bình"],
            [2, "Khảo sát chất lượng hàng hóa", "Lấy mẫu mũ bảo hiểm, đồ chơi trẻ em.", "mẫu đã lấy: 64",
             "gần xong (còn đợt tháng 12)", "Trần Thị Cúc"],
        ]))
        #expect(s.entry("II.2.a")?.status == .inProgress)
        #expect(s.value("II.2.a", "budget_spent_vnd") == 52_300_000)
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.value("II.5.b", "samples_tested") == 64)
    }

    /// A biểu "Dòng | Chỉ tiêu | ĐVT | Số lượng" (its rows numbered for the letter to cite,
    /// "(Biểu, dòng 2–6)") under band rows naming the work: "Dòng" is the rows' numbering,
    /// never a figure, and each band's rows are its task's. Before, every row number was
    /// quoted as a figure and the bands after the first ran into it.
    @Test func rowsNumberedUnderDongAreNoFigures() {
        let s = extract(workbook([
            ["UBND XÃ THÁI MỸ"], [], ["BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(Kèm theo Báo cáo số 77/BC-UBND ngày 29/10/2026 của UBND xã Thái Mỹ)"], [],
            ["Dòng", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"],
            ["Tuyên truyền, phổ biến"],
            [1, "Tin, bài phát trên Đài truyền thanh xã", "tin, bài", 11],
            ["Kiểm tra đo lường"],
            [2, "Cuộc kiểm tra", "cuộc", 3],
            [3, "Cơ sở được kiểm tra", "cơ sở", 21, "chợ Thái Mỹ"],
        ]))
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(!s.findings.contains { $0.code == "figure-unrecognized" })
    }

    /// "Thông báo, cảnh báo về hàng rào kỹ thuật trong thương mại cho doanh nghiệp xuất khẩu":
    /// the agreement's name for TBT spelt out is II.6.a's. Before, the row went to the survey
    /// of goods (II.5.b).
    @Test func technicalBarriersToTradeSpeltOutAreTheAgreementsTask() {
        let s = extract(workbook([
            ["UBND TP. HỒ CHÍ MINH"], ["SỞ CÔNG THƯƠNG"], [],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(Kèm theo Công văn số 3900/SCT-KTATMT ngày 30/10/2026 của Sở Công Thương)"], [],
            ["TT", "Công việc / kết quả", "SL", "ĐVT", "Tiến độ", "Ghi chú"],
            [1, "Thông báo, cảnh báo về hàng rào kỹ thuật trong thương mại cho doanh nghiệp xuất khẩu", nil, nil, "Đã xong"],
            [nil, "- Tin cảnh báo đăng trên Cổng thông tin của Sở", 21, "tin"],
        ]))
        #expect(s.value("II.6.a", "communications") == 21)
        #expect(s.entry("II.5.b") == nil)
    }

    /// "- Công tác tuyên truyền cho tiểu thương chợ …: …" then "- Kiểm định cân và kiểm tra đo
    /// lường tại chợ: …": an item with its own title is resolved by its own words, not with its
    /// sibling's below it (teams' parts of one work titled alike, "- Tổ kiểm tra số 1 …",
    /// "- Tổ kiểm tra số 2 …", are still read together). Before, the sibling's words took the
    /// ward's propaganda to the quality award's task.
    @Test func aTitledItemIsResolvedWithoutItsSiblingsWords() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("- Công tác tuyên truyền cho tiểu thương chợ Bến Thành: Phường phối hợp Ban quản lý chợ tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa với 140 lượt tiểu thương tham dự; in và phát hành 800 tờ rơi tuyên truyền.  Nội dung này đã hoàn thành."),
            .p("- Kiểm định cân và kiểm tra đo lường tại chợ: Phối hợp Chi cục và Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức đợt kiểm định miễn phí cho 150 cân của tiểu thương; thực hiện 02 lượt kiểm tra tại 30 cơ sở.  Nội dung này đang thực hiện."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Thiếu cân đối chứng."),
        ]))
        #expect(s.value("II.1.a", "participants") == 140)
        #expect(s.entry("II.1.b") == nil)
        #expect(s.value("II.5.c", "establishments_inspected") == 30)
    }

    /// "Phổ biến cam kết TBT trong các FTA" over rows of conferences and attendees: the row's
    /// own words speak as much for the trade agreements' task (II.6.a) as for propaganda
    /// (II.1.a), whose title it resembles, and its words speak for the agreements alone
    /// (task_profiles.yaml `deciders`): the agreements' task. Before, a tie in the label's
    /// own words left the row to the title's likeness.
    @Test func aLabelTiedBetweenTwoTasksGoesToTheOneItsWordsAloneName() {
        let s = extract(workbook([
            ["UBND THÀNH PHỐ HỒ CHÍ MINH", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ CÔNG THƯƠNG", nil, "Độc lập - Tự do - Hạnh phúc"],
            [nil, nil, "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"],
            ["PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 NĂM 2026"],
            ["(Kèm theo Báo cáo số 530/BC-SCT ngày 30/10/2026 của Sở Công Thương)"], [],
            ["STT", "Nhiệm vụ / hoạt động", "SL", "ĐVT", "Thời gian hoàn thành", "Tình trạng"],
            [1, "Phổ biến cam kết TBT trong các FTA", nil, nil, "Thường xuyên", "Đang thực hiện"],
            ["a", "Hội nghị phổ biến", 2, "hội nghị"],
            ["b", "Đại biểu doanh nghiệp tham dự", 260, "lượt"],
            [2, "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", nil, nil, "30/6/2026", "Hoàn thành"],
            ["a", "Dự thảo QCVN đã góp ý", 3, "dự thảo"],
        ]))
        #expect(s.value("II.6.a", "participants") == 260)
        #expect(s.entry("II.1.a") == nil)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
    }

    /// A department's "Toàn ngành hiện có 1.980 cơ sở giáo dục …" is what its sector holds, no
    /// result and nothing to quote; its heading "1. Tuyên truyền … trong nhà trường (khoản 1 Mục
    /// II)" cites the plan's group, and is one of that group's tasks. Before, the count was
    /// quoted for a person and the heading stood between propaganda and the schools' courses.
    @Test func aHeadingCitingItsGroupIsOneOfThatGroupsTasks() {
        let s = extract(word([
            .p("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"), .p("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), .p("Số: 4400/SGDĐT-VP"),
            .p("Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"), .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. TÌNH HÌNH CHUNG"),
            .p("Toàn ngành hiện có 1.980 cơ sở giáo dục mầm non, phổ thông trực thuộc Sở."),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền kiến thức về đo lường, nhãn hàng hóa trong nhà trường (khoản 1 Mục II)"),
            .p("Sở phối hợp Chi cục tổ chức 03 buổi tập huấn cho giáo viên phụ trách bếp ăn bán trú về cân, đong, nhãn hàng hóa với 410 lượt người tham dự. Nội dung này đã hoàn thành."),
            .p("2. Đưa nội dung mã số mã vạch vào hoạt động ngoại khóa của các trường trung cấp (điểm d khoản 3 Mục II)"),
            .p("Các trường tổ chức 02 chuyên đề ngoại khóa với 300 lượt học sinh tham dự. Nội dung này đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "participants") == 410)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.3.d", "participants") == 300)
        #expect(!s.findings.contains { $0.message.contains("1.980") })
    }

    /// "Trên địa bàn phường hiện có 52 cơ sở …; 380 hộ kinh doanh … và 01 chợ truyền thống với
    /// 140 sạp.": a sentence of what the area holds counts nothing, its clauses after the ";"
    /// neither. Before, they were read apart and added to the ward's inspections.
    @Test func anInventorySentenceIsNotReadClauseByClause() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Tình hình chung"),
            .p("Trên địa bàn phường hiện có 52 cơ sở kinh doanh xăng dầu, vàng bạc; 380 hộ kinh doanh có đăng ký và 01 chợ truyền thống với 140 sạp."),
            .p("2. Kết quả thực hiện"),
            .p("a) Kiểm tra đo lường, chất lượng theo thẩm quyền được phân cấp: Tổ kiểm tra liên ngành phường tổ chức 02 đợt kiểm tra tại 15 cơ sở kinh doanh xăng dầu, vàng bạc; phát hiện 01 cơ sở vi phạm."),
            .p("Phường tự đánh giá: đang thực hiện."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.5.c", "enterprises_supported") == nil)
    }

    /// "Hồ sơ tiếp nhận: 1.284" (dossiers received), in a paragraph's list or a cell's
    /// "label: number" lines: "hồ sơ" counts nothing the plan counts (`ignored_counts`), though
    /// "hồ" folds as "hộ" (households, establishments). Before, 1.284 establishments were
    /// inspected.
    @Test func dossiersReceivedAreNoEstablishments() {
        let prose = extract(word(chiCucHeader + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Hướng dẫn công bố hợp chuẩn, hợp quy cho doanh nghiệp"),
            .p("- DN được hướng dẫn: 41"),
            .p("- Hồ sơ tiếp nhận: 1.284"),
            .p("- Tiến độ: đang thực hiện."),
        ]))
        #expect(prose.value("II.2.d", "enterprises_supported") == 41)
        #expect(prose.value("II.2.d", "establishments_inspected") == nil)
        let sheet = extract(workbook([
            ["CHI CỤC TĐC TP.HCM"], ["PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG"], ["Số 40/BC-QLTC ngày 21/10/2026"], [],
            ["TỔNG HỢP VIỆC PHÒNG ĐÃ LÀM THEO KẾ HOẠCH CHỈ THỊ 38"], [],
            ["TT", "Việc", "Đã làm", "Con số", "Phòng đánh giá", "Người theo dõi"],
            [1, "Hướng dẫn công bố hợp chuẩn, hợp quy", "Tiếp nhận hồ sơ công bố, hướng dẫn doanh nghiệp hoàn thiện hồ sơ.",
             "DN được hướng dẫn: 41\nhồ sơ tiếp nhận: 1.284", "việc thường xuyên, còn làm", "Võ Văn Long"],
        ]))
        #expect(sheet.value("II.2.d", "enterprises_supported") == 41)
        #expect(sheet.value("II.2.d", "establishments_inspected") == nil)
    }
}
