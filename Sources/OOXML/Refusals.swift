import DocumentModel

// Officer-facing (Vietnamese, NFC) reasons for each refusal kind, and helpers to build refusals
// with an English detail for the operator log.

extension ReadRefusal.Kind {
    /// The reason shown to the officer: what is wrong and what to ask the unit for.
    public var officerMessage: String {
        switch self {
        case .empty:
            return "Tệp rỗng (0 byte), không có nội dung; đề nghị đơn vị kiểm tra và gửi lại tệp báo cáo."
        case .lockFile:
            return "Tệp là tệp khóa tạm do Microsoft Office tạo khi đang mở tài liệu (tên bắt đầu bằng “~$”), không phải báo cáo; không cần xử lý."
        case .legacyWord:
            return "Tệp là văn bản Word định dạng cũ (.doc); đề nghị đơn vị lưu lại dưới dạng .docx và gửi lại."
        case .legacyExcel:
            return "Tệp là bảng tính Excel định dạng cũ (.xls); đề nghị đơn vị lưu lại dưới dạng .xlsx và gửi lại."
        case .encrypted:
            return "Tệp được bảo vệ bằng mật khẩu nên không đọc được; đề nghị đơn vị gỡ mật khẩu và gửi lại."
        case .pdf:
            return "Tệp là PDF (có thể là bản quét), không trích xuất được số liệu; đề nghị đơn vị gửi bản .docx hoặc .xlsx."
        case .unsupportedFormat:
            return "Tệp không phải văn bản Word (.docx) hay bảng tính Excel (.xlsx); đề nghị đơn vị gửi lại báo cáo đúng định dạng."
        case .truncated:
            return "Tệp bị cắt cụt (tải lên hoặc sao chép chưa hết); đề nghị đơn vị gửi lại tệp."
        case .corrupt:
            return "Tệp bị hỏng, không đọc được; đề nghị đơn vị mở kiểm tra, lưu lại và gửi lại."
        case .notOfficeDocument:
            return "Tệp nén này không phải văn bản Word hay bảng tính Excel (thiếu các thành phần của tệp .docx/.xlsx); đề nghị đơn vị gửi lại đúng tệp báo cáo."
        case .tooManyEntries:
            return "Tệp chứa quá nhiều thành phần bên trong, vượt giới hạn an toàn; đề nghị đơn vị lưu lại tệp (bỏ bớt hình ảnh, đối tượng nhúng) và gửi lại."
        case .duplicateEntry:
            return "Tệp có thành phần bên trong bị trùng tên, cấu trúc không hợp lệ; đề nghị đơn vị mở và lưu lại tệp bằng Word/Excel rồi gửi lại."
        case .unsafePath:
            return "Tệp chứa đường dẫn bên trong không an toàn, có dấu hiệu bị chỉnh sửa bất thường; tệp bị từ chối vì lý do an toàn."
        case .sizeLimit:
            return "Nội dung tệp sau khi giải nén vượt giới hạn kích thước cho phép; đề nghị đơn vị kiểm tra, rút gọn tệp và gửi lại."
        case .compressionRatio:
            return "Tệp có tỷ lệ nén bất thường (dấu hiệu “bom nén”), bị từ chối vì lý do an toàn; đề nghị đơn vị kiểm tra và gửi lại tệp báo cáo."
        case .doctype:
            return "Tệp chứa khai báo DOCTYPE mà tệp Word/Excel thông thường không có (dấu hiệu bị chỉnh sửa bất thường), bị từ chối vì lý do an toàn."
        case .xmlTooDeep:
            return "Cấu trúc bên trong tệp lồng nhau quá sâu, vượt giới hạn an toàn; đề nghị đơn vị lưu lại tệp và gửi lại."
        case .malformedXML:
            return "Nội dung bên trong tệp bị lỗi cấu trúc, không đọc được; đề nghị đơn vị mở kiểm tra, lưu lại và gửi lại."
        case .tooLarge:
            return "Tệp có quá nhiều ô dữ liệu hoặc đoạn văn, vượt quy mô của một báo cáo; đề nghị đơn vị kiểm tra lại tệp."
        }
    }
}

extension ReadRefusal {
    /// A refusal of `kind` with its officer message, an English detail and the part concerned.
    static func make(_ kind: Kind, _ detail: String, part: String? = nil) -> ReadRefusal {
        ReadRefusal(kind, kind.officerMessage, detail: detail, part: part)
    }
}

/// Turns any error thrown inside the reader into a `ReadRefusal` (internal code throws only
/// refusals; anything else is a bug reported as `.corrupt`).
func asRefusal(_ error: any Error, part: String? = nil) -> ReadRefusal {
    if let r = error as? ReadRefusal { return r }
    return .make(.corrupt, "unexpected error: \(error)", part: part)
}

/// A limit on what one read materialises (see `ReadOptions`) and its reason for the officer:
/// which limit, and how large it is, so that the unit knows what to look at.
enum MaterialisedLimit {
    case text(bytes: Int)
    case cells(Int)
    case rows(Int)
    case sharedStrings(Int)
    case sharedStringText(bytes: Int)
    case paragraphs(Int)
    case tableCells(Int)
    case sheets(Int)
    case mergedRanges(Int)

    var officerMessage: String {
        let ask = "đề nghị đơn vị kiểm tra lại tệp (có thể đã gửi nhầm tệp)."
        switch self {
        case .text(let bytes):
            return "Tệp có quá nhiều chữ: văn bản đọc ra từ tệp vượt giới hạn \(Self.size(bytes)) của một báo cáo (thường do một chuỗi rất dài được lặp lại ở nhiều ô hoặc nhiều đoạn); \(ask)"
        case .cells(let n):
            return "Tệp có quá nhiều ô dữ liệu: hơn \(Self.grouped(n)) ô có nội dung, vượt giới hạn của một báo cáo; \(ask)"
        case .rows(let n):
            return "Tệp có quá nhiều dòng dữ liệu: hơn \(Self.grouped(n)) dòng có nội dung, vượt giới hạn của một báo cáo; \(ask)"
        case .sharedStrings(let n):
            return "Tệp có quá nhiều chuỗi dùng chung: hơn \(Self.grouped(n)) chuỗi, vượt giới hạn của một báo cáo; \(ask)"
        case .sharedStringText(let bytes):
            return "Tệp có quá nhiều chuỗi dùng chung: tổng độ dài các chuỗi vượt giới hạn \(Self.size(bytes)) của một báo cáo; \(ask)"
        case .paragraphs(let n):
            return "Tệp có quá nhiều đoạn văn: hơn \(Self.grouped(n)) đoạn (kể cả các dòng ngắt trong đoạn), vượt giới hạn của một báo cáo; \(ask)"
        case .tableCells(let n):
            return "Tệp có quá nhiều ô bảng: hơn \(Self.grouped(n)) ô trong các bảng, vượt giới hạn của một báo cáo; \(ask)"
        case .sheets(let n):
            return "Tệp có quá nhiều trang tính: hơn \(Self.grouped(n)) trang, vượt giới hạn của một báo cáo; \(ask)"
        case .mergedRanges(let n):
            return "Tệp có quá nhiều vùng ô gộp: hơn \(Self.grouped(n)) vùng, vượt giới hạn của một báo cáo; \(ask)"
        }
    }

    /// The refusal (`.tooLarge`) with this reason, an English detail and the part concerned.
    func refusal(_ detail: String, part: String? = nil) -> ReadRefusal {
        ReadRefusal(.tooLarge, officerMessage, detail: detail, part: part)
    }

    /// 1250000 → "1.250.000" (Vietnamese digit grouping).
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return out
    }

    /// Bytes as "8 MB" when a whole number of megabytes, else "1.500.000 byte".
    static func size(_ bytes: Int) -> String {
        bytes > 0 && bytes % (1 << 20) == 0 ? "\(grouped(bytes >> 20)) MB" : "\(grouped(bytes)) byte"
    }
}
