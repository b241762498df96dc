import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the prose recognisers added for hands the program was not built on: how a
// status is written beyond a phrase of its own (after a mark, as a percentage of the plan, as a
// status verb with its object), a total line that stands for the lines above it, a target in
// parentheses, a task code alone in parentheses, and the parts of a report on several subjects.

private let header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\nSố: 411/BC-UBND",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Thành, ngày 02 tháng 11 năm 2026"]])
private let opening: [Piece] = [header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

private func claim(_ text: String) -> (status: TaskStatus, kind: StatusClaim.Kind)? {
    shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text)).map { ($0.value, $0.kind) }
}

@Suite struct StatusReadingTests {
    @Test func aPercentageOfThePlanAfterALabelIsProgress() {
        #expect(claim("- Tiến độ: đạt 60%, đang tiếp tục thực hiện (02 lớp còn lại tổ chức trong tháng 11).")?.status == .inProgress)
        #expect(claim("- Tiến độ: Hoàn thành 100%.")?.status == .completed)
        #expect(claim("Tiến độ: 0%")?.status == .notStarted)
        // A share inside a result is no progress of the task.
        #expect(claim("Tổ chức 3/5 lớp với 120/150 người tham dự (đạt 80%).") == nil)
    }

    @Test func aMarkIntroducesAStatusAsALabelDoes() {
        #expect(claim("Nhiệm vụ 5c (phân quyền QLNN): KT 03 cuộc/19cs; VP 03, phạt 7,5tr đ → HT.")?.status == .completed)
        #expect(claim("Phân quyền QLNN (5c): KT 02 đợt, 11cs; chưa phát hiện VP → ĐTH.")?.status == .inProgress)
        #expect(claim("=> Đang thực hiện.").map { [$0.status] } == [.inProgress])
        #expect(claim("Hỗ trợ DN (2d): chưa TH, chờ hướng dẫn của Chi cục.")?.status == .notStarted)
    }

    @Test func aStatusVerbWithItsObjectIsTheWeakestEvidence() {
        let done = claim("Sở Công Thương đã hoàn thành việc góp ý bốn (04) dự thảo quy chuẩn kỹ thuật quốc gia.")
        #expect(done?.status == .completed)
        #expect(done?.kind == .opener)
        #expect(claim("Chưa triển khai kiểm tra về đo lường tại chợ do chưa nhận được hướng dẫn phân cấp cụ thể; xã đã rà soát danh sách cơ sở kinh doanh có sử dụng phương tiện đo.")?.status == .notStarted)
        #expect(claim("Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường.")?.status == .notApplicable)
        #expect(claim("Chưa cử cán bộ tham gia do trùng lịch kiểm tra chuyên ngành.")?.status == .notStarted)
        // After a blocker it is a plan or a purpose, not a status.
        #expect(claim("Tăng cường tuyên truyền để không phát sinh vi phạm về đo lường trong kinh doanh tại chợ trên địa bàn phường.")?.kind != .opener)
        #expect(claim("Phường phối hợp rà soát danh sách cơ sở, dự kiến đã hoàn thành việc kiểm tra các chợ trước ngày 15/12/2026 theo kế hoạch năm của phường") == nil)
        // A status stated any other way is stronger.
        #expect(claim("Đã hoàn thành.")?.kind == .clause)
        #expect(claim("Tiến độ: Đang thực hiện")?.kind == .labelled)
    }

    @Test func aLaterLabelledStatusReplacesAWeakerOne() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 1: Tuyên truyền (điểm a khoản 1)"),
            .p("- Kết quả: Đã hoàn thành việc đăng 36 tin, bài trên trang thông tin điện tử phường."),
            .p("- Tiến độ: đạt 60%, đang tiếp tục thực hiện."),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 36)
    }
}

@Suite struct PassageTotalTests {
    /// Bullets of a task's passage titled by a period ("Trong kỳ", "Quý I và quý II", "Cộng
    /// dồn đến nay") are its own figures, not new items; the running total stands for the
    /// periods, and the status line below is the task's.
    @Test func periodBulletsStayInTheirTasksPassage() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật"),
            .p("- Trong kỳ: góp ý 02 dự thảo quy chuẩn kỹ thuật địa phương về nước sạch."),
            .p("- Quý I và quý II năm nay (đã nêu tại báo cáo sơ kết giữa năm): góp ý 03 dự thảo."),
            .p("- Cộng dồn đến nay: 05 dự thảo."),
            .p("Tiến độ: Đang thực hiện."),
            .p("2. Kiểm tra đo lường tại chợ theo phân cấp"),
            .p("- Trong kỳ: 01 cuộc, 06 cơ sở được kiểm tra."),
            .p("- Cộng dồn đến nay: 03 cuộc, 17 cơ sở được kiểm tra."),
            .p("Tiến độ: Hoàn thành."),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.e", "II.5.c"])
        #expect(s.value("II.2.e", "standards_reviewed") == 5)
        #expect(s.entry("II.2.e")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }

    @Test func aTotalLineStandsForThePartsListedAboveIt() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Công tác tuyên truyền (mục II.1 Kế hoạch)"),
            .p("Phát thanh tuyên truyền quy định về đo lường trên hệ thống loa truyền thanh các khu phố:"),
            .p("+ Khu phố 1: 04 tin;"), .p("+ Khu phố 2: 03 tin;"), .p("+ Khu phố 3: 05 tin;"),
            .p("Tổng cộng: 12 tin."),
            .p("=> Hoàn thành."),
            .p("2. Kiểm tra các nội dung được phân quyền (điểm c khoản 5 Mục II Kế hoạch)"),
            .p("+ Khu phố 1: 02 cuộc, 06 cơ sở;"), .p("+ Khu phố 3: 01 cuộc, 04 cơ sở;"), .p("+ Khu phố 5: 02 cuộc, 05 cơ sở;"),
            .p("Tổng cộng: 05 cuộc, 15 cơ sở. Phát hiện 02 cơ sở vi phạm, xử phạt 7.500.000 đồng."),
            .p("=> Đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    @Test func partsWithoutATotalLineAreAdded() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Kiểm tra các nội dung được phân quyền (điểm c khoản 5 Mục II Kế hoạch)"),
            .p("+ Khu phố 1: 01 cuộc, 03 cơ sở;"), .p("+ Khu phố 2: 02 cuộc, 05 cơ sở;"),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 8)
    }
}

@Suite struct TargetAndCodeTests {
    private func figures(_ text: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for f in shippedVocabulary.figures(in: Tokenizer.tokenize(text)).found { out[f.indicator.rawValue, default: 0] += f.value }
        return out
    }

    @Test func aParenthesisAfterATargetWordStatesTheTarget() {
        #expect(figures("đăng 36 tin, bài trên trang thông tin điện tử phường, vượt 20% chỉ tiêu (30 tin, bài).") == ["communications": 36])
        #expect(figures("Hướng dẫn 42 doanh nghiệp công bố hợp quy, vượt 40% chỉ tiêu (30 doanh nghiệp).") == ["enterprises_supported": 42])
        // What remains to be done is no result.
        #expect(figures("đang tiếp tục thực hiện (02 lớp còn lại tổ chức trong tháng 11, 12/2026).").isEmpty)
    }

    @Test func aCodeAloneInParenthesesNamesATask() {
        let refs = TaskReferenceParser.references(in: "2. Kiểm tra ĐL, CL theo phân quyền (5c): 04 đợt, 15cs")
        #expect(refs.map { "\($0.group).\($0.letter)" } == ["5.c"])
        #expect(TaskReferenceParser.references(in: "Hỗ trợ DN áp dụng HTQL, công bố CL (2d): chưa TH").map(\.letter) == ["d"])
        // Not a code: a quantity in parentheses, a measure.
        #expect(TaskReferenceParser.references(in: "Tổ chức 02 lớp (2 ngày), 5 c").isEmpty)
    }
}

@Suite struct ReportPartTests {
    @Test func thePartsOfAReportOnOtherSubjectsAreNotRead() {
        let s = extract(word(opening.dropLast() + [
            .p("Kết quả công tác khoa học, công nghệ, chuyển đổi số và văn hóa – xã hội Quý III năm 2026"),
            .p("I. CÔNG TÁC CHUYỂN ĐỔI SỐ"),
            .p("- Tổ chức 02 lớp bồi dưỡng kỹ năng số cho 140 người dân, hộ kinh doanh."),
            .p("II. CÔNG TÁC VĂN HÓA, THÔNG TIN"),
            .p("- Đăng tải trên 300 tin, bài, hình ảnh trên Fanpage phường."),
            .p("III. KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG"),
            .p("- Công tác tuyên truyền: đã thực hiện đăng tải 09 tin, bài trên Trang thông tin điện tử phường về ghi nhãn hàng hóa."),
            .p("IV. KHÓ KHĂN, HẠN CHẾ"),
            .p("- Công chức kiêm nhiệm nhiều việc."),
        ]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entries.allSatisfy { $0.indicators[IndicatorID("participants")] == nil })
        #expect(s.difficulties.map(\.text) == ["Công chức kiêm nhiệm nhiều việc"])
    }

    @Test func partsOpenedByAPartWordAreThePartsAndTheirLetteredItemsAreItemsOfTheirOwn() {
        let s = extract(word(opening.dropLast() + [
            .p("Báo cáo chung việc thực hiện các công văn của Sở trong Quý III"),
            .p("Phần thứ nhất: VỀ ĐỀ ÁN 06 VÀ CẢI CÁCH HÀNH CHÍNH"),
            .p("Đã tiếp nhận 5.120 hồ sơ trực tuyến; tổ chức 03 lớp hướng dẫn dịch vụ công cho 210 người dân."),
            .p("Vướng mắc: máy chủ thường quá tải vào cuối tháng."),
            .p("Phần thứ hai: VỀ KẾ HOẠCH THỰC HIỆN CHỈ THỊ 38-CT/TW"),
            // A roman heading inside the plan's part is a section of it, not a part.
            .p("I. Kết quả"),
            .p("B.1. Tuyên truyền, vận động người bán chấp hành quy định ghi nhãn: phát 400 tờ rơi, tổ chức 02 buổi phổ biến cho 96 hộ."),
            .p("⇒ Tình trạng: Đã xong"),
            .p("B.2. Cử người dự lớp bồi dưỡng: cử 04 công chức dự lớp bồi dưỡng nghiệp vụ do Chi cục mở."),
            .p("⇒ Tình trạng: Chưa xong"),
            .p("Phần thứ ba: VỀ PHONG TRÀO SÁNG KIẾN"),
            .p("Có 06 sáng kiến được công nhận; 02 lớp tập huấn viết sáng kiến."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.3.a"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 4)
        #expect(s.entry("II.3.a")?.status == .inProgress)
        // The other parts' classes and people are not this plan's; their difficulty is not either.
        #expect(s.value("II.1.a", "participants") == 96)
        #expect(s.difficulties.isEmpty)
    }

    @Test func aPartWordNeedsALabel() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("Phần mềm quản lý hồ sơ đã được nâng cấp.")]))
        #expect(!run.partLabel(run.lines[0].text))
        #expect(run.partLabel("PHẦN C. VỀ CÔNG VĂN SỐ 12/SKHCN"))
        #expect(run.partLabel("Phần II – Kết quả"))
        #expect(run.partLabel("Phần thứ tư: Kiến nghị"))
        #expect(!run.partLabel("Phần lớn các cơ sở chấp hành tốt"))
    }
}

@Suite struct MinutesTests {
    @Test func aSpeakersWordsAreReadAsTheContentNotAsATaskTitle() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        #expect(run.speechRemainder("3. Ông Lê Văn Tám, Trưởng Ban quản lý chợ phát biểu: đã treo 02 băng rôn về cân đúng.") == "đã treo 02 băng rôn về cân đúng.")
        #expect(run.speechRemainder("Ý kiến của Văn phòng: đề nghị bổ sung kinh phí cho năm sau.") == "đề nghị bổ sung kinh phí cho năm sau.")
        #expect(run.speechRemainder("2. Tuyên truyền pháp luật: đăng 05 tin bài trên trang của phường.") == nil)
        let s = extract(word([wardHeader, .p("BIÊN BẢN"), .p("Cuộc họp đánh giá việc thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("II. DIỄN BIẾN"),
            .p("1. Bà Nguyễn Thị Mai, công chức Văn hóa – Xã hội trình bày: Phường đã mở 02 buổi phổ biến quy định ghi nhãn cho 75 hộ kinh doanh. Đồng thời, phường phối hợp Chi cục kiểm tra cân tại 09 sạp ở chợ, đang tiếp tục thực hiện."),
            .p("2. Ông Phạm Văn Lực, Văn phòng: Văn phòng đã cử 02 công chức dự lớp bồi dưỡng nghiệp vụ do Chi cục mở."),
            // "Đ/c" (đồng chí) after a number is a speaker, not task 3.đ.
            .p("3. Đ/c Vũ Thị Hạnh, Ban quản lý chợ: Ban đã thay 04 cân đối chứng hỏng tại chợ."),
        ]))
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 75)
        #expect(s.value("II.5.c", "establishments_inspected") == 9)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.đ") == nil)
    }
}

/// A paragraph numbered by Word's automatic numbering: the label is not in its text.
private func numbered(_ label: String, _ text: String, _ n: Int) -> Block {
    var para = Paragraph(text: text, location: .paragraph(part: "word/document.xml", index: 100 + n))
    para.list = ListItem(numberingId: 1, level: 0, format: "decimal", label: label)
    return .paragraph(para)
}

@Suite struct PassageBoundaryTests {
    @Test func aHeadingNumberedByWordsListsStartsItsOwnPassage() {
        var d = word(opening + [.p("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO")])
        d.body += [
            numbered("1.", "Tuyên truyền quy định về ghi nhãn, truy xuất nguồn gốc thực phẩm", 1),
            .paragraph(Paragraph(text: "- Kết quả: Tổ chức 05 hội nghị tuyên truyền với 640 lượt người tham dự. Hoàn thành.", location: .paragraph(part: "word/document.xml", index: 120))),
            .paragraph(Paragraph(text: "- Tồn tại: Không.", location: .paragraph(part: "word/document.xml", index: 121))),
            numbered("2.", "Góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương về thực phẩm", 2),
            .paragraph(Paragraph(text: "- Kết quả: Góp ý 03 dự thảo quy chuẩn. Đang thực hiện.", location: .paragraph(part: "word/document.xml", index: 122))),
            numbered("3.", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", 3),
            .paragraph(Paragraph(text: "- Kết quả: Duy trì, cập nhật các quy trình theo hệ thống quản lý chất lượng của Sở. Hoàn thành.", location: .paragraph(part: "word/document.xml", index: 123))),
        ]
        let s = extract(d)
        #expect(s.entries.map(\.task) == ["II.1.a", "II.2.e", "II.2.đ"])
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.entry("II.2.e")?.status == .inProgress)
        // "Kết quả: Duy trì, cập nhật …" opens a sentence of results: "Hoàn thành." is the status.
        #expect(s.entry("II.2.đ")?.status == .completed)
    }

    @Test func aShortItemTitleThatNamesATaskStartsIt() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("- Công tác tuyên truyền: đã đăng tải 09 tin, bài trên Trang thông tin điện tử phường về ghi nhãn hàng hóa."),
            .p("- Hệ thống quản lý chất lượng: UBND phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang cập nhật lại các quy trình."),
            .p("- Khen thưởng, tố giác: trong kỳ không phát sinh."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.2.đ", "II.5.d"])
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    @Test func aShortLabelBeforeThePassagesOwnFiguresIsNoTask() {
        let s = extract(word(opening + [
            .p("2. Kết quả thực hiện"),
            .p("2.2. Kiểm tra đo lường, chất lượng theo phân cấp (điểm c khoản 5 Mục II)"),
            .p("a/ Số cuộc kiểm tra: 02 cuộc (tháng 5 và tháng 9/2026)."),
            .p("b/ Số cơ sở được kiểm tra: 18 cơ sở (cân tại chợ, tiệm vàng)."),
            .p("c/ Xử lý vi phạm: 03 cơ sở vi phạm, phạt tiền 4.500.000 đồng."),
            .p("+ Tiến độ: Đang thực hiện (còn 01 đợt kiểm tra tháng 12/2026)."),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 4_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    @Test func aTabTableInTheBodyEndsAtTheNextNumberedHeading() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("3. Thực hiện các nội dung được phân quyền về đo lường, chất lượng"),
            .p("Phường tổ chức 03 đợt kiểm tra tại 27 cơ sở kinh doanh, phát hiện 04 cơ sở vi phạm, đã ra quyết định xử phạt vi phạm hành chính với tổng số tiền"),
            .p("9.500.000 đồng. Nội dung này đang tiếp tục thực hiện đến cuối năm."),
            .p("TT\tNội dung\tĐVT\tKết quả"),
            .p("1\tSố đợt kiểm tra\tđợt\t03"),
            .p("2\tSố cơ sở được kiểm tra\tcơ sở\t27"),
            .p("4. Khen thưởng, bảo vệ người tố giác vi phạm"),
            .p("Trong kỳ báo cáo, trên địa bàn phường không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng."),
        ]))
        #expect(s.value("II.5.c", "fines_vnd") == 9_500_000, "an amount on the next printed line stays in its sentence")
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(LineBuilder.continuesSentence("với tổng số tiền", "9.500.000 đồng."))
        #expect(!LineBuilder.continuesSentence("như sau", "2. Kiểm tra"))
    }
}

@Suite struct TotalWordTests {
    @Test func aCountRightAfterATotalWordIsAFigure() {
        // "cộng" and "công" (of "công văn 03") fold alike; only the second makes a reference.
        let found = shippedVocabulary.figures(in: Tokenizer.tokenize("Tổng cộng 03 cuộc, 38 hộ kinh doanh; theo công văn 12 của Sở.")).found
        #expect(found.map(\.value) == [3, 38])
        #expect(found.first?.total == true)
    }
}

@Suite struct ChecklistTests {
    /// A checklist item: automatic lettering ("a)" only in the numbering), its words, a tab and
    /// the status at the right margin.
    private func item(_ label: String, _ text: String, _ status: String, _ n: Int) -> Block {
        var para = Paragraph(text: text + "\t" + status, location: .paragraph(part: "word/document.xml", index: 200 + n))
        para.list = ListItem(numberingId: 7, level: 0, format: "lowerLetter", label: label)
        return .paragraph(para)
    }

    @Test func aStatusAtTheLinesEndIsTheItemsAndTheUnitsOwnLettersYieldToMeaning() {
        var d = word(opening + [.p("I. KẾT QUẢ"), .p("2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng")])
        d.body += [
            // The unit's "a)" and "b)" under group 2 are the plan's 2.e and 2.i.
            item("a)", "Tham gia ý kiến vào các dự thảo QCVN do Bộ gửi lấy ý kiến", "Thường xuyên", 1),
            .paragraph(Paragraph(text: "Số liệu: góp ý 03 dự thảo QCVN", location: .paragraph(part: "word/document.xml", index: 230))),
            item("b)", "Cập nhật dữ liệu lên CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng", "Chưa làm", 2),
        ]
        d.body += word([.p("5. Kiểm tra, giám sát")]).body
        d.body += [item("a)", "Tiếp nhận, xử lý đơn thư tố giác vi phạm", "Không phát sinh", 3)]
        let s = extract(d)
        #expect(s.entries.map(\.task) == ["II.2.e", "II.2.i", "II.5.d"])
        #expect(s.entry("II.2.e")?.status == .inProgress)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.entry("II.2.i")?.status == .notStarted)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }
}

@Suite struct FormLetterTests {
    @Test func aMergedFormLettersBlocksAreReadByTheirCitationAndTheirFields() {
        #expect(TaskReferenceParser.references(in: "Căn cứ: khoản 2, điểm đ Phần II").map { "\($0.group).\($0.letter)" } == ["2.đ"])
        #expect(TaskReferenceParser.references(in: "Theo mục 6 điểm b của Kế hoạch").map { "\($0.group).\($0.letter)" } == ["6.b"])
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("NHIỆM VỤ 1: Áp dụng hệ thống quản lý chất lượng tại trụ sở"),
            .p("Căn cứ: khoản 2, điểm đ Phần II Kế hoạch."),
            .p("Kết quả thực hiện:"),
            .p("- Số lớp/buổi tập huấn: 2"),
            .p("- Số người tham dự: 41"),
            .p("- Số tin, bài: "),
            .p("- Tỷ lệ hoàn thành (%): 87.5"),
            .p("Đánh giá tiến độ: Đang thực hiện"),
            .p("NHIỆM VỤ 2: Tiếp nhận phản ánh, tố giác"),
            .p("Căn cứ: Mục 5, điểm d Phần II Kế hoạch."),
            .p("Kết quả thực hiện:"),
            .p("- Số tin, bài: "),
            .p("Đánh giá tiến độ: Không phát sinh"),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.đ", "II.5.d"])
        #expect(s.value("II.2.đ", "training_courses") == 2)
        #expect(s.value("II.2.đ", "participants") == 41)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }
}

@Suite struct EnglishWordingTests {
    @Test func statusesAndSectionsWrittenInEnglishOrInBothLanguagesAreRead() {
        let s = extract(word(opening + [
            .p("2. Deliverables"),
            .p("► Task 2.e (KH 38) — Góp ý dự thảo quy chuẩn"),
            .p("Output: góp ý 04 dự thảo QCVN"),
            .p("Progress: ongoing"),
            .p("► Task 5.d (KH 38) — Whistle-blower protection"),
            .p("Status: N/A"),
            .p("3. Problems (khó khăn)"),
            .p("• Thiếu chuyên gia rà soát quy chuẩn."),
            .p("4. Đề xuất / Suggestions:"),
            .p("• Đề nghị Sở tổ chức hội thảo về quy chuẩn địa phương."),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.e", "II.5.d"])
        #expect(s.entry("II.2.e")?.status == .inProgress)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(s.difficulties.map(\.text) == ["Thiếu chuyên gia rà soát quy chuẩn"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở tổ chức hội thảo về quy chuẩn địa phương"])
        let english = extract(word(opening + [.p("► Task 2.d (KH 38) — Coaching"), .p("Output: coaching 09 SMEs; 1 seminar, 40 attendees"), .p("Status: done")]))
        #expect(english.value("II.2.d", "enterprises_supported") == 9)
        #expect(english.value("II.2.d", "participants") == 40)
        #expect(english.entry("II.2.d")?.status == .completed)
        // "KH 38" cites the plan: no figure, no unread number.
        #expect(!s.findings.contains { $0.message.contains("KH 38") })
    }
}

@Suite struct PlainStatusWordsTests {
    @Test func workCarriedOnSaidPlainlyAndALabelWithItsTasksCode() {
        #expect(extractor.vocabulary.status(in: Tokenizer.tokenize("Việc này phường còn làm tiếp trong tháng tới.")) == .inProgress)
        #expect(extractor.vocabulary.status(in: Tokenizer.tokenize("Tình trạng 2.đ: chưa kết thúc, còn một quy trình.")) == .inProgress)
        #expect(extractor.vocabulary.status(in: Tokenizer.tokenize("Đánh giá II.1.a: Đã hoàn thành.")) == .completed)
    }
}

@Suite struct FieldPairTests {
    @Test func labelsTabbedToTheirFiguresAreFieldsOfThePassageNotATable() {
        let s = extract(word(opening + [
            .p("I. KẾT QUẢ"),
            .p("Mục 2.d – Hướng dẫn doanh nghiệp công bố hợp quy [ĐANG THỰC HIỆN]"),
            .p("Số doanh nghiệp được hướng dẫn\t07 doanh nghiệp"),
            .p("Mục 5.c – Kiểm tra cân tại chợ [HOÀN THÀNH]"),
            .p("Số cuộc kiểm tra\t03 cuộc"),
            .p("Số cơ sở vi phạm\t02 cơ sở"),
        ]))
        #expect(s.entries.map(\.task) == ["II.2.d", "II.5.c"])
        #expect(s.value("II.2.d", "enterprises_supported") == 7)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entry("II.5.c")?.status == .completed)
    }
}

@Suite struct OpeningParagraphTests {
    @Test func theSentencesAfterAnOpeningThatCitesThePlanAreRead() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW, Ủy ban nhân dân phường báo cáo như biểu kèm theo. Năm nay phường treo 12 băng rôn tuyên truyền về ghi nhãn; cùng với đó phối hợp Chi cục kiểm tra 05 cửa hàng vàng."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 5 })
    }
}
