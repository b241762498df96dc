import Foundation

/// The desk's accounts, in a small file beside the ledger (`<ledger>.accounts`): one line per
/// officer, `name<TAB>bcrypt hash`. Only hashes are stored; the file is written whole into a
/// temporary file and renamed into place, readable by its owner only.
public struct AccountsFile: DeskAccounts {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The accounts file of a ledger: `state/ledger.sqlite` → `state/ledger.sqlite.accounts`.
    public init(besideLedger ledger: URL) {
        self.url = ledger.deletingLastPathComponent().appendingPathComponent(ledger.lastPathComponent + ".accounts")
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public func hasAccounts() throws -> Bool { try !entries().isEmpty }

    public func passwordHash(of name: String) throws -> String? {
        let key = name.precomposedStringWithCanonicalMapping
        return try entries().first { $0.name == key }?.hash
    }

    /// Account names, in the order they were added.
    public func names() throws -> [String] { try entries().map(\.name) }

    /// Adds an account, or sets a new password for an existing one. Returns whether it was new.
    @discardableResult
    public func set(name rawName: String, password: String) throws -> Bool {
        let name = try Self.checkedName(rawName)
        guard password.count >= 8 else {
            throw Problem(description: "Mật khẩu cần ít nhất 8 ký tự.")
        }
        guard password.utf8.count <= 72 else {
            // bcrypt reads only the first 72 bytes: a longer password would be cut silently.
            throw Problem(description: "Mật khẩu dài quá 72 byte (bcrypt chỉ đọc 72 byte đầu); hãy chọn mật khẩu ngắn hơn.")
        }
        var list = try entries()
        let hash = Passwords.hash(password)
        let isNew: Bool
        if let i = list.firstIndex(where: { $0.name == name }) { list[i].hash = hash; isNew = false } else {
            list.append((name, hash)); isNew = true
        }
        try write(list)
        return isNew
    }

    /// A name an officer logs in with: 1–64 characters, no spaces, tabs or control characters.
    static func checkedName(_ raw: String) throws -> String {
        let name = raw.precomposedStringWithCanonicalMapping
        guard !name.isEmpty, name.count <= 64,
              name.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) })
        else {
            throw Problem(description: "Tên tài khoản “\(raw)” không hợp lệ: 1–64 ký tự, không có dấu cách.")
        }
        return name
    }

    func entries() throws -> [(name: String, hash: String)] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Problem(description: "Không đọc được tệp tài khoản \(url.path): \(error.localizedDescription)")
        }
        var out: [(String, String)] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].hasPrefix("$2") else {
                throw Problem(description: "Tệp tài khoản \(url.path), dòng \(n + 1): không đúng dạng “tên<TAB>mã băm bcrypt”.")
            }
            out.append((String(parts[0]), String(parts[1])))
        }
        return out
    }

    func write(_ list: [(name: String, hash: String)]) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let body = list.map { "\($0.name)\t\($0.hash)\n" }.joined()
        guard fm.createFile(atPath: tmp.path, contents: Data(body.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Problem(description: "Không ghi được tệp tài khoản \(url.path).")
        }
        if rename(tmp.path, url.path) != 0 {
            try? fm.removeItem(at: tmp)
            throw Problem(description: "Không ghi được tệp tài khoản \(url.path) (\(String(cString: strerror(errno)))).")
        }
    }
}
