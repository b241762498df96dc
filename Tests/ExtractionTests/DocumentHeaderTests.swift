import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction

// The report's own metadata (Header.swift, DocumentDate.swift, vocabulary `document_date` and
// `header_vote`): each test states one rule, in words no corpus file uses.

@Suite struct DocumentDateTests {
    @Test func dayMonthAndYearInWords() {
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày mười lăm tháng mười một năm 2026")?.date == "2026-11-15")
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày ba mươi mốt tháng mười hai năm 2026")?.date == "2026-12-31")
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày hai mươi tháng chín năm hai nghìn không trăm hai mươi sáu")?.date == "2026-09-20")
        // "năm" is both five and the year's marker: May the fifth.
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày năm tháng năm năm 2026")?.date == "2026-05-05")
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày mồng bốn tháng tư năm 2026")?.date == "2026-04-04")
        #expect(HeaderReader.placeDate(in: "Tân Định, ngày 02 tháng giêng năm 2027")?.date == "2027-01-02")
    }

    @Test func aDayTheMonthDoesNotHaveIsIncomplete() {
        let d = HeaderReader.placeDate(in: "Tân Định, ngày 31 tháng 11 năm 2026")
        #expect(d != nil && d?.date == nil && d?.complete == false)
    }

    @Test func aCitedDocumentsDateIsNotThePlaceAndDate() {
        #expect(HeaderReader.placeDate(in: "Phúc đáp Công văn số 1125/SKHCN-TĐC, ngày 12/9/2026") == nil)
        #expect(HeaderReader.placeDate(in: "Thực hiện Quyết định, ngày 03 tháng 02 năm 2026") == nil)
        #expect(HeaderReader.placeDate(in: "V/v báo cáo theo Văn bản số 88/UBND, ngày 05 tháng 10 năm 2026") == nil)
    }

    @Test func aNumberTypedBeforeThePlaceOnOneLine() {
        #expect(HeaderReader.placeDate(in: "Số: 58/BC-UBND    Long Bình, 03-11-2026")?.date == "2026-11-03")
        #expect(HeaderReader.placeDate(in: "Số 58/BC-UBND Long Bình, ngày 03 tháng 11 năm 2026")?.date == "2026-11-03")
    }

    @Test func aWholeCellDate() {
        #expect(HeaderReader.wholeDate("Ngày mười tháng mười một năm 2026") == "2026-11-10")
        #expect(HeaderReader.wholeDate("Ngày 10/11/2026") == "2026-11-10")
        #expect(HeaderReader.wholeDate("Ngày 10/11/2026 kiểm tra chợ") == nil)
        // set136's CamelCase sheets ("Số: 176/BC-UBND | Ngày: 25/10/2026") and set128's ledger
        // ("Ngày chốt sổ: 14/10/2026"): a short label of its own that opens with "Ngày".
        #expect(HeaderReader.wholeDate("Ngày: 25/10/2026") == "2026-10-25")
        #expect(HeaderReader.dayLabelDate("Ngày chốt sổ: 14/10/2026") == "2026-10-14")
        #expect(HeaderReader.dayLabelDate("Ngày 12/3 tổ chức hội nghị: 45 người") == nil)
        #expect(HeaderReader.dayLabelDate("Ngày và nơi tổ chức hội nghị tập huấn: 14/10/2026") == nil)
    }

    @Test func theAnnexLineNamesTheReportItGoesWith() {
        #expect(HeaderReader.number(in: "(Đính kèm Báo cáo số 2210/BC-SATTP ngày 29/10/2026)") == "2210/BC-SATTP")
        #expect(HeaderReader.number(in: "(Kèm Báo cáo số 441/BC-UBND ngày 21/10/2026 của UBND phường Bình Thạnh)") == "441/BC-UBND")
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHƯỜNG BÌNH TRƯNG"],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(Gửi kèm Báo cáo số 77/BC-UBND ngày 02/11/2026 của UBND phường Bình Trưng)"],
            ["STT", "Nhiệm vụ", "Kết quả", "Tình trạng"],
            [1, "Nhiệm vụ 1.a: tuyên truyền", "03 tin bài", "Hoàn thành"],
        ]), fileName: "bieu.xlsx")
        #expect(s.document.date == "2026-11-02")
        #expect(s.document.number == "77/BC-UBND")
    }

    @Test func aBareSerialAfterADateLabel() {
        // A Google Sheets export keeps the date as a plain number: 46330 is 04/11/2026.
        let s = extract(workbook([
            ["SỞ DU LỊCH"],
            ["Báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"],
            ["Ngày lập biểu", 46330],
            ["STT", "Nhiệm vụ", "Kết quả", "Tình trạng"],
            [1, "Nhiệm vụ 1.a: tuyên truyền", "03 tin bài", "Hoàn thành"],
        ]), fileName: "bieu.xlsx")
        #expect(s.document.date == "2026-11-04")
    }

    @Test func aDateLabelEitherWayRound() {
        // "lập ngày …" in the period's note under the title, "Ngày cập nhật: …" under it: the
        // labels "ngày lập" and "cập nhật ngày" with their words the other way round.
        for (line, date) in [("(Số liệu từ 01/01/2026 đến 15/10/2026 – lập ngày 21/10/2026)", "2026-10-21"),
                             ("Ngày cập nhật: 05/11/2026 (thay thế số liệu đã gửi)", "2026-11-05")] {
            let s = extract(workbook([
                ["SỞ DU LỊCH"],
                ["Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"],
                [line],
                ["STT", "Nhiệm vụ", "Kết quả", "Tình trạng"],
                [1, "Nhiệm vụ 1.a: tuyên truyền", "03 tin bài", "Hoàn thành"],
            ]), fileName: "bieu.xlsx")
            #expect(s.document.date == date, "\(line)")
        }
    }

    @Test func aDateLineBrokenOverTwoLinesOfItsCell() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nXÃ NHUẬN ĐỨC\nSố: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNhuận Đức, ngày 25 tháng 10\nnăm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"),
            .p("Nhiệm vụ 1.a: đã đăng 04 tin bài, hoàn thành."),
        ]))
        #expect(s.document.date == "2026-10-25")
    }

    @Test func aDateBeforeThePlanIsAFindingNotTheReportsDate() {
        // Last year's template: the place-and-date line still says 2025.
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nXÃ NHUẬN ĐỨC\nSố: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNhuận Đức, ngày 25 tháng 10 năm 2025"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("Nhiệm vụ 1.a: đã đăng 04 tin bài, hoàn thành."),
        ]))
        #expect(s.document.date == nil)
        let f = s.findings.first { $0.code == "date-implausible" }
        #expect(f?.message.contains("Nhuận Đức, ngày 25 tháng 10 năm 2025") == true)
        #expect(!s.findingCodes.contains("date-missing"))
    }

    @Test func theDateVocabularyIsReadFromTheYAML() throws {
        let v = try Vocabulary.parse(yaml: """
            document_date:
              month_names: {giêng: 1}
              day_leads: [mùng]
              cited_leads: [phúc đáp]
              years_after_plan: 2
            """)
        #expect(v.documentDate.monthNames == ["giêng": 1])
        #expect(v.documentDate.citedLeads == ["phuc dap"])
        #expect(v.documentDate.yearsAfterPlan == 2)
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "document_date:\n  month_names: {giêng: 13}\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "document_date:\n  weekdays: [thứ hai]\n") }
    }
}

@Suite struct ReportingUnitTests {
    @Test func theOfficeOfTheDepartmentUnderItsName() {
        // "VĂN PHÒNG SỞ" under "SỞ KHOA HỌC VÀ CÔNG NGHỆ" is that Sở's office.
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG SỞ\nSố: 77/BC-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"),
            .p("Nhiệm vụ 2.đ: đã duy trì hệ thống quản lý chất lượng, hoàn thành."),
        ]), fileName: "bc.docx")
        #expect(s.unit?.id == "SKHCN-VP")
    }

    @Test func theOfficeOfTheDepartmentUnderItsNameAndItsCity() {
        // The city line between the parent and its office says where, not who; the Chi cục
        // named as the one who asked and the one who leads the task is not the sender.
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH\nVĂN PHÒNG SỞ\n____\nSố: 95/BC-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026"]]),
            .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng."),
            .p("Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Văn phòng Sở báo cáo kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW như sau:"),
            .p("1. Nhiệm vụ 2.đ (chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng): rà soát 11 quy trình nội bộ theo ISO 9001, hoàn thành."),
        ]), fileName: "vp-phoi-hop.docx")
        #expect(s.unit?.id == "SKHCN-VP")
    }

    @Test func aListInATableBelowTheTitleIsNoIssuingBody() {
        // The answers' cells have several lines and name the Chi cục; the sender is the xã.
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nXÃ NHUẬN ĐỨC\nSố: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNhuận Đức, ngày 25 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"),
            .table([["Câu hỏi", "Trả lời"],
                    ["Câu 1. Tuyên truyền (Nhiệm vụ 1.a)?", "Đã đăng 04 tin bài.\nHoàn thành."],
                    ["Câu 2. Đề xuất?", "1) Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ cân đối chứng.\n2) Đề nghị Chi cục TĐC tập huấn."]]),
        ]), fileName: "phieu.docx")
        #expect(s.unit?.id == "27511")
        #expect(!s.findingCodes.contains("unit-ambiguous"))
    }

    @Test func aSignerTitleBeforeTheUnitItHeads() {
        // A Sở's own division signs with its head's title, no "TM." (`signer_titles`): the
        // Sở's letterhead above names no sender, the addressee is skipped, the title line is.
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 41/BC-QLKH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW"),
            .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng"),
            .p("Nhiệm vụ 3.b: đã giới thiệu 02 nhiệm vụ khoa học về đo lường, hoàn thành."),
            .table([["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "PHÓ TRƯỞNG PHÒNG QUẢN LÝ KHOA HỌC\n\n\nLê Thị Mai"]]),
        ]), fileName: "bc.docx")
        #expect(s.unit?.id == "SKHCN-QLKH")
        // The same words in a sentence or a list line near the end are no signature.
        let t = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 41/BC-X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Nhiệm vụ 3.b: hoàn thành."),
            .p("Trưởng phòng Quản lý Khoa học đã chủ trì rà soát."),
            .p("- Giám đốc Trung tâm Dịch vụ Phân tích thí nghiệm (để biết);"),
        ]), fileName: "bc.docx")
        #expect(t.unit == nil)
    }

    @Test func aSheetsHeaderTypedInOneCellARowEndsAtTheTitle() {
        // The header rows hold the issuer and the Quốc hiệu in one cell each (typed apart with
        // tabs); the task table's first rows under the title, naming the Chi cục, are no issuing
        // block: the sheet's top names the sender.
        let s = extract(workbook([
            [nil, "UBND THÀNH PHỐ HỒ CHÍ MINH\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [nil, "SỞ Y TẾ\t\t\t\tĐộc lập - Tự do - Hạnh phúc"],
            [nil, "Số: 77/BC-SYT\t\t\tTP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026"],
            [nil, "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW"],
            ["1/", "Kiểm tra chất lượng trang thiết bị y tế"],
            [nil, "+ Cùng Chi cục TĐC kiểm tra 02 cuộc, 14 cơ sở"],
            [nil, "+ Tình hình: đang làm"],
        ]), fileName: "bc.xlsx")
        #expect(s.unit?.id == "SO-YT")
    }
}

@Suite struct DocumentDateMoreTests {
    @Test func aPlaceAndDateWithoutTheWordNgay() {
        #expect(HeaderReader.placeDate(in: "Long Bình, 03 tháng 11 năm 2026")?.date == "2026-11-03")
        #expect(HeaderReader.placeDate(in: "Đã kiểm tra 03 cơ sở, 12 tháng 10 năm 2026 có thêm") == nil)
    }

    @Test func aCopiedAnnexOfThePlanNamesNoReport() {
        #expect(HeaderReader.number(in: "(Kèm theo Kế hoạch số 115/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ)") == nil)
        #expect(!DateVocabulary.standard.isAnnexLine(folded: "(kem theo ke hoach so 115/kh-skhcn ngay 20/01/2026)"))
        #expect(DateVocabulary.standard.isAnnexLine(folded: "(kem cong van so 12/ubnd ngay 20/10/2026)"))
    }
}

@Suite struct LateDateTests {
    @Test func aPlaceAndDateLineFarBelowTheHeader() {
        // A text box anchored at the end of a long report holds the place-and-date line.
        var pieces: [Piece] = [
            .p("ỦY BAN NHÂN DÂN XÃ NHUẬN ĐỨC"),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
        ]
        for i in 1...45 { pieces.append(.p("Trong tháng \(i % 12 + 1), xã đã rà soát hồ sơ.")) }
        pieces.append(.p("Nhiệm vụ 1.a: đã đăng 04 tin bài, hoàn thành."))
        pieces.append(.p("Nhuận Đức, ngày 07 tháng 11 năm 2026"))
        let s = extract(word(pieces))
        #expect(s.document.date == "2026-11-07")
    }

    @Test func aDateInTheMiddleOfASentenceFarBelowIsNotTheReports() {
        var pieces: [Piece] = [.p("ỦY BAN NHÂN DÂN XÃ NHUẬN ĐỨC"), .p("BÁO CÁO kết quả thực hiện Chỉ thị 38-CT/TW")]
        for _ in 1...45 { pieces.append(.p("Xã đã rà soát hồ sơ.")) }
        pieces.append(.p("Tại chợ Nhuận Đức, ngày 07 tháng 11 năm 2026 đã kiểm tra 03 cơ sở."))
        let s = extract(word(pieces))
        #expect(s.document.date == nil)
        #expect(s.findingCodes.contains("date-missing"))
    }
}
