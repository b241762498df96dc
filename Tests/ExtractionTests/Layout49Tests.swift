import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 49: layouts of the held-out sets 241–245, opened this round. Units and figures here
// are this file's own.

@Suite struct Layout49Tests {
    /// A ward report dictated by voice: its commas said as "phẩy", its full stop as "chấm", no
    /// capitals. Each paragraph is its own work; "7 phẩy 5 triệu" is 7,5 triệu. Before, every
    /// paragraph carried on the one above (a lower-case start after no full stop): the body was
    /// one line, no task was read and the difficulty and proposal were lost with it.
    @Test func aReportDictatedByVoice() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("kết quả thực hiện kế hoạch chỉ thị 38 về tiêu chuẩn đo lường chất lượng năm 2026"),
            .p("thực hiện kế hoạch của sở khoa học và công nghệ phẩy ủy ban nhân dân phường báo cáo kết quả như sau"),
            .p("về tuyên truyền thì phường đã đăng mười lăm tin bài trên trang thông tin điện tử của phường phẩy việc này đã hoàn thành"),
            .p("phần kiểm tra theo phân cấp thì phường đi được 3 cuộc phẩy kiểm tra hai mươi hai cơ sở kinh doanh ở chợ phẩy phát hiện 2 cơ sở vi phạm phẩy đã xử phạt tổng cộng 6 phẩy 5 triệu đồng phẩy việc này vẫn đang làm"),
            .p("khó khăn vướng mắc"),
            .p("- cán bộ kiêm nhiệm nhiều việc phẩy thiếu phương tiện kiểm tra"),
            .p("kiến nghị đề xuất"),
            .p("- đề nghị chi cục hỗ trợ cân đối chứng cho phường"),
            .p("trên đây là báo cáo của ủy ban nhân dân phường chấm"),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 22)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 6_500_000)
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Cán bộ kiêm nhiệm nhiều việc, thiếu phương tiện kiểm tra"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị chi cục hỗ trợ cân đối chứng cho phường"])
    }

    /// "phẩy" in one paragraph only, or after "dấu" (the mark's name), is a word of the text:
    /// the document is not read as dictated.
    @Test func oneSpokenCommaIsNoDictation() {
        let v = SpokenPunctuation(commas: ["phay"], stops: ["cham"], names: ["dau"], leastParagraphs: 2)
        var d = word([
            wardHeader,
            .p("1. Tuyên truyền: đăng 05 tin, ghi rõ dấu phẩy ở số tiền."),
            .p("việc này phẩy đã xong"),
        ])
        let before = d
        v.undictate(&d)
        #expect(d == before)
        #expect(v.typed("phạt 7 phẩy 5 triệu đồng phẩy xong chấm") == "Phạt 7,5 triệu đồng, xong.")
        #expect(v.typed("- tự chấm điểm phẩy đạt") == "- Tự chấm điểm, đạt")
    }

    /// A verdict closing a sentence's last part after a comma, said as one speaks ("… được
    /// 24 tin, xong", "…, việc này coi như xong rồi cho năm nay"), when the task's status is
    /// stated nowhere else. Not a word that judges what was checked ("…, đạt"), and not over
    /// a status stated otherwise ("…đã thực hiện xong, phường chuyển sang theo dõi, duy trì").
    /// Before, these tasks were "chưa rõ".
    @Test func aVerdictClosingTheLastPartAfterAComma() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1. Tuyên truyền"),
            .p("Tuyên truyền trên loa xã và nhóm zalo của các ấp được 24 tin, việc này coi như xong rồi cho năm nay"),
            .p("2. Kiểm tra đo lường"),
            .p("Kiểm tra đo lường ở chợ được 2 cuộc, 18 cơ sở, còn làm"),
            .p("3. Lấy mẫu khảo sát chất lượng"),
            .p("Phối hợp đoàn của Chi cục lấy mẫu xăng dầu được 05 mẫu, đạt"),
            .p("4. Công tác ISO"),
            .p("Hệ thống ISO của ủy ban đã công bố lại hồi tháng 9, đã thực hiện xong, phường chuyển sang theo dõi, duy trì."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .unknown)
        #expect(s.entry("II.2.đ")?.status == .completed)
    }

    /// A sheet whose rows are grouped under parts named by status ("A. CÁC NỘI DUNG ĐÃ HOÀN
    /// THÀNH", "B. CÁC NỘI DUNG ĐANG THỰC HIỆN", each closed by "Cộng nhóm"): each task has
    /// its part's status, unless its own row says more. Before, every task was "chưa rõ".
    @Test func rowsGroupedUnderPartsNamedByStatus() {
        var sheet = testSheet("TongHop", [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["VĂN PHÒNG SỞ", nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 118/BC-VP", nil, nil, nil, "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung", "Tin, bài", "Số tiền (đồng)", "Ghi chú"],
            ["A. CÁC NỘI DUNG ĐÃ HOÀN THÀNH"],
            [1, "Đăng tin hoạt động TĐC trên Cổng thông tin điện tử Sở", 12],
            ["Cộng nhóm A", nil, 12],
            ["B. CÁC NỘI DUNG ĐANG THỰC HIỆN"],
            [1, "Mua sắm, đầu tư trang thiết bị cho Trung tâm phân tích, thử nghiệm", nil, 1_200_000_000, "Gói thầu số 2 đang đánh giá hồ sơ"],
            ["Cộng nhóm B", nil, nil, 1_200_000_000],
            ["C. CÁC NỘI DUNG KHÔNG PHÁT SINH"],
            [1, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", nil, nil, "Trong kỳ không có đơn"],
        ], part: 1)
        // The parts' bands are merged across the table, as typed.
        sheet.merges = ["A6:E6", "A9:E9", "A12:E12"].compactMap(CellRange.init)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "vps-kq.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.4.a")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// A task's status written only in a note on its cell ("Thảo:⏎đang làm, còn 1 đợt tháng
    /// 12"), the name line Excel puts first left out. Before, notes on cells were not read.
    @Test func aStatusInANoteOnTheTaskCell() {
        var sheet = testSheet("BC", [
            ["UBND XÃ LONG PHƯỚC", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 67/BC-UBND", nil, nil, nil, "Long Phước, ngày 26 tháng 10 năm 2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Diễn giải"],
            [1, "Thông tin, tuyên truyền về đo lường, chất lượng trên loa xã"],
            [nil, "- Tin, bài", 9, "tin", "phát 3 đợt"],
            [2, "Phối hợp kiểm tra phương tiện đo tại chợ"],
            [nil, "- Số cuộc", 2, "cuộc"],
            [nil, "- Cơ sở được kiểm tra", 14, "cơ sở"],
        ], part: 1)
        sheet.notes = [
            SheetNote(cell: CellReference(row: 6, column: 2), author: "Thảo", text: "Thảo:\nhoàn thành"),
            SheetNote(cell: CellReference(row: 8, column: 2), author: "Thảo", text: "Thảo:\nđang làm, còn 1 đợt tháng 12 (trước Tết)"),
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "longphuoc.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
    }

    /// "Việc Sở thực hiện | Kết quả đến 15/11/2026 | Dự kiến đến 31/12/2026 | Tiến độ so với
    /// hạn": the first column names each row's work; the forecast is no result, and its
    /// numbers are not quoted as figures left unread. Before, no row was read as a task.
    @Test func theWorkTheUnitCarriedOutAndItsForecast() {
        var sheet = testSheet("BC CT38", [
            ["UBND TP. HỒ CHÍ MINH", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ XÂY DỰNG", nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 2981/BC-SXD", nil, "TP. Hồ Chí Minh, ngày 14 tháng 11 năm 2026"],
            [],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            [],
            ["TT", "Việc Sở thực hiện", "Kết quả đến 15/11/2026", "Dự kiến đến 31/12/2026", "Tiến độ so với hạn"],
            [1, "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", "- 04 cuộc / 32 cơ sở kinh doanh\n- 03 cơ sở vi phạm", "01 cuộc trong tháng 12 (dự kiến 8 cơ sở)", "Đang làm, đúng hạn"],
            [2, "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia ngành xây dựng", "- Góp ý 04 dự thảo quy chuẩn", "—", "Đã xong, đúng hạn"],
        ], part: 1)
        sheet.merges = ["A5:E5"].compactMap(CellRange.init)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "sxd.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.a", "II.2.e"])
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 32)
        #expect(s.value("II.5.a", "violations") == 3)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(!s.findings.contains { $0.message.contains("8 cơ sở") })
    }

    /// Bullets that give their figures first and the job after a dash ("- 03 cuộc, 24 cơ sở
    /// … – kiểm tra đo lường theo phân cấp (Đang thực hiện).") are read job first: the job names
    /// the task. An item's number ("2.1. Kiểm tra … – đang triển khai") is no figure. Before,
    /// the figures were quoted as belonging to no task.
    @Test func figuresBeforeTheJob() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("- 03 cuộc, 24 cơ sở kinh doanh, 01 cơ sở vi phạm, phạt 3.500.000đ – kiểm tra đo lường, chất lượng theo phân cấp trên địa bàn (Đang thực hiện)."),
            .p("- 02 hội nghị, 130 lượt người dự – phổ biến pháp luật về đo lường, chất lượng cho hộ kinh doanh tại chợ (Đã thực hiện xong)."),
            .p("II. KHÓ KHĂN"),
            .p("- Không có."),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c", "II.1.a"])
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 24)
        #expect(s.value("II.5.c", "fines_vnd") == 3_500_000)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "participants") == 130)
        #expect(ExtractionRun.jobFirst("2.1. Kiểm tra vật tư nông nghiệp – đang triển khai", marks: ["–"], jobWords: 3) == nil)
    }

    /// "41 lượt cơ sở": establishments counted by visit, not people.
    @Test func establishmentsCountedByVisit() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Kiểm tra đo lường, chất lượng theo phân cấp: 05 cuộc tại 41 lượt cơ sở, 02 cơ sở vi phạm. Đang thực hiện."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
        #expect(s.value("II.5.c", "participants") == nil)
    }

    /// Each run-in item followed by what the unit will bring to the next meeting ("Kỳ báo cáo
    /// sau: sẽ báo cáo kết quả vào kỳ sau", "… không đưa vào kỳ sau (đã xong)"): the line is the
    /// item's state, not an item of its own. Before, each was an item with no task
    /// (task-unmatched) and the tasks had no status.
    @Test func theNextMeetingsAgendaStatesTheItemsState() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 và nội dung đưa vào kỳ báo cáo sau"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Tuyên truyền. Phường đăng 09 tin bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử."),
            .p("Kỳ báo cáo sau: không đưa vào kỳ sau (đã xong)."),
            .p("Kiểm tra theo phân cấp. Thực hiện 02 cuộc kiểm tra tại 17 cơ sở, có 01 cơ sở vi phạm."),
            .p("Kỳ báo cáo sau: sẽ báo cáo kết quả vào kỳ sau."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Không có."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }
}
