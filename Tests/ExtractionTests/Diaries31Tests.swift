import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of reading work diaries and meeting minutes (set150, set151): a difficulty
// stated inside a dated entry, the job of a dated entry read by its own words and its latest
// status, the discussion of minutes as the report's difficulties, and minutes on another
// subject refused.

private let diaryOpening: [Piece] = [wardHeader, .p("BÁO CÁO"),
                                     .p("Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (nhật ký công việc)")]

@Suite struct DiaryEntriesTests {
    @Test func aDifficultyInsideAnEntryIsAnItemAndItsNumbersNoResult() {
        let v = shippedVocabulary
        let cut = v.items.inlineDifficulties(in: "01 cuộc; 09 cơ sở; vướng: 02 cơ sở kinh doanh LPG đóng cửa khi Đoàn đến, phải hẹn lại", sections: v.sections)
        #expect(cut?.items == ["02 cơ sở kinh doanh LPG đóng cửa khi Đoàn đến, phải hẹn lại"])
        #expect(cut?.kept == "01 cuộc; 09 cơ sở")
        let bracket = v.items.inlineDifficulties(in: "Tham mưu xử phạt 02 trường hợp; 01 đơn không đủ căn cứ xử lý (vướng: người tố giác không cung cấp được chứng cứ).", sections: v.sections)
        #expect(bracket?.items == ["người tố giác không cung cấp được chứng cứ"])
        #expect(bracket?.kept == "Tham mưu xử phạt 02 trường hợp; 01 đơn không đủ căn cứ xử lý.")
        #expect(v.items.inlineDifficulties(in: "- Ngày 12/3/2026: kiểm tra 18 sạp; vướng là nhiều tiểu thương không có mặt tại sạp.", sections: v.sections)?.items
                == ["nhiều tiểu thương không có mặt tại sạp"])
        // A heading of the difficulties is no entry: its items are read as they are.
        #expect(v.items.inlineDifficulties(in: "Khó khăn, vướng mắc: địa bàn rộng, lực lượng mỏng", sections: v.sections) == nil)
        #expect(v.items.inlineDifficulties(in: "Phường đã tổ chức 02 lớp, khó khăn hơn năm trước", sections: v.sections) == nil)

        let s = extract(word(diaryOpening + [
            .p("Tháng 3/2026"),
            .p("- Ngày 12/3/2026: phối hợp Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ (01 cuộc), kiểm tra 18 sạp; vướng là 02 sạp đóng cửa, Tổ phải đi lại nhiều lần."),
        ]))
        #expect(s.difficulties.map(\.text) == ["02 sạp đóng cửa, Tổ phải đi lại nhiều lần"])
        #expect(s.value("II.5.c", "establishments_inspected") == 18)
    }

    @Test func aDatedEntryIsReadByItsOwnWords() {
        let run = ExtractionRun(extractor: extractor, document: word([.p("x")]))
        #expect(run.datedEntryRemainder("- Ngày 10/4/2026: đăng 03 tin, bài trên Trang thông tin điện tử phường.") == "đăng 03 tin, bài trên Trang thông tin điện tử phường.")
        #expect(run.datedEntryRemainder("Thứ Ba, 17/3/2026: góp ý 03 dự thảo QCVN.") == "góp ý 03 dự thảo QCVN.")
        #expect(run.datedEntryRemainder("2. Tuyên truyền pháp luật: đăng 05 tin bài trên trang của phường.") == nil)
        #expect(run.datedEntryRemainder("- Ngày 45/3/2026: đăng 03 tin bài.") == nil)
        // A numbered entry is an item of its own already.
        #expect(run.datedEntryRemainder("2. Ngày 09/4/2026: tổ chức 01 hội nghị tuyên truyền cho 96 hộ kinh doanh.") == nil)
    }

    @Test func theLatestEntryOfAJobSaysItsStatus() {
        let s = extract(word(diaryOpening + [
            .p("Tháng 3/2026"),
            .p("- Ngày 20/3/2026: Tổ ISO rà soát 46 quy trình giải quyết thủ tục hành chính, việc duy trì Hệ thống quản lý chất lượng ISO 9001 đang thực hiện."),
            .p("Tháng 9/2026"),
            .p("- Ngày 22/9/2026: họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng ISO 9001; việc duy trì ISO năm 2026 đến nay đã hoàn thành."),
        ]))
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(!s.findings.contains { $0.code == "status-conflict" })
    }
}

@Suite struct MeetingMinutes31Tests {
    private let minutesOpening: [Piece] = [wardHeader, .p("BIÊN BẢN HỌP GIAO BAN"),
                                           .p("Về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]

    @Test func theDiscussionHoldsTheDifficultiesAndTheConclusionTheStatuses() {
        let s = extract(word(minutesOpening + [
            .p("III. NỘI DUNG CUỘC HỌP"),
            .p("1. Đ/c Nguyễn Hoàng Phúc – Trưởng phòng Kinh tế báo cáo: Phòng đã phối hợp với Chi cục kiểm tra đo lường tại chợ, tổng cộng 03 cuộc, 27 cơ sở."),
            .p("IV. Ý KIẾN THẢO LUẬN"),
            .p("- Phòng Kinh tế phản ánh: Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng."),
            .p("- Đ/c Nguyễn Hoàng Phúc: Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."),
            .p("- Đ/c Võ Thị Mỹ Linh đề xuất: Đề nghị Chi cục cấp phát tài liệu tuyên truyền về đo lường cho phường."),
            .p("V. KẾT LUẬN CỦA CHỦ TRÌ"),
            .p("1. Công tác kiểm tra đo lường tại chợ: ghi nhận Phòng Kinh tế đã hoàn thành kế hoạch kiểm tra năm 2026."),
        ]))
        #expect(s.difficulties.contains { $0.text.contains("Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng") })
        #expect(s.proposals.contains { $0.text.contains("Đề nghị Chi cục cấp phát tài liệu tuyên truyền") })
        // Who spoke is no part of the difficulty.
        #expect(s.difficulties.contains { $0.text.hasPrefix("Phường chưa có công chức chuyên trách") })
        #expect(!s.difficulties.contains { $0.text.contains("hoàn thành kế hoạch kiểm tra") })
        #expect(s.value("II.5.c", "inspections") == 3)
    }

    @Test func minutesOnAnotherSubjectAreRefusedWithTheirTitle() {
        let s = extract(word([wardHeader, .p("BIÊN BẢN HỌP GIAO BAN"),
            .p("Về tiến độ thực hiện chuyển đổi số và Đề án 06 tháng 10/2026"),
            .p("III. NỘI DUNG CUỘC HỌP"),
            .p("1. Đ/c Phạm Quốc Huy – Giám đốc Trung tâm báo cáo:"),
            .p("Trong tháng 10/2026, Trung tâm tiếp nhận 2.418 hồ sơ, trong đó 2.231 hồ sơ trực tuyến; đã số hóa 18.540 hồ sơ."),
            .p("2. Đ/c Lương Văn Nhân – Công an phường báo cáo:"),
            .p("Đã hỗ trợ kích hoạt tài khoản định danh điện tử mức 2 cho 3.215 công dân; rà soát dữ liệu dân cư tại 42 khu phố."),
        ]))
        #expect(s.status == .rejected)
        #expect(s.reason?.contains("chuyển đổi số") == true)
    }
}
