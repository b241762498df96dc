import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses said on a line of their own after the item they belong to
// (issue #11, session 22): an item whose passage ends with its paragraph (a run-in title
// with no number, a paragraph read clause by clause) is followed by "Tiến độ …: …" or
// "Nội dung này đến nay …" — the status of that item's task, not a passage of no task.
// Written in the hand of a district sports centre, which no corpus has.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct FollowingStatusLineTests {
    @Test func aLabelledStatusLineAfterARunInItemIsThatItemsStatus() throws {
        let s = extract(word(opening + [
            .p("Kiểm tra đo lường tại nhà thi đấu. Trung tâm phối hợp Chi cục kiểm tra 02 cuộc tại 14 quầy dịch vụ, phát hiện 03 trường hợp vi phạm."),
            .p("Tiến độ so với Kế hoạch: đang thực hiện, dự kiến hoàn thành trong Quý IV/2026."),
            .p("Cử viên chức dự tập huấn. Trung tâm cử 03 viên chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Tiến độ so với Kế hoạch: đã hoàn thành."),
        ]))
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(checks.status == .inProgress)
        #expect(course.status == .completed)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }

    @Test func aLineReferringBackToTheWorkIsThatItemsStatus() throws {
        let s = extract(word(opening + [
            .p("Cử viên chức dự tập huấn. Trung tâm cử 03 viên chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Nội dung này đến nay vẫn đang triển khai."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(course.status == .inProgress)
    }

    @Test func aLineThatNamesWorkOfItsOwnIsNotTheItemAbovesStatus() throws {
        // After the leads come other words than the status: the line speaks of other work.
        let s = extract(word(opening + [
            .p("Cử viên chức dự tập huấn. Trung tâm cử 03 viên chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            .p("Nhiệm vụ phối hợp với Tổ chức Năng suất Châu Á: không phát sinh."),
        ]))
        let course = try #require(s.entries.first { $0.indicators[IndicatorID("participants")] != nil })
        #expect(course.status != .notApplicable)
    }
}
