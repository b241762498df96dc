import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses in the unit's own words (issue #11): the plan's schedule is no
// progress, adverbs of degree and the unit's own work verbs compose with the polarity words,
// people sent to a course are said of an attendance done, and a legend's codes are read
// whatever separates its pairs. Written in the hands of a port authority, a hospital's
// equipment department and a vocational school, which no corpus has.

private func status(_ text: String) -> TaskStatus? { shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text))?.value }
private func cell(_ text: String) -> TaskStatus? { shippedVocabulary.cellStatus(text) }

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

private func sheet(_ name: String, _ rows: [[Any?]], part: Int) -> Sheet { testSheet(name, rows, part: part) }

private func cover() -> [[Any?]] { [["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                               ["PHƯỜNG BẾN THÀNH", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
                               ["Số: 81/BC-UBND", nil, nil, "Bến Thành, ngày 06 tháng 11 năm 2026"],
                               ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"]] }

@Suite struct StatusWords19Tests {
    @Test func theScheduleThePlanSetIsNoProgress() {
        // After a label of when the work is due, "thường xuyên" is how often, not how far.
        #expect(status("2. Bảo dưỡng cân chuẩn của cảng (Tổ kỹ thuật chủ trì; thời hạn: thường xuyên)") == nil)
        #expect(status("Thời gian thực hiện: hoàn thành trước tháng 12") == nil)
        // The status the item states of itself still counts.
        #expect(status("Bảo dưỡng cân chuẩn (tần suất: thường xuyên). Đợt bảo dưỡng năm nay đã xong.") == .completed)
    }

    @Test func adverbsOfDegreeComposeWithTheVerbs() {
        #expect(cell("Mới làm") == .inProgress)
        #expect(cell("Bước đầu triển khai") == .inProgress)
        #expect(status("Khoa mới bước đầu triển khai việc dán tem kiểm định cho máy đo huyết áp.") == .inProgress)
        #expect(status("Phòng Vật tư đã cơ bản làm xong việc kiểm kê thiết bị đo.") == .completed)
    }

    @Test func theUnitsOwnWorkVerbs() {
        #expect(cell("Đang thi công") == .inProgress)
        #expect(cell("Đã lấy mẫu xong") == .completed)
        #expect(cell("Đang xét duyệt hồ sơ đợt hai") == .inProgress)
        #expect(status("Phần mềm quản lý thiết bị của trường chưa kết nối được do chờ tài khoản.") == .notStarted)
        #expect(status("Các phòng thí nghiệm đã khảo sát hết thiết bị đo nhiệt.") == .completed)
        #expect(cell("Chưa phối hợp được với xưởng thực hành do chưa thống nhất lịch") == .notStarted)
        // What is said of the things inspected is no status of the work.
        #expect(status("Kiểm tra 06 phòng khám, 02 phòng khám dùng nhiệt kế chưa kiểm định.") == nil)
        // "mời" folds as "mới": an invitation is no work just begun.
        #expect(status("Cảng có chuyển thư mời tham dự hội nghị đến các doanh nghiệp.") == nil)
        // Narrated work with what it did states nothing.
        #expect(status("Tổ kỹ thuật đã kiểm tra 14 cân bàn tại kho bãi của cảng.") == nil)
    }

    @Test func peopleSentToACourseAttendedIt() {
        #expect(status("Bệnh viện đã cử 03 kỹ thuật viên tham dự khóa bồi dưỡng về hiệu chuẩn do Viện tổ chức.") == .completed)
        #expect(status("Nhà trường đã cử giáo viên, nhân viên thiết bị dự lớp tập huấn về đo lường.") == .completed)
        // Sent to an inspection team: work going on, narrated.
        #expect(status("Cảng vụ đã cử 02 cán bộ tham gia đoàn kiểm tra liên ngành tại bến cảng.") == nil)
        // A later word of the work carried on outweighs the attendance.
        #expect(status("Trường đã cử 02 giáo viên dự lớp tập huấn; đang tiếp tục cử người học lớp tháng 12.") == .inProgress)
    }

    @Test func aLegendPartedByBarsWithSynonyms() {
        let run = ExtractionRun(extractor: extractor, document: word(opening))
        let r = extractor.vocabulary.statusReferences
        let codes = run.legend("Ký hiệu: XONG = đã hoàn tất | WIP = đang làm, chưa xong | NA = không phát sinh", r)
        #expect(codes?["xong"] == .completed)
        #expect(codes?["wip"] == .inProgress)
        #expect(codes?["na"] == .notApplicable)
        // Synonyms of different statuses say no one meaning.
        #expect(run.legend("Ký hiệu: A = đã xong, đang làm | B = chưa làm", r) == nil)
    }

    @Test func aLegendsCodesInTheRows() throws {
        let d = Document(kind: .spreadsheet, sheets: [sheet("Theo dõi", cover() + [
            [],
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "TĐ"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đăng 08 tin, bài trên trang thông tin điện tử phường", "XONG"],
            [2, "Phối hợp kiểm tra đo lường", "Kiểm tra 03 cuộc tại 15 cơ sở", "WIP"],
            [nil, "Ký hiệu cột TĐ: XONG = đã hoàn tất | WIP = đang làm, chưa xong | NA = không phát sinh"],
        ], part: 1)])
        let s = extract(d, fileName: "bao-cao.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func unknownAttendanceKeysAreRefused() {
        let weights = "status_reading:\n  weights:\n" + StatusClaim.Kind.allCases.map { "    \($0.rawValue): 0.5\n" }.joined()
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: weights + "  predicates:\n    attendance:\n      guess: [x]\n") }
        let references = "status_references:\n  label_words: [điểm]\n  code_length: 3\n  code_words: 1\n  legend_pairs: 2\n  cell_code_length: 10\n  cell_code_words: 3\n"
            + "  name_score: 3\n  name_margin: 1\n  under_lines: 10\n  follow_words: 30\n"
            + "  weights:\n    labels: 0.7\n    sheet: 0.2\n    legend: 0.8\n    row: 0.8\n    names: 0.7\n    notes: 0.8\n    codes: 0.8\n"
        #expect(throws: Never.self) { try Vocabulary.parse(yaml: references + "  legend_separators: [\";\", \"|\"]\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: references + "  legend_separators: [\"ab\"]\n") }
    }
}

@Suite struct StatusColloquial19Tests {
    @Test func colloquialVerdicts() {
        // A mark and a loanword, "this affair" for "this work".
        #expect(status("- Đo kiểm bồn chứa xăng dầu tại cảng → ok") == .completed)
        #expect(status("Rà soát quy trình hiệu chuẩn nội bộ của xưởng. Vụ này làm rồi.") == .completed)
    }

    @Test func aContractsLifeSaidOfItsWork() {
        #expect(status("Gói tư vấn hiệu chuẩn thiết bị cho bệnh viện. Tình trạng hợp đồng: đã thanh lý.") == .completed)
        #expect(status("Nâng cấp phần mềm quản lý mẫu thử. Tình trạng: chưa ký hợp đồng.") == .notStarted)
    }

    @Test func onScheduleSaidOfWorkUnderWay() {
        #expect(status("Việc số hóa hồ sơ thiết bị đang đảm bảo tiến độ.") == .inProgress)
    }

    @Test func notBegunForWantOfMeans() {
        #expect(status("Khoa chưa có điều kiện tổ chức lớp hướng dẫn do thiếu kinh phí.") == .notStarted)
    }

    @Test func nothingCameInToActOn() {
        #expect(status("Về khen thưởng người báo tin vi phạm: trong năm không có trường hợp nào.") == .notApplicable)
    }
}

@Suite struct StatusShorthand19Tests {
    @Test func notCutShortWithADot() {
        #expect(shippedVocabulary.cellStatus("K.phát sinh") == .notApplicable)
        #expect(shippedVocabulary.cellStatus("Ko. phát sinh việc này") == .notApplicable)
        // A letter with a dot that is no "không" stays what it was.
        #expect(shippedVocabulary.cellStatus("A. Hoàn thành") == .completed)
    }
}
