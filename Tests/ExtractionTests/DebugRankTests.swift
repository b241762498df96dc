import Foundation
import Testing
import Plan
@testable import Extraction

@Test func debugRanks() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let p = try PipelineDefinition.load(directory: root.appendingPathComponent("Pipelines/ct38-2026"))
    let x = try Extractor(pipeline: p)
    for t in ["Cử cán bộ, công chức tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
              "Xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan",
              "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, lưu thông",
              "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"] {
        print("RANK", t, x.titles.rank(t).prefix(4).map { "\($0.code) \(String(format: "%.2f", $0.score))" })
    }
}
