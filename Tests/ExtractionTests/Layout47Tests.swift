import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 47: how far a task came, said in its parts — the parts done out of all after a done
// word ("đã xong 2/3 nội dung"), and a task told as numbered steps each with its own state
// ("Bước 1: … (xong)", "Bước 2: … (đang làm)"). Units and figures here are this file's own.

@Suite struct Layout47Tests {
    /// "đã xong 2/3 nội dung, còn 01 nội dung": the done word is said of some parts only, so
    /// the task is under way; "đã xong 0/1 nội dung" has not started; "3/3" is done. Before,
    /// "đã xong" made each of them completed.
    @Test func partsDoneOutOfAll() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("- Kết quả: Đăng 09 tin, bài trên trang thông tin điện tử phường."),
            .p("- Tình hình: đã xong 2/3 nội dung, còn 01 nội dung (phát tờ rơi)."),
            .bold("2. Phối hợp kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu"),
            .p("- Kết quả: Phối hợp kiểm tra 02 cuộc tại 15 cơ sở."),
            .p("- Tình hình: đã xong 3/3 đợt, đúng hạn."),
            .bold("3. Cử công chức tham gia tập huấn nghiệp vụ"),
            .p("- Tình hình: đã xong 0/1 nội dung, chờ thư mời của Sở."),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    /// A date after the done word is no count of parts: "hoàn thành 3/10" is the day.
    @Test func aDateAfterTheDoneWordIsNoParts() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("1. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Đăng 09 tin, bài trên trang thông tin điện tử phường; đã hoàn thành 3/10."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// A task told as numbered steps stands where its last stated step stands: steps done
    /// then one under way is under way. Before, the first step's "(xong)" was kept.
    @Test func numberedStepsEndWhereTheLastStepStands() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Phối hợp quản lý đo lường, chất lượng trên địa bàn phường"),
            .p("Bước 1: Lập danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn (xong)"),
            .p("Bước 2: Phối hợp Chi cục TĐC kiểm tra 02 cuộc tại 12 cơ sở, phát hiện 01 cơ sở vi phạm (xong)"),
            .p("Bước 3: Kiểm tra cân đối chứng tại chợ, đợt cuối năm (đang làm)"),
            .bold("2. Tuyên truyền pháp luật về đo lường cho hộ kinh doanh"),
            .p("Bước 1: Đăng 05 tin, bài trên trang thông tin điện tử phường (xong)"),
            .p("Bước 2: Tổ chức 01 buổi phổ biến cho hộ kinh doanh (xong)"),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "Tổng số nội dung | Đã xong" over "4 | 3": progress counted in the unit's own parts over
    /// two columns. Before, the done column was read as one of ticks, and a number ticks
    /// nothing: every status stayed unknown.
    @Test func partsDoneOverTwoColumns() {
        let s = extract(workbook([
            ["UBND PHƯỜNG LONG ĐIỀN", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 88/BC-UBND", nil, nil, nil, "Long Điền, ngày 09 tháng 11 năm 2026"],
            [],
            ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Phần việc của phường", "Tổng số nội dung", "Đã xong", "Kết quả (số liệu)"],
            [1, "Phối hợp kiểm tra đo lường, chất lượng tại chợ", 4, 3, "Kiểm tra: 03 cuộc\nCơ sở: 19"],
            [2, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường", 2, 2, "Tin bài: 07"],
            [3, "Cử công chức dự tập huấn nghiệp vụ", 1, 0, "-"],
        ]), fileName: "long-dien-tien-do.xlsx")
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    /// "Rà soát danh sách 46 cơ sở kinh doanh": a list drawn up of where the work will go, no
    /// establishment inspected. Before, its count was added to those inspected.
    @Test func aListOfEstablishmentsIsNoInspection() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .bold("1. Phối hợp quản lý đo lường, chất lượng trên địa bàn phường"),
            .p("- Rà soát danh sách 46 cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn."),
            .p("- Phối hợp Chi cục TĐC kiểm tra 03 cuộc tại 18 cơ sở, phát hiện 02 cơ sở vi phạm."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 18)
        #expect(s.value("II.5.c", "inspections") == 3)
    }

    /// "Ghi chú: dấu “-” là không có số liệu (bằng 0)" under a table: its lone dashes in the
    /// columns of results are zeros; "x" (not applicable) stays nothing. Before, the dashes
    /// were read as empty and the zeros the unit stated were lost.
    @Test func dashesANoteSaysAreZero() {
        let rows: [[Any?]] = [
            ["UBND XÃ LONG ĐIỀN"],
            ["Số: 90/BC-UBND", nil, nil, nil, "Long Điền, ngày 05 tháng 11 năm 2026"],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            [],
            ["STT", "Nội dung công việc", "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt (đồng)", "Tình hình"],
            [1, "Kiểm tra cân, phương tiện đo tại chợ và cây xăng", 2, 14, "-", "-", "Đã hoàn thành"],
            [2, "Tuyên truyền pháp luật về đo lường, chất lượng", "x", "x", "x", "x", "Đang thực hiện"],
        ]
        let noted = extract(workbook(rows + [["Ghi chú: dấu \"-\" là không có số liệu (bằng 0); \"x\" là nội dung không áp dụng."]]), fileName: "long-dien-bieu.xlsx")
        #expect(noted.value("II.5.c", "violations") == 0)
        #expect(noted.value("II.5.c", "fines_vnd") == 0)
        #expect(noted.value("II.5.c", "inspections") == 2)
        #expect(noted.value("II.1.a", "communications") == nil)
        let bare = extract(workbook(rows), fileName: "long-dien-bieu.xlsx")
        #expect(bare.value("II.5.c", "violations") == nil)
    }

    /// "Xếp loại nội dung: Hoàn thành" then "1.2. Phường cử …": an outline's number of two
    /// levels starts a new item. Before, "1.2" was read as a number carrying on the sentence
    /// above, so the status line and the next item were one line.
    @Test func anOutlineNumberOfTwoLevelsStartsAnItem() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1. Kết quả thực hiện"),
            .p("1.1. Phường phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu: 06 cuộc, 52 cơ sở."),
            .p("Xếp loại nội dung: Hoàn thành"),
            .p("1.2. Phường cử 03 công chức tham gia lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức."),
            .p("Xếp loại nội dung: Đang thực hiện"),
        ]))
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.entry("II.3.a")?.status == .inProgress)
        #expect(LineBuilder.continuesSentence("Xếp loại nội dung: Hoàn thành", "1.2. Phường cử công chức") == false)
        #expect(LineBuilder.continuesSentence("đã xử phạt", "9.500.000 đồng") == true)
    }

    /// "Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, …" in a ward's
    /// report, its file named with the Chi cục's initials: the Chi cục only asked for it.
    /// Before, the mention and the file name outweighed the ward's header.
    @Test func theUnitWhoseReminderIsAnsweredIsNotTheSender() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA LỢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 245/BC-UBND", "Hòa Lợi, ngày 09 tháng 11 năm 2026"]]),
            .bold("BÁO CÁO"),
            .bold("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn năm 2026"),
            .p("Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường báo cáo như sau:"),
            .p("1.1. Phường phối hợp Chi cục TĐC và Đội quản lý thị trường kiểm tra đo lường tại chợ: 06 cuộc, 52 cơ sở."),
            .p("1.2. Phường cử công chức kinh tế tham gia lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức."),
            .p("3. Đề xuất"),
            .p("- Đề nghị Chi cục TĐC tổ chức tập huấn tại chỗ cho phường về kiểm tra cân tại chợ."),
            .table([["Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Thị Mỹ Linh"]]),
        ]), fileName: "HoaLoi_BC_TDC_2026.docx")
        #expect(s.unit?.name == "Phường Hòa Lợi")
    }

    /// A "Tiến độ" column of "Đạt / Vượt / Chậm tiến độ": on schedule is the year's work
    /// keeping pace, under way; ahead is done. Before, "Đạt tiến độ" read as done ("đạt").
    @Test func onScheduleIsUnderWayAheadIsDone() {
        let s = extract(workbook([
            ["UBND XÃ LONG ĐIỀN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 91/BC-UBND", nil, nil, "Long Điền, ngày 31 tháng 10 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung", "Số cuộc KT", "Số tin, bài tuyên truyền", "Tiến độ"],
            [1, "Phối hợp kiểm tra đo lường tại cây xăng, chợ", 4, nil, "Đạt tiến độ"],
            [2, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", nil, 14, "Vượt tiến độ"],
            [3, "Cử công chức dự tập huấn nghiệp vụ", nil, nil, "Chậm tiến độ"],
        ]), fileName: "long-dien-th.xlsx")
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .inProgress)
    }

    /// "BÁO CÁO GIẢI TRÌNH": each of the Chi cục's reminders ("1. Chi cục nhắc: …") answered
    /// below ("Phường giải trình: …"), read as an outline's question and answer. Before, the
    /// answers stood under no heading and their figures were left unplaced.
    @Test func remindersAnsweredPointByPoint() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO GIẢI TRÌNH"),
            .p("Căn cứ Công văn số 1874/TĐC-QLĐL ngày 20/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường báo cáo giải trình như sau:"),
            .p("1. Chi cục nhắc: số liệu kiểm tra phối hợp phường gửi qua điện thoại chưa có văn bản."),
            .p("Phường giải trình: phường đã phối hợp 03 cuộc kiểm tra tại 19 cơ sở kinh doanh (cân, xăng dầu), có 02 cơ sở vi phạm."),
            .p("2. Chi cục nhắc: danh sách công chức tham dự tập huấn chưa gửi."),
            .p("Phường giải trình: phường đã cử 02 công chức tham dự 01 lớp tập huấn ngày 14/8/2026, đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.value("II.3.a", "participants") == 2)
    }

    /// A task board pasted into Word: "Chưa làm | Đang làm | Đã xong" over cells of cards, each
    /// card a "▸" title and its counts, cards parted by a rule. Each card is a work with the
    /// status of its column. Before, the row was one line of every card and no task was read.
    @Test func aTaskBoardPastedIntoWord() {
        let s = extract(word([
            wardHeader,
            .bold("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("Bộ phận cập nhật bảng theo dõi công việc các nội dung phường được giao, cụ thể như sau:"),
            .table([["Chưa làm", "Đang làm", "Đã xong"],
                    ["(trống)",
                     "▸ Tiếp nhận phản ánh cân thiếu tại chợ\nĐang xác minh các phản ánh qua đường dây nóng",
                     "▸ Hội nghị phổ biến pháp luật về đo lường\n01 hội nghị, 95 đại biểu\n- - - - - - - -\n▸ Kiểm tra cân tại chợ đợt Tết\n04 cuộc · 31 cơ sở; 02 vi phạm"]]),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "participants") == 95)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.entry("II.5.d")?.status == .inProgress)
    }

    /// A report typed on a phone with status symbols and no key: "✅" at a line's start is
    /// done, "🔄" at a heading's end under way; "❌" is left for a person. Before, the symbols
    /// were read as nothing and every status stayed unknown.
    @Test func statusSymbolsWithNoKey() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO kết quả thực hiện KH Chỉ thị 38 năm 2026"),
            .p("✅ Kiểm tra cân, thước ở chợ phường: 3 cuộc, 15 cơ sở, 1 cơ sở vi phạm."),
            .p("2. Tuyên truyền luật đo lường, chất lượng cho hộ kinh doanh 🔄"),
            .p("Đăng 12 tin bài trên trang thông tin điện tử phường."),
            .p("3. Cán bộ đi tập huấn nghiệp vụ ❌"),
            .p("Chưa có lớp."),
        ]))
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(LineBuilder.boardCards("(trống)").isEmpty)
    }
}
