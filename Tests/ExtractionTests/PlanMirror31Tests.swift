import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 31: copies of the plan's annex (one row per plan task in the plan's own words, the
// plan's "Chủ trì | Thời gian" beside it) with the unit's result columns, and passages typed in
// one spreadsheet cell with Alt+Enter. Written here in layouts and words of their own.

private var planHeader: [Any?] { ["TT", "Nhiệm vụ theo Kế hoạch", "Chủ trì", "Thời gian", "Kết quả thực hiện",
                                  "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"] }

private var cover: [[Any?]] { [
    ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
    ["Số: 88/BC-UBND", nil, nil, nil, "Sài Gòn, ngày 30 tháng 10 năm 2026"],
    [],
    ["BẢNG KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
    [],
] }

@Suite struct PlanMirrorTests {
    /// The unit ticks the rows it worked on; the rows it left at "Không" or "—" with no tick
    /// are the plan's, not its report.
    @Test func onlyTickedOrFilledRowsOfAPlanCopyAreReports() {
        let rows: [[Any?]] = cover + [
            planHeader,
            ["1.a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp",
             "Chi cục TĐC", "Quý I, II và III/2026", "Mở 01 lớp cho 75 hộ kinh doanh tại chợ.", "✓", nil, nil],
            ["1.b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             "Chi cục TĐC", "Quý I và II/2026", "Không", nil, nil, nil],
            ["2.a", "Triển khai Kế hoạch nâng cao năng suất và chất lượng, Đề án 996, Đề án 100 về truy xuất nguồn gốc",
             "Chi cục TĐC", "Quý IV/2026", "Chưa triển khai, chờ hướng dẫn của Sở.", nil, nil, "x"],
            ["2.b", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia", "Chi cục TĐC", "Quý II, III và IV/2026", "—", nil, nil, nil],
            ["5.d", "Khen thưởng, bảo vệ người tố giác vi phạm; xử lý nghiêm hành vi tham nhũng, tiêu cực",
             "Chi cục TĐC", "Thường xuyên", "Không", nil, nil, nil],
        ]
        let s = extract(workbook(rows), fileName: "ke-hoach-38.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.2.a"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "participants") == 75)
        #expect(s.entry("II.2.a")?.status == .notStarted)
    }

    /// Rows under a band of the unit's own work beside the plan report no task of the plan.
    /// (A copy of the plan: at least `thresholds.mirror_rows` of its task cells are the plan's
    /// own words.)
    @Test func rowsUnderABandOfWorkOutsideThePlanAreNoTask() {
        let rows: [[Any?]] = cover + [
            planHeader,
            ["1.b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             "Chi cục TĐC", "Quý I và II/2026", "Không", nil, nil, nil],
            ["5.d", "Khen thưởng, bảo vệ người tố giác vi phạm; xử lý nghiêm hành vi tham nhũng, tiêu cực",
             "Chi cục TĐC", "Thường xuyên", "Không", nil, nil, nil],
            ["5.c", "Phối hợp UBND phường, xã, đặc khu thực hiện các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng",
             "Chi cục TĐC", "Thường xuyên", "Kiểm tra 03 cuộc tại 21 cơ sở kinh doanh.", nil, "✓", nil],
            ["NHIỆM VỤ PHÁT SINH NGOÀI KẾ HOẠCH"],
            ["1", "Kiểm tra trật tự đô thị, lấn chiếm vỉa hè khu vực chợ", "UBND phường", "Hằng tháng", "Ra quân 08 đợt kiểm tra.", nil, "✓", nil],
        ]
        var d = workbook(rows)
        d.sheets[0].merges = [CellRange("A10:H10")!]
        let s = extract(d, fileName: "ke-hoach-38.xlsx")
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    /// "Kết quả: …" written across the table under each plan row: the row's result; an empty
    /// "Kết quả:" leaves the plan row unreported.
    @Test func resultRowsAcrossThePlanCopy() {
        let rows: [[Any?]] = cover + [
            ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "Tiến độ (%)"],
            ["1.a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp",
             "Chi cục TĐC", "Quý I, II và III/2026", "100%"],
            ["Kết quả: Đăng 05 tin, bài trên trang thông tin điện tử của phường."],
            ["1.b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             "Chi cục TĐC", "Quý I và II/2026"],
            ["Kết quả:"],
        ]
        var d = workbook(rows)
        d.sheets[0].merges = [CellRange("A8:E8")!, CellRange("A10:E10")!]
        let s = extract(d, fileName: "ke-hoach-38.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a"])
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    @Test func fillerCells() {
        let r = extractor.gridRecognisers!
        #expect(r.isFiller("Không"))
        #expect(r.isFiller(" — "))
        #expect(r.isFiller("Kết quả:"))
        #expect(!r.isFiller("Không phát sinh trường hợp tố giác."))
        #expect(!r.isFiller("Kết quả: đăng 02 tin"))
        #expect(r.afterResultLabel("Kết quả: đăng 02 tin") == "đăng 02 tin")
    }
}

@Suite struct AltEnterCellTests {
    /// A whole report typed in column A, each part one cell with Alt+Enter line breaks.
    @Test func numberedLinesOfOneCellAreItems() {
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN\nSố: 61/BC-UBND        Sài Gòn, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO\nKết quả thực hiện Chỉ thị 38-CT/TW năm 2026"],
            ["I/ KẾT QUẢ\n1/ Tuyên truyền:\n- Phát 12 tin trên loa truyền thanh khu phố.\n- Tình trạng: đã xong.\n2/ Kiểm tra đo lường tại chợ (phối hợp Chi cục TĐC):\n- Kiểm tra 02 cuộc, 17 cơ sở được kiểm tra.\n- Tình trạng: đang làm."],
        ]), fileName: "bc-ct38.xlsx")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    @Test func onlyCellsWhoseEveryLineIsMarkedAreSplit() {
        #expect(LineBuilder.markedLines("1/ Tuyên truyền:\n- Đăng 08 tin.\n+ Vi phạm: 05 cơ sở.", marks: []) == ["1/ Tuyên truyền:", "- Đăng 08 tin.", "+ Vi phạm: 05 cơ sở."])
        #expect(LineBuilder.markedLines("a) Kiểm tra\nb) Lấy mẫu", marks: []) != nil)
        // A header block or a signature typed in one cell stays one line.
        #expect(LineBuilder.markedLines("ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN", marks: []) == nil)
        #expect(LineBuilder.markedLines("Nơi nhận:\n- Chi cục TĐC;\n- Lưu VT.", marks: []) == nil)
        #expect(LineBuilder.markedLines("- Chỉ một dòng.", marks: []) == nil)
    }
}
