import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReviewDesk

/// A backend that records what the desk asks of it: these tests are about HTTP, sessions,
/// CSRF and escaping; the ledger-backed backend has its own tests.
final class RecordingBackend: DeskBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var _actions: [(DeskAction, String)] = []
    var actions: [(DeskAction, String)] { lock.withLock { _actions } }
    var message = "Số liệu “12 hộ” chưa đọc được"

    func snapshot() throws -> DeskSnapshot {
        DeskSnapshot(
            planTitle: "Kế hoạch CT38 năm 2026", asOf: "2026-11-30",
            groups: [DeskGroupCompleteness(label: "Phường, xã, đặc khu", expected: 168, onTime: 150, late: 5, unreadable: 1, missing: 12)],
            units: [DeskUnit(id: "26740", name: "Phường Sài Gòn", reporting: "trễ hạn", reportingKind: .late, phone: "028 1234",
                             email: nil, group: "Phường, xã, đặc khu",
                             submissions: [DeskSubmission(id: 7, file: "bc.docx", receivedAt: "2026-11-20", number: "12/BC-UBND",
                                                          date: "2026-11-18", current: true)],
                             entries: [DeskEntry(ordinal: 0, task: "II.5.c", taskTitle: "Kiểm tra", status: "Đang thực hiện", statusCorrected: false,
                                                 figures: [DeskFigure(entry: 0, task: "II.5.c", indicator: "inspections", indicatorLabel: "Cuộc kiểm tra",
                                                                      value: 1250, place: "table 1 row 2", corrected: false)])])],
            findings: [DeskFinding(id: "f1", unitID: "26740", unitName: "Phường Sài Gòn", task: "II.5.c", kind: "figure-unrecognized",
                                   kindLabel: "Số liệu chưa đọc được", severity: .blocking, message: message,
                                   quote: "<script>alert(1)</script>", place: "word/document.xml table 1 row 3 cell 2",
                                   file: "<script>alert(1)</script>.docx", submissionID: 7)],
            refused: [], changes: ["Nhận thêm 2 báo cáo"], tasks: [(code: "II.5.c", title: "Kiểm tra")],
            indicators: [(id: "inspections", label: "Cuộc kiểm tra")], statuses: [(id: "completed", label: "Đã hoàn thành")])
    }
    func context(ofFinding id: String) throws -> DeskPassage? {
        DeskPassage(file: "bc.docx", place: "table 1 row 3", rows: [[.init(text: "Kiểm tra", highlighted: false), .init(text: "=HYPERLINK(\"x\")", highlighted: true)]])
    }
    func passage(submissionID: Int64, at location: String) throws -> DeskPassage? { try context(ofFinding: "f1") }
    func apply(_ action: DeskAction, by officer: String) throws -> DeskReceipt {
        if case .resolveFinding(let id, _) = action, id != "f1" { throw DeskError(.notFound, "Không có phát hiện mã \(id).") }
        lock.withLock { _actions.append((action, officer)) }
        return DeskReceipt(decisionID: "d\(actions.count)", changes: ["Đã ghi quyết định."])
    }
    func teaching(_ id: String) throws -> DeskTeaching? { nil }
    func buildReport(by officer: String) throws -> DeskReceipt { DeskReceipt(decisionID: nil, changes: ["Đã lập báo cáo."]) }
    func reminderLetter() throws -> (fileName: String, bytes: [UInt8]) { ("Công văn đôn đốc.docx", Array("PK".utf8)) }
    func decisions() throws -> [DeskDecision] { [] }
    func reportPreview() throws -> [String] { ["Đoạn mở đầu."] }
    var outboxDescription: String { "Outbox" }
}

struct FixedAccounts: DeskAccounts {
    var users: [String: String] = [:]
    func hasAccounts() throws -> Bool { !users.isEmpty }
    func passwordHash(of name: String) throws -> String? { users[name] }
}

func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

func csrf(in html: String) -> String? {
    guard let r = html.range(of: #"name="csrf" value=""#) else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

func cookie(from response: TestResponse) -> String? {
    guard let set = response.headers[.setCookie] else { return nil }
    return set.split(separator: ";").first.map(String.init)
}

@Suite("Review desk over HTTP")
struct DeskHTTPTests {
    func desk(_ backend: RecordingBackend = RecordingBackend(), accounts: FixedAccounts = FixedAccounts(), host: String = "127.0.0.1") throws -> DeskServer {
        try DeskServer(backend: backend, accounts: accounts, options: .init(host: host, port: 0, localOfficer: "canbo"))
    }

    @Test func loopbackWithoutAccountsOpensASessionAndEscapesEverything() async throws {
        let app = try desk().application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let set = response.headers[.setCookie] ?? ""
                #expect(set.contains("HttpOnly"))
                #expect(set.contains("SameSite=Strict"))
                let page = text(response.body)
                #expect(page.contains("Việc cần làm trước khi ký báo cáo"))
                #expect(!page.contains("<script>alert(1)</script>"))
                #expect(page.contains("&lt;script&gt;"))
                #expect(!page.contains("figure-unrecognized"), "no English codes on screen")
            }
        }
    }

    @Test func actionsNeedTheSessionsCSRFToken() async throws {
        let backend = RecordingBackend()
        let app = try desk(backend).application()
        try await app.test(.router) { client in
            var sessionCookie = ""
            var token = ""
            try await client.execute(uri: "/findings/f1", method: .get) { response in
                #expect(response.status == .ok)
                sessionCookie = cookie(from: response) ?? ""
                token = csrf(in: text(response.body)) ?? ""
                #expect(text(response.body).contains("=HYPERLINK(&quot;x&quot;)"))
            }
            #expect(!token.isEmpty)
            // No token: refused, nothing recorded.
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1&note=ok")) { response in
                #expect(response.status == .forbidden)
            }
            // A wrong token: refused.
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1&csrf=AAAA")) { response in
                #expect(response.status == .forbidden)
            }
            #expect(backend.actions.isEmpty)
            // The right token: applied, then sent back with what changed.
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1&note=%C4%91%C3%A3+xem&back=%2Ffindings%2Ff1&csrf=\(token)")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/findings/f1")
            }
            #expect(backend.actions.count == 1)
            #expect(backend.actions.first?.0 == .resolveFinding(id: "f1", note: "đã xem"))
            #expect(backend.actions.first?.1 == "canbo")
        }
    }

    @Test func unknownIdsBadValuesAndBigBodiesAreRefusedPlainly() async throws {
        let backend = RecordingBackend()
        let app = try desk(backend).application()
        try await app.test(.router) { client in
            var sessionCookie = "", token = ""
            try await client.execute(uri: "/report", method: .get) { r in sessionCookie = cookie(from: r) ?? ""; token = csrf(in: text(r.body)) ?? "" }
            try await client.execute(uri: "/findings/nope", method: .get, headers: [.cookie: sessionCookie]) { r in
                #expect(r.status == .notFound)
                #expect(text(r.body).contains("Không có phát hiện mã nope"))
            }
            try await client.execute(uri: "/units/00000", method: .get, headers: [.cookie: sessionCookie]) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/actions/figure", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "submission=7&entry=0&indicator=inspections&value=abc&csrf=\(token)")) { r in
                #expect(r.status == .badRequest)
                #expect(text(r.body).contains("không phải là một số"))
            }
            try await client.execute(uri: "/actions/unknown", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf=\(token)")) { r in
                #expect(r.status == .notFound)
            }
            let big = String(repeating: "a", count: 200 * 1024)
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1&note=\(big)&csrf=\(token)")) { r in
                #expect(r.status == .contentTooLarge)
            }
            // A redirect target outside the desk is ignored.
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1&back=%2F%2Fevil.example&csrf=\(token)")) { r in
                #expect(r.status == .seeOther)
                #expect(r.headers[.location] == "/")
            }
            try await client.execute(uri: "/actions/figure", method: .post,
                                     headers: [.cookie: sessionCookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "submission=7&entry=0&indicator=inspections&value=1.250&csrf=\(token)")) { r in
                #expect(r.status == .seeOther)
            }
        }
        #expect(backend.actions.last?.0 == .correctFigure(submissionID: 7, entry: 0, indicator: "inspections", value: 1250,
                                                          newIndicator: nil, newTask: nil, note: ""))
    }

    @Test func beyondTheLoopbackItNeedsAccountsAndALogin() async throws {
        #expect(throws: DeskServer.Refusal.self) { _ = try desk(host: "0.0.0.0").application() }
        let hash = Passwords.hash("mật khẩu dài")
        let backend = RecordingBackend()
        let app = try desk(backend, accounts: FixedAccounts(users: ["lan": hash]), host: "0.0.0.0").application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.status == .seeOther)
                #expect(r.headers[.location] == "/login")
            }
            try await client.execute(uri: "/actions/resolve", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "finding=f1")) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "name=lan&password=sai")) { r in
                #expect(r.status == .unauthorized)
            }
            var sessionCookie = ""
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "name=lan&password=m%E1%BA%ADt+kh%E1%BA%A9u+d%C3%A0i")) { r in
                #expect(r.status == .seeOther)
                sessionCookie = cookie(from: r) ?? ""
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: sessionCookie]) { r in
                #expect(r.status == .ok)
                #expect(text(r.body).contains("lan"))
            }
        }
        #expect(backend.actions.isEmpty)
    }

    @Test func numbersAndDatesAreReadTheVietnameseWay() throws {
        #expect(VietNumberInput.parse("1.250") == 1250)
        #expect(VietNumberInput.parse("20.500.000") == 20_500_000)
        #expect(VietNumberInput.parse("15,5") == 15.5)
        #expect(VietNumberInput.parse("15.5") == 15.5)
        #expect(VietNumberInput.parse("12 hộ") == nil)
        #expect(try VietDateInput.iso("05/01/2027") == "2027-01-05")
        #expect(throws: DeskError.self) { try VietDateInput.iso("31/02/2026") }
        #expect(isLoopback(host: "127.0.0.1") && isLoopback(host: "localhost") && isLoopback(host: "::1"))
        #expect(!isLoopback(host: "0.0.0.0") && !isLoopback(host: "192.168.1.5"))
    }
}
