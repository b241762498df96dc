import DocumentModel
import Testing
@testable import Extraction

// Issue #11, session 20: figures lost without a word, and findings no person needs. Each rule
// in words of its own, not the corpus's.

private func cover(_ unit: String, _ place: String) -> [[Any?]] { [
    [unit.uppercased(), nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 41/BC-UBND", nil, nil, "\(place), ngày 02 tháng 11 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

private func read(_ text: String) -> PassageNumbers { shippedVocabulary.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in read(text).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct FindingCauses20Tests {
    /// An amount whose own words name no kind of money ("Số tiền", a unit cell "đồng") on the
    /// rows of an inspection is the fine it collected — the only money the task reports —,
    /// not what the task cost; under a training task the same amount stays its cost.
    @Test func anAmountUnnamedUnderAnInspectionIsItsFine() {
        let rows: [[Any?]] = cover("UBND xã Tân Nhựt", "Tân Nhựt") + [
            ["TT", "Nội dung công việc", "Diễn giải", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Kiểm tra cân đối chứng và cân bán lẻ tại chợ đầu mối", nil, nil, nil, "Đang làm"],
            [nil, nil, "Đợt kiểm tra", 2, "đợt", nil],
            [nil, nil, "Hộ được kiểm tra", 21, "hộ", nil],
            [nil, nil, "Số tiền", 4_200_000, "đồng", nil],
            [2, "Mở lớp phổ biến pháp luật đo lường cho tiểu thương", nil, nil, nil, "Xong"],
            [nil, nil, "Lớp", 1, "lớp", nil],
            [nil, nil, "Số tiền", 3_000_000, "đồng", nil],
        ]
        let s = extract(workbook(rows), fileName: "tan-nhut.xlsx")
        let inspection = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(inspection?.indicators[IndicatorID("fines_vnd")]?.value == 4_200_000)
        #expect(inspection?.indicators[IndicatorID("budget_spent_vnd")] == nil)
        let training = s.entries.first { $0.indicators[IndicatorID("training_courses")] != nil }
        #expect(training?.indicators[IndicatorID("budget_spent_vnd")]?.value == 3_000_000)
    }

    /// A workbook whose sheet of the whole ("TongHop") adds up one sheet per hamlet or
    /// neighbourhood ("Khu phố 1", "Khu phố 2"): the whole is the result, the places its
    /// parts, not compared with it nor added again; said once.
    @Test func sheetsOfPlacesBesideTheWholeAreItsParts() {
        let header: [Any?] = ["TT", "Nội dung", "ĐVT", "Số lượng"]
        let whole = testSheet("TongHop", cover("UBND phường Linh Xuân", "Linh Xuân") + [
            ["TT", "Việc đã làm", "Chỉ tiêu", "ĐVT", "Cộng", "Tình hình"],
            [1, "Phát tờ rơi về cân đo cho hộ kinh doanh", "Tờ rơi đã phát", "tờ rơi", 900, "Xong"],
            [2, "Kiểm tra cân tại chợ Linh Xuân", "Cuộc kiểm tra", "cuộc", 3, "Đang làm"],
            [nil, nil, "Hộ được kiểm tra", "hộ", 40, nil],
        ], part: 1)
        let rows1: [[Any?]] = [["Số liệu Khu phố 1"], header,
            [1, "Tờ rơi đã phát", "tờ rơi", 500], [2, "Cuộc kiểm tra", "cuộc", 1], [3, "Hộ được kiểm tra", "hộ", 15]]
        let rows2: [[Any?]] = [["Số liệu Khu phố 2"], header,
            [1, "Tờ rơi đã phát", "tờ rơi", 400], [2, "Cuộc kiểm tra", "cuộc", 2], [3, "Hộ được kiểm tra", "hộ", 25]]
        let kp1 = testSheet("Khu phố 1", rows1, part: 2)
        let kp2 = testSheet("Khu phố 2", rows2, part: 3)
        let s = extract(Document(kind: .spreadsheet, sheets: [whole, kp1, kp2]), fileName: "linh-xuan.xlsx")
        let inspection = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(inspection?.indicators[IndicatorID("inspections")]?.value == 3)
        #expect(inspection?.indicators[IndicatorID("establishments_inspected")]?.value == 40)
        let skipped = s.findings.filter { $0.code == "sheet-skipped" }
        #expect(skipped.count == 1)
        #expect(skipped.first?.message.contains("từng địa bàn") == true)
        #expect(!s.findingCodes.contains("figures-table-preferred"))
    }

    /// A sheet beside the report listing the plan's codes for the form's lookups ("STT |
    /// Mã nhiệm vụ | Tên"): it says nothing of any task — no task, no missing status, no
    /// row number taken for a figure.
    @Test func aListOfThePlansCodesBesideTheReportSaysNothing() {
        let report = testSheet("Báo cáo", cover("UBND xã Long Sơn", "Long Sơn") + [
            ["Mã", "Nhiệm vụ", "Đã làm", "Chỉ tiêu", "ĐVT", "SL", "Tình trạng"],
            ["II.1.a", "Tuyên truyền pháp luật về đo lường", "Phát thanh trên loa ấp", "Tin", "tin", 7, "xong"],
            ["II.5.c", "Phối hợp kiểm tra đo lường", "Kiểm tra cân ở chợ cá", "Cuộc kiểm tra", "cuộc", 2, "đang làm"],
        ], part: 1)
        let names = ["Tập huấn pháp luật, tọa đàm doanh nghiệp", "Vận động tham dự Giải thưởng chất lượng",
                     "Chương trình năng suất", "Giải thưởng chất lượng quốc gia", "Kiến nghị sửa đổi pháp luật",
                     "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý", "Hệ thống quản lý chất lượng cơ quan",
                     "Góp ý tiêu chuẩn, quy chuẩn"]
        let codes = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e"]
        let header: [[Any?]] = [["STT", "Mã nhiệm vụ", "Tên"]]
        let listed: [[Any?]] = zip(codes, names).enumerated().map { k, p -> [Any?] in [k + 1, p.0, p.1] }
        let list = testSheet("Danh mục", header + listed, part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [report, list]), fileName: "long-son.xlsx")
        #expect(Set(s.entries.map(\.task)) == ["II.1.a", "II.5.c"])
        #expect(!s.findingCodes.contains("status-missing"))
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }

    /// Figures written one after another with "/" between them, each before its noun: every
    /// one a figure, however the word before it reads ("ấp 02" a place elsewhere, "du lịch/"
    /// a code elsewhere).
    @Test func figuresListedWithSlashes() {
        #expect(figures("Đoàn liên ngành ấp 02 cuộc/15 cơ sở/02 VP/phạt 3.000.000đ.")
                == ["inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3_000_000])
        #expect(figures("Tuyên truyền: 05 tin bài/01 buổi tuyên truyền cho hộ kinh doanh/48 người dự.")
                == ["communications": 5, "training_courses": 1, "participants": 48])
        // A code or a date keeps its slash.
        #expect(read("Theo Quyết định số 15/QĐ-UBND ngày 12/3").found.isEmpty)
    }

    /// "N/N" before what it counts is all of a whole: the work done when its clause says so,
    /// a ratio when it does not.
    @Test func allOfAWholeDone() {
        #expect(figures("Đã tổ chức 05/05 buổi tập huấn theo kế hoạch.") == ["training_courses": 5])
        #expect(figures("Kết quả: 03/03 công chức được cử đã tham dự.") == ["participants": 3])
        #expect(read("Hiện 4/4 chợ có cân đối chứng.").found.isEmpty)
    }

    /// A telephone number in groups ("0912 345 678") counts nothing, nor is it quoted.
    @Test func aTelephoneInGroupsIsNoNumberToRead() {
        let n = read("Cán bộ đầu mối: Trần Văn Bình, 0912 345 678; ĐT bàn 028 3822 4567.")
        #expect(n.found.isEmpty)
        #expect(n.unread.isEmpty)
    }

    /// "Tổng số | Trong đó: tự làm | phối hợp": numbers beside a row's result that add up to it
    /// are its parts, said by the result — not quoted as numbers left unread.
    @Test func partsBesideATotalAreNotQuoted() {
        let rows: [[Any?]] = cover("UBND phường Tam Thắng", "Tam Thắng") + [
            ["STT", "Nội dung", "ĐVT", "Tổng số", "Trong đó", nil, "Tiến độ"],
            [nil, nil, nil, nil, "Phường tự làm", "Cùng Chi cục", nil],
            [1, "Kiểm tra cân tại chợ và cửa hàng xăng dầu", nil, nil, nil, nil, "Đang làm"],
            [nil, "- Số cuộc kiểm tra", "Cuộc", 4, 1, 3, nil],
            [nil, "- Cơ sở được kiểm tra", "Cơ sở", 30, 12, 18, nil],
        ]
        let s = extract(workbook(rows), fileName: "tam-thang.xlsx")
        #expect(s.entries.contains { $0.indicators[IndicatorID("inspections")]?.value == 4 })
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 30 })
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }

    /// A passage, then a small table restating its numbers under what each counts: the numbers
    /// said again are the figures already read, not quoted once more; each phrase once.
    @Test func numbersSaidAgainAfterTheirFigures() {
        let s = extract(word([
            .p("ỦY BAN NHÂN DÂN PHƯỜNG PHƯỚC LONG"), .p("Số: 90/BC-UBND"), .p("Phước Long, ngày 06 tháng 11 năm 2026"),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ: phối hợp Chi cục kiểm tra 03 cuộc tại 27 cơ sở, phát hiện 02 cơ sở vi phạm."),
            .table([["Cuộc kiểm tra", "Cơ sở", "Vi phạm"], ["03", "27", "02"]]),
            .p("Việc này đang thực hiện."),
        ]), fileName: "phuoc-long.docx")
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 27 })
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }

    /// What the area holds, stated as background before the results ("Trên địa bàn phường
    /// hiện có 02 chợ, 14 cửa hàng xăng dầu"), is no result: neither read nor quoted.
    @Test func backgroundOfTheAreaIsNotQuoted() {
        let s = extract(word([
            .p("ỦY BAN NHÂN DÂN PHƯỜNG TÂN HƯNG"), .p("Số: 61/BC-UBND"), .p("Tân Hưng, ngày 04 tháng 11 năm 2026"),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. ĐẶC ĐIỂM TÌNH HÌNH"),
            .p("Trên địa bàn phường hiện có 02 chợ, 14 cửa hàng xăng dầu và khoảng 1.300 hộ kinh doanh."),
            .p("II. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền: đăng 06 tin, bài trên trang thông tin điện tử phường. Đã hoàn thành."),
        ]), fileName: "tan-hung.docx")
        #expect(s.entries.contains { $0.indicators[IndicatorID("communications")]?.value == 6 })
        #expect(!s.findings.contains { $0.message.contains("14 cửa hàng") || $0.message.contains("1.300") })
    }

    /// A quarter or a month by its letter ("Q2", "T9") and periods or batches added up
    /// ("(Q1+Q2)", "đợt 1+2") count nothing: no figure, nothing to quote.
    @Test func periodsByTheirLetterAreNoNumbers() {
        let n = read("Số buổi tuyên truyền (Q1+Q2), riêng T9 là hội nghị; mẫu lấy đợt 1+2")
        #expect(n.found.isEmpty)
        #expect(n.unread.isEmpty)
        #expect(figures("Q2 tổ chức 03 lớp tập huấn") == ["training_courses": 3])
    }
}
