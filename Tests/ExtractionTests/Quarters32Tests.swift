import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of two layouts session 32 reads: a table of figures by quarter beside the
// year's own column ("Quý I | Quý II | Quý III | Quý IV | Năm 2026", grids.yaml `year_totals`),
// and items tagged as work carried over from last year's plan ("(chuyển tiếp KH 2025)", a
// "Nguồn nhiệm vụ" column; vocabulary.yaml `figure_reading.carried_over`). The words are this
// file's own.

@Suite struct Quarters32Tests {
    /// "Năm 2026" beside the quarters is the year's total of them: the result, never added to
    /// its parts, and the year's plan ("KH năm 2026") is no result either.
    @Test func theYearsColumnBesideItsQuartersIsTheResult() {
        let r = extractor.gridRecognisers!
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("I. SỐ LIỆU THEO QUÝ"),
            .table([
                ["STT", "Nhiệm vụ / chỉ tiêu", "ĐVT", "KH năm 2026", "Quý I", "Quý II", "Quý III", "Quý IV", "Năm 2026", "Tình hình thực hiện"],
                ["1", "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn phường", "", "", "", "", "", "", "", "Đang thực hiện"],
                ["1.1", "Số cuộc kiểm tra", "cuộc", "05", "01", "02", "-", "01", "04", ""],
                ["1.2", "Số cơ sở được kiểm tra", "cơ sở", "40", "08", "11", "-", "07", "26", ""],
            ]),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 26)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        // Years alone compare periods: the latest is the period reported, no total.
        #expect(r.headerRole("Năm 2026").role == nil)
    }
}
