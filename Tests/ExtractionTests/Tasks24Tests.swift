import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11 point 2, tasks by meaning: task rows named in the unit's own words, read with the
// domain words of each task's profile and settled, between two close tasks, by the words that
// tell them apart (task_profiles.yaml `words` and `deciders`). The words are this file's own,
// not the corpus's.

@Suite struct Tasks24Tests {
    /// A department keeps businesses informed of a trade agreement's sanitary chapter ("quy định
    /// SPS trong các FTA"): SPS is, with TBT, one of the technical chapters of trade agreements,
    /// so the row is the international-integration task (II.6.a), not a row left to a person.
    @Test func aTradeAgreementsSanitaryChapterIsInternationalIntegration() {
        let sheet = testSheet("KQ", [
            ["SỞ CÔNG THƯƠNG"],
            ["Số: 2210/BC-SCT", nil, nil, nil, "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung công việc", "Kết quả", "Số lượng", "Tiến độ"],
            [1, "Cập nhật quy định SPS trong các FTA cho hợp tác xã xuất khẩu rau quả", "Gửi thông tin cho các hợp tác xã", nil, "Đang thực hiện"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "sct-sps.xlsx")
        #expect(s.entries.map(\.task) == ["II.6.a"])
        #expect(s.entry("II.6.a")?.status == .inProgress)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }

    /// A commune guided the businesses of its industrial cluster. The plan's award task (II.1.b,
    /// "vận động doanh nghiệp …") and its support for businesses' standards (II.2.d) both speak
    /// of businesses; guiding them ("hướng dẫn doanh nghiệp") is II.2.d's alone, and no word of
    /// the award stands in the row: it is II.2.d's, with the businesses it counts.
    @Test func guidingBusinessesIsNotTheAwardTask() {
        let sheet = testSheet("KQ", [
            ["UBND XÃ BÌNH HƯNG"],
            ["Số: 301/BC-UBND", nil, nil, nil, "Bình Hưng, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung công việc", "Kết quả", "Tiến độ"],
            [1, "Hướng dẫn doanh nghiệp trong cụm công nghiệp Bình Hưng", "Đã hướng dẫn 08 doanh nghiệp", "Đang thực hiện"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "binh-hung-ct38.xlsx")
        #expect(s.entries.map(\.task) == ["II.2.d"])
        #expect(s.value("II.2.d", "enterprises_supported") == 8)
        #expect(!s.findings.contains { $0.code == "task-ambiguous" })
    }
}
