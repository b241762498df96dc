import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of column roles read from what a column's cells hold when its header words
// name no role (grids.yaml `thresholds.typed_*`). The words are this file's own.

private func book(_ rows: [[Any?]]) -> Document { sheetBook(rows, sheet: "Theo dõi") }

private func top() -> [[Any?]] { [
    ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 88/BC-UBND", nil, nil, "Sài Gòn, ngày 20 tháng 10 năm 2026"],
    ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

@Suite struct GridTypedColumnsTests {
    /// One row per figure, the work it belongs to written again on each of its rows under a
    /// header no vocabulary knows, the numbers under another such header beside their units:
    /// the repeated column names the task, the numbers are the results, and the rows of one
    /// piece of work make one task entry with several figures.
    @Test func aRepeatedWorkColumnAndAnUnnamedNumberColumn() {
        let s = extract(book(top() + [
            ["STT", "Mảng công tác", "Hoạt động", "Mức ghi nhận", "ĐVT", "Trạng thái"],
            [1, "Phổ biến pháp luật về đo lường", "Buổi phổ biến cho tiểu thương", 2, "buổi", "Hoàn thành"],
            [2, "Phổ biến pháp luật về đo lường", "Tiểu thương đến dự", 95, "người", "Hoàn thành"],
            [3, "Rà soát cân đo tại chợ, cây xăng", "Đợt rà soát đã làm", 3, "cuộc", "Đang thực hiện"],
            [4, "Rà soát cân đo tại chợ, cây xăng", "Quầy hàng được rà soát", 27, "quầy", "Đang thực hiện"],
            [5, "Rà soát cân đo tại chợ, cây xăng", "Quầy bị lập biên bản vi phạm", 2, "trường hợp", "Đang thực hiện"],
        ]), fileName: "theo-doi.xlsx")
        let training = s.entries.first { $0.indicators[IndicatorID("participants")]?.value == 95 }
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")]?.value == 3 }
        #expect(training?.indicators[IndicatorID("training_courses")]?.value == 2)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 27)
        #expect(checks?.indicators[IndicatorID("violations")]?.value == 2)
        #expect(checks?.status == .inProgress)
        #expect(training?.status == .completed)
        // Two pieces of work, two entries: the repeated rows are not tasks of their own.
        #expect(s.entries.count == 2)
        #expect(training?.task != checks?.task)
    }

    /// A column of numbers under a header that names no role, with a column of results named
    /// beside it, stays unread as a result: only a sheet with no column of results takes it.
    @Test func anUnnamedNumberColumnBesideANamedResultIsNotTheResult() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "Số lượng", "ĐVT", "Mã nội bộ"],
            [1, "Buổi phổ biến cho tiểu thương về đo lường", 2, "buổi", 4417],
            [2, "Tiểu thương đến dự buổi phổ biến", 95, "người", 4418],
            [3, "Tin đăng trên trang của phường", 6, "tin", 4419],
        ]), fileName: "theo-doi.xlsx")
        #expect(s.entries.flatMap { $0.indicators.values.map(\.value) }.contains(4417) == false)
        #expect(s.entries.contains { $0.indicators[IndicatorID("participants")]?.value == 95 })
    }

    /// With no label column named, the first column of texts left of the results and statuses
    /// names each row's work ("Phần việc | Kết quả | Tiến độ"); a column of dates or numbers
    /// is never taken for it.
    @Test func aColumnOfTextsIsTheLabelWhenNoneIsNamed() {
        let s = extract(book(top() + [
            ["STT", "Phần việc", "Kết quả", "Tiến độ"],
            [1, "Kiểm tra đo lường cân tại các chợ trên địa bàn", "Tổ kiểm tra đã kiểm tra 4 cuộc tại 31 quầy, 3 quầy vi phạm", "Đang thực hiện"],
            [2, "Phổ biến pháp luật về tiêu chuẩn, đo lường cho hộ kinh doanh", "Tổ chức 2 buổi cho 140 lượt người tham dự", "Hoàn thành"],
            [3, "Lấy mẫu xăng dầu gửi thử nghiệm chất lượng", "Lấy 6 mẫu xăng dầu", "Hoàn thành"],
        ]), fileName: "phan-viec.xlsx")
        #expect(s.entries.contains { $0.indicators[IndicatorID("participants")]?.value == 140 && $0.status == .completed })
        #expect(s.entries.contains { $0.indicators[IndicatorID("samples_tested")]?.value == 6 })
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 31 && $0.status == .inProgress })
    }

    /// Several numbers on a row, each followed by its own unit of measure ("SL | ĐV" repeated):
    /// each number is counted by the unit beside it, never added to the row's other numbers.
    @Test func eachNumberTakesTheUnitBesideIt() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "SL", "ĐV", "SL", "ĐV", "SL", "ĐV", "Tiến độ"],
            [1, "Kiểm tra cân tại chợ và cửa hàng xăng dầu", 4, "cuộc", 29, "cơ sở", 3, "trường hợp", "Đang thực hiện"],
            [2, "Hội nghị phổ biến đo lường cho tiểu thương", 1, "hội nghị", 70, "người", nil, nil, "Hoàn thành"],
        ]), fileName: "so-lieu.xlsx")
        let training = s.entries.first { $0.indicators[IndicatorID("participants")] != nil }
        #expect(training?.indicators[IndicatorID("participants")]?.value == 70)
        #expect(training?.indicators[IndicatorID("training_courses")]?.value == 1)
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 4)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 29)
        #expect(checks?.indicators[IndicatorID("violations")]?.value == 3)
    }

    /// The unit before its number ("ĐVT | Số lượng" twice): each number takes the unit on its left.
    @Test func unitsBeforeTheirNumbersPairLeftward() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "ĐVT", "Số lượng", "ĐVT", "Số lượng", "Tiến độ"],
            [1, "Hội nghị phổ biến đo lường cho tiểu thương", "hội nghị", 2, "người", 130, "Hoàn thành"],
        ]), fileName: "so-lieu.xlsx")
        #expect(s.entries.first?.indicators[IndicatorID("training_courses")]?.value == 2)
        #expect(s.entries.first?.indicators[IndicatorID("participants")]?.value == 130)
    }

    /// A repeated column under a group word ("Nhóm") groups the rows, and one whose texts name
    /// no task of the plan ("Việc chung", "Việc khác") sorts them: neither is the task column,
    /// each row's own work names its task.
    @Test func aRepeatedGroupOrSortColumnIsNoTaskColumn() {
        for header in ["Nhóm", "Phân loại"] {
            let s = extract(book(top() + [
                ["STT", header, "Hoạt động", "Số lượng", "ĐVT", "Tiến độ"],
                [1, "Việc chung", "Hội nghị phổ biến pháp luật về đo lường cho tiểu thương", 130, "người", "Hoàn thành"],
                [2, "Việc chung", "Kiểm tra đo lường cân tại các chợ trên địa bàn phường", 4, "cuộc", "Đang thực hiện"],
                [3, "Việc khác", "Lấy mẫu xăng dầu gửi thử nghiệm chất lượng", 6, "mẫu", "Hoàn thành"],
                [4, "Việc khác", "Tin bài tuyên truyền về tiêu chuẩn, chất lượng trên trang của phường", 9, "tin", "Hoàn thành"],
            ]), fileName: "nhom.xlsx")
            let training = s.entries.first { $0.indicators[IndicatorID("participants")]?.value == 130 }
            let checks = s.entries.first { $0.indicators[IndicatorID("inspections")]?.value == 4 }
            #expect(training != nil && checks != nil, "\(header)")
            #expect(training?.task != nil && checks?.task != nil && training?.task != checks?.task, "\(header)")
            #expect(checks?.status == .inProgress, "\(header)")
        }
    }

    /// A column of names with no label named, under a header naming a kind of thing counted
    /// ("Tên cơ sở được lấy mẫu | Địa chỉ | Số mẫu | Nhận xét", one row per establishment)
    /// names no work of the plan: it is no label column and its rows are no tasks.
    @Test func aColumnOfNamesIsNoLabel() {
        let s = extract(book(top() + [
            ["STT", "Tên cơ sở được lấy mẫu", "Địa chỉ", "Số mẫu", "Nhận xét", "Ghi chú"],
            [1, "Tiệm tạp hóa Bốn Mùa", "Khu phố 3", 17, "Đạt", "-"],
            [2, "Quầy thực phẩm Hương Quê", "Khu phố 5", 23, "Đạt", "-"],
            [3, "Cửa hàng Sáu Tánh", "Khu phố 8", 29, "Không đạt", "Nhắc nhở"],
        ]), fileName: "cua-hang.xlsx")
        let values = s.entries.flatMap { $0.indicators.values.map(\.value) }
        #expect(!values.contains(17) && !values.contains(23) && !values.contains(29))
    }

    /// Words that head a column only as the header's whole words ("Cập nhật", "Phụ trách"):
    /// inside a longer header they are the header's own words, of the work it names.
    @Test func wholeHeaderWordsOnlyAsTheWholeHeader() {
        let r = extractor.gridRecognisers!
        #expect(r.headerRole("Cập nhật").role == .date)
        #expect(r.headerRole("Phụ trách").role == .performer)
        #expect(r.headerRole("Cập nhật danh mục quy chuẩn kỹ thuật").role != .date)
        #expect(r.headerRole("Nhiệm vụ phụ trách").role == .task)
    }

    /// Several columns of numbers under headers that name no role, side by side ("Tổ Bắc | Tổ
    /// Nam | Toàn phường"): each holds a part of the result, and the first is never taken for
    /// the result alone.
    @Test func severalUnnamedNumberColumnsAreNoneOfThemTheResult() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "ĐVT", "Tổ Bắc", "Tổ Nam", "Toàn phường", "Tiến độ"],
            [1, "Buổi phổ biến pháp luật về đo lường cho tiểu thương", "buổi", 3, 2, 5, "Hoàn thành"],
            [2, "Tiểu thương đến dự các buổi phổ biến", "người", 140, 95, 235, "Hoàn thành"],
            [3, "Tin đăng trên trang của phường về chất lượng hàng hóa", "tin", 4, 7, 11, "Hoàn thành"],
        ]), fileName: "theo-to.xlsx")
        let values = s.entries.flatMap { $0.indicators.values.map(\.value) }
        #expect(!values.contains(140) && !values.contains(3))
    }

    /// A two-column record whose first row is a field and its sentence ("Phần việc | Tổ chức
    /// lớp tập huấn …cho hộ kinh doanh tại chợ."): the sentence is no header, so the field
    /// names under it ("Người làm", "Thời hạn", "Sản phẩm") are never read as a column of the
    /// rows' work.
    @Test func aRecordsFirstFieldIsNoHeader() {
        let grids = GridSegmenter.grids(of: book([
            ["Phần việc", "Tổ chức lớp tập huấn về đo lường cho hộ kinh doanh tại chợ."],
            ["Người làm", "Bà Lâm Thị Hoa, công chức văn hóa xã hội."],
            ["Thời hạn", "Quý III/2026, đã xong."],
            ["Căn cứ", "Công văn số 15/UBND ngày 02/3/2026."],
            ["Sản phẩm", "Tập huấn 41 hộ kinh doanh, 3 buổi tại chợ."],
        ]))
        let layout = extractor.gridRecognisers!.layout(of: grids[0])
        #expect(layout?.column(.label) == nil)
    }

    /// Team columns side by side ("Tổ A | Tổ B"), one of them filled on one row only: both are
    /// parts of a result, and the fuller one is not taken for the result alone.
    @Test func aPartColumnWithFewNumbersIsStillAPart() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "ĐVT", "Tổ A", "Tổ B", "Tiến độ"],
            [1, "Buổi phổ biến pháp luật về đo lường cho tiểu thương", "buổi", nil, 2, "Hoàn thành"],
            [2, "Tiểu thương đến dự các buổi phổ biến", "người", nil, 85, "Hoàn thành"],
            [3, "Tin bài tuyên truyền về tiêu chuẩn, đo lường trên trang của phường", "tin", 4, 7, "Hoàn thành"],
        ]), fileName: "theo-to.xlsx")
        let values = s.entries.flatMap { $0.indicators.values.map(\.value) }
        #expect(!values.contains(85) && !values.contains(7))
    }

    /// A column of numbers beside the column adding them up ("Tổ B | Tổng"): the total is the
    /// result, the other column a part of it.
    @Test func aNumberColumnBesideItsTotalIsAPart() {
        let s = extract(book(top() + [
            ["STT", "Hoạt động", "ĐVT", "Tổ B", "Tổng", "Tiến độ"],
            [1, "Buổi phổ biến pháp luật về đo lường cho tiểu thương", "buổi", 2, 3, "Hoàn thành"],
            [2, "Tiểu thương đến dự các buổi phổ biến", "người", 85, 120, "Hoàn thành"],
            [3, "Tin bài tuyên truyền về tiêu chuẩn, đo lường trên trang của phường", "tin", 7, 11, "Hoàn thành"],
        ]), fileName: "theo-to.xlsx")
        #expect(s.entries.contains { $0.indicators[IndicatorID("communications")]?.value == 11 })
        #expect(s.entries.contains { $0.indicators[IndicatorID("participants")]?.value == 120 })
    }

    /// An amount in a result sentence after a label that names no kind of money ("XL:
    /// 6.000.000đ", the unit's own shorthand) is not the task's cost: under an inspection task,
    /// whose only money is its fines, it is the fines.
    @Test func aLabelledAmountOfNoKindTakesTheTasksMoney() {
        let s = extract(book(top() + [
            ["STT", "Phần việc", "Kết quả", "Tiến độ"],
            [1, "Kiểm tra đo lường cân tại các chợ trên địa bàn", "Tổ kiểm tra đã kiểm tra 4 cuộc tại 31 quầy; XL: 6.000.000đ", "Đang thực hiện"],
            [2, "Phổ biến pháp luật về tiêu chuẩn, đo lường cho hộ kinh doanh", "Tổ chức 2 buổi cho 140 lượt người tham dự", "Hoàn thành"],
            [3, "Lấy mẫu xăng dầu gửi thử nghiệm chất lượng", "Lấy 6 mẫu xăng dầu", "Hoàn thành"],
        ]), fileName: "phan-viec.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("establishments_inspected")]?.value == 31 }
        #expect(checks?.indicators[IndicatorID("budget_spent_vnd")] == nil)
        #expect(checks?.indicators[IndicatorID("fines_vnd")]?.value == 6_000_000)
    }

    /// A header that folds like a total word but is written with other marks ("Công trình",
    /// not "Cộng") adds nothing up: it is no column of results.
    @Test func aWordThatFoldsLikeATotalIsNoTotal() {
        let r = extractor.gridRecognisers!
        #expect(r.isPeriodTotal("Cộng"))
        #expect(r.isPeriodTotal("Cong ky"))
        #expect(!r.isPeriodTotal("Công trình"))
        #expect(!r.isPeriodTotal("Công việc"))
    }
}
