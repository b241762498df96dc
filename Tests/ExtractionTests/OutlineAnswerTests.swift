import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of how a report answering the Sở's outline point by point is read, how the
// kind of the reporting unit separates sibling tasks, and how a table of figures attached
// after the signature is read. Words and numbers are this file's own, not a corpus report's.

private func header(_ issuer: String, _ place: String) -> Piece {
    .table([["\(issuer)\nSố: 77/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(place), ngày 05 tháng 11 năm 2026"]])
}
private let title: [Piece] = [.p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

@Suite struct OutlineAnswerTests {
    @Test func eachQuestionOfTheOutlineOpensAPassageItsAnswerFills() {
        let s = extract(word([header("ỦY BAN NHÂN DÂN\nXÃ HÒA HIỆP", "Hòa Hiệp")] + title + [
            .p("II. KẾT QUẢ"),
            .p("Câu hỏi 1: Công tác thông tin, tuyên truyền về đo lường, chất lượng đến người dân và hộ kinh doanh (số tin bài, số buổi, số người nghe)?"),
            .p("Trả lời: Phát 12 tin trên hệ thống loa truyền thanh; tổ chức 02 buổi tuyên truyền có 90 người nghe. Nhiệm vụ đang thực hiện."),
            .p("Câu hỏi 2: Việc kiểm tra cân, cột đo xăng dầu theo nội dung được phân quyền cho cấp xã?"),
            .p("Trả lời:"),
            .p("Kiểm tra 06 cơ sở kinh doanh xăng dầu, không phát hiện vi phạm. Đã hoàn thành."),
            // An unnumbered question: it asks, and holds no figures.
            .p("Xã có tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng hay không?"),
            .p("Trả lời: Không phát sinh."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.5.d"])
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.value("II.1.a", "participants") == 90)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.5.c", "establishments_inspected") == 6)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.5.c")?.indicators[IndicatorID("participants")] == nil, "the next question's answer is not the one above's")
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    @Test func aQuestionAndAnAnswerLabelAreToldFromOrdinaryLines() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        #expect(run.outlineQuestionTitle("Câu 4. Việc áp dụng hệ thống quản lý chất lượng tại cơ quan?") == "Việc áp dụng hệ thống quản lý chất lượng tại cơ quan")
        #expect(run.outlineQuestionTitle("Câu hỏi 3) Kết quả lấy mẫu hàng hóa (số mẫu)?") == "Kết quả lấy mẫu hàng hóa (số mẫu)")
        // A sentence that reports is no question, nor a line that merely starts with the word.
        #expect(run.outlineQuestionTitle("Câu lạc bộ doanh nghiệp tổ chức 02 buổi sinh hoạt.") == nil)
        #expect(run.outlineQuestionTitle("Đã kiểm tra 05 cơ sở, có vi phạm không?") == nil, "a question with figures is the unit's own sentence")
        #expect(run.outlineAnswer("Trả lời: Đang thực hiện.") == "Đang thực hiện.")
        #expect(run.outlineAnswer("- Ý kiến trả lời: Không phát sinh") == "Không phát sinh")
        #expect(run.outlineAnswer("Trả lời:") == "")
        #expect(run.outlineAnswer("Kết quả: Đã hoàn thành.") == nil)
    }
}

@Suite struct UnitKindTests {
    // The same passage, naming neither the decentralised content nor the market survey: a
    // ward's inspections of measuring instruments are the plan's decentralised task (II.5.c);
    // a city department's are the inspection task the plan gives departments and the
    // Department's units (II.5.a), which the plan does not give wards.
    private func passage(_ issuer: String, _ place: String) -> Submission {
        extract(word([header(issuer, place)] + title + [
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về kiểm tra phương tiện đo tại các chợ"),
            .p("Tổ chức 03 đợt kiểm tra tại 21 cơ sở, phát hiện 02 cơ sở vi phạm, phạt tiền 4.000.000 đồng. Đang thực hiện."),
        ]))
    }

    @Test func aWardsInspectionsAreTheDecentralisedTaskAndADepartmentsTheInspectionTask() {
        let ward = passage("ỦY BAN NHÂN DÂN\nPHƯỜNG CHÁNH HƯNG", "Chánh Hưng")
        #expect(ward.entries.map(\.task) == ["II.5.c"])
        #expect(ward.value("II.5.c", "establishments_inspected") == 21)
        let department = passage("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", "Thành phố Hồ Chí Minh")
        #expect(department.entries.map(\.task) == ["II.5.a"])
        #expect(department.value("II.5.a", "violations") == 2)
    }
}

@Suite struct AttachedTableTests {
    @Test func aTableOfFiguresAttachedAfterTheSignatureIsRead() {
        let s = extract(word([header("ỦY BAN NHÂN DÂN\nXÃ HÒA HIỆP", "Hòa Hiệp")] + title + [
            .p("Ủy ban nhân dân xã báo cáo kết quả thực hiện theo bảng đính kèm."),
            .table([["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm"]]),
            .p("BẢNG THỐNG KÊ KẾT QUẢ THỰC HIỆN NĂM 2026"),
            .table([["STT", "Nội dung", "6 tháng đầu năm", "Cả năm", "Đánh giá"],
                    ["1", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "", "", "Đang thực hiện"],
                    ["", "- Tin, bài", "04", "09", ""]]),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a"])
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }
}

@Suite struct SiblingItemTests {
    @Test func anItemMarkedLikeTheOneThatBeganThePassageIsAnItemOfItsOwn() {
        // Items without a title before a colon: each numbered like the first, each its own task.
        let s = extract(word([header("ỦY BAN NHÂN DÂN\nXÃ HÒA HIỆP", "Hòa Hiệp")] + title + [
            .p("I. KẾT QUẢ"),
            .p("1. Thông tin, tuyên truyền: phát 08 tin trên loa truyền thanh xã (đang thực hiện)."),
            .p("2. Kiểm tra đo lường tại chợ theo phân cấp: 02 cuộc, 14 hộ kinh doanh được kiểm tra (đang thực hiện)."),
            .p("3. Cử 03 công chức dự lớp bồi dưỡng nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục mở (đã hoàn thành)."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.3.a"])
        #expect(s.entry("II.5.c")?.status == .inProgress, "the next item's status is not the inspections'")
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.5.c")?.indicators[IndicatorID("participants")] == nil)
        #expect(ExtractionRun.itemMarker("12) Kiểm tra") == "1)")
        // A point of another level is marked unlike "1." (and like its siblings "1.1.", "3.2.").
        #expect(ExtractionRun.itemMarker("1.2. Kiểm tra") != ExtractionRun.itemMarker("1. Kiểm tra"))
        #expect(ExtractionRun.itemMarker("1.2. Kiểm tra") == "1.1.")
        #expect(ExtractionRun.itemMarker("- Kiểm tra") == "-")
    }

    @Test func aHeadingThatSaysTheFiguresFollowOpensTheResultsAgain() {
        // A table of figures after the proposals, under "KẾT QUẢ CỤ THỂ:", reports.
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["XÃ HÒA HIỆP", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 41/BC-UBND", nil, nil, "Hòa Hiệp, ngày 03 tháng 11 năm 2026"],
            ["BÁO CÁO"],
            ["Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"],
            ["I. KẾT QUẢ THỰC HIỆN"],
            ["1. Tuyên truyền: xã đã tuyên truyền trên loa truyền thanh. Nhiệm vụ đã hoàn thành."],
            ["II. ĐỀ XUẤT, KIẾN NGHỊ"],
            ["- Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền."],
            ["SỐ LIỆU CỤ THỂ:"],
            ["STT", "Nội dung", "ĐVT", "Kết quả"],
            [1, "Tin, bài tuyên truyền trên loa truyền thanh", "tin", 11],
        ], name: "BC"), fileName: "bc.xlsx")
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.proposals.count == 1)
    }
}

@Suite struct SenderNameTests {
    @Test func theSendersNameDoesNotMakeASheetOnAnotherSubjectAReport() {
        // The Chi cục's name holds the plan's subject words; a list of its office equipment is
        // still about something else, and is refused with its own title quoted.
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
            ["DANH SÁCH MÁY TÍNH, MÁY IN CẦN THAY THẾ NĂM 2026"],
            [],
            ["TT", "Thiết bị", "ĐVT", "Số lượng", "Năm mua"],
            [1, "Máy tính để bàn", "bộ", 14, 2017],
            [2, "Máy in laser", "chiếc", 5, 2016],
        ], name: "DS"), fileName: "ds-thiet-bi.xlsx")
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("DANH SÁCH MÁY TÍNH, MÁY IN CẦN THAY THẾ NĂM 2026") == true)
        // The same sender's report on the plan is read.
        let report = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
            ["BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA NHÃN HÀNG HÓA NĂM 2026"],
            [],
            ["TT", "Nội dung", "ĐVT", "Kết quả"],
            [1, "Số cuộc kiểm tra nhãn hàng hóa lưu thông trên thị trường", "cuộc", 6],
        ], name: "KQ"), fileName: "kq-kiem-tra.xlsx")
        #expect(report.status == .extracted)
    }
}

@Suite struct ParenthesisedStatusTests {
    @Test func aStatusInParenthesesMayTellWhenItWasDone() {
        let tokens = Tokenizer.tokenize("Phối hợp lấy 06 mẫu gạo để khảo sát chất lượng (hoàn thành quý III/2026).")
        #expect(extractor.vocabulary.statusClaim(in: tokens)?.value == .completed)
        #expect(extractor.vocabulary.statusClaim(in: tokens)?.kind == .parenthesised)
        // A completion still planned is work under way, not done.
        let plan = Tokenizer.tokenize("Lấy 06 mẫu gạo để khảo sát (dự kiến hoàn thành tháng 12/2026).")
        #expect(extractor.vocabulary.statusClaim(in: plan)?.value == .inProgress)
    }
}
