import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of hands left open in the older sets, session 37: "Làm được: … / Chưa làm
// được: không, việc này đã hoàn thành." triples. The words are this file's own.

@Suite struct OlderSets37Tests {
    /// "Chưa làm được: không, việc này đã hoàn thành.": what the unit could not do yet is a label
    /// of what is left of the work (`residual.labels`); nothing left, then a comma and words that
    /// say no other status, is done. Before, "không" before the comma read as not arisen.
    @Test func nothingLeftBeforeACommaIsDone() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Tình hình thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026"),
                              .p("UBND phường báo cáo từng công việc như sau:"),
                              .p("1) Công việc: Kiểm tra định kỳ cân tại các chợ trên địa bàn phường."),
                              .p("Làm được: 02 cuộc, kiểm tra 16 cơ sở, không phát hiện vi phạm."),
                              .p("Chưa làm được: không, việc này đã hoàn thành."),
                              .p("2) Công việc: Cử công chức tham dự lớp tập huấn nghiệp vụ của Chi cục."),
                              .p("Làm được: cử 01 công chức dự lớp tháng 6."),
                              .p("Chưa làm được: không, việc này đã hoàn thành.")]))
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
    }
}
