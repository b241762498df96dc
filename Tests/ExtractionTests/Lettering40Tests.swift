import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 40's lettered activities of one task: a unit numbers its own works
// "1. 2. 3." and letters each work's activities "a) b)" — not the plan's letters. A letter
// whose words name the task the item above opened goes on with it; a letter whose words name
// the plan's task of that letter is that task. The words are this file's own.

@Suite struct Lettering40Tests {
    private func report(_ items: [Piece]) -> Submission {
        extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                      .p("I. KẾT QUẢ THỰC HIỆN")] + items))
    }

    @Test func aSecondActivityOfTheSameWorkGoesOnWithIt() {
        let s = report([
            .bold("1. Tuyên truyền về đo lường, chất lượng trên địa bàn phường"),
            .p("a) Đăng 15 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố."),
            .p("b) Lồng ghép nội dung tuyên truyền vào các buổi họp tổ dân phố. Việc tuyên truyền được đánh giá là đã hoàn thành."),
        ])
        #expect(s.value("II.1.a", "communications") == 15)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.1.b") == nil)
    }

    @Test func aLetterNamingThePlansTaskIsThatTask() {
        let s = report([
            .bold("1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng"),
            .p("a) Tổ chức 01 lớp tập huấn văn bản quy phạm pháp luật cho 45 hộ kinh doanh. Đã hoàn thành."),
            .p("b) Vận động 03 doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia. Đang thực hiện."),
        ])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.b", "enterprises_supported") == 3)
        #expect(s.entry("II.1.b")?.status == .inProgress)
    }
}
