import Foundation
@testable import Plan

enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline = packageRoot.appendingPathComponent("Pipelines/ct38-2026")
}
