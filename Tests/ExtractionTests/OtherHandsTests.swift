import DocumentModel
import Testing
@testable import Extraction

// Reports as other offices write them, found by writing probes in new layouts after the dev
// corpus was passed: line breaks typed inside one paragraph, the plan's issuer named in the
// title, task references written at the end of a heading, a date cell on its own.

/// A Word document whose paragraphs may hold line breaks ("\n", Shift+Enter): the first
/// row is a header table of one paragraph per cell, the rest body paragraphs.
private func wordWithBreaks(header: [String], body: [String]) -> Document {
    let cells = header.enumerated().map { c, text in
        TableCell(column: c, blocks: [.paragraph(Paragraph(text: text,
            location: .tableCell(part: "word/document.xml", table: 1, row: 1, column: c + 1)))])
    }
    var blocks: [Block] = [.table(Table(rows: [TableRow(cells: cells)], columnCount: header.count,
                                        location: .paragraph(part: "word/document.xml", index: 1)))]
    for (i, text) in body.enumerated() {
        blocks.append(.paragraph(Paragraph(text: text, location: .paragraph(part: "word/document.xml", index: i + 2))))
    }
    return Document(kind: .wordprocessing, body: blocks)
}

@Suite struct OtherHandsTests {
    @Test func lineBreaksInsideOneParagraphSeparateLines() {
        let s = extract(wordWithBreaks(
            header: ["UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG\n____\nSố: 2231/SCT-QLTM",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2026"],
            body: ["BÁO CÁO\nTình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
                   "I. KẾT QUẢ ĐẠT ĐƯỢC",
                   "Nhiệm vụ II.1.a: đã tổ chức 02 hội nghị với 150 đại biểu tham dự. Đã hoàn thành.",
                   "II. TỒN TẠI, HẠN CHẾ\n- Lực lượng quản lý thị trường còn mỏng.\n- Doanh nghiệp chưa quan tâm đến công bố hợp quy."]),
            fileName: "bc.docx")
        #expect(s.unit?.id == "SO-CT")
        #expect(s.document.number == "2231/SCT-QLTM")
        #expect(s.document.date == "2026-11-14")
        #expect(s.entries.map(\.task) == ["II.1.a"])
        #expect(s.difficulties.map(\.text) == ["Lực lượng quản lý thị trường còn mỏng", "Doanh nghiệp chưa quan tâm đến công bố hợp quy"])
    }

    @Test func aUnitWhoseNameStartsWithSoIsNotTheNumberLine() {
        let s = extract(wordWithBreaks(
            header: ["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 1501/BC-SYT", "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026"],
            body: ["Báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW", "Nhiệm vụ 5.a: kiểm tra 38 cơ sở. Đang thực hiện."]),
            fileName: "bao-cao.docx")
        #expect(s.unit?.id == "SO-YT")
        #expect(s.document.number == "1501/BC-SYT")
    }

    @Test func thePlansIssuerNamedInTheTitleGetsNoVote() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG GIA ĐỊNH"],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH 115/KH-SKHCN CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["Ngày báo cáo:", "12/11/2026"],
            ["TT", "Nội dung công việc", "Kết quả cụ thể", "Tình trạng"],
            ["1", "Nhiệm vụ 5.c", "Kiểm tra 15 cơ sở kinh doanh vàng; 2 cơ sở vi phạm", "Đang tiếp tục thực hiện"],
        ]), fileName: "bieu.xlsx")
        #expect(s.unit?.id == "26944")
        #expect(!s.findings.contains { $0.code == "unit-ambiguous" })
        #expect(s.entries.first?.indicators[IndicatorID("establishments_inspected")]?.value == 15)
    }

    @Test func headingsThatNameTheirTaskAtTheEnd() {
        let s = extract(word([
            wardHeader,
            .p("I. KẾT QUẢ ĐẠT ĐƯỢC"),
            .p("1. Công tác tuyên truyền (nhiệm vụ tại điểm a khoản 1 Mục II của Kế hoạch)"),
            .p("Phường đã tổ chức 02 hội nghị phổ biến pháp luật, thu hút trên 150 đại biểu tham dự. Nhiệm vụ đã hoàn thành."),
            .p("2. Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường (điểm a khoản 5 Mục II)"),
            .p("Trong kỳ đã kiểm tra 47 cơ sở kinh doanh, phát hiện 6 cơ sở vi phạm. Hiện đang tiếp tục triển khai."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.a"])
        let training = s.entries.first { $0.task == "II.1.a" }
        let inspection = s.entries.first { $0.task == "II.5.a" }
        #expect(training?.indicators[IndicatorID("participants")]?.value == 150)
        #expect(training?.indicators[IndicatorID("establishments_inspected")] == nil)
        #expect(inspection?.indicators[IndicatorID("establishments_inspected")]?.value == 47)
        #expect(inspection?.status == .inProgress)
    }

    @Test func aDateCellOnItsOwn() {
        let s = extract(workbook([
            ["SỞ Y TẾ"],
            ["Số: 1501/BC-SYT", nil, "Ngày 10/11/2026"],
            ["SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            ["STT", "Nhiệm vụ", "Kết quả", "Tiến độ"],
            ["1", "Nhiệm vụ 1.a", "03 lớp tập huấn", "Hoàn thành"],
        ]), fileName: "so-lieu.xlsx")
        #expect(s.document.date == "2026-11-10")
        #expect(s.unit?.id == "SO-YT")
    }

    @Test func oneHeadingOverDifficultiesAndProposals() {
        let s = extract(word([
            wardHeader,
            .p("1. Kết quả thực hiện"),
            .p("Nhiệm vụ 1.a: tổ chức 01 lớp tập huấn. Hoàn thành."),
            .p("2. Khó khăn, vướng mắc và đề xuất"),
            .p("- Chưa có cán bộ chuyên trách."),
            .p("- Đề nghị Sở tổ chức tập huấn nghiệp vụ đo lường cho công chức."),
            .p("- Kiến nghị bổ sung kinh phí tuyên truyền."),
            .p("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
        ]))
        #expect(s.difficulties.map(\.text) == ["Chưa có cán bộ chuyên trách"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở tổ chức tập huấn nghiệp vụ đo lường cho công chức",
                                           "Kiến nghị bổ sung kinh phí tuyên truyền"])
    }

    @Test func boldHeadingsNameTasksWithoutAResultsHeading() {
        let s = extract(word([
            .table([["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"]]),
            .bold("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW"),
            .bold("Về đưa nội dung tiêu chuẩn, đo lường, chất lượng vào chương trình đào tạo của các trường cao đẳng, trung cấp:"),
            .p("Sở đã tổ chức 01 hội thảo với 90 đại biểu. Đang triển khai."),
            .bold("Về công tác văn thư, lưu trữ và cải cách hành chính của cơ quan:"),
            .p("Đã tổ chức 02 lớp bồi dưỡng văn thư cho 60 người."),
        ]))
        #expect(s.unit?.id == "SO-GDDT")
        #expect(s.entries.map(\.task) == ["II.3.d"])
        // The second heading names no task: its figures do not run into II.3.d.
        #expect(s.entries.first?.indicators[IndicatorID("participants")]?.value == 90)
        #expect(s.findings.contains { $0.code == "task-unmatched" })
    }

    @Test func aStatusInParenthesesAfterTheTitle() {
        let s = extract(word([
            wardHeader,
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 2.c: Rà soát, kiến nghị sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng của các cơ quan, tổ chức trên địa bàn (Đã hoàn thành)"),
            .p("Nhiệm vụ 2.e: Tham gia xây dựng, góp ý dự thảo tiêu chuẩn quốc gia và quy chuẩn kỹ thuật của các bộ, ngành trung ương (Đang thực hiện)"),
            .p("Góp ý 06 dự thảo quy chuẩn kỹ thuật địa phương."),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.c", "II.2.e"])
        #expect(s.entries.map(\.status) == [.completed, .inProgress])
    }

    @Test func aTableRowNamingItsTaskInParentheses() {
        let s = extract(workbook([
            ["Đơn vị báo cáo: UBND xã Nhà Bè"],
            ["Kỳ báo cáo: năm 2026 - Kế hoạch thực hiện Chỉ thị 38-CT/TW"],
            ["STT", "Nhiệm vụ", "Số cuộc kiểm tra", "Số cơ sở vi phạm", "Số tiền phạt (đồng)", "Đánh giá"],
            [1, "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (điểm c khoản 5)", 3, 1, 2500000, "Đang thực hiện"],
        ]), fileName: "bieu.xlsx")
        #expect(s.unit?.id == "27655")
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.entries.first?.indicators[IndicatorID("fines_vnd")]?.value == 2_500_000)
        #expect(s.entries.first?.status == .inProgress)
    }

    @Test func theDepartmentsOfficeUnderTheDepartmentsName() {
        let s = extract(wordWithBreaks(
            header: ["UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG\n___\nSố: 12/BC-VP",
                     "Thành phố Hồ Chí Minh, ngày 01 tháng 11 năm 2026"],
            body: ["BÁO CÁO kết quả thực hiện Kế hoạch 115/KH-SKHCN về Chỉ thị 38-CT/TW", "Nhiệm vụ 2.i: đang thực hiện."]),
            fileName: "bc.docx")
        #expect(s.unit?.id == "SKHCN-VP")
    }

    @Test func headersCountingWithTheNounsOfProse() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN XÃ HÓC MÔN"],
            ["BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW"],
            ["Nhiệm vụ", "Số lượng lớp", "Lượt người tham gia", "Số lượng mẫu", "Tiến độ"],
            ["II.1.a", 2, 85, nil, "Hoàn thành"],
            ["II.5.b", nil, nil, 25, "Đang thực hiện"],
        ]), fileName: "bieu.xlsx")
        #expect(s.entries.first { $0.task == "II.1.a" }?.indicators[IndicatorID("training_courses")]?.value == 2)
        #expect(s.entries.first { $0.task == "II.5.b" }?.indicators[IndicatorID("samples_tested")]?.value == 25)
    }

    @Test func difficultiesAndProposalsSideBySide() {
        let s = extract(workbook([
            ["UBND PHƯỜNG THỦ ĐỨC"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW"],
            ["STT", "Nhiệm vụ", "Kết quả", "Tiến độ"],
            ["1", "Nhiệm vụ 5.c", "Kiểm tra 6 cơ sở", "Đang thực hiện"],
            ["Khó khăn, vướng mắc", nil, "Đề xuất, kiến nghị"],
            ["- Thiếu phương tiện kiểm tra", nil, "- Đề nghị trang bị cân đối chứng"],
            ["- Cán bộ kiêm nhiệm", nil, "- Tập huấn nghiệp vụ cho công chức"],
        ]), fileName: "bc.xlsx")
        #expect(s.difficulties.map(\.text) == ["Thiếu phương tiện kiểm tra", "Cán bộ kiêm nhiệm"])
        #expect(s.proposals.map(\.text) == ["Đề nghị trang bị cân đối chứng", "Tập huấn nghiệp vụ cho công chức"])
    }
}
