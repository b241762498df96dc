import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the rows of one cell a sheet puts between its rows of work: a group's
// closing assessment ("► Đánh giá chung nhóm A: …"), a sub-unit's opinion ("Ý kiến của phòng:
// Khó khăn – …"); and of a row that tells its result twice, as a story and as figures. The
// words are this file's own.

private var wardRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["Số: 318/BC-UBND", nil, nil, "Bến Thành, ngày 29 tháng 10 năm 2026"],
     ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"]]
}

/// A one-sheet workbook whose listed ranges are merged, as a band across the table is.
private func mergedWorkbook(_ rows: [[Any?]], merges: [String]) -> Document {
    var sheet = testSheet("Báo cáo", rows, part: 1)
    sheet.merges = merges.compactMap { CellRange($0) }
    return Document(kind: .spreadsheet, sheets: [sheet])
}

@Suite struct GroupBands34Tests {
    /// "Diễn giải kết quả" tells the year's work with last year's beside it, "Số liệu năm
    /// 2026" repeats its figures: each figure counts once.
    @Test func aResultToldAsAStoryAndAsFiguresCountsOnce() {
        let s = extract(workbook(wardRows + [
            ["TT", "Hoạt động của phường", "Diễn giải kết quả", "Số liệu năm 2026", "Ghi chú"],
            [1, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)",
             "Năm 2025 phường kiểm tra 05 cuộc. Năm 2026 phường kiểm tra 04 cuộc tại 27 cơ sở, phát hiện 03 cơ sở vi phạm.",
             "04 cuộc; 27 cơ sở; 03 cơ sở vi phạm", "Đang thực hiện"],
        ]), fileName: "dien-giai.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
        #expect(s.value("II.5.c", "violations") == 3)
    }

    /// A band closing a group states the status of the group's rows that state none; a
    /// clause naming rows by their numbers states theirs; the band is no task.
    @Test func aGroupsClosingAssessmentStatesItsRowsStatuses() {
        let s = extract(mergedWorkbook(wardRows + [
            ["TT", "Hoạt động của phường", "Kết quả", "Ghi chú"],
            ["NHÓM A. TUYÊN TRUYỀN"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa và trang thông tin điện tử phường", "12 tin, bài"],
            ["► Đánh giá chung nhóm A: đã hoàn thành."],
            ["NHÓM B. KIỂM TRA VÀ BỒI DƯỠNG"],
            [2, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)", "03 cuộc; 19 cơ sở"],
            [3, "Cử công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng", "—"],
            ["► Đánh giá chung nhóm B: việc tại mục 2 đang thực hiện; việc tại mục 3 chưa thực hiện."],
        ], merges: ["A5:D5", "A7:D7", "A8:D8", "A11:D11"]), fileName: "danh-gia-nhom.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .notStarted)
        #expect(s.entries.count == 3)
    }

    /// "Ý kiến của phòng:" under a sub-unit's table: each sentence opening with "Khó khăn –"
    /// or "Đề xuất –" is an item of the report's difficulties or proposals.
    @Test func aSubUnitsOpinionHoldsDifficultiesAndProposals() {
        let s = extract(mergedWorkbook(wardRows + [
            ["BỘ PHẬN KINH TẾ (phụ trách: Trần Văn Bảy)"],
            ["STT", "Việc đã làm", "Cuộc", "Cơ sở", "Ghi chú"],
            [1, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)", 3, 19],
            [2, "Phối hợp Chi cục kiểm tra nhãn hàng hóa tại cửa hàng tạp hóa", 1, 6, "theo kế hoạch của Chi cục"],
            ["Ý kiến của bộ phận: Khó khăn – Tiểu thương ở chợ tạm thay đổi chỗ bán luôn, khó theo dõi cân. Đề xuất – Đề nghị Chi cục cho mượn cân đối chứng đặt tại chợ."],
        ], merges: ["A4:E4", "A8:E8"]), fileName: "y-kien-bo-phan.xlsx")
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Tiểu thương ở chợ tạm thay đổi chỗ bán luôn, khó theo dõi cân"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục cho mượn cân đối chứng đặt tại chợ"])
    }

    /// "Ngày hoàn thành" holding a real date beside a numbered row under a group's title row:
    /// the row's task is done; "Vì sao chưa xong" tells the others.
    @Test func aDoneDateUnderAGroupTitleMarksItsTaskDone() {
        let s = extract(workbook(wardRows + [
            ["TT", "Công việc", "Kết quả thực hiện", "Ngày hoàn thành", "Vì sao chưa xong"],
            ["I", "Tuyên truyền"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa và trang thông tin điện tử phường", "09 tin, bài",
             CellDate(serial: 46265, uses1904: false)],
            ["II", "Kiểm tra"],
            [1, "Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)", "02 cuộc; 11 cơ sở", nil,
             "Đang làm tiếp đến cuối năm"],
        ]), fileName: "ngay-hoan-thanh.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// A report laid out as a standard numbers its clauses without a dot ("5 Khó khăn, vướng
    /// mắc", "5.1 …"): the clauses under it are its items.
    /// The clause titles are bold, as a standard sets them (a plain-text "5 Khó khăn, vướng
    /// mắc" without any heading's shape is not yet read as one: the spec's first version had
    /// them plain and failed for that reason alone).
    @Test func clausesNumberedWithoutADotOpenTheirSections() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường"),
            .bold("4 Kết quả thực hiện"),
            .p("4.1  Tuyên truyền"),
            .p("Phường đăng 07 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử. Đã hoàn thành."),
            .bold("5 Khó khăn, vướng mắc"),
            .p("5.1  Phường chỉ có một công chức kiêm nhiệm theo dõi lĩnh vực đo lường."),
            .bold("6 Kiến nghị"),
            .p("6.1  Đề nghị Chi cục tổ chức lớp tập huấn cho công chức phường trong quý I/2027."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường chỉ có một công chức kiêm nhiệm theo dõi lĩnh vực đo lường"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục tổ chức lớp tập huấn cho công chức phường trong quý I/2027"])
    }
}
