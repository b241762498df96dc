import Foundation
@testable import Plan

/// Paths relative to the package root, found from this file.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline = packageRoot.appendingPathComponent("Pipelines/ct38-2026")
    /// ../shared next to the worktree (absent on machines without the shared data).
    static let shared = packageRoot.appendingPathComponent("../shared").standardizedFileURL
    static let planMarkdown = shared.appendingPathComponent("seed/ke-hoach-ct38-2026.md")
    static let sharedCommunes = shared.appendingPathComponent("data/communes-2025.csv")
    static let sharedAgencies = shared.appendingPathComponent("data/agencies.csv")

    static var hasShared: Bool { FileManager.default.fileExists(atPath: planMarkdown.path) }
}

enum Fixtures {
    /// The checked-in pipeline, loaded once.
    static let pipeline: PipelineDefinition = {
        do { return try PipelineDefinition.load(directory: Paths.pipeline) } catch { fatalError("\(error)") }
    }()

    /// The checked-in plan-reading.yaml.
    static let reading: PlanReading = {
        do { return try PlanReading.load(Paths.pipeline.appendingPathComponent(PlanReading.fileName)) } catch { fatalError("\(error)") }
    }()
}
