import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction

// Specifications of how a unit's own items are told apart in prose: numbers written with a
// slash ("1/ …", `numbering_marks`), run-in topic titles ("Về …: …", `clauses.topic_title_words`)
// and points numbered on two levels under a heading of the unit's own ("2.1.", "2.2.").

private let health: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 2204/BC-SYT",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"]])
private let title: [Piece] = [.p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

@Suite struct ItemNumberingTests {
    @Test func aNumberWrittenWithASlashNumbersAnItem() {
        let marks: [Unicode.Scalar] = ["/"]
        #expect(ExtractionRun.renumbered("2/ Thông tin, phổ biến", marks: marks) == "2. Thông tin, phổ biến")
        #expect(ExtractionRun.renumbered("IV/ Đề xuất", marks: marks) == "IV. Đề xuất")
        // A date, a share, a letter's label are no numbers of items.
        #expect(ExtractionRun.renumbered("15/3 đoàn kiểm tra làm việc", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("1/2 số hộ", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("c/ Xử lý vi phạm: 02 cơ sở", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("2. Thông tin", marks: marks) == nil)

        let s = extract(word([wardHeader] + title + [
            .p("Ủy ban nhân dân phường báo cáo như sau:"),
            .bold("1/ Thông tin, phổ biến:"),
            .p("* Đăng 06 bài trên cổng thông tin phường về ghi nhãn hàng hóa."),
            .p("* Tiến độ: hoàn thành."),
            .bold("2/ Kiểm tra đo lường tại chợ Tân Định:"),
            .p("* Cùng Chi cục kiểm tra 12 cơ sở kinh doanh tại chợ, 01 cơ sở vi phạm."),
            .p("* Tiến độ: đang thực hiện."),
            .bold("3/ Khó khăn"),
            .p("* Chợ chưa có cân đối chứng."),
        ]))
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "establishments_inspected") == 12)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.c")?.indicators[IndicatorID("communications")] == nil)
        #expect(s.difficulties.map(\.text) == ["Chợ chưa có cân đối chứng"])
    }

    @Test func aParagraphOpeningOnItsTopicIsAnItemOfItsOwn() {
        let run = ExtractionRun(extractor: extractor, document: word([]))
        #expect(run.runInTopic("Về phổ biến pháp luật: Sở đăng 09 tin.")?.title == "Về phổ biến pháp luật")
        #expect(run.runInTopic("Về phổ biến pháp luật: Sở đăng 09 tin.")?.rest == "Sở đăng 09 tin.")
        // Not a topic: a label, a sentence with no colon, a title too long or with figures.
        #expect(run.runInTopic("Tiến độ: đang thực hiện.") == nil)
        #expect(run.runInTopic("Về phía Sở, đã đăng 09 tin.") == nil)
        #expect(run.runInTopic("Về 03 cuộc kiểm tra: đã xong.") == nil)
        // A numbered or lettered item is read by the rules for numbered items.
        #expect(run.runInTopic("b) Về kiểm tra hàng hóa: 02 cuộc.") == nil)
        #expect(run.runInTopic("- Về kiểm tra hàng hóa: 02 cuộc.")?.title == "Về kiểm tra hàng hóa")
        // A title is counted in syllables: fifteen is not too long.
        #expect(run.runInTopic("Về duy trì hệ thống quản lý chất lượng tại bộ phận một cửa của Sở: đã xong.") != nil)

        let s = extract(word([health] + title + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Về phổ biến pháp luật: Sở đăng 09 tin trên trang thông tin điện tử về ghi nhãn trang thiết bị y tế. Đã hoàn thành."),
            .p("Về lấy mẫu khảo sát chất lượng: Sở phối hợp lấy 15 mẫu nước rửa tay lưu thông trên thị trường để thử nghiệm. Đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.b", "samples_tested") == 15)
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.indicators[IndicatorID("samples_tested")] == nil)
    }

    @Test func pointsNumberedUnderAHeadingAreItemsOfTheirOwn() {
        #expect(ExtractionRun.itemMarker("2.1. Tổ chức") == "1.1.")
        #expect(ExtractionRun.itemMarker("2.3 Lấy mẫu") == "1.1.")
        #expect(ExtractionRun.itemMarker("1.2.4. Kiểm tra") == "1.1.1.")
        #expect(ExtractionRun.itemMarker("2. Kiểm tra") == "1.")
        let s = extract(word([health] + title + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("2. Kiểm tra trang thiết bị y tế"),
            .p("2.1. Thực hiện 03 cuộc kiểm tra tại 20 cơ sở kinh doanh trang thiết bị y tế, phát hiện 02 cơ sở vi phạm. (Đã hoàn thành)"),
            .p("2.2. Lấy 25 mẫu khẩu trang lưu thông trên thị trường gửi thử nghiệm để đánh giá chất lượng. (Đang thực hiện)"),
        ]))
        #expect(s.value("II.5.a", "inspections") == 3)
        #expect(s.value("II.5.a", "establishments_inspected") == 20)
        #expect(s.entry("II.5.a")?.status == .completed)
        #expect(s.entry("II.5.a")?.indicators[IndicatorID("samples_tested")] == nil)
        #expect(s.value("II.5.b", "samples_tested") == 25)
        #expect(s.entry("II.5.b")?.status == .inProgress)
    }

    @Test func aCountInsideAnActivitysWordsIsReadPastInAHeading() {
        let p = extractor.profiles
        let sampling = Tokenizer.tokenize("Lấy 30 mẫu sữa bột trên thị trường")
        #expect(p.phraseScores(tokens: sampling)["II.5.b"] == nil)
        #expect((p.phraseScores(tokens: sampling, pastCounts: true)["II.5.b"] ?? 0) > 0)
        // A phrase that holds its number still counts as written.
        let programme = Tokenizer.tokenize("Triển khai Đề án 996 tại 12 doanh nghiệp")
        #expect((p.phraseScores(tokens: programme, pastCounts: true)["II.2.a"] ?? 0) > 0)
    }

    @Test func itemsNumberedInLowerCaseRomanWithABracketedStatus() {
        let s = extract(word([wardHeader] + title + [
            .p("1. Kết quả"),
            .p("i) Tuyên truyền trên loa phường: đăng 05 tin về cân đúng, đủ. [hoàn thành]"),
            .p("ii) Phối hợp kiểm tra cân tại chợ Hòa Bình: 02 cuộc, 15 hộ kinh doanh. [đang thực hiện]"),
            .p("iii) Cử 01 công chức dự lớp tập huấn nghiệp vụ của Chi cục. [đã hoàn thành]"),
            .p("2. Khó khăn"),
            .p("– Thiếu kinh phí."),
        ]))
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 1)
        #expect(s.entry("II.3.a")?.status == .completed)
        // A lone "i)" is the plan's letter i: nothing is renumbered.
        var lone = [Line(cells: [Line.Cell(column: 0, span: 1, text: "i) Kết nối cơ sở dữ liệu", value: nil, location: .part("x"), continued: false)], container: .body)]
        ExtractionRun.renumberLowerRoman(&lone)
        #expect(lone[0].text == "i) Kết nối cơ sở dữ liệu")
    }

    @Test func itemsGroupedUnderAStatusHeadingTakeItsStatus() {
        let s = extract(word([health] + title + [
            .p("II. KẾT QUẢ"),
            .p("1. Các nội dung đã hoàn thành:"),
            .p("- Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị y tế."),
            .p("- Duy trì hệ thống quản lý chất lượng ISO 9001 tại cơ quan Sở, đang rà soát lại quy trình."),
            .p("2. Những việc đang tiếp tục thực hiện:"),
            .p("- Hướng dẫn 12 cơ sở công bố hợp quy sản phẩm."),
            .p("3. Các nội dung chưa triển khai:"),
            .p("- Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia."),
        ]))
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.entry("II.2.e")?.status == .completed)
        // The item's own words outweigh its heading.
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.value("II.2.d", "enterprises_supported") == 12)
        #expect(s.entry("II.2.d")?.status == .inProgress)
        #expect(s.entry("II.1.b") != nil)
        // A status sentence under an item is no heading.
        let run = ExtractionRun(extractor: extractor, document: word([.p("Nhiệm vụ đang thực hiện.")]))
        #expect(run.statusHeading(run.lines[0]) == nil)
    }

    @Test func aTaskOfOtherKindsOfUnitsYieldsToTheGroupsTaskForTheUnitsKind() {
        // A ward's inspections, named by meaning, are its devolved task (the plan gives the
        // state inspection to the Chi cục and the departments); a department's are the state
        // inspection itself.
        var run = ExtractionRun(extractor: extractor, document: word([]))
        run.reportingUnitGroup = UnitGroup(rawValue: "group:communes")
        #expect(run.ownKindSibling(of: "II.5.a", heading: "Phối hợp đoàn liên ngành", body: "kiểm tra 02 cuộc tại 09 cửa hàng vàng bạc") == "II.5.c")
        run.reportingUnitGroup = UnitGroup(rawValue: "group:departments")
        #expect(run.ownKindSibling(of: "II.5.a", heading: "Phối hợp đoàn liên ngành", body: "kiểm tra 02 cuộc tại 09 cửa hàng vàng bạc") == nil)
        let department = extract(word([health] + title + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Về kiểm tra: Sở phối hợp kiểm tra 02 cuộc tại 09 nhà thuốc, không phát hiện vi phạm. Đã xong."),
        ]))
        #expect(department.value("II.5.a", "inspections") == 2)
        #expect(department.entry("II.5.c") == nil)
    }
}
