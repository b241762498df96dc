@testable import Consolidation
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// Issue #13's length rule (rules.bodyLength): the body about 4–6 pages, the detail in the
/// phụ lục. Over its length, section II's sentences of the kinds listed leave the body, the
/// first kind first, each said in its task's row of Phụ lục I (never lost).
@Suite(.enabled(if: Paths.hasDevCorpus), .serialized)
struct BodyLengthTests {
    static func rowText(_ v: VietnameseRenderer, _ code: String) -> String {
        let rows = AppendixTables.taskProgress(v).rows.filter { !$0.heading }
        guard let i = v.report.tasks.firstIndex(where: { $0.code == code }), i < rows.count else { return "" }
        return rows[i].cells.map(\.display).joined(separator: " ")
    }

    @Test func aBodyOverItsLengthMovesTheLowestKindsToPhuLucI() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        var unlimited = Fixtures.definition
        unlimited.rules.bodyLengthWords = 0
        let full = VietnameseRenderer(report, definition: unlimited)
        // No limit: nothing moves.
        #expect(full.movedToAppendix().isEmpty)
        let fullWords = VietnameseRenderer.words(full.body())
        var tight = Fixtures.definition
        tight.rules.bodyLengthWords = fullWords - 120
        tight.rules.bodyLengthMoves = ["account", "ownFunds"]
        let v = VietnameseRenderer(report, definition: tight)
        let moved = v.movedToAppendix()
        #expect(!moved.isEmpty && moved.allSatisfy { tight.rules.bodyLengthMoves.contains($0.kind) }, "\(moved)")
        // Only as much as the length asks: within it, or every sentence of those kinds moved.
        let words = VietnameseRenderer.words(v.body())
        let left = v.body(moving: Set(moved.map { "\($0.task)|\($0.text)" })).candidates
            .filter { c in tight.rules.bodyLengthMoves.contains(c.kind) && !moved.contains { $0.task == c.task && $0.text == c.text } }
        #expect(words <= tight.rules.bodyLengthWords || left.isEmpty, "\(words) words, \(left.count) left")
        // The first kind first: no own-funds sentence moved while an account stays.
        if moved.contains(where: { $0.kind == "ownFunds" }) { #expect(!left.contains { $0.kind == "account" }) }
        // Each moved sentence is said in its task's row of Phụ lục I, and no longer in the body.
        let body = v.body().map(\.text).joined(separator: "\n")
        for m in moved {
            let text = v.expanded(m.text)
            let tokens = TextMerge.tokens(text), row = TextMerge.tokens(Self.rowText(v, m.task))
            #expect(Double(tokens.intersection(row).count) >= tight.rules.bodyLengthSaid * Double(tokens.count), "\(m.task): \(text)")
            #expect(!body.contains(String(text.prefix(60))), "\(m.task): \(text)")
        }
        // The city-wide figures stay whatever the length.
        for g in report.groups { if let city = full.cityWide(g) { #expect(v.results(moving: []).blocks.map(\.text).joined().contains(String(city.prefix(40)))) } }
    }

    /// An unknown kind in rules.bodyLength.moves is a mistake in the pipeline, said with its key.
    @Test func anUnknownKindIsAnError() throws {
        let url = Paths.pipeline.appendingPathComponent(ReportDefinition.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("moves: [") })
        let wrong = text.replacingOccurrences(of: String(line), with: "    moves: [account, citywide]")
        #expect(throws: PipelineError.self) { try ReportDefinition.parse(wrong) }
        #expect((try? ReportDefinition.parse(text)) != nil)
    }
}
