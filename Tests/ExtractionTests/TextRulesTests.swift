import Foundation
import Testing
@testable import Extraction
import Plan

/// The vocabulary shipped with the 2026 pipeline, as the program loads it.
let shippedVocabulary: Vocabulary = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try! Vocabulary.load(contentsOf: root.appendingPathComponent("Pipelines/ct38-2026/vocabulary.yaml"))
}()

@Suite struct VietNumberTests {
    @Test(arguments: [
        ("1.250", 1250.0), ("15.500.000", 15_500_000), ("15,5", 15.5), ("03", 3), ("2.5", 2.5),
        ("1,250", 1250), ("1.250,5", 1250.5), ("1,250.5", 1250.5), ("0", 0), ("1.250.000", 1_250_000),
    ])
    func parsesVietnameseAndEnglishWriting(text: String, value: Double) {
        #expect(VietNumber.parse(Substring(text)) == value)
    }

    @Test(arguments: ["9001:2015", "1.2.3", "abc", "", "1.25.000"])
    func refusesWhatIsNotOneNumber(text: String) {
        #expect(VietNumber.parse(Substring(text)) == nil)
    }

    @Test func scaledAmountsTreatALoneCommaAsDecimal() {
        #expect(Vocabulary.amount("15,5", scaled: 1e6) == 15_500_000)
        #expect(Vocabulary.amount("1,2", scaled: 1e9) == 1_200_000_000)
        #expect(Vocabulary.amount("1,250", scaled: 1e6) == 1_250_000)
        #expect(Vocabulary.amount("20.500.000", scaled: 1) == 20_500_000)
    }
}

@Suite struct TaskReferenceTests {
    func codes(_ text: String) -> [String] {
        TaskReferenceParser.references(in: text).map { "II.\($0.group).\($0.letter)" }
    }

    @Test func everyWrittenFormOfATaskCode() {
        #expect(codes("Nhiệm vụ II.1.a: Tập huấn") == ["II.1.a"])
        #expect(codes("Thực hiện nhiệm vụ 2.đ của Kế hoạch") == ["II.2.đ"])
        #expect(codes("Về nhiệm vụ 2.d (hỗ trợ)") == ["II.2.d"])
        #expect(codes("Đối với nhiệm vụ tại điểm h khoản 2 Mục II Kế hoạch") == ["II.2.h"])
        #expect(codes("nhiệm vụ 5c") == ["II.5.c"])
        #expect(codes("II.2.đ") == ["II.2.đ"])
        #expect(codes("Nhiệm vụ 2.Đ:") == ["II.2.đ"])
    }

    @Test func numbersThatAreNotTaskCodes() {
        #expect(codes("TCVN ISO 9001:2015").isEmpty)
        #expect(codes("đạt 2.5 điểm").isEmpty)
        #expect(codes("Chỉ thị số 38-CT/TW ngày 30/7/2024").isEmpty)
        #expect(codes("1. Công tác chỉ đạo").isEmpty)
        #expect(codes("2. Kết quả thực hiện").isEmpty)
    }
}

@Suite struct FigureTests {
    func figures(_ text: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for f in shippedVocabulary.figures(in: Tokenizer.tokenize(text)).found { out[f.indicator.rawValue, default: 0] += f.value }
        return out
    }

    @Test func countsWithTheirNouns() {
        #expect(figures("đã tổ chức 03 lớp tập huấn với 250 lượt người tham dự") == ["training_courses": 3, "participants": 250])
        #expect(figures("đăng tải 21 tin, bài trên Trang thông tin điện tử") == ["communications": 21])
        #expect(figures("tổ chức 3 cuộc kiểm tra tại 6 cơ sở sản xuất, kinh doanh") == ["inspections": 3, "establishments_inspected": 6])
        #expect(figures("cử 12 (mười hai) lượt cán bộ, công chức tham gia") == ["participants": 12])
        #expect(figures("góp ý 66 dự thảo TCVN, QCVN") == ["standards_reviewed": 66])
        #expect(figures("kiểm định 120 phương tiện đo") == ["instruments_verified": 120])
        #expect(figures("lấy 128 mẫu sản phẩm") == ["samples_tested": 128])
    }

    @Test func contextDecidesWhatACountedNounMeans() {
        #expect(figures("phát hiện 07 cơ sở vi phạm") == ["violations": 7])
        #expect(figures("kiểm tra 15 doanh nghiệp") == ["establishments_inspected": 15])
        #expect(figures("hướng dẫn 19 doanh nghiệp, hộ kinh doanh công bố") == ["enterprises_supported": 19])
    }

    @Test func moneyInEveryWriting() {
        #expect(figures("xử phạt vi phạm hành chính 2,5 triệu đồng") == ["fines_vnd": 2_500_000])
        #expect(figures("kinh phí thực hiện đã sử dụng 20.500.000đ") == ["budget_spent_vnd": 20_500_000])
        #expect(figures("tổng kinh phí 1,2 tỷ đồng") == ["budget_spent_vnd": 1_200_000_000])
        #expect(figures("phạt tiền 15.500.000 đồng (Mười lăm triệu năm trăm nghìn đồng)") == ["fines_vnd": 15_500_000])
    }

    @Test func referencesAreNotFigures() {
        #expect(figures("Căn cứ Kế hoạch số 115/KH-SKHCN ngày 20 tháng 01 năm 2026").isEmpty)
        #expect(figures("theo TCVN ISO 9001:2015 đối với 100% thủ tục").isEmpty)
        #expect(figures("Nghị định số 133/2025/NĐ-CP ngày 23/04/2026").isEmpty)
    }
}

@Suite struct StatusTests {
    func status(_ text: String) -> TaskStatus? { shippedVocabulary.status(in: Tokenizer.tokenize(text)) }

    @Test func labelledAndStandaloneStatuses() {
        #expect(status("Đã đăng 21 tin. Tiến độ thực hiện: Hoàn thành 100% kế hoạch.") == .completed)
        #expect(status("UBND phường đã thực hiện 5 cuộc kiểm tra. Tình hình thực hiện: Đang triển khai thực hiện.") == .inProgress)
        #expect(status("Ủy ban nhân dân xã đã tổ chức 04 hội nghị. Nhiệm vụ đang thực hiện.") == .inProgress)
        #expect(status("Đến nay, nhiệm vụ đã hoàn thành.") == .completed)
        #expect(status("Đến thời điểm báo cáo, nhiệm vụ chưa thực hiện.") == .notStarted)
        #expect(status("Nội dung này không phát sinh trong kỳ báo cáo.") == .notApplicable)
        #expect(status("Tiến độ: chưa hoàn thành") == .inProgress)
    }

    @Test func proseVerbsAreNotAStatus() {
        #expect(status("Ủy ban nhân dân phường đã thực hiện 5 cuộc kiểm tra việc chấp hành quy định về đo lường đối với cân sử dụng trong mua bán tại 32 điểm kinh doanh tại chợ") == nil)
    }
}

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256Digest.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data(repeating: 0x61, count: 1_000_000)
        #expect(SHA256Digest.hex(of: long) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var d = SHA256Digest()
        d.update(Data("ab".utf8)); d.update(Data("c".utf8))
        #expect(d.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

/// Every status phrase the vocabulary lists reads as its status, after a label and as a cell.
@Suite struct VocabularyStatusPhraseTests {
    static let phrases: [(String, TaskStatus)] = {
        let url = repoRoot.appendingPathComponent("Pipelines/ct38-2026/vocabulary.yaml")
        let text = try! String(contentsOf: url, encoding: .utf8)
        var out: [(String, TaskStatus)] = []
        var current: TaskStatus?
        var inStatuses = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("statuses:") { inStatuses = true; continue }
            if inStatuses, !line.hasPrefix(" "), !line.hasPrefix("#") { break }
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasSuffix(":"), let s = TaskStatus(rawValue: String(t.dropLast())) { current = s; continue }
            if t.hasPrefix("- "), let s = current { out.append((String(t.dropFirst(2)), s)) }
        }
        return out
    }()

    @Test func everyListedPhraseReadsAsItsStatus() {
        #expect(Self.phrases.count > 30)
        for (phrase, status) in Self.phrases {
            #expect(shippedVocabulary.status(in: Tokenizer.tokenize("Tiến độ: \(phrase).")) == status, "\(phrase)")
            #expect(shippedVocabulary.cellStatus(phrase.uppercased()) == status, "\(phrase) in upper case")
            #expect(shippedVocabulary.cellStatus(phrase.decomposedStringWithCanonicalMapping) == status, "\(phrase) in NFD")
        }
    }
}
