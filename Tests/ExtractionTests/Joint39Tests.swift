import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of session 39 (held185): headings numbered with a degree sign, a heading
// that joins two works over one item of each, a bullet that only labels a number under a
// task's heading, and help for productivity told from help with a management system. The
// words are this file's own.

@Suite struct Joint39Tests {
    /// "2° – Kiểm tra theo phân cấp": the degree sign after a group's number is its "." (the
    /// heading is read as "2. Kiểm tra theo phân cấp", no figure "2°").
    @Test func aDegreeSignNumbersAHeading() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
                              .p("1° – Công tác kiểm tra đo lường tại chợ"),
                              .p("·  Phường phối hợp Chi cục kiểm tra 02 cuộc tại 14 cơ sở kinh doanh, 01 cơ sở vi phạm."),
                              .p("→ Tình trạng chung của mục 1°: đang thực hiện.")]))
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(!s.findingCodes.contains("figure-without-task"))
    }

    /// "1. Tuyên truyền và tập huấn cán bộ" (a heading joining two works, close to both) over
    /// "- Đưa 09 tin …" and "- Cử 03 cán bộ dự lớp …": each item is the task its own words
    /// name; the heading is not left ambiguous with its figures unread.
    @Test func aHeadingJoiningTwoWorksStandsOverOneItemOfEach() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
                              .p("1. Tuyên truyền và tập huấn cán bộ"),
                              .p("- Đưa 09 tin về ghi nhãn hàng hóa, cân đối chứng lên loa truyền thanh và trang thông tin điện tử của xã."),
                              .p("- Cử 03 cán bộ dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức."),
                              .p("Tình trạng chung: đã hoàn thành.")]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(!s.findingCodes.contains("task-ambiguous"))
    }

    /// "3- Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: Đang thực hiện" then
    /// "· Tin, bài giới thiệu: 04": a bullet that only labels a number is the heading's figure,
    /// though its words ("tin, bài") are another task's.
    /// Known issue: after an item that states its status on its own line ("3- …: Đang thực
    /// hiện") the bullet is resolved on another path than the bullets under a heading, and
    /// still goes to II.1.a (set49's silent figure); the rule in `labelsOnlyANumber` covers
    /// only bullets under a heading so far.
    @Test func aBulletThatOnlyLabelsANumberIsTheHeadingsFigure() {
        withKnownIssue("session 39: a label-only bullet after a numbered item with its status is still resolved by its words") {
            labelOnlyBullet()
        }
    }

    func labelOnlyBullet() {
        let s = extract(word([.table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 77/BC-TĐC",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026"]]),
                              .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"), .p("II- KẾT QUẢ CỤ THỂ"),
                              .p("3- Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: Đang thực hiện"),
                              .p("· Tin, bài giới thiệu: 04"),
                              .p("· Doanh nghiệp được hướng dẫn hồ sơ: 08"),
                              .p("4- Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng: Đang thực hiện"),
                              .p("· Số cuộc: 06")]))
        #expect(s.value("II.1.b", "communications") == 4)
        #expect(s.value("II.1.a", "communications") == nil)
    }

    /// "Hỗ trợ DN nâng cao năng suất chất lượng (CT 1322)": raising productivity and quality is
    /// the programme's aim (II.2.a), though "hỗ trợ doanh nghiệp" is also the words of help
    /// with management systems and declarations (II.2.d).
    @Test func helpToRaiseProductivityIsTheProgrammes() {
        let s = extract(workbook([
            ["UBND PHƯỜNG THUẬN AN"],
            ["Số: 210/BC-UBND"],
            ["Thuận An, ngày 18/11/2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026"],
            ["STT", "Nội dung", "Kết quả", "Tiến độ"],
            [1, "Hỗ trợ DN nâng cao năng suất chất lượng (CT 1322)", "Giới thiệu 05 DN đăng ký tham gia chương trình của Chi cục", "Đang thực hiện"],
            [2, "Tuyên truyền về đo lường, chất lượng", "Đăng 06 tin trên trang thông tin điện tử phường", "Hoàn thành"],
        ]), fileName: "bao-cao.xlsx")
        #expect(s.entry("II.2.a") != nil)
        #expect(s.entry("II.2.d") == nil)
    }

    /// "Việc 3: năng suất chất lượng khu vực công. … Không phát sinh.": productivity in public
    /// offices is the work with APO (II.6.b), not the courses on productivity (II.3.b), though
    /// both say "năng suất chất lượng".
    @Test func productivityInPublicOfficesIsTheWorkWithAPO() {
        let s = extract(word([.table([["UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG\nSố: 512/SCT-QLTM",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026"]]),
                              .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                              .p("Sở Công Thương báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 như sau:"),
                              .p("Việc 1: góp ý quy chuẩn. Sở đã góp ý 2 dự thảo QCVN theo đề nghị của Bộ. Xong rồi."),
                              .p("Việc 2: năng suất chất lượng khu vực công. Năm nay Sở không có yêu cầu phối hợp nội dung này. Không phát sinh.")]))
        #expect(s.entry("II.6.b")?.status == .notApplicable)
        #expect(s.entry("II.3.b") == nil)
    }

    /// "Vẫn làm đều." closing a work's sentence: the work goes on as it has (in progress).
    @Test func workGoingOnAsItHasIsInProgress() {
        let s = extract(word([.table([["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN\n———\nSố: 125/UBND-KT",
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 28 tháng 10 năm 2026"]]),
                              .p("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố"),
                              .p("UBND phường Sài Gòn báo cáo kết quả thực hiện KH CT38 năm 2026 như sau:"),
                              .p("Việc 1: phối hợp kiểm tra. Phường cùng Chi cục kiểm tra 3 cuộc tại 9 cửa hàng xăng dầu, không có vi phạm. Xong rồi."),
                              .p("Việc 2: tuyên truyền. Đăng 11 tin trên trang thông tin điện tử phường và nhóm Zalo khu phố. Vẫn làm đều."),
                              .p("Việc 3: cử cán bộ tập huấn. Cử 2 người dự lớp của Chi cục. Xong.")]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entry("II.3.a")?.status == .completed)
    }
}
