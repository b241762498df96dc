import Foundation
import Hummingbird
import Logging
import NIOCore

/// The request context of the desk: small bodies only (forms of a few fields).
public struct DeskContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public init(source: ApplicationRequestContextSource) { self.coreContext = .init(source: source) }
    /// A form of the desk is a few hundred bytes; 64 KiB leaves room for long notes and
    /// refuses anything else before it is read.
    public var maxUploadSize: Int { 64 * 1024 }
}

/// `tonghop review`: the officer's review desk, a web application over the ledger.
public struct DeskServer: Sendable {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        /// Who decides when nobody logs in (loopback without accounts): the system user.
        public var localOfficer: String
        public init(host: String = "127.0.0.1", port: Int = 8080, localOfficer: String) {
            self.host = host; self.port = port; self.localOfficer = localOfficer
        }
    }

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    let backend: any DeskBackend
    let accounts: any DeskAccounts
    let options: Options
    let pages: Pages

    public init(backend: any DeskBackend, accounts: any DeskAccounts, options: Options) throws {
        self.backend = backend
        self.accounts = accounts
        self.options = options
        self.pages = try Pages()
    }

    /// Whether officers must log in: always when accounts exist; a bind beyond the loopback
    /// without accounts is refused before it starts.
    func loginRequired() throws -> Bool {
        if try accounts.hasAccounts() { return true }
        guard isLoopback(host: options.host) else {
            throw Refusal(description: "Bàn rà soát chỉ mở trên địa chỉ \(options.host) khi đã có tài khoản: tạo tài khoản bằng `tonghop users add TÊN` rồi chạy lại (không có tài khoản thì chỉ mở trên 127.0.0.1).")
        }
        return false
    }

    /// The application, ready to run (or to test with HummingbirdTesting).
    public func application(onRunning: @escaping @Sendable (String) async -> Void = { _ in })
        throws -> some ApplicationProtocol
    {
        let login = try loginRequired()
        let router = Router(context: DeskContext.self)
        let routes = Routes(backend: backend, accounts: accounts, pages: pages, sessions: SessionStore(),
                            loginRequired: login, localOfficer: options.localOfficer)
        routes.register(on: router)
        var logger = Logger(label: "tonghop.review")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "tonghop"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let host = options.host.contains(":") ? "[\(options.host)]" : options.host
                await onRunning("http://\(host):\(port)/")
            },
            logger: logger)
    }
}

extension DeskServer {
    /// Serves until SIGINT or SIGTERM (requests in flight are finished first).
    public func run(onRunning: @escaping @Sendable (String) async -> Void) async throws {
        try await application(onRunning: onRunning).runService()
    }
}

/// The desk's routes. Every page is rendered from the backend's snapshot of the moment; every
/// form posts an action with the session's CSRF token and is answered by a redirect (303), so
/// a reload never repeats an action.
struct Routes: Sendable {
    let backend: any DeskBackend
    let accounts: any DeskAccounts
    let pages: Pages
    let sessions: SessionStore
    let loginRequired: Bool
    let localOfficer: String

    static let cookieName = "tonghop_desk"

    func register(on router: Router<DeskContext>) {
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Pages.css)))
        }
        router.get("/login") { request, _ in
            try await page(request, needsSession: false) { _ in try pages.login(error: nil) }
        }
        router.post("/login") { request, context in
            let form = try await readForm(request, context)
            let name = form["name"] ?? "", password = form["password"] ?? ""
            if let hash = try accounts.passwordHash(of: name), Passwords.verify(password, hash: hash) {
                let (id, _) = await sessions.open(officer: name)
                var response = redirect("/")
                response.setCookie(sessionCookie(id))
                return response
            }
            return html(try pages.login(error: "Tên đăng nhập hoặc mật khẩu không đúng."), status: .unauthorized)
        }
        router.post("/logout") { request, context in
            let (_, sid) = try await requireSession(request)
            _ = try await checkedForm(request, context, sid: sid)
            await sessions.close(sid)
            var response = redirect("/login")
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }

        router.get("/") { request, _ in
            try await page(request) { s in try pages.overview(backend.snapshot(), session: s) }
        }
        router.get("/findings") { request, _ in
            let q = request.uri.queryParameters
            let filter = FindingFilter(unit: q.get("unit"), task: q.get("task"), kind: q.get("kind"),
                                       severity: q.get("severity"), state: q.get("state") ?? "open")
            return try await page(request) { s in try pages.findings(backend.snapshot(), filter: filter, session: s) }
        }
        router.get("/findings/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await page(request) { s in
                let snapshot = try backend.snapshot()
                guard let finding = snapshot.findings.first(where: { $0.id == id }) else {
                    throw DeskError(.notFound, "Không có phát hiện mã \(id).")
                }
                let numbers = finding.state == .open ? try backend.numbers(ofFinding: id) : []
                return try pages.finding(finding, passage: backend.context(ofFinding: id), numbers: numbers, snapshot: snapshot, session: s)
            }
        }
        router.get("/passage") { request, _ in
            let q = request.uri.queryParameters
            guard let sid = q.get("submission").flatMap({ Int64($0) }), let at = q.get("at"), !at.isEmpty, at.count <= 300 else {
                return try await page(request) { _ in throw DeskError(.notFound, "Không có vị trí này.") }
            }
            let unit = q.get("unit").flatMap { Self.safeBack("/units/" + $0) } ?? "/units"
            return try await page(request) { s in
                try pages.passage(backend.passage(submissionID: sid, at: at), place: at, back: unit, session: s)
            }
        }
        router.get("/units") { request, _ in
            try await page(request) { s in try pages.units(backend.snapshot(), session: s) }
        }
        router.get("/units/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await page(request) { s in
                let snapshot = try backend.snapshot()
                guard let unit = snapshot.units.first(where: { $0.id == id }) else {
                    throw DeskError(.notFound, "Không có đơn vị mã \(id).")
                }
                return try pages.unit(unit, snapshot: snapshot, session: s)
            }
        }
        router.get("/taught/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await page(request) { s in
                guard let t = try backend.teaching(id) else { throw DeskError(.notFound, "Không có lần dạy mã \(id).") }
                return try pages.taught(t, session: s)
            }
        }
        router.get("/refused/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await page(request) { s in
                let snapshot = try backend.snapshot()
                guard let r = snapshot.refused.first(where: { $0.submissionID.map(String.init) == id }) else {
                    throw DeskError(.notFound, "Không có tệp không đọc được mã \(id).")
                }
                return try pages.refused(r, snapshot: snapshot, session: s)
            }
        }
        router.get("/decisions") { request, _ in
            try await page(request) { s in try pages.decisions(backend.decisions(), session: s) }
        }
        router.get("/report") { request, _ in
            try await page(request) { s in
                try pages.report(backend.snapshot(), preview: backend.reportPreview(), decisions: backend.decisions(),
                                 outbox: backend.outboxDescription, session: s)
            }
        }
        router.get("/reminder.docx") { request, _ in
            guard (try? await requireSession(request)) != nil else { return redirect("/login") }
            let letter: (fileName: String, bytes: [UInt8])
            do { letter = try await offload { try backend.reminderLetter() } } catch { return failure(error) }
            let encoded = letter.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "cong-van.docx"
            return Response(status: .ok, headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                .contentDisposition: "attachment; filename=\"cong-van-don-doc.docx\"; filename*=UTF-8''\(encoded)",
                .cacheControl: "no-store",
            ], body: .init(byteBuffer: ByteBuffer(bytes: letter.bytes)))
        }

        router.post("/report/build") { request, context in
            try await act(request, context, back: "/report") { officer, _ in try backend.buildReport(by: officer) }
        }
        router.post("/actions/:kind") { request, context in
            let kind = try context.parameters.require("kind")
            return try await act(request, context, back: nil) { officer, form in
                try backend.apply(try Self.action(kind: kind, form: form), by: officer)
            }
        }
    }

    // MARK: - Actions from forms

    /// The action a form names, with its fields checked; a missing or malformed field is a
    /// `DeskError.invalid` that the officer sees as it is.
    static func action(kind: String, form: [String: String]) throws -> DeskAction {
        func field(_ name: String) throws -> String {
            guard let v = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else {
                throw DeskError(.invalid, "Thiếu trường “\(name)”.")
            }
            return v
        }
        func optional(_ name: String) -> String? {
            guard let v = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
            return v
        }
        func id(_ name: String) throws -> Int64 {
            guard let v = Int64(try field(name)), v >= 0 else { throw DeskError(.invalid, "“\(name)” không phải là mã hợp lệ.") }
            return v
        }
        func ordinal(_ name: String) throws -> Int {
            guard let v = Int(try field(name)), v >= 0, v < 100_000 else { throw DeskError(.invalid, "“\(name)” không phải là mã hợp lệ.") }
            return v
        }
        let note = optional("note") ?? ""
        switch kind {
        case "resolve": return .resolveFinding(id: try field("finding"), note: note)
        case "dismiss": return .dismissFinding(id: try field("finding"), note: note)
        case "figure":
            var value: Double? = nil
            if let v = optional("value") {
                guard let n = VietNumberInput.parse(v) else {
                    throw DeskError(.invalid, "“\(v)” không phải là một số (viết 1.250 hoặc 15,5).")
                }
                value = n
            }
            return .correctFigure(submissionID: try id("submission"), entry: try ordinal("entry"), indicator: try field("indicator"),
                                  value: value, newIndicator: optional("newIndicator"), newTask: optional("newTask"), note: note)
        case "status":
            return .correctStatus(submissionID: try id("submission"), entry: try ordinal("entry"), status: try field("status"), note: note)
        case "submission":
            return .correctSubmission(submissionID: try id("submission"), unitID: optional("unit"),
                                      date: try optional("date").map(VietDateInput.iso), number: optional("number"), note: note)
        case "assign":
            let task = try field("task")
            return .assignEntry(submissionID: try id("submission"), entry: try ordinal("entry"), task: task == "none" ? nil : task, note: note)
        case "assign-finding":
            let task = try field("task")
            func number(_ v: String) throws -> Double {
                guard let n = VietNumberInput.parse(v) else { throw DeskError(.invalid, "“\(v)” không phải là một số (viết 1.250 hoặc 15,5).") }
                return n
            }
            var figures: [DeskPlacedFigure] = []
            // The numbers ticked on the form: pick.N, with indicator.N and value.N beside it.
            let picked = Set(form.keys.compactMap { k in k.hasPrefix("pick.") ? Int(k.dropFirst(5)) : nil }).sorted()
            guard picked.count <= 100 else { throw DeskError(.invalid, "Quá nhiều số liệu trong một lần gán.") }
            // One number without tick boxes (the form before several could be placed at once).
            let single: [(String?, String?)] = optional("indicator") != nil || optional("value") != nil ? [(optional("indicator"), optional("value"))] : []
            for (k, (indicator, raw)) in (picked.map { (optional("indicator.\($0)"), optional("value.\($0)")) } + single).enumerated() {
                guard let raw else {
                    throw DeskError(.invalid, "Chưa nhập giá trị của số liệu thứ \(k + 1)" + (indicator.map { " (chỉ tiêu “\($0)”)" } ?? "") + ".")
                }
                let value = try number(raw)
                guard let indicator else { throw DeskError(.invalid, "Chưa chọn chỉ tiêu cho giá trị \(raw).") }
                figures.append(DeskPlacedFigure(indicator: indicator, value: value))
            }
            return .assignFinding(id: try field("finding"), task: task == "none" ? nil : task, figures: figures,
                                  status: optional("status"), note: note)
        case "teach-status": return .teachStatus(phrase: try field("phrase"), status: try field("status"), note: note)
        case "teach-indicator": return .teachIndicator(label: try field("label"), indicator: try field("indicator"), note: note)
        case "teach-alias": return .teachAlias(alias: try field("alias"), unitID: try field("unit"), note: note)
        case "accept":
            var figures: [String: Double] = [:]
            for (k, v) in form.sorted(by: { $0.key < $1.key }) where k.hasPrefix("fig.") && !v.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let n = VietNumberInput.parse(v) else { throw DeskError(.invalid, "“\(v)” không phải là một số.") }
                figures[String(k.dropFirst(4))] = n
            }
            return .acceptByHand(submissionID: try id("submission"), unitID: try field("unit"),
                                 date: try optional("date").map(VietDateInput.iso), task: try field("task"),
                                 status: try field("status"), figures: figures, note: note)
        case "revert":
            let d = try field("decision")
            guard d.count <= 24, let first = d.first, first == "d" || first == "e", Int64(d.dropFirst()) != nil else {
                throw DeskError(.invalid, "“decision” không phải là mã hợp lệ.")
            }
            return .revert(decisionID: d, note: note)
        default: throw DeskError(.notFound, "Không có thao tác “\(kind)”.")
        }
    }

    // MARK: - Plumbing

    /// Renders a page for a logged-in officer (or sends them to log in).
    func page(_ request: Request, needsSession: Bool = true,
              _ render: @escaping @Sendable (SessionView) throws -> String) async throws -> Response {
        if !needsSession { return html(try render(SessionView(officer: "", csrf: "", loginRequired: loginRequired))) }
        guard let (session, sid) = try? await requireSession(request) else { return redirect("/login") }
        let flash = await sessions.takeFlash(sid)
        do {
            var view = SessionView(officer: session.officer, csrf: session.csrf, loginRequired: loginRequired)
            view.flash = flash
            let shown = view
            let rendered = try await offload { try render(shown) }
            var response = html(rendered)
            if let newID = sid, request.cookies[Self.cookieName]?.value != newID { response.setCookie(sessionCookie(newID)) }
            return response
        } catch {
            return failure(error)
        }
    }

    /// A refusal as the officer reads it: what was wrong (404 for an unknown id, 400 for a
    /// value), or that the desk could not do it (500, with the reason for the operator).
    func failure(_ error: any Error) -> Response {
        if let e = error as? DeskError {
            return html((try? pages.error(e)) ?? e.message, status: e.kind == .notFound ? .notFound : .badRequest)
        }
        let e = DeskError(.invalid, "Bàn rà soát không thực hiện được việc này (\(error)). Hãy báo cho người quản trị; xem Nhật ký để biết điều gì đã được ghi.")
        return html((try? pages.error(e)) ?? e.message, status: .internalServerError)
    }

    /// Runs an action posted from a form: session and CSRF checked, the action applied, the
    /// officer sent back to the page they came from with what it changed.
    func act(_ request: Request, _ context: DeskContext, back: String?,
             _ perform: @escaping @Sendable (String, [String: String]) throws -> DeskReceipt) async throws -> Response {
        guard let (session, sid) = try? await requireSession(request) else {
            return html(try pages.error(DeskError(.invalid, "Phiên làm việc đã hết hạn: đăng nhập lại.")), status: .unauthorized)
        }
        let form = try await checkedForm(request, context, sid: sid)
        let target = Self.safeBack(form["back"]) ?? back ?? "/"
        do {
            let officer = session.officer
            let receipt = try await offload { try perform(officer, form) }
            await sessions.flash(sid, receipt.changes.isEmpty ? ["Đã ghi nhận."] : receipt.changes)
            return redirect(receipt.next.flatMap { Self.safeBack($0) } ?? target)
        } catch {
            return failure(error)
        }
    }

    /// Only a path of this desk ("/units/26740"), never another site.
    static func safeBack(_ s: String?) -> String? {
        guard let s, s.hasPrefix("/"), !s.hasPrefix("//"), !s.contains("\\"), s.count < 300 else { return nil }
        return s
    }

    /// The session of the request; on a loopback desk without accounts, one is opened for
    /// the local officer on first visit.
    func requireSession(_ request: Request) async throws -> (SessionStore.Session, String?) {
        let sid = request.cookies[Self.cookieName]?.value
        if let s = await sessions.session(sid) { return (s, sid) }
        if loginRequired { throw HTTPError(.unauthorized) }
        let (id, s) = await sessions.open(officer: localOfficer)
        return (s, id)
    }

    /// The form's fields, after checking that it carries the session's CSRF token.
    func checkedForm(_ request: Request, _ context: DeskContext, sid: String?) async throws -> [String: String] {
        let form = try await readForm(request, context)
        guard let sid, let session = await sessions.session(sid),
              let token = form["csrf"], constantTimeEqual(token, session.csrf) else {
            throw HTTPError(.forbidden, message: "Biểu mẫu thiếu mã bảo vệ hoặc mã đã hết hạn: tải lại trang rồi thử lại.")
        }
        return form
    }

    func readForm(_ request: Request, _ context: DeskContext) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return FormDecoding.decode(String(buffer: buffer))
    }

    func sessionCookie(_ id: String) -> Cookie {
        Cookie(name: Self.cookieName, value: id, path: "/", httpOnly: true, sameSite: .strict)
    }
}

/// Runs the backend's blocking work (SQLite, reading files again, writing the outbox) on a
/// thread of its own, so that a long teaching does not hold one of the few threads that
/// answer requests.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try work() })
        }
    }
}

func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [
        .contentType: "text/html; charset=utf-8",
        .cacheControl: "no-store",
        .contentSecurityPolicy: "default-src 'self'; form-action 'self'; frame-ancestors 'none'",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
    ], body: .init(byteBuffer: ByteBuffer(string: body)))
}

func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
}

/// application/x-www-form-urlencoded, as browsers send it.
enum FormDecoding {
    static func decode(_ body: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func unescape(_ s: Substring) -> String {
                (String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s))
                    .precomposedStringWithCanonicalMapping
            }
            let key = unescape(kv[0])
            out[key] = kv.count > 1 ? unescape(kv[1]) : ""
        }
        return out
    }
}

/// Numbers typed the Vietnamese way ("1.250", "15,5", "20.500.000") or plainly ("1250", "15.5").
enum VietNumberInput {
    static func parse(_ text: String) -> Double? {
        var s = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-") }) else { return nil }
        let dots = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
        if commas == 1 && dots >= 0 {
            s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if commas == 0 && dots >= 1 {
            // "1.250" and "20.500.000" group thousands; a single dot followed by other than
            // three digits ("15.5") is a decimal point.
            let parts = s.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count > 2 || parts.last?.count == 3 { s = s.replacingOccurrences(of: ".", with: "") }
        } else if commas > 1 {
            return nil
        }
        return Double(s)
    }
}

/// Dates typed as dd/mm/yyyy (or ISO), given to the backend as ISO.
enum VietDateInput {
    static func iso(_ text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
            let (y, m, d) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
            var comps = DateComponents(); comps.year = y; comps.month = m; comps.day = d
            var cal = Calendar(identifier: .gregorian); cal.timeZone = TimeZone(identifier: "UTC")!
            if (1...12).contains(m), (1...31).contains(d), (2000...2100).contains(y),
               let date = cal.date(from: comps), cal.component(.day, from: date) == d {
                return String(format: "%04d-%02d-%02d", y, m, d)
            }
        }
        throw DeskError(.invalid, "“\(t)” không phải là ngày hợp lệ (viết dd/mm/yyyy).")
    }
}

extension SessionStore {
    func flash(_ id: String?, _ lines: [String]) { if let id { flashes[id] = lines } }
    func takeFlash(_ id: String?) -> [String] {
        guard let id, let f = flashes[id] else { return [] }
        flashes[id] = nil
        return f
    }
}
