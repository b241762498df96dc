import Foundation

/// Which names in a folder are report files a unit may have sent, and why the others are
/// passed over. Shared by the nightly run's inbox scan and by `extract` / `report` walking
/// a folder, so that both take the same files.
public enum ReportFileName {
    /// Extensions of files units send as reports: the OOXML formats read, and the formats
    /// refused with their own reason (legacy binary Office, OpenDocument, RTF, PDF scans).
    public static let extensions: Set<String> = [
        "docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm",
        "doc", "xls", "odt", "ods", "rtf", "pdf",
    ]

    /// An editor's lock or temporary file (Word's `~$…`, LibreOffice's `.~lock.…#`, `…~`):
    /// present while someone has a report open, never a report itself.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix("~$") || name.hasPrefix(".~lock.") || name.hasSuffix("~")
    }

    /// Why a file found while walking a folder is not taken, in Vietnamese; nil when it is
    /// taken (it may still be refused by the reader, with that reason).
    public static func skipReason(_ name: String) -> String? {
        if name.hasPrefix("~$") { return "tệp khóa tạm của Office (~$…), không phải báo cáo" }
        if name.hasPrefix(".") { return "tệp ẩn" }
        if name.hasSuffix("~") || name.hasPrefix(".~lock.") { return "tệp tạm của trình soạn thảo" }
        let ext = (name as NSString).pathExtension.lowercased()
        if extensions.contains(ext) { return nil }
        let shown = ext.isEmpty ? "không có phần mở rộng" : "phần mở rộng .\(ext)"
        return "không phải tệp báo cáo (\(shown); tonghop đọc .docx, .xlsx và báo lý do với .doc, .xls, .pdf, .odt, .ods, .rtf)"
    }
}
