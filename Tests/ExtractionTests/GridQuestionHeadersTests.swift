import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of sheet layouts session 25 reads (issue #11): headers written as open
// questions, a log's "Kết luận" column, units of measure in brackets after each number, and a
// label header with the unit's own name inside it, several kinds packed between slashes. The words are this file's own.

private func book(_ rows: [[Any?]]) -> Document { sheetBook(rows, sheet: "Bao cao") }

private func top() -> [[Any?]] { [
    ["ỦY BAN NHÂN DÂN", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["XÃ THẠNH AN", nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 51/BC-UBND", nil, nil, nil, "Thạnh An, ngày 21 tháng 10 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

@Suite struct GridQuestionHeadersTests {
    /// Column headers asked as open questions: "Việc gì?" names the rows' work, "Bao nhiêu
    /// cuộc …?" / "Kiểm tra bao nhiêu cơ sở?" / "Mấy cơ sở …?" / "Phạt bao nhiêu (đồng)?" what
    /// each number counts, "Làm tới đâu rồi?" the status; none is a yes/no question.
    @Test func openQuestionHeadersAreReadByTheirOtherWords() {
        let r = extractor.gridRecognisers!
        #expect(r.headerRole("Việc gì?").role == .label)
        #expect(r.headerRole("Bao nhiêu cuộc kiểm tra?").indicator == IndicatorID("inspections"))
        #expect(r.headerRole("Kiểm tra bao nhiêu cơ sở?").indicator == IndicatorID("establishments_inspected"))
        #expect(r.headerRole("Phạt bao nhiêu (đồng)?").indicator == IndicatorID("fines_vnd"))
        #expect(r.headerRole("Làm tới đâu rồi?").role == .status)
        #expect(r.question("Đã làm những gì?") == nil)
        #expect(r.question("Làm tới đâu rồi?") == nil)
        // "dầu" is no "đâu": a header about fuel asks nothing.
        #expect(r.openQuestionHeader("Kiểm tra xăng dầu", money: false) == nil)
        // A yes/no question stays one.
        #expect(r.question("Đã hoàn thành chưa?") != nil)

        let s = extract(book(top() + [
            ["STT", "Việc gì?", "Đã làm những gì?", "Bao nhiêu cuộc kiểm tra?", "Kiểm tra bao nhiêu cơ sở?", "Mấy cơ sở vi phạm?", "Phạt bao nhiêu (đồng)?", "Con số khác?", "Làm tới đâu rồi?"],
            [1, "Kiểm tra cân ở chợ, cửa hàng xăng dầu", "Cùng Chi cục kiểm tra cân ở chợ Thạnh An", 2, 17, 1, 1500000, nil, "Còn làm"],
            [2, "Cử công chức đi tập huấn nghiệp vụ", "Cử công chức kinh tế dự lớp của Chi cục", nil, nil, nil, nil, "3 người", "Xong hết"],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.5.c", "violations") == 1)
        #expect(s.value("II.5.c", "fines_vnd") == 1500000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.3.a")?.status == .completed)
    }

    /// A log that closes each job with its "Kết luận" and writes every number first, its unit
    /// in brackets after it: the verdict is the status, each bracketed unit says what the
    /// number counts; brackets holding parts of a count ("(02 QCVN, 01 TCVN)") stay parts.
    @Test func aVerdictColumnAndUnitsInBracketsAfterTheNumbers() {
        let s = extract(book(top() + [
            ["TT", "Việc", "Thời gian làm", "Số liệu", "Kết luận", "Ghi chú"],
            [1, "Tuyên truyền quy định về đo lường trên loa truyền thanh xã", "Tháng 4/2026", "07 (tin, bài)", "Đã thực hiện xong"],
            [2, "Kiểm tra cân tại chợ Thạnh An", "Tháng 8/2026", "01 (cuộc); 12 (cơ sở); 02 (cơ sở vi phạm); 3.000.000 (đồng)", "Đang theo dõi, tiếp tục làm"],
        ]), fileName: "so-theo-doi.xlsx")
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 1)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 3000000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        let resolver = GridResolver(r: extractor.gridRecognisers!)
        #expect(resolver.unitsOutOfBrackets("07 dự thảo (02 QCVN, 01 TCVN)") == "07 dự thảo (02 QCVN, 01 TCVN)")
        #expect(resolver.unitsOutOfBrackets("02 (cuộc); 5.250.000 (đồng)") == "02 cuộc; 5.250.000 đồng")
        // A number spelled out in brackets before its noun is no unit.
        #expect(resolver.unitsOutOfBrackets("01 (một) cuộc kiểm tra") == "01 (một) cuộc kiểm tra")
    }

    /// "Cuộc/CS/VP (số cuộc/số cơ sở/số vi phạm)" over "03/22/02": several kinds in one header
    /// between slashes, as many numbers in the cell; each number is its own kind's.
    @Test func slashPackedNumbersUnderASlashPackedHeader() {
        let s = extract(book(top() + [
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Cuộc/CS/VP\n(số cuộc/số cơ sở/số vi phạm)", "Tiền phạt (đồng)", "Mức độ"],
            [1, "Phối hợp kiểm tra xăng dầu, cân tại chợ", "Phối hợp Chi cục kiểm tra cửa hàng xăng dầu, chợ Thạnh An", "04/31/03", 6000000, "Đang thực hiện"],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 6000000)
    }

    /// "Việc xã được giao (theo KH)": the unit's own name inside the header of the rows' work;
    /// that column, not the "Xã đã làm" beside it, names each row's task.
    @Test func theUnitsNameInsideTheLabelHeader() {
        let s = extract(book(top() + [
            ["STT", "Việc xã được giao (theo KH)", "Xã đã làm", "Số lượng", "Đánh giá"],
            [1, "Hỗ trợ hợp tác xã áp dụng truy xuất nguồn gốc, tem QR", "HTX rau sạch, trang trại gà", "4 đơn vị", "Đang làm"],
            [2, "Kiểm tra cân tại chợ", "Phối hợp kiểm tra cân đối chứng tại chợ", "1 cuộc; 20 hộ; 1 vi phạm", "Đã làm xong"],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.value("II.2.a", "enterprises_supported") == 4)
        #expect(s.entry("II.2.a")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 1)
    }
    /// A row's problem filed beside it: a remarks cell ("Ý kiến", "Ghi chú") that opens with
    /// "Khó khăn:" or "Đề xuất:" is a difficulty or a proposal of the report, its label dropped;
    /// a remark with no such label stays a remark.
    @Test func labelledRemarksAreDifficultiesAndProposals() {
        let s = extract(book(top() + [
            ["STT", "Nội dung hoạt động", "Số lượng", "Đơn vị", "Tình trạng", "Ý kiến"],
            [1, "Kiểm tra cân tại chợ Thạnh An", 2, "cuộc", "Đã xong", "Khó khăn: hộ kinh doanh dùng cân trôi nổi, phạt xong lại tái phạm."],
            [2, "Hướng dẫn cơ sở ghi nhãn hàng hóa", 5, "cơ sở", "Đang làm", "Đề xuất: Chi cục mở lớp hướng dẫn ghi nhãn ngay tại xã."],
            [3, "Tuyên truyền trên loa truyền thanh", 6, "tin, bài", "Đã xong", "Làm cùng Đoàn thanh niên"],
        ]), fileName: "nhat-ky.xlsx")
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["hộ kinh doanh dùng cân trôi nổi, phạt xong lại tái phạm"])
        #expect(s.proposals.map { $0.text.trimmed(" .") } == ["Chi cục mở lớp hướng dẫn ghi nhãn ngay tại xã"])
    }
}
