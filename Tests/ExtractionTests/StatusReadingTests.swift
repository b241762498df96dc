import DocumentModel
import Testing
@testable import Extraction

// How a task's status is read from what officers write: each rule of the status recogniser
// (StatusReading.swift, `statusClaim(in:)`, and vocabulary.yaml's `status_reading`) stated once, in
// words that are not those of any corpus.

private func status(_ text: String) -> TaskStatus? { shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text))?.value }
private func cell(_ text: String) -> StatusClaim? { shippedVocabulary.cellStatusClaim(text) }

@Suite struct StatusRecogniserTests {
    @Test func aStatusOpeningAClauseStatesItWhateverItAppliesTo() {
        #expect(status("Chưa triển khai việc kiểm tra cân tại chợ đầu mối do chưa có kinh phí thuê xe và thiết bị đối chứng.") == .notStarted)
        #expect(status("Đang chuyển đổi toàn bộ quy trình nội bộ sang môi trường điện tử sau khi sắp xếp lại bộ máy của cơ quan.") == .inProgress)
        #expect(status("Chưa cử công chức tham dự vì lịch học trùng với đợt cao điểm thu thuế của phường trong tháng 9.") == .notStarted)
    }

    @Test func afterAShortSubject() {
        #expect(status("Trong quý, Ban Quản lý chợ đã hoàn thành việc rà soát, niêm yết danh sách cân đối chứng tại các cổng chợ.") == .completed)
        #expect(status("Trung tâm đang tiếp tục phối hợp với các trường tổ chức những buổi sinh hoạt chuyên đề tiếp theo trong tháng 11.") == .inProgress)
        #expect(status("Dự thảo quy chế phối hợp đang được lấy ý kiến của các phòng chuyên môn trước khi trình ký ban hành chính thức.") == .inProgress)
    }

    @Test func whenItWasDoneFollowsTheStatus() {
        #expect(status("Việc rà soát, cập nhật lại toàn bộ quy trình nội bộ sau khi hợp nhất hai phòng chuyên môn đã hoàn thành ngày 12/9/2026.") == .completed)
    }

    @Test func narrationOfWorkDoneIsNoStatus() {
        // "đã thực hiện" with an object says what was done, not whether the task is done;
        // "chưa phát hiện vi phạm" says what an inspection found; "đang kinh doanh" describes.
        #expect(status("Đã thực hiện 6 cuộc kiểm tra tại các chợ và cửa hàng xăng dầu trên địa bàn xã trong sáu tháng đầu năm.") == nil)
        #expect(status("Kiểm tra 03 đợt tại 21 cơ sở, chưa phát hiện vi phạm về đo lường hoặc ghi nhãn hàng hóa trong các đợt kiểm tra.") == nil)
        #expect(status("Hướng dẫn các hộ đang kinh doanh vàng bạc tại chợ về niêm yết, sử dụng cân theo quy định hiện hành.") == nil)
    }

    @Test func aStatusSaidOfAPlanIsNotTheTasks() {
        #expect(status("Phấn đấu hoàn thành trong Quý IV.") == nil)
        #expect(status("Xã sẽ tiếp tục triển khai.") == nil)
    }

    @Test func aMarkIntroducesAStatusAsALabelDoes() {
        #expect(status("Tuyên truyền 1a: 07 tin/bài trên loa phường → HT") == .completed)
        #expect(status("Kiểm tra theo phân cấp: 02 đợt, 09 cs => ĐTH.") == .inProgress)
        #expect(status("Tập huấn công chức: chưa cử -> Chưa TH") == .notStarted)
        #expect(status("Tố giác vi phạm → KPS") == .notApplicable)
    }

    @Test func anAssessmentAfterALabelIsOneWhenItsClauseEndsThere() {
        // "Kết quả: Duy trì, cập nhật …" narrates; the status is the clause "Hoàn thành.".
        #expect(status("Kết quả: Duy trì, cập nhật sổ tay chất lượng và các biểu mẫu của cơ quan. Hoàn thành.") == .completed)
        #expect(status("Tự đánh giá: Đạt.") == .completed)
    }

    @Test func aPercentageOfThePlan() {
        #expect(cell("đạt 70% kế hoạch")?.value == .inProgress)
        #expect(cell("100%")?.value == .completed)
        #expect(cell("0%")?.value == .notStarted)
        #expect(cell("đạt 70% kế hoạch")?.isWeak == true)
        #expect(cell("Đang thực hiện")?.isWeak == false)
        #expect(status("Tiến độ: đạt 40%, đang tiếp tục thực hiện.") == .inProgress)
        // A share of something else is no progress.
        #expect(status("100% hồ sơ được tiếp nhận trực tuyến và trả kết quả đúng hạn cho người dân trên địa bàn phường.") == nil)
    }

    @Test func aPercentageYieldsToAStatusInWordsInTheNoteColumn() {
        let s = extract(word([
            wardHeader,
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .table([
                ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ (% KH)", "Ghi chú"],
                ["1", "Nhiệm vụ 5.c: phối hợp kiểm tra nội dung được phân quyền", "Phối hợp kiểm tra 02 cuộc tại 15 cơ sở", "đạt 100% kế hoạch", "Nhiệm vụ thường xuyên, đang thực hiện"],
                ["2", "Nhiệm vụ 2.đ: áp dụng hệ thống quản lý chất lượng", "Đã ban hành chính sách chất lượng", "đạt 60% kế hoạch", ""],
            ]),
        ]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
    }

    @Test func waitingIsInProgressOnlyAfterReportedWork() {
        #expect(status("Phối hợp lấy 05 mẫu phân bón để thử nghiệm chất lượng, hiện đang chờ kết quả thử nghiệm của phòng thí nghiệm.") == .inProgress)
        #expect(status("Hiện đang chờ hướng dẫn của Chi cục về cách thức phối hợp giữa hai đơn vị trong năm nay.") == nil)
    }

    @Test func notArisingInAPassageWithoutFigures() {
        #expect(status("Trong kỳ không phát sinh đơn thư phản ánh, tố giác hành vi vi phạm về đo lường trên địa bàn phường.") == .notApplicable)
        #expect(status("Trong kỳ, Sở không nhận được phản ánh nào, do đó không phát sinh việc khen thưởng người tố giác.") == .notApplicable)
        // The inspection found nothing: the task did arise.
        #expect(status("Kiểm tra 04 cơ sở kinh doanh xăng dầu, không phát sinh vi phạm về đo lường trong các lần kiểm tra.") == nil)
    }

    @Test func notApplicableBesideReportedResultsIsQuotedNotTaken() {
        let s = extract(word([
            wardHeader,
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 3.d: Đơn vị không được giao chủ trì. Tuy nhiên, phường đã phối hợp tổ chức 01 buổi tọa đàm với 80 học sinh tham dự."),
        ]))
        #expect(s.entry("II.3.d")?.status == .unknown)
        let f = s.findings.first { $0.code == "status-unrecognized" }
        #expect(f?.message.contains("không được giao") == true)
        #expect(f?.message.contains("II.3.d") == true)
    }

    @Test func aSubjectMayCountWhatItNames() {
        #expect(status("Ban Quản lý chợ và 03 tổ tự quản đã hoàn thành việc niêm yết bảng giá, cân đối chứng tại các cổng chợ trong tháng 8.") == .completed)
    }

    @Test func aStatusVerbAfterALabelOutweighsAClauseButNotALabelledStatus() {
        // "đã thực hiện" in a short clause of results is a clause; the labelled status with its
        // object after it says more.
        let claim = shippedVocabulary.statusClaim(in: Tokenizer.tokenize(
            "Đội đã thực hiện 09 cuộc kiểm tra tại 60 cơ sở; phát hiện 04 vi phạm. Tiến độ: đang thực hiện theo kế hoạch kiểm tra năm đã được phê duyệt."))
        #expect(claim?.value == .inProgress)
        #expect(claim?.kind == .labelledClause)
        let w = shippedVocabulary.statusReading
        #expect(w.weight(.clause) < w.weight(.labelledClause) && w.weight(.labelledClause) < w.weight(.labelledPercentage))
        #expect(w.weight(.labelledPercentage) < w.weight(.labelled))
        #expect(w.weight(.percentage) < w.weight(.opener) && w.weight(.opener) < w.weight(.clause))
    }

    @Test func notAchievedYieldsToNotStartedInTheTasksOwnWords() {
        let s = extract(word([
            wardHeader,
            .p("I. BẢNG TỰ ĐÁNH GIÁ"),
            .table([
                ["TT", "Nhiệm vụ", "Kết quả", "Tự đánh giá"],
                ["1", "Nhiệm vụ 2.d: hướng dẫn doanh nghiệp công bố chất lượng, ghi nhãn", "Chưa tổ chức được do chưa có tài liệu hướng dẫn.", "Chưa đạt"],
                ["2", "Nhiệm vụ 5.c: kiểm tra các nội dung được phân quyền", "Kiểm tra 01 cuộc tại 04 cơ sở, còn 02 cuộc theo kế hoạch.", "Chưa đạt"],
            ]),
        ]))
        #expect(s.entry("II.2.d")?.status == .notStarted)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    @Test func aNoteCellThatIsWhollyAnAssessmentStatesIt() {
        let t = Tokenizer.tokenize
        #expect(shippedVocabulary.wholeCellStatus(t("Đang làm")) == .inProgress)
        #expect(shippedVocabulary.wholeCellStatus(t("Chưa làm")) == .notStarted)
        #expect(shippedVocabulary.wholeCellStatus(t("Đã xong.")) == .completed)
        // A note in other words states no status.
        #expect(shippedVocabulary.wholeCellStatus(t("Đang làm thủ tục mua sắm cân đối chứng")) == nil)
        #expect(shippedVocabulary.wholeCellStatus(t("03 mẫu chưa đạt")) == nil)
    }

    @Test func everyKindOfClaimNeedsItsWeight() throws {
        #expect(throws: Vocabulary.LoadError.self) {
            try Vocabulary.parse(yaml: "status_reading:\n  marks: [\"→\"]\n  weights: {labelled: 1.0}\n")
        }
        #expect(throws: Vocabulary.LoadError.self) {
            try Vocabulary.parse(yaml: "status_reading:\n  weights: {labeled: 1.0}\n")
        }
    }
}
