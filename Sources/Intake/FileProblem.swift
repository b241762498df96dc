import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What went wrong with a file or folder on disk, in words an officer reads (Vietnamese):
/// which problem and where. Foundation's own descriptions are English and, for some errors,
/// a raw `NSCocoaErrorDomain` dump; this says "ổ đĩa đã đầy" and names the path.
public enum FileProblem: Sendable, Equatable {
    case notFound
    case noPermission
    case diskFull
    case readOnlyVolume
    /// Something is already there (a file where a folder should be made, or the reverse).
    case alreadyExists
    case isFolder
    /// A part of the path is a file, not a folder.
    case notAFolder
    case nameTooLong
    case other(errno: Int32)

    /// The problem of a thrown error, from its POSIX code (direct or underlying) or its
    /// Cocoa code; nil when the error is not about the file system.
    public init?(_ error: any Error) {
        if let p = error as? POSIXError { self.init(errno: p.code.rawValue); return }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { self.init(errno: Int32(ns.code)); return }
        // On Linux the underlying error may be a Swift error value, not an NSError object.
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            if let p = under as? POSIXError { self.init(errno: p.code.rawValue); return }
            let u = under as NSError
            if u.domain == NSPOSIXErrorDomain { self.init(errno: Int32(u.code)); return }
        }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: self = .noPermission
        case .fileWriteOutOfSpace: self = .diskFull
        case .fileWriteVolumeReadOnly: self = .readOnlyVolume
        case .fileWriteFileExists: self = .alreadyExists
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: self = .nameTooLong
        default: self = .other(errno: 0)
        }
    }

    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .noPermission
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnlyVolume
        case EEXIST: self = .alreadyExists
        case EISDIR: self = .isFolder
        case ENOTDIR: self = .notAFolder
        case ENAMETOOLONG: self = .nameTooLong
        default: self = .other(errno: code)
        }
    }

    /// "ổ đĩa đã đầy, không ghi được vào /srv/Outbox".
    public func message(path: String) -> String {
        switch self {
        case .notFound: return "không có tệp hay thư mục nào ở \(path)"
        case .noPermission: return "không có quyền truy cập \(path) (kiểm tra quyền đọc, ghi của tài khoản chạy tonghop)"
        case .diskFull: return "ổ đĩa đã đầy, không ghi được vào \(path)"
        case .readOnlyVolume: return "ổ đĩa chứa \(path) chỉ cho đọc, không ghi được"
        case .alreadyExists: return "\(path) đã có sẵn và không phải là thư mục (có thể là một tệp cùng tên)"
        case .isFolder: return "\(path) là một thư mục, không phải tệp"
        case .notAFolder: return "một phần của đường dẫn \(path) là tệp, không phải thư mục"
        case .nameTooLong: return "tên hoặc đường dẫn \(path) quá dài hoặc không hợp lệ"
        case .other(let code):
            return code == 0 ? "lỗi đọc, ghi tệp ở \(path)" : "lỗi đọc, ghi tệp ở \(path) (mã lỗi hệ thống \(code))"
        }
    }

    /// The Vietnamese sentence for any error met at `path`: the file-system problem when it is
    /// one, otherwise the error's own text.
    public static func describe(_ error: any Error, path: String) -> String {
        if let p = FileProblem(error) {
            // The path Foundation names (the file actually refused) is more precise than ours.
            let ns = error as NSError
            let actual = (ns.userInfo[NSFilePathErrorKey] as? String) ?? path
            return p.message(path: actual)
        }
        return "\(error)"
    }
}
