import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Issue #11 point 2, tasks by meaning: a row taken by the plan title's likeness yields to the
// task its own words and the pair's telling words name (task_profiles.yaml `deciders`, with
// `otherwise`), and a title of the unit's own before a dash stays a title when its content
// opens in capitals. The words are this file's own, not the corpus's.

@Suite struct Tasks26Tests {
    /// The plan's award task (II.1.b) opens with "Tuyên truyền"; a ward's propaganda on the
    /// subject, news on its loudspeakers, names no award: it is II.1.a's, with its news items.
    @Test func propagandaThatNamesNoAwardIsNotTheAwardTask() {
        let sheet = testSheet("KQ", [
            ["UBND PHƯỜNG SÀI GÒN"],
            ["Số: 412/BC-UBND", nil, nil, nil, "Sài Gòn, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Việc", "Đã làm", "Số lượng", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Phát trên loa các khu phố", "12 tin", "Xong"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "sai-gon-ct38.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a"])
        #expect(s.value("II.1.a", "communications") == 12)
    }

    /// The same words with the award named are the award's, news items and all.
    @Test func propagandaForTheAwardIsTheAwardTask() {
        let sheet = testSheet("KQ", [
            ["UBND PHƯỜNG SÀI GÒN"],
            ["Số: 413/BC-UBND", nil, nil, nil, "Sài Gòn, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Việc", "Đã làm", "Số lượng", "Tình trạng"],
            [1, "Tuyên truyền Giải thưởng Chất lượng Quốc gia", "Đăng trên trang thông tin phường", "3 tin", "Xong"],
        ], part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet]), fileName: "sai-gon-gtclqg.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.b"])
    }

    /// "ISO 9001 tại UBND xã – Đã công bố lại …": the content after the dash opens in capitals,
    /// but no word of a name stands before it (acronyms are none): a title of the unit's own.
    @Test func aTitleBeforeADashStaysATitleWhenItsContentOpensInCapitals() {
        let run = ExtractionRun(extractor: extractor, document: word([]))
        #expect(run.runInTitle("ISO 9001 tại UBND xã – Đã công bố lại hệ thống quản lý chất lượng.")?.title == "ISO 9001 tại UBND xã")
        #expect(run.runInTitle("Bồi dưỡng cán bộ – Phường cử 02 công chức dự lớp tập huấn.")?.title == "Bồi dưỡng cán bộ")
        // A name goes on after its dash.
        #expect(run.runInTitle("Phòng Kinh tế – Hạ tầng phối hợp đăng 04 tin về đo lường.") == nil)
    }
}
