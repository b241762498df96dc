import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of what extraction says about what it could not read, after the resolver
// (SilentLoss.swift, silent_loss.yaml): the sweep of numbers no claim used and no finding
// quotes, close calls of tasks decided by meaning, and the plan's whole subject naming no
// task. Each probe is a small document of its own.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct SilentLossPolicyTests {
    @Test func thePipelinesPolicyLoadsWithEveryMessageInVietnamese() throws {
        let policy = try #require(extractor.silentLoss)
        for key in SilentLossPolicy.messageKeys {
            let m = try #require(policy.messages[key])
            #expect(m == m.precomposedStringWithCanonicalMapping)
            #expect(m.contains("{task}") || m.contains("{quotes}") || m.contains("{count}") || m.contains("{nearest}"))
        }
        #expect(policy.closeCall > 0 && policy.closeCall <= 1)
    }

    @Test func theFileIsReadStrictly() {
        let messages = SilentLossPolicy.messageKeys.sorted().map { "  \($0): \"x {quotes}\"" }.joined(separator: "\n")
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "close_cal: 0.5\nmessages:\n\(messages)\n") }
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "close_call: 1.5\nmessages:\n\(messages)\n") }
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "messages:\n  close_call: \"x\"\n") }
        #expect(throws: Never.self) { try SilentLossPolicy.parse(yaml: "close_call: 0.5\nmessages:\n\(messages)\n") }
    }
}

@Suite struct SweepTests {
    /// The sweep alone, as if the readers had used nothing: what it quotes and what it passes over.
    func swept(_ pieces: [Piece], entries: [Entry] = []) -> [Finding] {
        var run = ExtractionRun(extractor: extractor, document: word(pieces))
        run.process()
        run.findings = []
        run.sweepUnaccountedNumbers(entries)
        return run.findings
    }

    @Test func aNumberNoClaimUsedAndNoFindingQuotesIsQuotedOncePerPassage() throws {
        let found = swept(opening + [
            .p("Căn cứ Kế hoạch số 215/KH-SKHCN ngày 23/01/2026, phường đã triển khai 06 nhiệm vụ; trong năm 2026 đạt 85% kế hoạch."),
            .p("1. Phường đã phối hợp tổ chức 07 buổi sinh hoạt chuyên đề cho 120 hộ kinh doanh."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Phường chỉ có 01 công chức kiêm nhiệm."),
        ])
        // References (a plan number, a date, a year, a percentage), counts of what no plan
        // counts ("06 nhiệm vụ"), the enumerator and the difficulties say nothing.
        try #require(found.count == 1)
        let quotes = Finding.quotes(in: found[0].message)
        #expect(quotes.count == 2)
        #expect(quotes.contains { $0.contains("07 buổi") })
        #expect(quotes.contains { $0.contains("120 hộ kinh doanh") })
        #expect(found[0].code == "figure-without-task")
        #expect(found[0].source == "word/document.xml paragraph 5")
    }

    @Test func aNumberThatBecameAFigureOrThatAFindingQuotesIsNotSaidAgain() {
        let place = "word/document.xml paragraph 4"
        let entry = Entry(task: "II.1.a", indicators: [IndicatorID("training_courses"): Figure(value: 7, sources: [
            FigureSource(location: place, text: "07 lớp", value: 7)])], sources: [place])
        let found = swept(opening + [.p("1. Phường đã tổ chức 07 lớp tập huấn cho 120 lượt người.")], entries: [entry])
        #expect(found.count == 1)
        #expect(found.first?.code == "figure-unrecognized")
        #expect(found.first?.message.contains("II.1.a") == true)
        let quotes = found.first.map { Finding.quotes(in: $0.message) } ?? []
        #expect(quotes.count == 1 && quotes.allSatisfy { $0.contains("120 lượt người") })
    }

    @Test func aTotalRowAndASequenceCellAreNotQuoted() {
        let found = swept(opening + [.table([["STT", "Nội dung", "Kết quả"],
                                             ["1", "Tuyên truyền", "đăng 12 tin bài"],
                                             ["", "Tổng cộng", "12 tin bài"]])],
                          entries: [Entry(task: "II.1.a", indicators: [IndicatorID("communications"): Figure(value: 12, sources: [
                              FigureSource(location: "word/document.xml table 2 row 2 cell 3", text: "12 tin bài", value: 12)])])])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}

@Suite struct CloseCallTests {
    @Test func aTaskTakenByMeaningWhenAnotherWasNearlyAsLikelyNamesBothAndQuotesItsFigures() throws {
        let s = extract(word(opening + [
            .p("2. Kiểm tra theo phân quyền (mục II.5 Kế hoạch)"),
            .p("Thực hiện 02 cuộc kiểm tra về nhãn hàng hóa và đo lường tại 09 cơ sở kinh doanh; phát hiện 01 cơ sở vi phạm ghi nhãn, xử phạt 3.000.000 đồng."),
            .p("=> Đang thực hiện."),
        ]))
        let entry = try #require(s.entries.first { $0.task == "II.5.a" || $0.task == "II.5.c" })
        let other = entry.task == "II.5.a" ? "II.5.c" : "II.5.a"
        let call = try #require(s.findings.first { $0.code == "task-close-call" })
        #expect(call.message.contains(entry.task) && call.message.contains(other))
        // The figures counted for the task are quoted, so that an officer can move them.
        #expect(Finding.quotes(in: call.message).contains { $0.contains("02 cuộc") })
    }

    @Test func aTaskNamedClearlyIsNoCloseCall() {
        let s = extract(word(opening + [
            .p("1. Về khen thưởng, bảo vệ người tố giác vi phạm: trong kỳ không phát sinh."),
        ]))
        #expect(!s.findings.contains { $0.code == "task-close-call" })
    }
}

@Suite struct NeutralPhraseTests {
    @Test func thePlansWholeSubjectNamesNoTask() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        let ranked = run.rankByMeaning(heading: "CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", body: "", group: nil)
        #expect(!ranked.contains { $0.code == "II.4.c" && $0.score >= 1 }, "\(ranked)")
        // The task's own words still name it.
        let own = run.rankByMeaning(heading: "Duy trì chuẩn đo lường chính, liên kết chuẩn", body: "", group: nil)
        #expect(own.first?.code == "II.4.c")
    }

    @Test func aCountAfterAdviceIsAFigure() {
        // "tư vấn 112 doanh nghiệp": "vấn" folds like "văn", which is no reference word.
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.d: hướng dẫn, tư vấn 112 doanh nghiệp công bố chất lượng. Đang thực hiện."),
        ]))
        #expect(s.value("II.2.d", "enterprises_supported") == 112)
    }
}

@Suite struct OddFigureTests {
    @Test func aFigureOfAKindTheTaskNeverReportsIsQuotedWithTheTasksThatDo() throws {
        // Inspection figures under a task of advice to enterprises: placed by a resolver's slip
        // or read as the wrong kind; either way a person is shown them.
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.d: hướng dẫn 12 doanh nghiệp công bố chất lượng; kiểm tra 15 cơ sở, phát hiện 03 cơ sở vi phạm. Đang thực hiện."),
        ]))
        try #require(s.value("II.2.d", "violations") == 3)
        let odd = try #require(s.findings.first { $0.code == "figure-odd-for-task" })
        #expect(odd.message.contains("II.2.d"))
        #expect(odd.message.contains("II.5.a") || odd.message.contains("II.5.c"))
        #expect(Finding.quotes(in: odd.message).contains { $0.contains("03 cơ sở vi phạm") })
        #expect(!Finding.quotes(in: odd.message).contains { $0.contains("12 doanh nghiệp") }, "a kind the task reports is not odd")
    }

    @Test func kindsAnyTaskReportsAreNeverOdd() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.đ: duy trì hệ thống quản lý chất lượng; tổ chức 01 lớp đào tạo cho 28 lượt công chức; kinh phí 15.500.000 đồng. Hoàn thành."),
        ]))
        #expect(!s.findings.contains { $0.code == "figure-odd-for-task" }, "\(s.findings.map(\.message))")
    }
}

@Suite struct MistakenFileTests {
    private let signature: Piece = .table([["Nơi nhận:\n- Như trên;\n- Chi cục TĐC (để t/h);\n- Lưu: VT.",
                                            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn Sáu"]])

    @Test func aReportOnAnotherSubjectCopiedToTheChiCucIsRefusedWithItsTitle() {
        // The recipient list and the "Kính gửi" line say to whom it goes, not what it is about.
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026"),
            .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng"),
            .p("1. Kết quả thực hiện"),
            .p("- Tuyên truyền: phát 36 lượt tin trên loa truyền thanh; tổ chức 02 buổi diễn tập với 150 người tham gia."),
            .p("- Kiểm tra 12 tuyến đê bao, phát hiện 03 điểm sạt lở. Hoàn thành."),
            signature,
        ]))
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("phòng, chống thiên tai") == true)
        #expect(s.entries.isEmpty)
    }

    @Test func aStatisticsSheetOnAnotherSubjectIsRefusedWithItsTitle() {
        let s = extract(workbook([
            ["UBND PHƯỜNG VŨNG TÀU"],
            ["THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 - QUÝ III/2026"],
            [],
            ["STT", "Nhiệm vụ theo KH", "Nội dung hoạt động", "ĐVT", "Kết quả", "Tình trạng"],
            [1, "Chuyển đổi số", "Tổ công nghệ số cộng đồng", "tổ", 14, "Hoàn thành"],
            [2, "Chuyển đổi số", "Lớp bồi dưỡng kỹ năng số cho người dân", "lớp", 6, "Hoàn thành"],
        ]), fileName: "vungtau-thongke.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ") == true)
    }

    @Test func aTrackingSheetTitledInCapitalsWithoutATitleWordIsRefusedWithItsTitle() {
        // No "BÁO CÁO"/"BIỂU" title word: the capitals line under the header is its title,
        // and a known sender does not make it a report of the plan.
        let s = extract(workbook([
            ["UBND XÃ AN NHƠN TÂY", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 77/UBND", nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            [],
            ["SỔ THEO DÕI CẤP PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ NĂM 2026"],
            ["STT", "Chủ hộ", "Diện tích (m2)", "Số tầng", "Tình trạng"],
            [1, "Nguyễn Văn Tám", 120, 2, "Đã cấp"],
            [2, "Lê Thị Chín", 95, 3, "Đang thẩm định"],
        ]), fileName: "AnNhonTay_so theo doi.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("SỔ THEO DÕI CẤP PHÉP XÂY DỰNG") == true, "\(s.reason ?? "")")
    }

    @Test func aReportThatSpeaksOfTheSubjectInItsBodyIsRead() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả công tác quý III năm 2026"),
            .p("1. Phối hợp Chi cục TĐC kiểm tra cân tại chợ: 02 cuộc kiểm tra tại 15 cơ sở. Đang thực hiện."),
            signature,
        ]))
        #expect(s.status == .extracted)
    }
}

@Suite struct StatusConflictTests {
    @Test func aRowThatStatesTwoStatusesIsQuotedWithBoth() throws {
        let s = extract(word(opening + [.table([
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ (% KH)", "Ghi chú"],
            ["1", "Kiểm tra, giám sát TĐC (nhiệm vụ II.5.a)", "Phối hợp 07 đoàn kiểm tra tại 64 cơ sở.", "Hoàn thành 75% kế hoạch", "Đang thực hiện"],
        ])]))
        let entry = try #require(s.entry("II.5.a"))
        try #require(entry.status == .completed || entry.status == .inProgress)
        let f = try #require(s.findings.first { $0.code == "status-conflict" })
        #expect(f.message.contains("II.5.a"))
        let quotes = Finding.quotes(in: f.message)
        #expect(quotes.contains("Đang thực hiện") && quotes.contains { $0.hasPrefix("Hoàn thành") })
    }

    @Test func aRowThatStatesOneStatusAndATaskNamedWithAStatusWordIsNoConflict() {
        let s = extract(word(opening + [.table([
            ["STT", "Nhiệm vụ", "Kết quả", "Tiến độ"],
            ["2.đ", "Duy trì, cải tiến hệ thống quản lý chất lượng", "Đã công bố lại HTQLCL", "Hoàn thành"],
        ])]))
        #expect(!s.findings.contains { $0.code == "status-conflict" }, "\(s.findings.map(\.message))")
    }
}

@Suite struct UnplacedPassageTests {
    @Test func aCardOfATaskNamedNoWayTheCatalogueKnowsIsOneFindingNamingTheNearestTaskAndItsStatus() throws {
        // A task card (key | value rows) the readers place under no task: its figures and
        // its stated progress are said once, with the task its words are nearest to.
        let s = extract(word(opening + [
            .p("Thẻ công việc số 1"),
            .table([["Công việc", "Phổ biến quy định về đo lường, ghi nhãn hàng hóa cho tiểu thương các chợ"],
                    ["Người làm", "Bà Phan Thị Mười"],
                    ["Kết quả cụ thể", "Buổi nói chuyện: 03; Lượt người nghe: 210; Tin phát thanh: 09"],
                    ["Trạng thái", "Đã hoàn tất"]]),
        ]))
        let unplaced = s.findings.filter { ["figure-without-task", "task-unmatched"].contains($0.code) }
        // Said once: no number of the card is quoted twice.
        for n in ["210", "09"] { #expect(unplaced.filter { $0.message.contains(n) }.count <= 1, "\(unplaced.map(\.message))") }
        let all = unplaced.map(\.message).joined(separator: " ")
        for n in ["210", "09"] { #expect(all.contains(n) || s.entries.contains { $0.indicators.values.contains { $0.value == Double(n)! } }, "\(n): \(all)") }
        // The progress is quoted, or the task was placed after all.
        #expect(all.contains("Đã hoàn tất") || !s.entries.isEmpty, "\(all)")
    }

    @Test func progressStatedInsideAMisreadListOfDifficultiesIsQuotedWithItsFigures() throws {
        // A "Khó khăn:" line early on made the rest read as difficulties: the figures the plan
        // counts and the "Tiến độ" lines below are still said, never dropped.
        let s = extract(word(opening + [
            .p("Khó khăn: trụ sở chật, thiếu phòng họp."),
            .p("Mục 2. Vận động hộ sản xuất áp dụng tiêu chuẩn cơ sở: hướng dẫn 14 cơ sở sản xuất xây dựng tiêu chuẩn cơ sở, tổ chức 02 lớp cho 75 người."),
            .p("→ Tiến độ: Đã xong"),
            .p("- Cán bộ kiêm nhiệm nhiều việc."),
        ]))
        let said = s.findings.map(\.message).joined(separator: " ")
        let counted = s.entries.flatMap { $0.indicators.values.map(\.value) }
        for n in [75.0, 2.0] { #expect(counted.contains(n) || said.contains(n == 75 ? "75 người" : "02 lớp"), "\(n): \(said)") }
        // An ordinary difficulty with a number of what no plan counts is no finding of its own.
        #expect(!s.findings.contains { $0.message.contains("kiêm nhiệm") })
    }

    @Test func aListOfDifficultiesAloneSaysNothing() {
        let s = extract(word(opening + [
            .p("1. Phối hợp kiểm tra đo lường tại chợ: 02 cuộc kiểm tra tại 11 cơ sở. Đang thực hiện."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Chưa có kinh phí mua 02 bộ quả cân chuẩn."),
            .p("- Nhân sự ít, 01 người phụ trách."),
        ]))
        #expect(!s.findings.contains { ["figure-without-task", "task-unmatched"].contains($0.code) }, "\(s.findings.map(\.message))")
    }
}

@Suite struct NearestTaskTests {
    @Test func numbersUnderNoTaskNameTheTaskTheirWordsAreNearest() throws {
        var run = ExtractionRun(extractor: extractor, document: word(opening + [
            .p("Phòng đã đăng 11 tin, bài tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và tổ chức 02 hội nghị phổ biến cho 95 hộ kinh doanh."),
        ]))
        run.process()
        run.findings = []
        run.sweepUnaccountedNumbers([])
        let f = try #require(run.findings.first, "nothing said")
        #expect(f.message.contains("II.1.a"), "\(f.message)")
    }
}

@Suite struct TasksOfOtherUnitsTests {
    @Test func aWardsInspectionsPlacedByMeaningUnderAnotherUnitsTaskAreQuotedWithTheWardsOwnTask() throws {
        let s = extract(word(opening + [
            .p("1. Đi kiểm tra cân ở các chợ và quầy vàng: 03 đợt kiểm tra tại 27 quầy, 04 quầy vi phạm. Đang làm."),
        ]))
        let inspections = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }, "\(s.entries.map(\.task))")
        // Placed under the ward's own task, or quoted with it.
        let said = s.findings.first { $0.message.contains("không phải nhiệm vụ") }
        #expect(inspections.task == "II.5.c" || (said?.message.contains("II.5.c") == true && said?.message.contains("27") == true),
                "\(inspections.task): \(s.findings.map(\.message))")
    }

    @Test func aTaskTheWardNamesByItsCodeIsTakenAtItsWord() {
        let s = extract(word(opening + [
            .p("1. Nhiệm vụ II.5.a: đã tiến hành 03 đợt kiểm tra tại 27 điểm bán gas, phát hiện 04 điểm vi phạm. Đang thực hiện."),
        ]))
        #expect(!s.findings.contains { $0.message.contains("không phải nhiệm vụ") }, "\(s.findings.map(\.message))")
    }
}

@Suite struct ContestedFigureTests {
    @Test func anAmountWhoseRowNamesAnotherIndicatorThanItsColumnIsCountedRightOrQuoted() throws {
        let s = extract(workbook([
            ["UBND XÃ TÂN NHỰT", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Công việc", "Đơn vị tính", "Số lượng", "Kinh phí (đồng)", "Ghi chú"],
            [1, "Phối hợp kiểm tra đo lường theo phân quyền (II.5.c)", "Cuộc", 3, nil, "Đang thực hiện"],
            [nil, "Số cơ sở được kiểm tra", "Cơ sở", 12, nil, nil],
            [nil, "Tiền phạt vi phạm hành chính", "Đồng", nil, 4_200_000, nil],
        ]), fileName: "TanNhut_bieu.xlsx")
        let e = try #require(s.entry("II.5.c"), "\(s.entries.map(\.task))")
        let said = s.findings.map(\.message).joined(separator: " ")
        #expect(e.indicators[IndicatorID("fines_vnd")]?.value == 4_200_000 || said.contains("4200000") || said.contains("4.200.000"), "\(e.indicators) \(said)")
    }
}

/// The Chi cục leads the wards' devolved work (II.5.c), but the inspections, violations and
/// fines counted there are the wards' (`figure_units` in task_profiles.yaml): a row of the
/// Chi cục's own inspections whose words speak of markets and fuel pumps stands under its
/// own inspection task, or is said in one finding naming both tasks and quoting them.
@Suite struct FiguresOfOtherUnitsTests {
    @Test func theChiCucsOwnInspectionsWithMarketWordsAreItsOwnTasksOrSaid() throws {
        let rows: [[Any?]] = [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 93/BC-CCTĐC", nil, nil, "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"],
            ["TT", "Việc", "Đơn vị tính", "Số lượng", "Tiến độ"],
            [1, "Đo lường cột bơm xăng, cân ở chợ đầu mối: kiểm tra định kỳ", "Đợt", 6, "Đang tiến hành"],
            [nil, "Cửa hàng được kiểm tra", "Cửa hàng", 31, nil],
            [nil, "Cửa hàng vi phạm", "Cửa hàng", 5, nil],
            [2, "Hỗ trợ UBND phường, xã về cân đối chứng ở chợ", nil, nil, "Đang tiến hành"],
        ]
        let s = extract(workbook(rows, name: "KQ"), fileName: "tonghop-phong.xlsx")
        let said = s.findings.map(\.message).joined(separator: " ")
        // Under its own inspection task, or quoted naming both tasks: never silently the wards'.
        #expect(s.value("II.5.a", "inspections") == 6
                || (said.contains("II.5.a") && said.contains("II.5.c") && said.contains("31")),
                "\(s.entries.map { ($0.task, $0.indicators) }) \(said)")
        // Said once, not per figure.
        #expect(s.findings.filter { $0.message.contains("II.5.a") && $0.message.contains("31") }.count <= 1, "\(said)")
    }

    @Test func figureUnitsAreSomeOfTheTasksUnits() {
        let yaml = "tasks:\n  II.5.c:\n    words: [cân]\n    units: [internal]\n    figure_units: [communes]\n"
        #expect(throws: Vocabulary.LoadError.self) {
            try TaskProfiles.parse(yaml: yaml, taskCodes: ["II.5.c"], indicators: [])
        }
    }
}
