import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11, what a file is, who sent it, when, and its difficulties and proposals, on hands
// the program had not seen: items under a topic and its speaker, under the sections' short
// names (a row "KK", an item "KN2."), a letter sent as a message dated at its foot, a date with
// a two-digit year, the body whose letter the report answers, and a sheet on another subject
// sent on the Chi cục's template. The words are this file's own, not the corpus's.

@Suite struct Reading21Tests {
    /// "Về vướng mắc, phường ghi nhận:" names the section as its topic, then after a comma who
    /// speaks: the lines under it are the ward's difficulties, and under "Về kiến nghị, chúng
    /// tôi xin nêu:" its proposals. A task's own words that only mention a difficulty, in a
    /// clause about something else, open no section.
    @Test func aTopicThenItsSpeakerOpensTheSection() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"),
            .p("1. Tổ chức 02 cuộc kiểm tra cân tại chợ, kiểm tra 14 hộ kinh doanh. Đã hoàn thành."),
            .p("Giải quyết khó khăn cho hộ kinh doanh, phường phối hợp Ban quản lý chợ:"),
            .p("- Đổi 05 cân hư cho tiểu thương."),
            .p("Về vướng mắc, phường ghi nhận:"),
            .p("- Kinh phí mua cân đối chứng còn hạn hẹp."),
            .p("Về kiến nghị, chúng tôi xin nêu:"),
            .p("- Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn."),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Kinh phí mua cân đối chứng còn hạn hẹp"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn"])
    }

    /// A one-page table that closes with rows labelled by the sections' short names ("KK" for
    /// khó khăn, "KN" for kiến nghị) merged across the other columns: each part of the row,
    /// parted by ";", is an item of its section — not a task row.
    @Test func rowsLabelledByTheSectionsShortNames() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .table([
                ["TT", "Việc", "Kết quả", "TĐ"],
                ["1", "Tuyên truyền pháp luật về đo lường", "Đăng 07 tin trên loa phường", "HT"],
                ["KK", "Phường thiếu công chức có chuyên môn đo lường; Loa phát thanh ở hai khu phố đã hư hỏng.", "", ""],
                ["KN", "Chi cục tổ chức lớp tập huấn cho công chức phường mới.", "", ""],
            ]),
        ]))
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["Phường thiếu công chức có chuyên môn đo lường", "Loa phát thanh ở hai khu phố đã hư hỏng"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Chi cục tổ chức lớp tập huấn cho công chức phường mới"])
    }

    /// Items numbered under the sections' short names, the number joined to the name ("KK1.",
    /// "KN2"): in a paragraph and in a sheet's label cell.
    @Test func itemsNumberedUnderTheSectionsShortNames() {
        let d = extract(word([
            wardHeader, .p("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"),
            .p("1. Tuyên truyền: đăng 04 tin trên trang thông tin điện tử của phường. Đã hoàn thành."),
            .p("KK1. Công chức phụ trách phải kiêm nhiệm nhiều lĩnh vực."),
            .p("KN1. Đề nghị Sở cấp tài liệu tuyên truyền mẫu cho phường."),
        ]))
        #expect(d.difficulties.map { $0.text.trimmed(" .") } == ["Công chức phụ trách phải kiêm nhiệm nhiều lĩnh vực"])
        #expect(d.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Sở cấp tài liệu tuyên truyền mẫu cho phường"])
        let x = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Đầu việc", "Kết quả", "Trạng thái"],
            [1, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng", "Đăng 05 tin, bài", "Hoàn tất"],
            [],
            ["KK1", "Chợ chưa có cân đối chứng đạt chuẩn."],
            ["KN1", "Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ."],
            ["KN2", "Đề nghị Sở mở lớp tập huấn vào cuối tuần."],
        ]), fileName: "theo-doi.xlsx")
        #expect(x.difficulties.map { $0.text.trimmed(" .") } == ["Chợ chưa có cân đối chứng đạt chuẩn"])
        #expect(x.proposals.map { $0.text.trimmed(" .") } == ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ", "Đề nghị Sở mở lớp tập huấn vào cuối tuần"])
    }

    /// Short row labels that are a task's letter ("a", "b)") still number their rows; two
    /// letters that are no enumerator ("KK") are a label of their own.
    @Test func twoLettersAreNoEnumerator() {
        let run = ExtractionRun(extractor: extractor, document: word([]))
        #expect(run.isEnumerator("b)"))
        #expect(run.isEnumerator("đ"))
        #expect(!run.isEnumerator("KK"))
        #expect(!run.isEnumerator("KN"))
    }

    /// A letter sent as a message has no place-and-date line; its foot says when it went
    /// ("Gửi lúc 08:40 ngày 02/11/2026"): that is the report's date.
    @Test func aMessageIsDatedByWhenItWasSent() {
        let s = extract(word([
            .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng"),
            .p("Ủy ban nhân dân phường Sài Gòn báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 như sau:"),
            .p("1. Tuyên truyền được 05 tin trên loa phường, đã xong."),
            .p("Trân trọng."),
            .p("Lê Văn Bình - công chức Văn phòng UBND phường Sài Gòn"),
            .p("Gửi lúc 08:40 ngày 02/11/2026"),
        ]))
        #expect(s.document.date == "2026-11-02")
    }

    /// A hurried note writes the year in two digits ("Sài Gòn, ngày 3/11/26"): this century's year.
    @Test func aTwoDigitYearIsThisCenturys() {
        #expect(HeaderReader.numericDate("3/11/26") == "2026-11-03")
        #expect(HeaderReader.numericDate("03-11-2026") == "2026-11-03")
        #expect(HeaderReader.numericDate("3/11/2") == nil)
        let s = extract(word([
            .p("Phường Sài Gòn báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026:"),
            .p("1. Kiểm tra 03 cửa hàng xăng dầu, xong."),
            .p("Sài Gòn, ngày 3/11/26"),
        ]))
        #expect(s.document.date == "2026-11-03")
    }

    /// "Thực hiện Công văn của Chi cục …, Ủy ban nhân dân phường … báo cáo": the body whose
    /// letter the report answers is not its sender.
    @Test func theBodyWhoseLetterIsAnsweredIsNotTheSender() {
        let s = extract(word([
            .p("ỦY BAN NHÂN DÂN"), .p("PHƯỜNG SÀI GÒN"),
            .p("Số: 88/BC-UBND"),
            .p("Sài Gòn, ngày 30 tháng 10 năm 2026"),
            .p("BÁO CÁO"),
            .p("Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW, Ủy ban nhân dân phường Sài Gòn báo cáo như sau:"),
            .p("1. Tuyên truyền 04 tin trên trang thông tin điện tử. Đã hoàn thành."),
        ]))
        #expect(s.unit?.id == "26740")
    }

    /// A sheet on another subject filled into the Chi cục's template ("Mẫu biểu kèm theo công văn
    /// của Chi cục Tiêu chuẩn Đo lường Chất lượng"), titled as a "phiếu", a "tổng hợp kết quả" or
    /// a "kết quả công tác" of its own subject: the Chi cục's name says who sent the template,
    /// not what is reported; the file is refused, with its title quoted.
    @Test func anotherSubjectOnTheChiCucsTemplateIsRefused() {
        for title in ["PHIẾU BÁO CÁO KẾT QUẢ PHÒNG CHỐNG SỐT XUẤT HUYẾT NĂM 2026",
                      "Tổng hợp kết quả thực hiện Kế hoạch cải cách hành chính năm 2026",
                      "KẾT QUẢ CÔNG TÁC PHÒNG CHỐNG SỐT XUẤT HUYẾT QUÝ III NĂM 2026"] {
            let s = extract(workbook([
                ["UBND XÃ NHÀ BÈ"],
                [title],
                ["(Mẫu biểu kèm theo công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng)"],
                ["STT", "Việc đã làm", "Kết quả", "Tiến độ"],
                [1, "Kiểm tra hộ gia đình diệt lăng quăng", "Kiểm tra 320 hộ", "Đang làm"],
                [2, "Tuyên truyền trên loa khu phố", "12 tin", "Xong"],
                [3, "Tập huấn cộng tác viên", "01 lớp, 40 người", "Xong"],
            ]), fileName: "nha-be-bao-cao.xlsx")
            #expect(s.status == .rejected, "\(title)")
        }
    }
}
