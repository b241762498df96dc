import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 57: layouts of the held-out sets 281–285, opened this round. Units and figures here
// are this file's own.

private let centreHeader: Piece = .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 612/TTPTTN-KHTH",
                                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"]])

private let deptHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG\nSố: 5120/BC-SXD",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026"]])

@Suite struct Layout57Tests {
    /// One small table under each heading, "Việc đã làm | Con số | Tình trạng", whose figures
    /// are "label — number" lines. A row such as "Tổ chức lớp tập huấn … | Lớp tập huấn — 01 ⏎
    /// Công chức tham dự — 70 | Đã hoàn thành" names columns in its labels, and was taken for
    /// a table's header: its figures and its status were never read.
    @Test func aRowOfLabelledFiguresIsNoTableHeader() {
        let s = extract(word([deptHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tập huấn cho công chức ngành xây dựng"),
            .table([["Việc đã làm", "Con số", "Tình trạng"],
                    ["Tổ chức lớp tập huấn về quản lý chất lượng vật liệu xây dựng cho công chức Sở và công chức phường, xã.",
                     "Lớp tập huấn — 02\nCông chức tham dự — 85", "Đã hoàn thành"]]),
            .p("2. Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .table([["Việc đã làm", "Con số", "Tình trạng"],
                    ["Đăng tin, bài về Ngày Đo lường Việt Nam trên Cổng thông tin của Sở.", "Tin, bài — 09", "Đang thực hiện"]]),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("1. Kinh phí còn hạn chế."),
        ]))
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 85)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .inProgress)
    }

    /// A paragraph under a task's heading whose later clause is close, by its own words,
    /// between the task being read and another ("… phối hợp Chi cục tổ chức 01 buổi phổ biến
    /// quy định về đo lường … với 72 lượt người tham dự": II.1.a or II.5.c) goes on with the task
    /// being read. Before, its figures were set aside in a finding naming both tasks.
    @Test func aClauseCloseToTheTaskBeingReadStaysWithIt() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Đối với việc tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng, Ủy ban nhân dân phường đã chỉ đạo đăng 08 tin, bài trên Trang thông tin điện tử phường; và chia sẻ qua nhóm Zalo của 38 tổ dân phố; phối hợp Chi cục tổ chức 01 buổi phổ biến quy định về đo lường trong mua bán và ghi nhãn hàng hóa tại Nhà văn hóa phường với 64 lượt người tham dự, chủ yếu là hộ kinh doanh tại chợ."),
            .p("– Tiến độ: đang tiếp tục thực hiện."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.value("II.1.a", "training_courses") == 1)
        #expect(s.value("II.1.a", "participants") == 64)
        #expect(!s.findingCodes.contains("task-ambiguous"))
    }

    /// "Hoạt động 3. Tập huấn …": a department numbers its items by the word "Hoạt động"
    /// (vocabulary.yaml `item_number_words`). The number is no figure, and the heading is read
    /// as "2. …" — its status words opening the title ("Duy trì, liên kết chuẩn đo lường")
    /// name the work, while "Đến nay, hoạt động này đã hoàn thành." under it is the status.
    @Test func itemsNumberedByTheWordHoatDong() {
        let s = extract(word([centreHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Hoạt động 1. Góp ý dự thảo quy chuẩn kỹ thuật quốc gia"),
            .p("Trung tâm đã góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Khoa học và Công nghệ gửi lấy ý kiến."),
            .p("Đến nay, hoạt động này đã hoàn thành."),
            .p("Hoạt động 2. Duy trì, liên kết chuẩn đo lường"),
            .p("Trung tâm đã gửi hiệu chuẩn 14 chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia."),
            .p("Đến nay, hoạt động này đã hoàn thành."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("- Không có."),
        ]))
        #expect(s.value("II.2.e", "standards_reviewed") == 5)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.4.c")?.status == .completed)
        #expect(!s.findings.contains { $0.message.contains("Hoạt động 1") || $0.message.contains("Hoạt động 2") })
    }

    /// "Mã HĐ | Nội dung công việc | Hoạt động đã thực hiện | … | Số lượng | ĐVT": beside the
    /// work's name, what was done told in words, the row's main count in the number column.
    /// The telling's other figures ("Kiểm tra 22 cơ sở …; 02 cơ sở vi phạm, phạt 30.000.000
    /// đồng" beside "4 | cuộc") are results too; before, they were quoted as unread.
    @Test func figuresToldBesideTheWorksNameAreRead() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"], ["SỞ Y TẾ"], ["Số: 8841/BC-SYT"], ["Ngày báo cáo: 10/11/2026"], [],
            ["BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"], [],
            ["Mã HĐ", "Nội dung công việc", "Hoạt động đã thực hiện", "Thời gian", "Số lượng", "ĐVT", "Tình trạng"],
            ["HĐ-01", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Đánh giá nội bộ tại các phòng chuyên môn thuộc Sở", "Tháng 6/2026", nil, nil, "Hoàn thành"],
            ["HĐ-02", "Kiểm tra chất lượng trang thiết bị y tế", "Kiểm tra 22 cơ sở kinh doanh trang thiết bị y tế; 02 cơ sở vi phạm, phạt 30.000.000 đồng", "Tháng 4 – 10/2026", 4, "cuộc", "Đang triển khai"],
        ]), fileName: "syt.xlsx")
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 22)
        #expect(s.value("II.5.a", "violations") == 2)
        #expect(s.value("II.5.a", "fines_vnd") == 30_000_000)
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }
}
