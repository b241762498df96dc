import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures that landed under a task whose kind of figures they are not
// (FigureOwners.swift, task_profiles.yaml `figure_owner`): read again by their own sentence,
// they go to the task those words name — or stay, quoted, when the words name none clearly.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct FigureOwnerTests {
    @Test func aSentenceOfAnotherJobInsideAPassageTakesItsFigureToThatJobsTask() throws {
        // Leaflets handed out during a round of the market's scales: the count of leaflets is
        // the propaganda task's, which the report has, not the measurement checks'.
        let s = extract(word(opening + [
            .p("1. Phổ biến pháp luật cho tiểu thương: tổ chức 02 hội nghị phổ biến quy định về ghi nhãn cho 85 hộ kinh doanh. Đã xong."),
            .p("2. Quản lý đo lường tại chợ Phú Định: đi 03 đợt kiểm tra cân của 40 sạp. Nhân dịp này, phát tay 350 tờ rơi hướng dẫn mua bán cho người dân. Vẫn đang làm."),
        ]))
        let market = try #require(s.entries.first { $0.indicators[IndicatorID("establishments_inspected")]?.value == 40 })
        #expect(market.indicators[IndicatorID("communications")] == nil, "\(s.entries)")
        let leaflets = try #require(s.entries.first { $0.indicators[IndicatorID("communications")]?.value == 350 })
        #expect(leaflets.indicators[IndicatorID("training_courses")]?.value == 2, "moved to the task that already held the propaganda")
    }

    @Test func aKindAnyTaskMayReportCreatesNoTaskTheReportLacks() {
        // Leaflets again, but the report has no propaganda passage: the figure stays where the
        // passage put it rather than conjuring a task the unit never reported on.
        let s = extract(word(opening + [
            .p("1. Quản lý đo lường tại chợ Phú Định: đi 03 đợt kiểm tra cân của 40 sạp. Nhân dịp này, phát tay 350 tờ rơi hướng dẫn mua bán cho người dân. Vẫn đang làm."),
        ]))
        #expect(s.entries.count == 1, "\(s.entries.map(\.task))")
        #expect(s.entries.first?.indicators[IndicatorID("communications")]?.value == 350)
    }

    @Test func theWordsOfAFigureSayWhichOfItsOwnersItIs() throws {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        // Samples sent to the laboratory are the quality survey's; an officer sent to a course
        // is the unit's own training's.
        #expect(run.figureOwner(of: IndicatorID("samples_tested"), words: "lấy 12 mẫu nước mắm gửi thử nghiệm") == "II.5.b")
        // Words that name no task that reports the kind name no owner.
        #expect(run.figureOwner(of: IndicatorID("samples_tested"), words: "12 mẫu") == nil)
    }

    @Test func theSentenceAroundAFigureIsItsWords() {
        let text = "Đi 03 đợt kiểm tra cân. Phát 350 tờ rơi; thu 4.500.000 đồng tiền phạt"
        #expect(ExtractionRun.figureWords(text, quote: "350 tờ rơi") == " Phát 350 tờ rơi")
        #expect(ExtractionRun.figureWords(text, quote: "4.500.000 đồng") == " thu 4.500.000 đồng tiền phạt")
        #expect(ExtractionRun.figureWords(text, quote: "Số sạp = 40").hasPrefix("Số sạp = 40\n"))
    }

    @Test func whatTheUnitPutUnderATaskItNamedStays() {
        // Named by code: the unit's own placement, however odd the kind (a finding quotes it).
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.d: hướng dẫn 06 hộ kinh doanh tự công bố sản phẩm; lấy 05 mẫu gửi thử nghiệm chất lượng. Đang thực hiện."),
        ]))
        #expect(s.value("II.2.d", "samples_tested") == 5, "\(s.entries)")
        #expect(s.findings.contains { $0.code == "figure-odd-for-task" })
    }
}

@Suite struct FigureOwnerJobTests {
    @Test func aFigureToldWithItsTasksOwnFiguresIsPartOfThatJob() {
        // Fuel samples taken during the round of checks, in the same sentence as the checks'
        // own counts: part of the inspection, not a survey of its own.
        let s = extract(word(opening + [
            .p("1. Quản lý đo lường tại chợ và cây xăng: tổ kiểm tra của phường đi 02 đợt, kiểm tra 07 cây xăng, lấy 03 mẫu xăng gửi thử nghiệm. Vẫn đang làm."),
        ]))
        #expect(s.entries.count == 1, "\(s.entries.map(\.task))")
        #expect(s.entries.first?.indicators[IndicatorID("samples_tested")]?.value == 3)
    }
}
