import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of a status said on a line of its own after the item, with a short subject
// around the words that refer back to the item (issue #11 point 4, session 26; vocabulary.yaml
// `status_references.back_references`): "Phường xác định việc này đã làm xong.", "Xã đánh giá
// việc này: còn tiếp tục.", "Việc này phường vẫn đang làm, …". Written in the hand of a
// district sports centre, which no corpus has.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct BackReferenceStatusLineTests {
    @Test func aSubjectBeforeTheWordsReferringBack() throws {
        let s = extract(word(opening + [
            .p("Cử viên chức dự tập huấn. Trung tâm cử 03 viên chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Trung tâm xác định việc này đã làm xong."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(course.status == .completed)
    }

    @Test func aSubjectBeforeAndAfterTheWordsReferringBack() throws {
        let s = extract(word(opening + [
            .p("Kiểm tra đo lường tại nhà thi đấu. Trung tâm phối hợp Chi cục kiểm tra 02 cuộc tại 14 quầy dịch vụ, phát hiện 03 trường hợp vi phạm."),
            .p("Việc này trung tâm vẫn đang làm, dự kiến kiểm tra thêm trong tháng 12."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(checks.status == .inProgress)
    }

    @Test func aSubjectWithNoWordReferringBackIsNoStatusOfTheItem() throws {
        // "Trung tâm đánh giá công tác phối hợp …": the line names work of its own.
        let s = extract(word(opening + [
            .p("Cử viên chức dự tập huấn. Trung tâm cử 03 viên chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Trung tâm đánh giá công tác phối hợp với Tổ chức Năng suất Châu Á: không phát sinh."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(course.status != .notApplicable)
    }
}
