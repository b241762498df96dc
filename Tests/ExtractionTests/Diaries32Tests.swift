import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of reading logs and minutes, session 32: a log's closing restates its rows'
// totals (replacing them, not adding to them), a date's month and year are no "n/m" share, a
// conclusion closing two jobs at once, and minutes laid out as a table of what each side
// presented and agreed. Written in words of no corpus.

private var logHead: [[Any?]] { [
    ["ỦY BAN NHÂN DÂN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["PHƯỜNG BẾN THÀNH", nil, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 77/BC-UBND", nil, "Bến Thành, ngày 05 tháng 11 năm 2026"],
    [],
    ["NHẬT KÝ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
    [],
    ["Ngày", "Nội dung công việc", "Kết quả", "Người thực hiện"],
] }

@Suite struct LogClosing32Tests {
    @Test func aClosingBlockRestatesTheRowsTotalsAndReplacesThem() {
        let s = extract(workbook(logHead + [
            ["12/3/2026", "Phối hợp Chi cục kiểm tra đo lường tại chợ Bến Thành", "01 cuộc; 22 sạp; 02 cân sai, phạt 3.000.000 đ", "Phòng Kinh tế"],
            ["18/8/2026", "Phối hợp Chi cục kiểm tra đo lường tại chợ Tân Định", "01 cuộc; 15 sạp; 01 cân sai, phạt 1.500.000 đ", "Phòng Kinh tế"],
            ["20/9/2026", "Đăng tin tuyên truyền cân đúng trên trang của phường", "03 tin", "Phòng VH-XH"],
            [],
            ["CỘNG LẠI (đến ngày 31/10/2026)"],
            ["- Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 37 sạp, 03 vi phạm, phạt 4.500.000 đ – đang làm."],
            ["- Tuyên truyền: 03 tin – đang làm."],
        ]), fileName: "nhat-ky.xlsx")
        #expect(s.value("II.5.c", "establishments_inspected") == 37)
        #expect(s.value("II.5.c", "fines_vnd") == 4_500_000)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.1.a", "communications") == 3)
        // The rows' sạp are the closing's parts, no sum of their own to check.
        #expect(!s.findings.contains { $0.code == "figures-summed" && $0.message.contains("sạp") })
    }

    @Test func aClosingLineEndsOneJobsRows() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Tập huấn nghiệp vụ cho công chức phường, xã"),
            .table([["Ngày", "Việc đã làm"],
                    ["Thứ Ba, 09/6/2026", "Lớp khu vực phía Bắc: 86 công chức."],
                    ["Thứ Năm, 23/7/2026", "Lớp khu vực phía Nam: 64 công chức."],
                    ["Tổng kết: 02 lớp, 150 công chức – đang thực hiện."]]),
        ]))
        #expect(s.value("II.3.a", "participants") == 150)
        #expect(s.value("II.3.a", "training_courses") == 2)
    }

    @Test func aLogsLatestDatedRowGivesTheStatus() {
        // The same job logged in March as under way and in September as done: the later row is
        // the job's state, the earlier one its past (no conflict). Kept newest first, the same.
        let rows: [[Any?]] = [
            ["12/3/2026", "Tập huấn cho hộ kinh doanh về đo lường trong thương mại", "01 lớp, 40 người", "Đang thực hiện"],
            ["22/9/2026", "Tập huấn cho hộ kinh doanh về đo lường trong thương mại", "01 lớp, 35 người", "Đã hoàn thành"],
        ]
        let head = Array(logHead.dropLast()) + [["Ngày", "Nội dung công việc", "Kết quả", "Tình trạng lúc ghi"]]
        for order in [rows, rows.reversed()] {
            let s = extract(workbook(head + order), fileName: "nhat-ky.xlsx")
            #expect(s.entry("II.1.a")?.status == .completed)
            #expect(!s.findings.contains { $0.code == "status-conflict" })
        }
    }

    @Test func theClosingTitleIsTold() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        func line(_ t: String) -> Line { Line(cells: [Line.Cell(column: 0, span: 1, text: t, value: nil, location: .part("x"), continued: false)], container: .body) }
        #expect(run.isClosingTitle(line("CHỐT THEO TỪNG VIỆC (đến ngày 20/10/2026)")))
        #expect(run.isClosingTitle(line("Cộng lại đến ngày 30/9/2026:")))
        #expect(!run.isClosingTitle(line("Chốt số liệu 25/10: đang làm tiếp.")))
        #expect(!run.isClosingTitle(line("Tổng kết 05 năm thực hiện Chỉ thị 38 của phường")))
        #expect(run.opensWithClosingLabel("Tổng kết: 11 cuộc, 214 cơ sở; đang thực hiện."))
        #expect(!run.opensWithClosingLabel("Tổng cộng: 11 cuộc"))
    }

    @Test func aDatesMonthAndYearAreNoShareOfACount() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Tập huấn văn bản pháp luật cho doanh nghiệp"),
            .p("Thứ Năm, 26/3/2026 Lớp tập huấn thứ nhất: 120 học viên."),
        ]))
        #expect(!s.entries.contains { $0.indicators[IndicatorID("training_courses")]?.value == 3 })
    }
}

@Suite struct Minutes32Tests {
    @Test func aConclusionClosingTwoJobsGivesEachItsStatus() {
        let s = extract(word([wardHeader, .p("BIÊN BẢN HỌP GIAO BAN"),
            .p("Về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("III. NỘI DUNG CUỘC HỌP"),
            .p("1. Đ/c Trưởng phòng Văn hóa – Xã hội báo cáo:"),
            .p("Phòng đã đăng 09 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử phường. Tháng 6/2026, phường cử 03 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("V. KẾT LUẬN CỦA CHỦ TRÌ"),
            .p("1. Công tác tuyên truyền và cử công chức tập huấn: đã hoàn thành."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    @Test func minutesAsATableOfWhatEachSidePresentedAndAgreed() {
        let s = extract(workbook([
            ["SỞ XÂY DỰNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 88/GN-SXD", nil, nil, "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"],
            [],
            ["BẢN GHI NHỚ"],
            ["Buổi làm việc giữa Sở Xây dựng và Chi cục Tiêu chuẩn Đo lường Chất lượng về kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"],
            [],
            ["TT", "Nội dung trao đổi", "Sở Xây dựng trình bày", "Ý kiến Chi cục TĐC", "Hai bên thống nhất"],
            [1, "Góp ý quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng", "Góp ý 04 dự thảo QCVN theo đề nghị của Bộ Xây dựng.", "Ghi nhận.", "Đã hoàn thành."],
            [2, "Kiểm tra chất lượng vật liệu xây dựng lưu thông", "Kiểm tra 5 cuộc; 41 cơ sở; 6 cơ sở vi phạm; phạt 72 triệu đồng.", "Đề nghị phối hợp lấy mẫu.", "Đang thực hiện, tiếp tục đến hết năm 2026."],
        ], name: "Ghi nho"), fileName: "ghi-nho.xlsx")
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.value("II.5.a", "establishments_inspected") == 41)
        #expect(s.value("II.5.a", "fines_vnd") == 72_000_000)
    }
}
