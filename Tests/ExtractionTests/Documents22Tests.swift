import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, what a file is, who sent it, when, and its difficulties and proposals, on other
// hands: sections lettered above roman headings, headings numbered as articles ("Điều 3."), a
// body typed in lower case, a speech's lead-in sentences, the number and date on one line of a
// sheet, a log on another subject, and a form's responses exported as a sheet. The words are
// this file's own, not the corpus's.

@Suite struct Documents22Tests {
    /// "A. KẾT QUẢ …" holds the roman headings of the tasks ("I. …", "V. …"); "B. TỒN TẠI, KHÓ
    /// KHĂN" and "C. KIẾN NGHỊ" are the report's own sections, not part of the last roman
    /// heading — even when that heading speaks of nothing the plan names.
    @Test func letteredSectionsAboveRomanHeadings() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("A. KẾT QUẢ ĐẠT ĐƯỢC"),
            .bold("I. Kiểm tra đo lường tại chợ"),
            .p("Tổ chức 02 cuộc kiểm tra cân tại chợ Bến Thành, 14 hộ kinh doanh. Đã hoàn thành."),
            .bold("II. Sắp xếp lại bộ phận một cửa"),
            .p("Đang rà soát lại quy trình sau khi nhận thêm thủ tục phân cấp."),
            .bold("B. TỒN TẠI, KHÓ KHĂN"),
            .p("1) Công chức phụ trách kiêm nhiệm nhiều lĩnh vực."),
            .bold("C. KIẾN NGHỊ"),
            .p("1) Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn"])
    }

    /// A report laid out in articles: "Điều 3. Khó khăn, vướng mắc" names its section as "3. …"
    /// would.
    @Test func sectionsNumberedAsArticles() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("Điều 1. Kết quả thực hiện"),
            .p("1. Tuyên truyền: đăng 04 tin trên trang thông tin điện tử của phường. Đã hoàn thành."),
            .bold("Điều 2. Khó khăn, vướng mắc"),
            .p("1. Kinh phí mua cân đối chứng còn hạn hẹp."),
            .bold("Điều 3. Đề xuất, kiến nghị"),
            .p("1. Đề nghị Chi cục tổ chức lớp tập huấn cho công chức phường."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Kinh phí mua cân đối chứng còn hạn hẹp"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục tổ chức lớp tập huấn cho công chức phường"])
    }

    /// A letter whose items are numbered "Ý 1.", "Ý 2." runs the count on into its closing
    /// sections ("Ý 3. Khó khăn", "Mục 4. Kiến nghị"): those headings name their sections as
    /// "3. …" would, and their "+" items are the difficulties and proposals, not the last item's
    /// words.
    @Test func sectionsNumberedOnAsItemsOfALetter() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Ý 1. Tuyên truyền về đo lường"),
            .p("Phát 05 tin trên loa phường."),
            .p("Tình trạng: \"xong\""),
            .p("Ý 2. Kiểm tra cân tại chợ"),
            .p("SL: 02 cuộc / 17 cơ sở"),
            .p("Tình trạng: \"đang làm\""),
            .p("Ý 3. Khó khăn"),
            .p("+ Hộ kinh doanh thường vắng mặt khi tổ kiểm tra đến."),
            .p("Mục 4. Kiến nghị"),
            .p("+ Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ phường."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Hộ kinh doanh thường vắng mặt khi tổ kiểm tra đến"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ phường"])
    }

    /// A report in parts numbered in roman ("PHẦN I. KẾT QUẢ", "PHẦN II. KHÓ KHĂN, VƯỚNG
    /// MẮC", "PHẦN III. ĐỀ XUẤT, KIẾN NGHỊ"): each part's numbered items are its own.
    @Test func partsNumberedInRoman() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("PHẦN I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Kiểm tra cân tại chợ"),
            .p("Phường kiểm tra 02 cuộc tại 17 cơ sở. Tiến độ: đang thực hiện."),
            .p("PHẦN II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("1. Phường chưa có công chức chuyên trách lĩnh vực đo lường."),
            .p("PHẦN III. ĐỀ XUẤT, KIẾN NGHỊ"),
            .p("1. Đề nghị Chi cục hỗ trợ 01 bộ cân đối chứng cho chợ phường."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường chưa có công chức chuyên trách lĩnh vực đo lường"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 bộ cân đối chứng cho chợ phường"])
    }

    /// A body typed in lower case: "khó khăn:" alone on its line after an item that ends with
    /// no full stop starts the section; it does not carry on the item's sentence.
    @Test func aLowerCaseLabelStartsItsSection() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("- tuyên truyền trên loa phường về đo lường, chất lượng: 06 tin → xong"),
            .p("- kiểm tra cân ở chợ phường: 01 cuộc, 12 hộ → đang làm"),
            .p("khó khăn:"),
            .p("+ phường thiếu cán bộ có chuyên môn đo lường"),
            .p("kiến nghị:"),
            .p("+ đề nghị chi cục cấp thêm tờ rơi cho phường"),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["phường thiếu cán bộ có chuyên môn đo lường"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["đề nghị chi cục cấp thêm tờ rơi cho phường"])
    }

    /// A speech at a conference: its difficulties and proposals follow lead-in sentences that
    /// end with the section's words and what introduces the items.
    @Test func leadInSentencesOfASpeechOpenTheirSections() {
        let s = extract(word([
            wardHeader, .p("THAM LUẬN"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Trong năm, phường đã tổ chức 03 cuộc kiểm tra đo lường tại chợ và cửa hàng xăng dầu, đang tiếp tục thực hiện."),
            .p("Bên cạnh những kết quả nêu trên, phường vẫn còn gặp một số khó khăn, đó là:"),
            .p("- Chợ tạm họp từ rất sớm nên khó tổ chức kiểm tra trong giờ hành chính."),
            .p("Nhân dịp hội nghị hôm nay, Ủy ban nhân dân phường xin kính đề xuất một số nội dung sau:"),
            .p("- Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ tạm."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Chợ tạm họp từ rất sớm nên khó tổ chức kiểm tra trong giờ hành chính"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ tạm"])
    }

    /// A sheet's header typed in one cell: the number, then the date with no place before it.
    @Test func theDateAfterTheNumberOnOneLine() {
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN"],
            ["Số: 218/BC-UBND     ngày 24/10/2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            ["STT", "Việc đã làm", "Kết quả", "Tình trạng"],
            [1, "Tuyên truyền về đo lường trên loa phường", "05 tin", "Đã xong"],
        ]), fileName: "sai-gon.xlsx")
        #expect(s.document.date == "2026-10-24")
        #expect(s.document.number == "218/BC-UBND")
    }

    /// A log of another subject titled as one ("NHẬT KÝ HOẠT ĐỘNG …", "SỐ LIỆU KIỂM TRA …") is
    /// refused with its own title quoted; a sheet of figures on the plan titled so is read.
    @Test func aLogOrSheetOfFiguresOnAnotherSubjectIsRefused() {
        for title in ["NHẬT KÝ HOẠT ĐỘNG PHÒNG CHỐNG DỊCH BỆNH NĂM 2026", "SỐ LIỆU KIỂM TRA VỆ SINH MÔI TRƯỜNG QUÝ III NĂM 2026"] {
            let s = extract(workbook([
                ["UBND PHƯỜNG SÀI GÒN"],
                ["Số: 301/BC-UBND"],
                [title],
                ["STT", "Hoạt động", "Số lượng", "Tình hình"],
                [1, "Tuyên truyền trên loa khu phố", 8, "Đã xong"],
                [2, "Kiểm tra cơ sở kinh doanh", 21, "Đang làm"],
                [3, "Tập huấn cộng tác viên", 2, "Đã xong"],
            ]), fileName: "sai-gon-nhat-ky.xlsx")
            #expect(s.status == .rejected, "\(title)")
            #expect(s.reason?.contains(title) == true, "\(title)")
        }
        let real = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN"],
            ["Số: 302/BC-UBND"],
            ["SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Việc đã làm", "Kết quả", "Tình trạng"],
            [1, "Tuyên truyền về đo lường, chất lượng trên loa phường", "05 tin", "Đã xong"],
        ]), fileName: "sai-gon-so-lieu.xlsx")
        #expect(real.status == .extracted)
    }

    /// A form's responses exported as a sheet: the questions across the first row, one
    /// response below. Who sent it, when, each grid row's answer, and the answers about
    /// difficulties and proposals are read as the form's.
    @Test func aFormsResponseSheetIsReadAsItsForm() {
        let s = extract(workbook([
            ["Dấu thời gian", "Địa chỉ email", "Tên đơn vị", "Ngày báo cáo",
             "Tiến độ các nội dung [Tuyên truyền, phổ biến pháp luật về đo lường]",
             "Tiến độ các nội dung [Kiểm tra đo lường tại chợ, cửa hàng xăng dầu]",
             "Kết quả cụ thể", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"],
            [CellDate(serial: 46322.4, uses1904: false), "kinhte@saigon.gov.vn", "UBND phường Sài Gòn", CellDate(serial: 46321, uses1904: false),
             "Đã hoàn thành", "Đang thực hiện",
             "- Tuyên truyền: đăng 05 tin trên loa phường\n- Kiểm tra: 02 cuộc tại 15 hộ kinh doanh",
             "- Phường thiếu công chức có chuyên môn đo lường", "- Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn"],
        ], name: "Câu trả lời biểu mẫu 1"), fileName: "Bao cao CT38 (Cau tra loi).xlsx")
        #expect(s.unit?.id == "26740")
        #expect(s.document.date == "2026-10-26")
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường thiếu công chức có chuyên môn đo lường"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn"])
    }
}
