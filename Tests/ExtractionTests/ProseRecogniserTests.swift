import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the prose recognisers: a task's plan wording copied as its heading, the
// clauses of a paragraph that reports several tasks, figures written in words or in a phone's
// shorthand, comparison figures in parentheses, sentences broken by a soft wrap, and the
// refusal of a report on another subject. Each probe is a small document of its own.

private let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\nSố: 411/BC-UBND",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Thành, ngày 02 tháng 11 năm 2026"]])
private let opening: [Piece] = [header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

@Suite struct PlanWordingTests {
    @Test func aHeadingCopiedFromThePlanNamesItsTaskAndItsDecoyNumbersAreNoFigures() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
            // II.2.a's own wording, unnumbered (automatic numbering), with its programme numbers.
            .p("Triển khai Kế hoạch nâng cao năng suất và chất lượng dựa trên nền tảng khoa học và công nghệ và đổi mới sáng tạo của Thành phố Hồ Chí Minh (Chương trình 1322, Kế hoạch 36), Kế hoạch tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp (Đề án 996)."),
            .p("- Kết quả: Hướng dẫn 35 doanh nghiệp áp dụng giải pháp truy xuất nguồn gốc điện tử."),
            .p("- Tiến độ: Đang thực hiện."),
            .p("- Khó khăn: Chi phí duy trì tem truy xuất còn cao."),
            // II.5.a's wording, shortened, with its reference appended.
            .p("Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường … (điểm a khoản 5 Mục II Kế hoạch)"),
            .p("- Kết quả: Tổ chức 08 cuộc kiểm tra tại 62 cơ sở."),
            .p("- Tiến độ: Hoàn thành."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Lực lượng kiểm tra còn mỏng."),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.a", "II.5.a"])
        #expect(s.value("II.2.a", "enterprises_supported") == 35)
        #expect(s.entry("II.2.a")?.status == .inProgress)
        #expect(s.entry("II.2.a")?.indicators.count == 1, "the plan's programme numbers are no figures")
        #expect(s.value("II.5.a", "inspections") == 8)
        #expect(s.value("II.5.a", "establishments_inspected") == 62)
        #expect(s.entry("II.5.a")?.status == .completed)
        // The task's own difficulty is an item of the report; the results go on after it.
        #expect(s.difficulties.map(\.text) == ["Chi phí duy trì tem truy xuất còn cao", "Lực lượng kiểm tra còn mỏng"])
    }

    @Test func aLineThatReportsIsNotTakenForPlanWording() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("Kết quả: Tổ chức 03 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố.")]))
        #expect(run.planWordingTask(run.lines[0]) == nil)
        // "1.1. <the plan's words>: <result>": the task, and the result after the colon.
        let titled = ExtractionRun(extractor: extractor, document: word([.p("1.1. Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố: Phường chưa tổ chức thực hiện.")]))
        #expect(titled.planWordingTask(titled.lines[0])?.code == "II.1.a")
        #expect(titled.planWordingTask(titled.lines[0])?.rest == "Phường chưa tổ chức thực hiện.")
        // A plan group's heading is its group's wording, no task's.
        let group = ExtractionRun(extractor: extractor, document: word([.p("1. Tuyên truyền, nâng cao nhận thức, kiến thức, trách nhiệm của các cấp ủy đảng, chính quyền và nhân dân về vai trò, vị trí và tầm quan trọng của công tác tiêu chuẩn, đo lường, chất lượng")]))
        #expect(group.planWordingTask(group.lines[0]) == nil)
        let heading = ExtractionRun(extractor: extractor, document: word([.p("Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố và buổi Tọa đàm với doanh nghiệp nhập khẩu.")]))
        #expect(heading.planWordingTask(heading.lines[0])?.code == "II.1.a")
    }
}

@Suite struct ClauseTests {
    @Test func tasksSharingAParagraphAreReadClauseByClause() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ"),
            .p("Năm 2026, phường đăng mười hai tin, bài tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (đã hoàn thành); đồng thời lấy 06 mẫu xăng dầu để khảo sát chất lượng – nội dung này đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.b", "samples_tested") == 6)
        #expect(s.entry("II.5.b")?.status == .inProgress)
        // Under "I. KẾT QUẢ", a heading that names no task: the audience of a class ("hộ kinh
        // doanh") is no evidence for the inspections of the devolved task; the class is the
        // propaganda task's. (Close calls are named with both tasks: aClauseBetweenTwoCloseTasksIsNamedWithBothScores.)
        let close = extract(word(opening + [
            .p("I. KẾT QUẢ"),
            .p("Năm 2026, UBND phường phối hợp Chi cục TĐC tổ chức hai lớp tập huấn về nhãn hàng hóa cho 96 hộ kinh doanh (đã hoàn thành), đồng thời thành lập 03 đoàn kiểm tra liên ngành kiểm tra 12 cơ sở kinh doanh xăng dầu."),
        ]))
        #expect(close.value("II.1.a", "training_courses") == 2)
    }

    @Test func clausesSplitAtSentencesSemicolonsAndJoiningWords() {
        let run = ExtractionRun(extractor: extractor, document: word([]))
        let text = "Tổ chức 02 lớp tập huấn; đồng thời kiểm tra 05 cơ sở. Song song, lấy 06 mẫu (hoàn thành)."
        #expect(run.clauseTexts(text, withinTask: false) == ["Tổ chức 02 lớp tập huấn", "kiểm tra 05 cơ sở.", "lấy 06 mẫu (hoàn thành)."])
        // Inside a task's passage only the joining words split.
        #expect(run.clauseTexts("Tổ chức 02 lớp. Có 80 người tham dự.", withinTask: true).count == 1)
    }

    @Test func aClauseBetweenTwoCloseTasksIsNamedWithBothScores() throws {
        let profiles = try TaskProfiles.parse(yaml: """
            resolver: {title: 0, figure: 0, group: 0, accept: 2, ratio: 1.25}
            tasks:
              II.2.a: {words: [năng suất chất lượng]}
              II.3.b: {words: [năng suất chất lượng]}
            """, taskCodes: Set(extractor.tasks.map(\.code)), indicators: Set(shippedVocabulary.indicatorIDs))
        let x = Extractor(tasks: extractor.tasks, units: extractor.units, vocabulary: shippedVocabulary, profiles: profiles)
        let s = x.extract(word(opening + [.p("I. KẾT QUẢ THỰC HIỆN"), .p("Về năng suất chất lượng, hỗ trợ 04 doanh nghiệp; đồng thời hướng dẫn 03 doanh nghiệp về năng suất chất lượng.")]),
                          file: "a.docx", fileName: "a.docx", sha256: "0")
        let ambiguous = s.findings.filter { $0.code == "task-ambiguous" }
        #expect(ambiguous.count == 2)
        #expect(ambiguous.first?.message.contains("II.2.a") == true && ambiguous.first?.message.contains("II.3.b") == true)
        #expect(ambiguous.first?.message.contains("04 doanh nghiệp") == true)
        #expect(s.entries.isEmpty)
    }
}

@Suite struct WrittenFigureTests {
    @Test func figuresInWordsAreReadBeforeACountedNounOnly() {
        let n = shippedVocabulary.figures(in: Tokenizer.tokenize("tổ chức hai lớp tập huấn, mười một cơ sở vi phạm, hai mươi lăm mẫu; sau lớp tập huấn, một số cơ sở"))
        #expect(n.found.map(\.value) == [2, 11, 25])
        #expect(n.found.map(\.indicator.rawValue) == ["training_courses", "violations", "samples_tested"])
    }

    @Test func aPhonesMoneyShorthandIsRead() {
        let n = shippedVocabulary.figures(in: Tokenizer.tokenize("xử phạt 20tr; phạt 7tr5; phạt 5,5tr"))
        #expect(n.found.map(\.value) == [20_000_000, 7_500_000, 5_500_000])
    }

    @Test func figuresOfAnotherPeriodInParenthesesAreNoResult() {
        let n = shippedVocabulary.figures(in: Tokenizer.tokenize("tổ chức 07 cuộc kiểm tra (cùng kỳ năm 2025: 04 cuộc) tại 33 cơ sở (cùng kỳ: 21 cơ sở)"))
        #expect(n.found.map(\.value) == [7, 33])
        #expect(n.unread.isEmpty)
    }

    @Test func aSentenceBrokenBySoftWrapsIsOneSentence() {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền, tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Phối hợp tổ chức 01 lớp tập huấn về ghi nhãn hàng hóa cho\n85 hộ kinh doanh; đăng 6 tin trên trang thông tin phường."),
            .p("Tình trạng: Hoàn thành"),
        ]))
        #expect(s.value("II.1.a", "participants") == 85)
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(LineBuilder.continuesSentence("tổ chức 01 lớp cho", "85 hộ kinh doanh"))
        #expect(!LineBuilder.continuesSentence("ỦY BAN NHÂN DÂN", "phường Bến Thành"))
        #expect(!LineBuilder.continuesSentence("Các nội dung sau", "a) Tuyên truyền"))
        #expect(!LineBuilder.continuesSentence("Hoàn thành.", "tiếp theo"))
    }
}

@Suite struct SubjectRefusalTests {
    @Test func aReportOnAnotherSubjectIsRefusedWithItsTitleEvenWithItsUnitKnown() {
        let s = extract(word([
            header, .p("BÁO CÁO"), .p("Kết quả thực hiện công tác an toàn, vệ sinh lao động năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
            .p("1. Tổ chức tuyên truyền, huấn luyện về an toàn, vệ sinh lao động cho người lao động."),
            .p("- Kết quả: tổ chức 03 lớp huấn luyện cho 215 người lao động; nâng cao chất lượng công tác huấn luyện."),
            .p("- Tiến độ: Hoàn thành."),
            .p("2. Kiểm tra việc chấp hành pháp luật về an toàn lao động tại doanh nghiệp."),
            .p("- Kết quả: kiểm tra 18 doanh nghiệp, phát hiện 05 đơn vị vi phạm. Đang thực hiện."),
        ]))
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("an toàn, vệ sinh lao động") == true)
        #expect(s.entries.isEmpty)
    }

    @Test func aFileNamedForThePlanHoldingASheetOnAnotherSubjectIsRefused() {
        // The file's name is the sender's label, not the document's words: a register of
        // construction permits saved as "…CT38…" is still about construction permits.
        let s = extract(workbook([
            ["SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ MINH"],
            ["BẢNG THỐNG KÊ GIẤY PHÉP XÂY DỰNG ĐÃ CẤP QUÝ III/2026"],
            ["STT", "Quận/huyện cũ", "Số giấy phép", "Diện tích sàn (m2)"],
            [1, "Khu vực 1", 412, 86_500],
            [2, "Khu vực 2", 377, 71_240],
            [3, "Khu vực 3", 295, 60_100],
        ], name: "Q3"), fileName: "SXD_bieu CT38 quy III.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("GIẤY PHÉP XÂY DỰNG") == true)
        #expect(s.entries.isEmpty)
    }

    /// The copies list typed as bulleted lines under its "Nơi nhận:" label names the
    /// Department's unit by its short form ("Chi cục TĐC"): where copies go says nothing of
    /// what the document is about, so a report on another subject is still refused; the same
    /// short form in the body speaks of the subject.
    @Test func theCopiesListUnderItsLabelIsNoSubject() {
        let body: [Piece] = [
            header, .p("BÁO CÁO"), .p("Kết quả công tác phòng, chống dịch bệnh trên đàn gia súc 10 tháng năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1) Tiêm phòng – đã tiêm 4.200 liều vắc xin lở mồm long móng cho đàn bò của 310 hộ."),
            .p("2) Tuyên truyền – phát 12 tin trên loa truyền thanh. Hoàn thành."),
            .p("Nơi nhận:"),
            .p("- Sở Nông nghiệp và Môi trường;\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT."),
        ]
        let s = extract(word(body))
        #expect(s.status == .rejected)
        let run = ExtractionRun(extractor: extractor, document: word(Array(body.dropLast(2)) + [.p("Phối hợp với Chi cục TĐC kiểm tra cân tại chợ.")]))
        #expect(run.speaksOfPlanSubject())
    }

    /// A letter with no title says in its opening what it reports on: a subject that is not
    /// the plan's refuses it as a title would, quoted in the reason. An opening that names no
    /// subject ("… báo cáo kết quả thực hiện các nhiệm vụ năm 2026 như sau:") leaves an untitled
    /// report to be read by its tasks.
    @Test func anUntitledLettersOpeningNamesItsSubject() {
        let other = extract(word([
            .p("UBND PHƯỜNG AN HÒA"),
            .p("Kính gửi: Ban Chỉ đạo an toàn giao thông"),
            .p("Phường xin gửi báo cáo kết quả công tác bảo đảm trật tự an toàn giao thông quý III năm 2026 như sau:"),
            .p("Phường tổ chức 04 đợt ra quân, kiểm tra 37 trường hợp, lập biên bản 06 trường hợp vi phạm; đã tuyên truyền cho 120 người dân."),
            .p("Trân trọng."),
        ]))
        #expect(other.status == .rejected)
        #expect(other.reason?.contains("bảo đảm trật tự an toàn giao thông") == true)
        let report = extract(word([
            .p("UBND PHƯỜNG AN HÒA"),
            .p("Phường xin báo cáo kết quả thực hiện các nhiệm vụ năm 2026 như sau:"),
            .p("1. Cử 02 công chức dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức. Đã hoàn thành."),
        ]))
        #expect(report.status == .extracted)
        #expect(report.entry("II.3.a") != nil)
    }

    /// Under a title about something else, the plan's subject named once in passing (a law of
    /// its field among the laws a campaign explained) is not the document's subject; spoken of
    /// in several lines, it is.
    @Test func aLawOfTheFieldNamedInPassingUnderAnotherTitleIsNoSubject() {
        let other = extract(word([
            header, .p("BÁO CÁO"), .p("Kết quả công tác quản lý đất đai và xây dựng quý III năm 2026"),
            .p("I. KẾT QUẢ"),
            .p("1. Tuyên truyền: tổ chức 05 buổi nói chuyện cho 310 hộ dân về Luật Xây dựng, Luật Đo lường và Luật Chất lượng sản phẩm, hàng hóa."),
            .p("- Đánh giá: hoàn thành."),
            .p("2. Cấp 44 giấy chứng nhận quyền sử dụng đất. Đang thực hiện."),
        ]))
        #expect(other.status == .rejected)
        #expect(other.reason?.contains("quản lý đất đai") == true)
        #expect(other.entries.isEmpty)
        let run = ExtractionRun(extractor: extractor, document: word([
            .p("Kết quả công tác quản lý đất đai và xây dựng quý III năm 2026"),
            .p("Tuyên truyền Luật Đo lường và Luật Chất lượng sản phẩm, hàng hóa.")]))
        #expect(!run.speaksOfPlanSubject(minLines: 2))
        #expect(run.speaksOfPlanSubject())
        let spread = ExtractionRun(extractor: extractor, document: word([
            .p("Phối hợp kiểm tra đo lường cân tại chợ."), .p("Lấy 06 mẫu kiểm tra chất lượng xăng dầu.")]))
        #expect(spread.speaksOfPlanSubject(minLines: 2))
    }

    @Test func oneSubjectWordIsNotEnoughButTwoAre() {
        let other = ExtractionRun(extractor: extractor, document: word([.p("Phong trào góp phần nâng cao chất lượng hoạt động của ấp.")]))
        #expect(!other.speaksOfPlanSubject())
        let plan = ExtractionRun(extractor: extractor, document: word([.p("Hướng dẫn ghi nhãn hàng hóa;"), .p("lấy mẫu kiểm tra chất lượng.")]))
        #expect(plan.speaksOfPlanSubject())
    }
}

@Suite struct OrdinalReferenceTests {
    @Test func anItemCountedInOrderAfterATaskWordNamesTheTask() {
        func codes(_ text: String) -> [String] { TaskReferenceParser.references(in: text).map { "II.\($0.group).\($0.letter)" } }
        // The plan's items counted within their group: 3 → c, 5 → đ.
        #expect(codes("- nội dung 5.3 (phối hợp kiểm tra theo phân quyền): KT 3 cuộc/21 cơ sở; đang làm") == ["II.5.c"])
        #expect(codes("- ND 3.1 (tập huấn công chức): 01 CC dự tập huấn") == ["II.3.a"])
        #expect(codes("Nhiệm vụ 2.5: duy trì hệ thống quản lý chất lượng") == ["II.2.đ"])
        // A heading's own number, after a task word or alone, is no reference.
        #expect(codes("2. Kết quả thực hiện các nhiệm vụ 2.1. Thực hiện các nội dung được phân quyền").isEmpty)
        #expect(codes("1.1. Tổ chức tập huấn cho 40 hộ kinh doanh").isEmpty)
        #expect(codes("Đã thực hiện 2.5 triệu đồng").isEmpty)
    }

    @Test func aPointOfAnotherOutlineIsNoTaskOfThePlan() {
        func codes(_ text: String) -> [String] { TaskReferenceParser.references(in: text).map { "II.\($0.group).\($0.letter)" } }
        // The plan's tasks are all under its Mục II: "IV.3.b" or "I.1.c" number another outline.
        #expect(codes("Số liệu tại mục IV.3.b của báo cáo này").isEmpty)
        #expect(codes("Chỉ tiêu | hồ sơ | 1.120 | I.1.c").isEmpty)
        #expect(codes("theo mục II.4.b Kế hoạch") == ["II.4.b"])
    }
}

@Suite struct LetterReplyTests {
    private let letterHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ AN\n\nSố: 377/UBND-KT\nV/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
                                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nPhú An, ngày 20 tháng 10 năm 2026"]])

    @Test func aReplyReportsAfterItsLeadInAndItsInlineDifficultyAndProposalAreItems() {
        let s = extract(word([
            letterHeader,
            .p("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh."),
            .p("Phúc đáp Công văn số 2415/SKHCN-TĐC ngày 15 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Phú An báo cáo như sau: về công tác tuyên truyền, phường đăng 06 tin, bài trên trang thông tin điện tử phường về quy định ghi nhãn hàng hóa, đã hoàn thành."),
            .p("Công tác tuyên truyền đã hoàn thành. Khó khăn: công chức phụ trách kiêm nhiệm nhiều lĩnh vực. Kiến nghị: đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã./."),
        ]))
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.difficulties.map(\.text) == ["công chức phụ trách kiêm nhiệm nhiều lĩnh vực"])
        #expect(s.proposals.map(\.text) == ["đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã"])
    }

    @Test func eachSentenceOpeningOnItsTopicNamesItsTask() {
        let d = word([
            letterHeader,
            .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng."),
            .p("Phúc đáp Công văn số 1096/CCTĐC-VP ngày 12 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Chuyển đổi số báo cáo như sau: đối với việc cải tiến Hệ thống thông tin giải quyết thủ tục hành chính và kết nối với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu, Phòng đã phối hợp hoàn thành việc kết nối trong tháng 3/2026, toàn bộ 34 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng đã được tích hợp."),
            .p("Đối với việc kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng, Phòng đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án đồng bộ dữ liệu, dự kiến thử nghiệm trong Quý I/2027. Khó khăn: Bộ Khoa học và Công nghệ chưa ban hành tài liệu đặc tả kỹ thuật kết nối (API) của cơ sở dữ liệu quốc gia. Đề nghị Chi cục có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối."),
        ])
        let s = extract(d)
        #expect(s.entry("II.2.h") != nil)
        #expect(s.entry("II.2.i")?.status == .inProgress)
        #expect(s.difficulties.count == 1)
        #expect(s.proposals.map(\.text).first?.hasPrefix("Đề nghị Chi cục có văn bản") == true)
    }

    @Test func aReplyOnAnotherSubjectIsRefusedWithItsTrichYeu() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN KHÁNH\n\nSố: 402/UBND-VHXH\nV/v phúc đáp Công văn số 3127/SVHTT-XDNSVHGĐ",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTân Khánh, ngày 14 tháng 10 năm 2026"]]),
            .p("Kính gửi: Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh."),
            .p("Phúc đáp Công văn số 3127/SVHTT-XDNSVHGĐ ngày 30 tháng 9 năm 2026 của Sở Văn hóa và Thể thao về việc báo cáo tình hình thực hiện phong trào xây dựng đời sống văn hóa năm 2026, Ủy ban nhân dân phường Tân Khánh báo cáo: toàn phường có 9.842/10.215 hộ đạt danh hiệu gia đình văn hóa; đã tổ chức 12 buổi sinh hoạt chuyên đề về xây dựng gia đình."),
            .p("Khó khăn: kinh phí hỗ trợ hoạt động của Ban vận động khu phố còn hạn chế."),
        ]))
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("V/v phúc đáp Công văn số 3127/SVHTT-XDNSVHGĐ") == true)
    }
}

@Suite struct QuickReportRefusalTests {
    @Test func aQuickReportOnAnEpidemicSentToTheChiCucIsRefused() {
        let d = word([
            .p("UBND PHƯỜNG THUẬN AN"), .p("Số: 402/BC-UBND"), .p("Thuận An, ngày 14/10/2026"), .p(""),
            .p("BÁO CÁO NHANH TÌNH HÌNH PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT TUẦN 41"), .p(""),
            .p("TÌNH HÌNH DỊCH"),
            .p("- Ghi nhận 17 ca SXH trong tuần, tăng 4 ca so với tuần trước; 2 ổ dịch tại KP Bình Hòa 2 và KP Hòa Long"),
            .p("- Phun hóa chất 2 đợt, 1.240 hộ; diệt lăng quăng 3.600 hộ"), .p(""),
            .p("KHÓ KHĂN"), .p("- Thiếu nhân lực cộng tác viên y tế khu phố"), .p(""),
            .p("KIẾN NGHỊ"), .p("- Đề nghị TTYT khu vực hỗ trợ thêm hóa chất phun"), .p(""),
            .p("TM. UBND PHƯỜNG – KT. CHỦ TỊCH – PHÓ CHỦ TỊCH"), .p("Huỳnh Thanh Tâm"),
        ])
        let s = extract(d, fileName: "a4-thuanan-bc-gui-chi-cuc.docx")
        #expect(s.status == .rejected)
        // The title ends where the bulleted lines begin: "Ghi nhận 17 ca" is no "ghi nhãn".
        #expect(s.reason?.contains("“BÁO CÁO NHANH TÌNH HÌNH PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT TUẦN 41") == true)
        #expect(s.reason?.contains("Ghi nhận") == false)
    }
}

@Suite struct OrdinalHeadingTests {
    @Test func aHeadingCountingTheTasksInOrderOpensAPassageItsNumberedPointsBelongTo() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
            .p("Nhiệm vụ thứ nhất: Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("1. Đăng tải 06 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường."),
            .p("2. Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh tại chợ, có 85 lượt người tham dự."),
            .p("Kết quả: đã hoàn thành."),
            .p("Nhiệm vụ thứ hai: Thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng"),
            .p("1. Tổ chức 02 cuộc kiểm tra tại 17 cơ sở (cân tại chợ, cửa hàng xăng dầu)."),
            .p("Kết quả: đang tiếp tục thực hiện."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.value("II.1.a", "participants") == 85)
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
    }
}

@Suite struct FieldLineTests {
    /// "3) Phần việc được giao: <task> — Kết quả thực hiện: <result> — Tình hình: <status>": a
    /// task written as one line of fields is read as "<task>: <result> — Tình hình: …".
    @Test func aTaskWrittenAsOneLineOfFields() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1) Phần việc được giao: kiểm tra cân, thước tại chợ theo nội dung phân cấp — Kết quả thực hiện: 02 cuộc tại 15 quầy — Tình hình: đang làm —"),
            .p("2) Phần việc được giao: cử công chức dự lớp bồi dưỡng nghiệp vụ đo lường — Kết quả thực hiện: cử 03 công chức tham dự — Tình hình: đã xong —"),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c", "II.3.a"])
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    @Test func onlyALabelThenAResultLabelMakesAFieldLine() {
        let titles = ["phan viec duoc giao"], results = ["ket qua thuc hien"]
        #expect(ExtractionRun.fieldLine("b) Phần việc được giao: lấy mẫu xăng – Kết quả thực hiện: 04 mẫu", titles: titles, results: results)
                == "b) lấy mẫu xăng: 04 mẫu")
        // No result label after a dash: the line is left as written.
        #expect(ExtractionRun.fieldLine("Phần việc được giao: lấy mẫu xăng, 04 mẫu", titles: titles, results: results) == nil)
        // Words before the colon that are no label of the task.
        #expect(ExtractionRun.fieldLine("2. Lấy mẫu xăng: 04 mẫu – Kết quả thực hiện: đạt", titles: titles, results: results) == nil)
    }
}

// Training is two tasks: a unit that runs a course for the public (businesses, traders) does
// the propaganda task, II.1.a; a unit that sends its own officers to attend one does the
// officers' training, II.3.a. A bare "Đào tạo"/"Tập huấn" heading names neither alone: its
// body's words for attending or for whom the course was held decide (task_profiles.yaml).
@Suite struct TrainingByMeaningTests {
    private func report(_ items: [Piece]) -> Submission {
        extract(word(opening + [.p("I. KẾT QUẢ THỰC HIỆN")] + items + [.p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có.")]))
    }

    @Test func officersSentToACourseAreTheOfficersTraining() {
        let s = report([
            .p("1. Thông tin, tuyên truyền"),
            .p("Phát 12 tin, bài trên đài truyền thanh phường về cân đong đúng, đủ."),
            .p("2. Tập huấn"),
            .p("Phường cử cán bộ văn hóa đi dự lớp tập huấn ba ngày về quản lý chất lượng hàng hóa tại Trường Chính trị Thành phố."),
        ])
        #expect(s.entries.map(\.task) == ["II.1.a", "II.3.a"])
        #expect(s.value("II.1.a", "communications") == 12)
    }

    @Test func officersHavingAttendedIsTheTrainingsStatus() {
        // vocabulary.yaml `statuses`: "đã dự đầy đủ", "(đã tham gia)" say the course was attended.
        let s = report([
            .p("1. Tập huấn"),
            .p("Phường cử cán bộ tư pháp đi dự lớp tập huấn hai ngày về hàng đóng gói sẵn tại Trung tâm Hội nghị quận cũ, đã dự đầy đủ."),
        ])
        #expect(s.entry("II.3.a")?.status == .completed)
        let t = report([
            .p("1. Tập huấn"),
            .p("Phường cử cán bộ địa chính đi dự lớp tập huấn trực tuyến về nhãn hàng hóa (đã tham gia)."),
        ])
        #expect(t.entry("II.3.a")?.status == .completed)
    }

    @Test func aCourseHeldForTradersIsThePropagandaTask() {
        let s = report([
            .p("1. Tập huấn cho hộ kinh doanh"),
            .p("Mở 01 lớp về ghi nhãn hàng hóa tại chợ Phạm Văn Hai, 45 người dự."),
            .p("2. Đào tạo cán bộ"),
            .p("Hai công chức địa chính - xây dựng đã dự lớp tập huấn do Sở Khoa học và Công nghệ mở tại Hội trường Thành ủy."),
        ])
        #expect(s.entries.map(\.task) == ["II.1.a", "II.3.a"])
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 45)
    }
}

// A letter's numbered paragraphs, each the work done then how far it got after a semicolon,
// with no figure ("3. Hướng dẫn … tem truy xuất nguồn gốc; đang làm."): the status clause
// names no task, the work clause before it does — they are one item (Clauses.swift).
@Suite struct WorkThenStatusTests {
    @Test func aStatusClauseIsSaidOfTheWorkBeforeIt() {
        let s = extract(word(opening + [
            .p("Ủy ban nhân dân phường báo cáo kết quả như sau:"),
            .p("1. Phường cử cán bộ văn hóa đi dự lớp tập huấn về quản lý chất lượng hàng hóa của Sở; đã xong."),
            .p("2. Hướng dẫn các hợp tác xã rau an toàn dán tem truy xuất nguồn gốc cho sản phẩm; đang làm."),
            .p("Khó khăn, vướng mắc:"),
            .p("- Thiếu cán bộ chuyên trách."),
        ]))
        #expect(s.entries.map(\.task) == ["II.3.a", "II.2.a"])
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.entry("II.2.a")?.status == .inProgress)
        // The paragraphs' own numbers are no figures to quote.
        #expect(!s.findings.contains { $0.message.contains("“1”") || $0.message.contains("“2”") })
    }
}

// A ward's checks placed by meaning under the Chi cục's own inspection task (II.5.a, which
// the plan gives the Chi cục and the departments) are the ward's devolved task, II.5.c, when
// the ward named neither task, reports nothing else under II.5.c, and its figures are all of
// kinds II.5.c reports (task_profiles.yaml `units`, `own_kind_other_words`).
@Suite struct OwnKindSettlingTests {
    @Test func aWardsChecksPlacedUnderTheChiCucsTaskAreItsOwn() {
        let s = extract(word(opening + [
            .p("Ủy ban nhân dân phường báo cáo theo từng tháng như sau:"),
            .p("Tháng 8/2026:"),
            .p("- Cùng Đội Quản lý thị trường đi 01 đợt tới các quầy bán gạo, 06 quầy, nhắc nhở 01 quầy."),
            .p("Tháng 9/2026:"),
            .p("- Đi tiếp 01 đợt tới các cửa hàng bán bình gas, 04 cửa hàng, không có sai phạm."),
            .p("- Phát 03 tin trên loa các tổ dân phố."),
            .p("Cộng: tin tuyên truyền 03 tin; kiểm tra 02 cuộc, 10 cơ sở; vi phạm 01; phạt 800.000 đồng."),
            .p("Khó khăn:"),
            .p("+ Thiếu quả cân chuẩn."),
        ]))
        #expect(s.entry("II.5.a") == nil)
        #expect(s.value("II.1.a", "communications") == 3)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 10)
        #expect(s.value("II.5.c", "fines_vnd") == 800_000)
    }

    @Test func samplesTakenKeepTheQualityCheckWhereItWasPlaced() {
        // Samples are no figure of the ward's devolved task: the check of goods' quality stays.
        let s = extract(word(opening + [
            .p("Ủy ban nhân dân phường báo cáo theo từng tháng như sau:"),
            .p("Tháng 9/2026:"),
            .p("- Đi 01 đợt tới các cửa hàng bán bình gas, 04 cửa hàng, không có sai phạm."),
            .p("- Phát 02 tin trên loa các tổ dân phố."),
            .p("Cộng: tin tuyên truyền 02 tin; kiểm tra 01 cuộc, 04 cơ sở, 04 mẫu; vi phạm 01; phạt 500.000 đồng."),
        ]))
        #expect(s.entry("II.5.c") == nil)
        #expect(s.value("II.5.a", "samples_tested") == 4)
        #expect(s.value("II.5.a", "inspections") == 1)
    }
}
