import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run at a time: an exclusive `flock` on a lock file next to the ledger, held for the
/// life of the process (the kernel releases it when the process ends, even on `kill -9`).
public final class RunLock: @unchecked Sendable {
    public let url: URL
    private var fd: Int32

    public struct Busy: Error, CustomStringConvertible {
        public var url: URL
        public var holder: String?
        public var description: String {
            "another tonghop run holds \(url.path)\(holder.map { " (last taken by \($0))" } ?? ""); wait for it to finish"
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Takes the lock without waiting; throws `Busy` when another run has it.
    public init(url: URL) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot open lock file \(url.path): \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let err = errno
            let holder = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            fd = -1
            if err == EWOULDBLOCK { throw Busy(url: url, holder: holder?.isEmpty == false ? holder : nil) }
            throw Failure(description: "cannot lock \(url.path): \(String(cString: strerror(err)))")
        }
        // Who holds it, for the message a second run prints.
        let note = "pid \(getpid()) since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { write(fd, $0, strlen($0)) }
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
