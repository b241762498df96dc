import Foundation
import Testing
@testable import Extraction

/// vocabulary.yaml is read strictly: a misspelt key is an error with its line, not a setting
/// silently left out (which changed results before).
@Suite struct VocabularyFileTests {
    let shipped: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("Pipelines/ct38-2026/vocabulary.yaml"), encoding: .utf8)
    }()

    func error(_ yaml: String) -> Vocabulary.LoadError? {
        do { _ = try Vocabulary.parse(yaml: yaml); return nil } catch let e as Vocabulary.LoadError { return e } catch { return nil }
    }

    /// The 1-based line of the first line of `text` that starts with `prefix`.
    func line(of prefix: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 }
    }

    @Test func shippedVocabularyIsStrictlyValid() throws {
        _ = try Vocabulary.parse(yaml: shipped)
    }

    @Test func unknownTopLevelKey() throws {
        let yaml = shipped.replacingOccurrences(of: "\nignored_counts:", with: "\nignored_count:")
        let e = try #require(error(yaml))
        #expect(e.line == line(of: "ignored_count:", in: yaml))
        #expect(e.message.contains("ignored_count") && e.message.contains("unknown field"))
        #expect(e.description.hasPrefix("vocabulary.yaml:\(e.line!): "))
    }

    @Test func unknownKeyInsideAnIndicator() throws {
        let yaml = shipped.replacingOccurrences(of: "    context: [xử phạt", with: "    contxt: [xử phạt")
        let e = try #require(error(yaml))
        #expect(e.message.hasPrefix("indicators.fines_vnd.contxt: unknown field"))
        #expect(e.line == line(of: "    contxt:", in: yaml))
    }

    @Test func unknownKeyInACountOverride() throws {
        let yaml = shipped.replacingOccurrences(of: "    before: [kiểm tra, thanh tra, giám sát]", with: "    befor: [kiểm tra, thanh tra, giám sát]")
        let e = try #require(error(yaml))
        // Which override holds that line moves as overrides are added; the path and the key do not.
        #expect(e.message.hasPrefix("count_overrides[") && e.message.contains("].befor: unknown field"))
    }

    @Test func unknownStatusAndColumnRole() throws {
        #expect(try #require(error("statuses:\n  complete: [xong]\n")).line == 2)
        #expect(try #require(error("columns:\n  tasks: [nhiệm vụ]\n")).message.hasPrefix("columns.tasks: unknown field"))
    }

    @Test func moneyFlagMustAgreeWithTheId() throws {
        #expect(error("indicators:\n  fines_vnd:\n    money: true\n") == nil)
        #expect(try #require(error("indicators:\n  participants:\n    money: true\n")).message.contains("_vnd"))
    }

    /// The capitals-title rule's numbers and words are the pipeline's: read from the file,
    /// checked, an unknown key named.
    @Test func capitalsTitleIsData() throws {
        let v = try Vocabulary.parse(yaml: "capitals_title:\n  lines: 12\n  min_words: 4\n  capitals_share: 0.8\n  not_titles: [Sở Công Thương]\n")
        #expect(v.capitalsTitle.lines == 12 && v.capitalsTitle.minWords == 4 && v.capitalsTitle.capitalsShare == 0.8)
        #expect(v.capitalsTitle.notTitles == ["so cong thuong"])
        #expect(try #require(error("capitals_title:\n  min_word: 4\n")).message.contains("capitals_title.min_word"))
        #expect(try #require(error("capitals_title:\n  capitals_share: 2\n")).message.contains("capitals_share"))
    }
}
