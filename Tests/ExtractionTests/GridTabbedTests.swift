import DocumentModel
import Testing
@testable import Extraction

// Specification of the biểu typed in Word with tab stops instead of a table: a header row of
// column names and one paragraph per row below it, the columns parted by tabs. The segmenter
// makes it a grid, and the grid recognisers read it as they read a Word table. The words are
// this file's own.

private let tabbedWardHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG AN LẠC\nSố: 58/BC-UBND",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 02 tháng 11 năm 2026"]])

@Suite struct GridTabbedTests {
    /// "Nội dung ⇥ Kết quả ⇥ Đơn vị tính" over "- label ⇥ number ⇥ unit" paragraphs under a
    /// task's heading: each row a figure of that task, by its label and its unit; the status
    /// line below the block is still the task's.
    @Test func aTabbedBieuUnderATaskIsReadAsItsTable() {
        let s = extract(word([
            tabbedWardHeader, .bold("BÁO CÁO"),
            .p("Kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026"),
            .bold("1. Kiểm tra đo lường đối với cân tại chợ và cửa hàng xăng dầu"),
            .p("Đoàn kiểm tra của phường đã kiểm tra các quầy hàng tại chợ An Lạc."),
            .p("Nội dung\tKết quả\tĐơn vị tính"),
            .p("- Đợt kiểm tra\t04\tđợt"),
            .p("- Cơ sở được kiểm tra\t37\tcơ sở"),
            .p("- Số tiền phạt\t6.500.000\tđồng"),
            .p("Tình hình: đang thực hiện."),
            .bold("2. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Phát thanh trên loa của khu phố và đăng tin trên trang điện tử của phường."),
            .p("Nội dung\tKết quả\tĐơn vị tính"),
            .p("- Tin, bài đăng tải\t15\ttin"),
            .p("Tình hình: đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 37)
        #expect(s.value("II.5.c", "fines_vnd") == 6_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// The segmenter's grid starts at a header-like row (no digit, short cells) and takes the
    /// rows below it with as many cells; a paragraph with another count ends it.
    @Test func theSegmenterTakesRowsOfTheHeadersWidth() {
        let doc = word([
            .p("Chỉ tiêu\tSố lượng\tĐVT"),
            .p("- Lớp tập huấn\t02\tlớp"),
            .p("- Người tham dự\t85\tngười"),
            .p("Ghi chú\tkhông"),
            .p("Một đoạn văn không có tab."),
        ])
        let grids = GridSegmenter.tabbedGrids(of: doc, headerWords: 6)
        #expect(grids.count == 1)
        #expect(grids.first?.source == .tabbed(1))
        #expect(grids.first?.rows.map(\.index) == [1, 2, 3])
        #expect(grids.first?.rows[1].cells.map(\.text) == ["- Lớp tập huấn", "02", "lớp"])
        // A first row with a number is no header.
        #expect(GridSegmenter.tabbedGrids(of: word([.p("Lớp\t02\tlớp"), .p("Người\t85\tngười")]), headerWords: 6).isEmpty)
    }

    /// Columns typed with "|" in plain paragraphs ("TT | Việc | Số | Tình hình" over one
    /// paragraph a row) are read as the tabbed biểu is: each row's task, status and figures.
    @Test func columnsTypedWithBarsAreReadAsATable() {
        let s = extract(word([
            tabbedWardHeader, .bold("BÁO CÁO"),
            .p("Kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026"),
            .bold("1. Kết quả:"),
            .p("TT | Việc | Số | Tình hình"),
            .p("01 | Kiểm tra đo lường đối với cân tại chợ An Lạc | 3 cuộc; 31 cơ sở | còn tiếp"),
            .p("02 | Tuyên truyền pháp luật về đo lường trên loa khu phố | 15 tin | xong"),
            .p("03 | Cử cán bộ dự tập huấn nghiệp vụ của Chi cục | 2 người | xong"),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// A run parts its paragraphs only when at least `least` of them in a row have as many "|"
    /// cells, at least `least`: a sentence quoting "a | b", or two lines of figures, stay text.
    @Test func barsPartARunOfAsManyCells() {
        let rows = LineBuilder.pipedRows(of: word([
            .p("Nhiệm vụ | Kết quả | Tình trạng"),
            .p("| Tuyên truyền | 15 tin | xong |"),
            .p("Kiểm tra |  | chưa"),
            .p("Số cuộc: 05 | Cơ sở: 64"),
            .p("Tin bài: 06 | Tờ rơi: 1.500 | Băng rôn: 12"),
            .p("Số cuộc: 05 | Cơ sở: 64 | Vi phạm: 09"),
        ]).body, least: 3)
        #expect(rows.keys.sorted() == [1, 2, 3])
        #expect(rows[2] == ["Tuyên truyền", "15 tin", "xong"])
        #expect(rows[3] == ["Kiểm tra", "", "chưa"])
        #expect(LineBuilder.pipedRows(of: word([.p("a | b | c"), .p("d | e | f"), .p("g | h | i")]).body, least: 0).isEmpty)
    }

    /// A biểu drawn with spaces between rules (a monospaced table typed or pasted in the body):
    /// each row's task, its status under the status header and its figures in the rows below,
    /// a task typed on two lines read as one.
    @Test func aBieuDrawnWithSpacesIsReadAsATable() {
        let s = extract(word([
            tabbedWardHeader, .bold("BÁO CÁO"),
            .p("Kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026"),
            .p("========================================================================"),
            .p("TT  CÔNG VIỆC                                  ĐƠN VỊ    SỐ LIỆU  TIẾN ĐỘ"),
            .p("------------------------------------------------------------------------"),
            .p("1   Kiểm tra đo lường đối với cân tại chợ                        Còn làm"),
            .p("    An Lạc và các quầy hàng gần chợ"),
            .p("      . đợt kiểm tra                           đợt            03"),
            .p("      . cơ sở được kiểm tra                    cơ sở          31"),
            .p("------------------------------------------------------------------------"),
            .p("2   Tuyên truyền pháp luật về đo lường trên loa khu phố          Xong"),
            .p("      . tin, bài                               tin            15"),
            .p("========================================================================"),
            .p("Ghi chú: Còn làm = đang thực hiện; Xong = đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// The columns are where the header's words stand; a piece goes to the column it overlaps
    /// most (a right-aligned number too), a one-space gap under which every row is blank parts
    /// a column ("TT CÔNG VIỆC"); the rules and the carried-on line are no rows. Without a rule
    /// next to the header, or with fewer rows than `least`, nothing is read this way.
    @Test func spacedColumnsFollowTheHeader() {
        let lines: [Piece] = [
            .p("TT CÔNG VIỆC                 SỐ LIỆU   TIẾN ĐỘ"),
            .p("---------------------------------------------"),
            .p("1  Kiểm tra cân tại chợ                 Còn làm"),
            .p("   An Lạc"),
            .p("     . đợt kiểm tra             3.000.000"),
            .p("2  Tuyên truyền                         Xong"),
            .p("Ghi chú dưới biểu"),
        ]
        let rows = LineBuilder.spacedRows(of: word(lines).body, gap: 2, least: 3, ruleLength: 20)
        #expect(rows[1] == ["TT", "CÔNG VIỆC", "SỐ LIỆU", "TIẾN ĐỘ"])
        #expect(rows[2] == [])
        #expect(rows[3] == ["1", "Kiểm tra cân tại chợ An Lạc", "", "Còn làm"])
        #expect(rows[4] == [])
        #expect(rows[5] == ["", ". đợt kiểm tra", "3.000.000", ""])
        #expect(rows[6] == ["2", "Tuyên truyền", "", "Xong"])
        #expect(rows[7] == nil)
        #expect(LineBuilder.spacedRows(of: word(lines).body, gap: 2, least: 4, ruleLength: 20).isEmpty)
        #expect(LineBuilder.spacedRows(of: word([lines[0]] + lines.dropFirst(2)).body, gap: 2, least: 3, ruleLength: 20).isEmpty)
    }
}
