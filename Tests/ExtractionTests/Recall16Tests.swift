import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction
@testable import OOXML

// Specifications of session 16's recall rules, in words of their own: plain paragraphs that
// are items of their own under a heading of the people they served; a column of sentences
// that names each row's work where no column is headed as the label; the unit, number and
// date read from a sheet's print header; a form's column header that names the plan does not
// make a report on another programme the plan's.

private let townHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN\nSố: 77/BC-UBND",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 05 tháng 11 năm 2026"]])

@Suite struct Recall16Tests {
    @Test func plainParagraphsUnderAnAudienceHeadingAreEachTheirOwnItem() {
        // Results grouped by whom they were for; each paragraph, with no title or bullet of its
        // own, reports another task.
        let s = extract(word([townHeader, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Đối với người buôn bán nhỏ:"),
            .p("Phường mở 02 buổi tuyên truyền cho người bán hàng về ghi nhãn hàng hóa và quyền lợi người tiêu dùng, có 90 lượt người nghe; việc tuyên truyền đã làm xong."),
            .p("Tổ công tác của phường cùng Chi cục kiểm tra cân tại chợ đêm 01 cuộc, kiểm tra 18 quầy hàng, nhắc nhở 03 trường hợp dùng cân sai; việc kiểm tra vẫn đang làm."),
            .p("2. Đối với các cơ sở sản xuất:"),
            .p("Công chức phụ trách hướng dẫn 07 cơ sở làm thủ tục tự công bố sản phẩm bánh kẹo và nước uống đóng chai; việc hướng dẫn vẫn đang làm khi cơ sở cần."),
            .p("Phường mời 02 doanh nghiệp dự Giải thưởng Chất lượng Quốc gia năm nay nhưng chưa doanh nghiệp nào nộp hồ sơ; đợt mời này đã làm xong."),
            .p("II. KHÓ KHĂN"), .p("- Thiếu người làm chuyên trách."),
        ]))
        #expect(s.value("II.1.a", "participants") == 90)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "establishments_inspected") == 18)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.2.d", "enterprises_supported") == 7)
        #expect(s.entry("II.1.b") != nil)
        // Nothing of one paragraph is counted under another's task.
        #expect(s.entry("II.1.a")?.indicators[IndicatorID("establishments_inspected")] == nil)
        #expect(s.entry("II.1.a")?.indicators[IndicatorID("enterprises_supported")] == nil)
    }

    @Test func paragraphsOfOneTaskUnderItsHeadingStayOnePassage() {
        // Two plain paragraphs that both speak of one task are its passage, as before.
        let s = extract(word([townHeader, .p("BÁO CÁO"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về công tác tuyên truyền:"),
            .p("Phường đăng 06 tin bài trên trang thông tin điện tử và loa phát thanh về đo lường trong mua bán."),
            .p("Ngoài ra phường phát 300 tờ gấp tuyên truyền về ghi nhãn hàng hóa cho hộ kinh doanh trên các tuyến đường."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a"])
    }

    @Test func aColumnOfSentencesNamesTheRowsWhereNoColumnIsTheLabel() {
        // "Phần việc đã làm" heads sentences; the numbers are in "Con số".
        let s = extract(workbook([
            ["UBND XÃ BÌNH MỸ", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 64/BC-UBND", nil, "Bình Mỹ, ngày 03 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["Số TT", "Phần việc đã làm", "Xong chưa?", "Số lượng", "Ghi chú"],
            [1, "Đăng tin tuyên truyền về đo lường, ghi nhãn hàng hóa trên loa truyền thanh của các ấp", "Đã xong", "9 tin", nil],
            [2, "Hướng dẫn hộ sản xuất nhang, bánh tráng làm hồ sơ tự công bố sản phẩm", "Đang làm", "4 cơ sở", nil],
            [3, "Góp ý dự thảo quy chuẩn kỹ thuật địa phương do Sở gửi lấy ý kiến", "Đã xong", "1 dự thảo", nil],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.2.d", "enterprises_supported") == 4)
        #expect(s.entry("II.2.d")?.status == .inProgress)
        #expect(s.entry("II.2.e")?.status == .completed)
    }

    @Test func aSheetsPrintHeaderCarriesTheUnitItsNumberAndItsDate() throws {
        // Excel's codes are left out: sections, font, size, page fields; both escapes of a
        // line break are one.
        #expect(SpreadsheetReader.printSections("&L&10 Phòng Kinh tế_x000a_Số: 9/BC-KT&C&\"Arial,Bold\"BÁO CÁO&RNgày 02/11/2026")
                == ["Phòng Kinh tế", "Số: 9/BC-KT", "BÁO CÁO", "Ngày 02/11/2026"])
        #expect(SpreadsheetReader.printSections("&LLập biểu: A && B&RTrang &P/&N") == ["Lập biểu: A & B", "Trang /"])
        #expect(SpreadsheetReader.printSections("&CDòng một_x005F_x000a_Dòng hai") == ["Dòng một", "Dòng hai"])
        // A workbook with no header rows in its cells: the print header says who and when.
        var d = workbook([
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Tiến độ"],
            [1, "Tập huấn nghiệp vụ cho công chức", 2, "lớp", "Hoàn thành"],
        ])
        d.furniture = [Part(role: .header, name: "xl/worksheets/sheet1.xml", blocks: [
            .paragraph(Paragraph(text: "Ủy ban nhân dân phường Sài Gòn", location: .part("xl/worksheets/sheet1.xml"))),
            .paragraph(Paragraph(text: "Số: 88/BC-UBND", location: .part("xl/worksheets/sheet1.xml"))),
            .paragraph(Paragraph(text: "Ngày 06/11/2026", location: .part("xl/worksheets/sheet1.xml"))),
        ])]
        let s = extract(d, fileName: "bieu.xlsx")
        #expect(s.unit?.id == "26740")
        #expect(s.document.number == "88/BC-UBND")
        #expect(s.document.date == "2026-11-06")
    }

    @Test func thePlansNameInAFormsColumnHeaderIsNotTheDocumentsSubject() {
        // A report on another programme typed into the plan's form: its title says what it is.
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 301/BC-UBND", nil, nil, "Sài Gòn, ngày 02/11/2026"],
            ["BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA NĂM 2026"],
            ["TT", "Nội dung (theo mẫu KH CT38)", "Việc cụ thể", "Kết quả", "Mức độ"],
            [1, "Bình xét gia đình văn hóa", "Họp các khu phố bình xét", "1.240 hộ đạt", "Xong"],
            [2, "Xây dựng khu phố văn hóa", "Chấm điểm khu phố", "9 khu phố", "Gần xong"],
            [3, "Tổ chức ngày hội đại đoàn kết", "Ngày hội tại 9 khu phố", "2.100 lượt người", "Mới làm"],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.status == .rejected)
    }
}
