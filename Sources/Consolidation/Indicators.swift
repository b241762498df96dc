import Extraction

/// How the report names an indicator: a table label and the clause of a sentence that states
/// a sum ("tổ chức 74 lớp tập huấn, hội nghị"). Ids not listed here fall back to their id.
public struct IndicatorWording: Sendable, Codable, Equatable {
    /// Column and row label: "Số lớp tập huấn, hội nghị".
    public var label: String
    /// Measure for tables: "lớp", "lượt người", "đồng".
    public var measure: String
    /// Words before the number in a sentence ("tổ chức").
    public var verb: String
    /// Words after the number ("lớp tập huấn, hội nghị").
    public var noun: String

    /// The clause for a total: "tổ chức 74 lớp tập huấn, hội nghị", "xử phạt 412.500.000 đồng".
    public func clause(_ value: Double, money: Bool) -> String {
        let n = money ? VietFormat.money(value) : VietFormat.count(value) + " " + noun
        return verb.isEmpty ? n : verb + " " + n
    }

    static let known: [String: IndicatorWording] = [
        "training_courses": .init(label: "Số lớp tập huấn, hội nghị", measure: "lớp", verb: "tổ chức", noun: "lớp tập huấn, hội nghị"),
        "participants": .init(label: "Số lượt người tham dự", measure: "lượt người", verb: "với", noun: "lượt người tham dự"),
        "communications": .init(label: "Số tin, bài, tài liệu tuyên truyền", measure: "tin, bài", verb: "thực hiện", noun: "tin, bài, tài liệu tuyên truyền"),
        "enterprises_supported": .init(label: "Số doanh nghiệp, tổ chức được hỗ trợ", measure: "doanh nghiệp", verb: "hỗ trợ, hướng dẫn", noun: "doanh nghiệp, tổ chức"),
        "inspections": .init(label: "Số cuộc kiểm tra", measure: "cuộc", verb: "tổ chức", noun: "cuộc kiểm tra"),
        "establishments_inspected": .init(label: "Số cơ sở được kiểm tra", measure: "cơ sở", verb: "kiểm tra", noun: "cơ sở"),
        "violations": .init(label: "Số cơ sở, trường hợp vi phạm", measure: "cơ sở", verb: "phát hiện", noun: "cơ sở, trường hợp vi phạm"),
        "fines_vnd": .init(label: "Số tiền xử phạt (đồng)", measure: "đồng", verb: "xử phạt vi phạm hành chính", noun: "đồng"),
        "samples_tested": .init(label: "Số mẫu được lấy, thử nghiệm", measure: "mẫu", verb: "lấy, thử nghiệm", noun: "mẫu"),
        "instruments_verified": .init(label: "Số phương tiện đo được kiểm định, hiệu chuẩn", measure: "phương tiện", verb: "kiểm định, hiệu chuẩn", noun: "phương tiện đo"),
        "standards_reviewed": .init(label: "Số tiêu chuẩn, quy chuẩn được góp ý, rà soát", measure: "văn bản", verb: "góp ý, rà soát", noun: "dự thảo tiêu chuẩn, quy chuẩn"),
        "budget_spent_vnd": .init(label: "Kinh phí đã sử dụng (đồng)", measure: "đồng", verb: "sử dụng kinh phí", noun: "đồng"),
    ]

    /// The order indicators are stated in.
    static let order = ["training_courses", "participants", "communications", "enterprises_supported", "inspections",
                        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
                        "standards_reviewed", "budget_spent_vnd"]

    public static func of(_ id: IndicatorID) -> IndicatorWording {
        known[id.rawValue] ?? .init(label: id.rawValue, measure: "", verb: "", noun: id.rawValue)
    }

    static func rank(_ id: IndicatorID) -> Int { order.firstIndex(of: id.rawValue) ?? order.count }
}
