import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction

// Specifications of session 17's task recall rules, in words of their own (not the corpus's):
// work reported under headings the unit sets in bold with no number and no colon, each
// heading over its own task.

private let tasks17Header: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN\nSố: 77/BC-UBND",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 05 tháng 11 năm 2026"]])

@Suite struct Tasks17Tests {
    @Test func aBoldLineWithNoColonIsAHeadingOverItsOwnTask() {
        let s = extract(word([tasks17Header, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("Tuyên truyền cho người bán hàng"),
            .p("+ Phát trên loa của khu phố 12 tin, bài về cân đúng, cân đủ khi mua bán; việc này đã xong."),
            .bold("Góp ý dự thảo quy chuẩn kỹ thuật"),
            .p("+ Gửi ý kiến về 03 dự thảo do Bộ gửi lấy ý kiến; đã xong."),
            .bold("Cân tại chợ đêm theo phân cấp"),
            .p("+ Tổ công tác của phường làm 02 cuộc, xem xét 25 quầy hàng, nhắc nhở 04 trường hợp; vẫn đang làm."),
            .p("II. KHÓ KHĂN"), .p("- Thiếu người làm chuyên trách."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 25)
        #expect(s.entry("II.5.c")?.status == .inProgress)
    }

    @Test func aBoldSentenceOrStatusIsNoHeading() {
        // A bold sentence that ends with its full stop, or a bold status, goes on with the
        // passage it stands in.
        let s = extract(word([tasks17Header, .p("BÁO CÁO"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Về công tác tuyên truyền:"),
            .p("Phường đăng 06 tin bài trên trang thông tin điện tử về đo lường trong mua bán."),
            .bold("Phường phát thêm tờ gấp cho các hộ kinh doanh."),
            .bold("Đã hoàn thành"),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a"])
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    @Test func aBoldLineThatNamesNoTaskEndsThePassageAbove() {
        // A bold part heading whose words name no task: what follows is not the task above's.
        let s = extract(word([tasks17Header, .p("BÁO CÁO"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("Góp ý dự thảo quy chuẩn kỹ thuật"),
            .p("Phường gửi ý kiến về 03 dự thảo do Bộ gửi lấy ý kiến, việc này đã xong."),
            .bold("Phần thứ hai. NGƯỜI LÀM CÔNG TÁC NÀY"),
            .p("Phường đã cử 05 lượt công chức đi dự các lớp tập huấn nghiệp vụ do Chi cục mở trong năm."),
        ]))
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.value("II.2.e", "participants") == nil)
        #expect(s.findings.contains { $0.message.contains("05 lượt") })
    }
}
