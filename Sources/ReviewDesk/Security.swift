import Foundation
import HummingbirdBcrypt

/// Sessions and CSRF tokens of the desk, kept in memory: a restart asks officers to log in
/// again, which is acceptable for a desk on one machine, and nothing about the plan or the
/// decisions lives here (those are in the ledger).
actor SessionStore {
    struct Session: Sendable {
        var officer: String
        var csrf: String
        var expires: Date
    }

    private var sessions: [String: Session] = [:]
    /// What the last action changed, shown once on the next page.
    var flashes: [String: [String]] = [:]
    private let lifetime: TimeInterval

    init(lifetime: TimeInterval = 12 * 3600) { self.lifetime = lifetime }

    /// Opens a session for an officer; returns its id (the cookie value).
    func open(officer: String, now: Date = Date()) -> (id: String, session: Session) {
        sweep(now: now)
        let id = randomToken()
        let s = Session(officer: officer, csrf: randomToken(), expires: now.addingTimeInterval(lifetime))
        sessions[id] = s
        return (id, s)
    }

    func session(_ id: String?, now: Date = Date()) -> Session? {
        guard let id, let s = sessions[id] else { return nil }
        guard s.expires > now else { sessions[id] = nil; return nil }
        return s
    }

    func close(_ id: String?) {
        if let id { sessions[id] = nil }
    }

    private func sweep(now: Date) {
        if sessions.count > 1000 { sessions = sessions.filter { $0.value.expires > now } }
    }
}

/// 32 random bytes, URL-safe base64: session ids and CSRF tokens.
func randomToken() -> String {
    var g = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &g) }
    return Data(bytes).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}

/// Compares two secrets in time that does not depend on where they differ.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<x.count { diff |= x[i] ^ y[i] }
    return diff == 0
}

/// Whether a host the desk binds to is the loopback (only this machine can reach it).
public func isLoopback(host: String) -> Bool {
    let h = host.lowercased()
    if h == "localhost" || h == "::1" || h == "[::1]" { return true }
    let parts = h.split(separator: ".")
    return parts.count == 4 && parts.first == "127" && parts.allSatisfy { UInt8($0) != nil }
}

public enum Passwords {
    /// The bcrypt hash of a password, to store for a new account.
    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: 12) }
    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
