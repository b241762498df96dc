import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses stated away from their task's passage (DistantStatuses.swift):
// each becomes a claim with a reference — item labels, the sheet a task's rows stand on, a
// code in the task's row decoded by a legend — that one resolver links to the tasks it
// refers to. Written in words of no corpus.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

private func sheet(_ name: String, _ rows: [[Any?]], part: Int) -> Sheet {
    sheetOf(rows, name: name, part: "xl/worksheets/sheet\(part).xml")
}

private func cover() -> [[Any?]] { [["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                               ["PHƯỜNG BẾN THÀNH", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
                               ["Số: 77/BC-UBND", nil, nil, "Bến Thành, ngày 05 tháng 11 năm 2026"],
                               ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"]] }

@Suite struct LabelledStatusTests {
    @Test func numberedItemsNamedBackByTheirNumbers() throws {
        let s = extract(word(opening + [
            .p("1. Công tác tuyên truyền: đăng 06 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của phường."),
            .p("2. Công tác kiểm tra: phối hợp Chi cục kiểm tra 02 cuộc tại 09 cơ sở kinh doanh xăng dầu và vàng bạc."),
            .p("II. NHẬN XÉT"),
            .p("- Các nội dung 1 đã hoàn tất; nội dung 2 đang triển khai."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func aClosingAssessmentPointingAtItemLettersGivesThoseItemsTheirStatus() throws {
        let s = extract(word(opening + [
            .p("a) Đăng 06 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của phường."),
            .p("b) Phối hợp kiểm tra đo lường 02 cuộc tại 09 cơ sở kinh doanh xăng dầu và vàng bạc."),
            .p("c) Cử 02 công chức dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng."),
            .p("II. NHẬN XÉT"),
            .p("Tổng quát, các việc ở mục a và c đã hoàn tất; việc ở mục b đang triển khai, sẽ kiểm tra thêm trong tháng 12."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(news.status == .completed)
        #expect(course.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func lettersThatCiteALegalTextPointAtNoItem() throws {
        // "điểm a khoản 2 Điều 7" cites a decree, not the report's item a).
        let s = extract(word(opening + [
            .p("a) Đăng 06 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của phường."),
            .p("II. NHẬN XÉT"),
            .p("Việc xử lý theo điểm a khoản 2 Điều 7 Nghị định số 119/2017/NĐ-CP đã hoàn tất."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(news.status != .completed)
    }

    @Test func labelListsAreReadWithTheirJoinsAndStopAtOtherWords() {
        let v = extractor.vocabulary
        func labels(_ text: String) -> [String] { ExtractionRun.labelList(Tokenizer.tokenize(text), v.statusReferences) }
        #expect(labels("nội dung tại điểm a, c và đ đã xong") == ["a", "c", "đ"])
        #expect(labels("mục 2, 3 đang làm") == ["2", "3"])
        #expect(labels("các điểm bán hàng đã kiểm tra").isEmpty)
        #expect(labels("điểm b khoản 1 Điều 4").isEmpty)
    }
}

@Suite struct ScopedStatusTests {
    @Test func aSheetNamedByAStateGivesItsTasksThatState() throws {
        let head: [Any?] = ["STT", "Nội dung công việc", "Kết quả", "Số lượng", "Đơn vị tính"]
        let d = Document(kind: .spreadsheet, sheets: [
            sheet("Trang đầu", cover(), part: 1),
            sheet("Hoàn tất", [head, [1, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Tin, bài đã đăng", 8, "tin"]], part: 2),
            sheet("Đang triển khai", [head, [1, "Phối hợp kiểm tra đo lường tại chợ", "Cuộc kiểm tra", 3, "cuộc"]], part: 3),
        ])
        let s = extract(d, fileName: "bao-cao.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func aLegendDecodesTheCodesOfTheRows() throws {
        let d = Document(kind: .spreadsheet, sheets: [sheet("BC", cover() + [
            [],
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Mức độ"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đăng 12 tin, bài trên trang thông tin điện tử phường", "X"],
            [2, "Phối hợp kiểm tra đo lường", "Kiểm tra 04 cuộc tại 20 cơ sở", "Y"],
            [nil, "Chú thích: X: Hoàn tất; Y: Đang triển khai; Z: Chưa bắt đầu"],
        ], part: 1)])
        let s = extract(d, fileName: "bao-cao.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func aLegendNeedsTwoStatesAndShortCodes() {
        let run = ExtractionRun(extractor: extractor, document: word(opening))
        let r = extractor.vocabulary.statusReferences
        #expect(run.legend("Chú thích: X: Hoàn tất; Y: Đang triển khai", r)?.count == 2)
        #expect(run.legend("Ghi chú: X: Hoàn tất", r) == nil)
        #expect(run.legend("Ghi chú: Nhóm một - Hoàn tất; Nhóm hai - Đang triển khai", r) == nil)
    }
}

@Suite struct TitleAndNameStatusTests {
    @Test func aTitleRowThatNamesNoTaskGivesItsStatusToThePassageUnderIt() throws {
        // The title is the team's own name for its work; the paragraph under it is what tells
        // which task of the plan it is.
        let s = extract(word(opening + [
            .table([["Phần việc của tổ kinh tế khu vực phía bắc", "Đã làm xong"]]),
            .p("Tổ phối hợp với Chi cục kiểm tra đo lường 02 cuộc tại 07 cửa hàng xăng dầu trên địa bàn phường."),
            .p("Qua kiểm tra phát hiện 01 cửa hàng vi phạm về đo lường, đã xử phạt 5.000.000 đồng."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("violations")] != nil })
        #expect(checks.status == .completed)
        // The title is placed with its passage: no finding sends a person to look for it.
        #expect(!s.findings.contains { $0.code == "task-unmatched" && $0.message.contains("Đã làm xong") })
    }

    @Test func aTitleOverTwoTasksIsQuotedNotGuessed() throws {
        let s = extract(word(opening + [
            .table([["Phần việc của tổ kinh tế khu vực phía bắc", "Đã làm xong"]]),
            .p("Tổ đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa phát thanh của các khu phố."),
            .p("Tổ phối hợp kiểm tra đo lường 02 cuộc tại 07 quầy cân của chợ đầu mối."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status != .completed || checks.status != .completed)
        #expect(s.findings.contains { $0.code == "status-reference" && $0.message.contains(news.task) && $0.message.contains(checks.task) })
    }

    @Test func aSummaryNamingTheWorkInItsOwnWordsGivesEachTaskItsStatus() throws {
        let s = extract(word(opening + [
            .p("a) Tổ đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa phát thanh của các khu phố."),
            .p("b) Tổ phối hợp kiểm tra đo lường 02 cuộc tại 07 quầy cân của chợ đầu mối."),
            .p("II. TÓM TẮT TIẾN ĐỘ"),
            .p("- Tuyên truyền pháp luật về đo lường, chất lượng cho người dân: Hoàn tất."),
            .p("- Kiểm tra đo lường cân tại chợ: Đang triển khai."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func aClosingSentenceNamingSeveralPiecesOfWorkClauseByClause() throws {
        let s = extract(word(opening + [
            .p("1. Tuyên truyền"),
            .p("Đăng 05 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của phường."),
            .p("2. Quầy cân ở chợ"),
            .p("Phối hợp kiểm tra đo lường 02 cuộc tại 07 quầy cân của chợ đầu mối."),
            .p("II. NHẬN XÉT"),
            .p("Nhìn lại, việc tuyên truyền về đo lường đã hoàn tất; việc phối hợp kiểm tra đo lường các quầy cân vẫn đang triển khai."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func workNamedInASummaryIsGivenToNoOtherTask() throws {
        let s = extract(word(opening + [
            .p("a) Tổ đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa phát thanh của các khu phố."),
            .p("b) Tổ phối hợp kiểm tra đo lường 02 cuộc tại 07 quầy cân của chợ đầu mối."),
            .p("II. TÓM TẮT TIẾN ĐỘ"),
            .p("- Tuyên truyền pháp luật về đo lường, chất lượng cho người dân: Hoàn tất."),
            .p("- Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001 tại trụ sở Ủy ban: Đang triển khai."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        // The quality system is no part of the inspections: its status is not theirs.
        #expect(checks.status != .inProgress)
    }

    @Test func workLeftHalfDoneIsInProgress() {
        #expect(extractor.vocabulary.cellStatus("Còn dở dang") == .inProgress)
    }

    @Test func aTaskWhoseStatusAFindingQuotesIsNotAlsoSaidToBeUnknown() throws {
        let s = extract(word(opening + [
            .table([["Phần việc của tổ kinh tế khu vực phía bắc", "Đã làm xong"]]),
            .p("Tổ đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa phát thanh của các khu phố."),
            .p("Tổ phối hợp kiểm tra đo lường 02 cuộc tại 07 quầy cân của chợ đầu mối."),
        ]))
        for e in s.entries where e.status == .unknown {
            let about = s.findings.filter { $0.code.hasPrefix("status-") && $0.message.contains(e.task) }
            #expect(about.count == 1)
        }
    }
}

@Suite struct StatusReferenceVocabularyTests {
    @Test func unknownKeysAndWeightsAreRefused() {
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "status_references:\n  guess: [x]\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "status_references:\n  weights:\n    labels: 2\n") }
        // The file is the one copy of the numbers: a missing one is refused, not guessed.
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: "status_references:\n  label_words: [điểm]\n  weights:\n    sheet: 0.2\n") }
        #expect(throws: Never.self) {
            try Vocabulary.parse(yaml: "status_references:\n  label_words: [điểm]\n  code_length: 3\n  code_words: 1\n  legend_pairs: 2\n  cell_code_length: 10\n  cell_code_words: 3\n"
                                     + "  name_score: 3\n  name_margin: 1\n  under_lines: 10\n  follow_words: 30\n"
                                     + "  weights:\n    labels: 0.7\n    sheet: 0.2\n    legend: 0.8\n    row: 0.8\n    names: 0.7\n    notes: 0.8\n    codes: 0.8\n")
        }
    }
}

@Suite struct HeadingTitleStatusTests {
    @Test func aLetteredTitleEndingInItsStatusGivesItToThePassageUnderIt() throws {
        // The title is the team's own name for its work, its status after a dash; the
        // paragraph under it tells which task of the plan it is.
        let s = extract(word(opening + [
            .p("c/ Phần việc của tổ kinh tế khu vực phía bắc – đã xong"),
            .p("Tổ phối hợp với Chi cục kiểm tra đo lường 02 cuộc tại 07 cửa hàng xăng dầu trên địa bàn phường."),
            .p("Qua kiểm tra phát hiện 01 cửa hàng vi phạm về đo lường, đã xử phạt 5.000.000 đồng."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("violations")] != nil })
        #expect(checks.status == .completed)
        // The title is placed with its passage: no finding sends a person to look for it.
        #expect(!s.findings.contains { $0.code == "task-unmatched" && $0.message.contains("đã xong") })
    }

    @Test func aNumberedTitleEndingInItsStatusAfterAColon() throws {
        let s = extract(word(opening + [
            .p("1. Đối với các quầy hàng của chợ đầu mối phía nam: đang thực hiện"),
            .p("Tổ phối hợp với Chi cục kiểm tra đo lường 02 cuộc tại 07 quầy cân; 01 quầy vi phạm, xử phạt 2.000.000 đồng."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("violations")] != nil })
        #expect(checks.status == .inProgress)
    }

    @Test func aTitlesStatusCoversEveryTaskOfThePassageUnderItUpToTheNextTitle() throws {
        // One status after the dash, a few words of when after it, for the two jobs the
        // paragraphs below tell (checks, then samples for a survey); the next title, whose
        // status goes on after a comma, is a passage of its own.
        let s = extract(word(opening + [
            .p("2. Việc của tổ quản lý chợ đêm – đã xong đợt giữa năm"),
            .p("Tổ quản lý kiểm tra 03 cuộc tại 12 quầy hàng khô và quầy cân ở chợ đêm, 01 quầy vi phạm, phạt 1.500.000 đồng."),
            .p("Cùng Chi cục lấy 05 mẫu nước mắm tại 03 quầy để khảo sát chất lượng nước mắm bán lẻ."),
            .p("3. Tuyên truyền ở khu dân cư phía đông – đang làm, quý sau làm tiếp"),
            .p("Tổ tuyên truyền Chỉ thị 38 về tiêu chuẩn, đo lường, chất lượng, đăng 04 tin, bài trên nhóm Zalo của khu dân cư."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("violations")] != nil })
        let samples = try #require(s.entries.first { $0.indicators[IndicatorID("samples_tested")] != nil })
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(checks.task != samples.task)
        #expect(checks.status == .completed)
        #expect(samples.status == .completed)
        #expect(news.status == .inProgress)
    }
}

@Suite struct StatusWordingTests {
    @Test func aShortLabelOnTheLineAfterTheItemStatesItsStatus() throws {
        // "Mức độ:" — a status label cut short, on its own line after the item.
        let s = extract(word(opening + [
            .p("Kiểm tra quầy cân – 02 cuộc kiểm tra tại 09 quầy cân của chợ, 01 quầy vi phạm, phạt 1.000.000 đồng."),
            .p("Mức độ: Đang làm."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("violations")] != nil })
        #expect(checks.status == .inProgress)
    }

    @Test func theUnitsOwnVerdictUnderAShortenedLabel() {
        // "Tự nhận:" — the unit's own verdict on its work.
        let v = extractor.vocabulary
        #expect(v.statusClaim(in: Tokenizer.tokenize("Tự nhận: chưa xong, còn làm tiếp."))?.value == .inProgress)
        #expect(v.statusClaim(in: Tokenizer.tokenize("Tự nhận: đã làm xong."))?.value == .completed)
    }

    @Test func workGoingOnAndNothingArisenYet() {
        let v = extractor.vocabulary
        #expect(v.statusClaim(in: Tokenizer.tokenize("Nhiệm vụ còn đang tiếp diễn."))?.value == .inProgress)
        #expect(v.statusClaim(in: Tokenizer.tokenize("Phần việc của phường chưa có phát sinh."))?.value == .notApplicable)
        #expect(v.cellStatus("Tiếp diễn") == .inProgress)
    }
}
