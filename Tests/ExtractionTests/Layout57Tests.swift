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
}
