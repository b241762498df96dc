import DocumentModel
import Testing
@testable import Extraction

// Forms filled in by hand and runs of fields: the value stands between dotted leaders or after
// the field's label and a colon, in words unlike any corpus file.

@Suite struct FormFieldTests {
    private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ BÌNH HƯNG\nSố: 88/BC-UBND",
                                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBình Hưng, ngày 05 tháng 11 năm 2026"]])

    @Test func aFieldBetweenDottedLeadersIsReadByItsLabel() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Phối hợp kiểm tra đo lường tại chợ theo phân cấp"),
            .p("- Số cuộc kiểm tra: ..........04.......... cuộc"),
            .p("- Số cửa hàng vi phạm: ……03…… cửa hàng"),
            .p("- Số tiền phạt: ……6.500.000…… đồng"),
        ]), fileName: "binh-hung.docx")
        #expect(s.value("II.5.c", "inspections") == 4)
        // The label says what is counted; "cửa hàng" after the number is only its unit.
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == nil)
        #expect(s.value("II.5.c", "fines_vnd") == 6_500_000)
    }

    @Test func aRunOfFieldsInParenthesesOrPartedByBars() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("Nhiệm vụ 5.c: Xã phối hợp kiểm tra cân tại chợ Bình Hưng (số cuộc: 02 | số cơ sở: 31)."),
            .p("Nhiệm vụ 3.a: Xã cử công chức dự lớp nghiệp vụ của Chi cục (lượt công chức dự: 2)"),
        ]), fileName: "binh-hung.docx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.3.a", "participants") == 2)
        // A colon that ends its line introduces what follows, not a field's value.
        let tokens = Tokenizer.tokenize("Kết quả tập huấn ở chợ xã:\n450 lượt người tham dự")
        #expect(extractor.vocabulary.figures(in: tokens).found.map(\.indicator.rawValue) == ["participants"])
    }

    @Test func statusesAfterStillAndThisPeriod() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("Nhiệm vụ 1.a: Xã đăng 04 tin trên trang thông tin điện tử."),
            .p("Tình trạng: Vẫn còn đang làm, sẽ tổng kết vào tháng 12."),
            .p("Nhiệm vụ 5.d: Không có đơn thư phản ánh."),
            .p("Tình trạng: Kỳ này không phát sinh."),
            .p("Nhiệm vụ 2.d: Hướng dẫn 05 hộ kinh doanh công bố sản phẩm."),
            .p("Tình trạng: Đã xong cho cả năm 2026."),
        ]), fileName: "binh-hung.docx")
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(s.entry("II.2.d")?.status == .completed)
    }

    @Test func aFiguresTableAfterTheSignatureIsReadOrQuoted() {
        // Headed "Số liệu kèm theo" after the signature, its numbers are results: none of them
        // may go unsaid.
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Tập huấn cho hộ kinh doanh về ghi nhãn hàng hóa: đã hoàn thành."),
            .table([["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tư"]]),
            .p("SỐ LIỆU KÈM THEO"),
            .table([["STT", "Nội dung", "Đơn vị tính", "Số liệu"],
                    ["1", "Lớp tập huấn đã tổ chức", "lớp", "3"],
                    ["2", "Hộ kinh doanh dự tập huấn", "lượt", "145"]]),
        ]), fileName: "binh-hung.docx")
        let said = s.entries.flatMap { $0.indicators.values.map(\.value) } + []
        let quoted = s.findings.map(\.message).joined(separator: " ")
        #expect(said.contains(145) || quoted.contains("145"))
        #expect(said.contains(3) || quoted.contains("3 lớp"))
    }
}
