import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of where a unit states a task's status or numbers its items in ways the
// rules before session 14 did not read: items numbered "1- …", a column of assessments under a
// header no role names, a status in brackets at the end of the task's own cell, a header
// that names a column's role in words that are also a status; drafts of laws told from drafts of
// standards. The words are this file's own.

private var commune: [Any?] { ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] }
private var communeNumber: [Any?] { ["Số: 77/BC-UBND", nil, nil, "Thái Mỹ, ngày 06 tháng 11 năm 2026"] }
private var sheetTitle: [Any?] { ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"] }

@Suite struct StatusPlacesTests {
    /// "2- Kiểm tra …", "III- Khó khăn": a number then a dash and a space numbers an item as
    /// "2." does; a range ("5-7 cơ sở") or a year has no space after its dash, or too many digits.
    @Test func aNumberWrittenWithADashNumbersAnItem() {
        let marks: [Unicode.Scalar] = ["/", "-", "–"]
        #expect(ExtractionRun.renumbered("3- Lấy mẫu hàng đóng gói", marks: marks) == "3. Lấy mẫu hàng đóng gói")
        #expect(ExtractionRun.renumbered("III– Kiến nghị", marks: marks) == "III. Kiến nghị")
        #expect(ExtractionRun.renumbered("5-7 cơ sở được nhắc nhở", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("2026- năm bản lề", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("- 4 cuộc kiểm tra", marks: marks) == nil)

        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("II- KẾT QUẢ"),
            .p("1- Phổ biến quy định ghi nhãn hàng hóa trên loa phát thanh khu phố: Đã xong"),
            .p("· Số tin phát: 14"),
            .p("2- Cùng Chi cục kiểm tra cân tại chợ Bàn Cờ: Đang làm"),
            .p("· Số cơ sở được kiểm tra: 23"),
            .p("III- KHÓ KHĂN"),
            .p("- Chợ chưa có cân đối chứng."),
        ]))
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "establishments_inspected") == 23)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.indicators[IndicatorID("establishments_inspected")] == nil)
    }

    /// "Ý kiến của xã | Xong": a column whose header names no role and whose cells are short
    /// assessments is the statuses' column; a column of longer words or numbers is not.
    @Test func aColumnOfAssessmentsUnderAnUnnamedHeaderIsTheStatuses() {
        let s = extract(workbook([commune, communeNumber, sheetTitle, [],
            ["STT", "Công việc", "Những việc đã làm (ghi rõ số liệu)", "Ý kiến của xã"],
            [1, "Phổ biến pháp luật về tiêu chuẩn, đo lường trên loa truyền thanh", "Phát 16 tin", "Xong"],
            [2, "Cùng Chi cục kiểm tra cân tại chợ", "3 cuộc, 20 cơ sở", "Còn làm"],
            [3, "Tiếp nhận phản ánh, tố giác về gian lận cân đo", nil, "Không có việc"],
        ]), fileName: "xa.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)

        // The same words in a column of sentences with numbers state no status of their own.
        let t = extract(workbook([commune, communeNumber, sheetTitle, [],
            ["STT", "Công việc", "Những việc đã làm (ghi rõ số liệu)", "Ý kiến của xã"],
            [1, "Phổ biến pháp luật về tiêu chuẩn, đo lường trên loa truyền thanh", "Phát 16 tin", "Xong"],
            [2, "Cùng Chi cục kiểm tra cân tại chợ", "3 cuộc, 20 cơ sở", "Đề nghị Chi cục hỗ trợ 2 cân đối chứng"],
        ]), fileName: "xa.xlsx")
        #expect(t.entry("II.5.c")?.status != .completed)
    }

    /// "Thông tin … [đã xong] | Phát 16 tin": the task's own cell ends with its status in
    /// brackets, as a heading may.
    @Test func aStatusInBracketsEndingTheTasksCell() {
        let s = extract(workbook([commune, communeNumber, sheetTitle, [],
            ["STT", "Nội dung", "Kết quả cụ thể"],
            [1, "Phổ biến pháp luật về tiêu chuẩn, đo lường trên loa truyền thanh [đã xong]", "Phát 16 tin"],
            [2, "Cùng Chi cục kiểm tra cân tại chợ Thái Mỹ [đang làm]", "3 cuộc; 20 cơ sở"],
            [3, "Cử công chức dự lớp bồi dưỡng nghiệp vụ đo lường [chưa làm]", "Chưa có giấy mời"],
        ]), fileName: "xa.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }
}

private let lawHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ TƯ PHÁP\nSố: 908/BC-STP",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026"]])

/// Comments on a draft decree, circular or law are the task of proposing changes to the
/// laws (II.2.c); comments on a draft standard or technical regulation are II.2.e's, though
/// both open "Góp ý dự thảo".
@Suite struct DraftLawTests {
    @Test func aDraftDecreeIsTheLawsTaskADraftRegulationTheStandards() {
        let s = extract(word([lawHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Góp ý dự thảo Nghị định hướng dẫn Luật Đo lường (sửa đổi) theo đề nghị của Bộ: Đã hoàn thành."),
            .p("2. Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về an toàn thang máy: Đang thực hiện."),
        ]))
        #expect(s.entry("II.2.c")?.status == .completed)
        #expect(s.entry("II.2.e")?.status == .inProgress)
    }
}

/// "2) <the plan's words for a task>: …" then "3) Phường hướng dẫn …, đã xong.": an item
/// numbered like the one before it is an item of its own, resolved by its own words, however
/// the item before it began its task (the plan's wording, a run-in title).
@Suite struct ItemsMarkedAlikeTests {
    @Test func anUntitledItemAfterAnItemInThePlansWordsIsItsOwn() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW năm 2026"),
            .p("II. KẾT QUẢ CỤ THỂ"),
            .p("1) Công tác tuyên truyền: phát 07 tin trên loa truyền thanh khu phố."),
            .p("2) Tổ công tác của phường thực hiện nội dung được phân quyền: kiểm tra 04 cuộc tại 11 cơ sở kinh doanh xăng dầu. Phường đang tiếp tục kiểm tra."),
            .p("3) Phường hướng dẫn 05 hộ làm bánh tráng tự công bố sản phẩm và ghi nhãn, đã xong theo kế hoạch của phường."),
            .p("III. KHÓ KHĂN, VƯỚNG MẮC"),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.d")?.status == .completed)
    }
}
