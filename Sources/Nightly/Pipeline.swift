import Extraction
import Foundation
import Plan

/// A pipeline as every command uses it: the definition (pipeline.yaml with its catalogue,
/// overlay and units), the vocabulary and the validation rules, all loaded and checked before
/// anything else is touched, with one version over every file of the folder.
public struct Pipeline: Sendable {
    public var definition: PipelineDefinition
    public var vocabulary: Vocabulary
    public var validation: ValidationRules
    /// SHA-256 over the name and bytes of every file of the pipeline folder (hidden files
    /// aside): a change to the catalogue, the overlay, the units, the vocabulary, the
    /// validation rules or pipeline.yaml changes it.
    public var version: String
    /// SHA-256 over the files that change what a report reads as — every file but those in
    /// `notRead` (the catalogue, its overlay, the vocabulary and its local overlay, the units
    /// and their aliases, grids, task profiles, pipeline.yaml): submissions read against
    /// another value are read again.
    public var readingVersion: String
    /// Each file's SHA-256, by name relative to the folder.
    public var files: [String: String]

    public var directory: URL { definition.directory }

    /// The program's extraction version: bump it when a change to the readers or the
    /// extraction changes what a file yields, so that the next run reads every present file
    /// again (keeping the earlier reading beside the new one).
    public static let extractionVersion = "2026.12.04"

    /// Files of a pipeline folder that extraction never reads: the checks run after reading
    /// (validation), the desk's own wording (findings, reminder letter), the report's form,
    /// the words the catalogue importer looks for in a plan (it writes the catalogue, which
    /// is read), the blank forms sent to units, and notes for people. Changing one of them
    /// does not make the next run read every file again. A file not named here counts as read:
    /// a new kind of pipeline file re-reads until it is added.
    public static let notRead: Set<String> = [
        ValidationRules.fileName, "findings.yaml", "reminder.yaml", "report.yaml", "plan-reading.yaml", "forms.yaml",
    ]

    /// Whether a file of the folder (path relative to it) is one extraction may read.
    public static func isRead(_ name: String) -> Bool {
        !notRead.contains(name) && !name.lowercased().hasSuffix(".md")
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(definition: PipelineDefinition, vocabulary: Vocabulary, validation: ValidationRules, version: String,
                readingVersion: String, files: [String: String]) {
        self.definition = definition; self.vocabulary = vocabulary; self.validation = validation
        self.version = version; self.readingVersion = readingVersion; self.files = files
    }

    /// Loads every file of the pipeline in `directory`. Any problem in any file fails the load
    /// with every message (file, line, field) — before a ledger is opened.
    public static func load(directory: URL) throws -> Pipeline {
        var problems: [String] = []
        var definition: PipelineDefinition?
        do { definition = try PipelineDefinition.load(directory: directory) } catch { problems.append(error.description) }
        var vocabulary: Vocabulary?
        do {
            vocabulary = try Vocabulary.load(contentsOf: directory.appendingPathComponent("vocabulary.yaml"))
        } catch { problems.append("\(error)") }
        var validation: ValidationRules?
        do { validation = try ValidationRules.load(pipelineDirectory: directory) } catch { problems.append("\(error)") }
        guard problems.isEmpty, let definition, let vocabulary, let validation else {
            throw LoadError(description: problems.joined(separator: "\n"))
        }
        let files = fileDigests(directory)
        return Pipeline(definition: definition, vocabulary: vocabulary, validation: validation,
                        version: digest(files), readingVersion: digest(files.filter { isRead($0.key) }), files: files)
    }

    /// A pipeline from parts already loaded (tests, the benchmark): versions from the folder.
    public init(definition: PipelineDefinition) throws {
        let files = Pipeline.fileDigests(definition.directory)
        self.init(definition: definition,
                  vocabulary: try Vocabulary.load(contentsOf: definition.directory.appendingPathComponent("vocabulary.yaml")),
                  validation: try ValidationRules.load(pipelineDirectory: definition.directory),
                  version: Pipeline.digest(files), readingVersion: Pipeline.digest(files.filter { Pipeline.isRead($0.key) }), files: files)
    }

    static func fileDigests(_ directory: URL) -> [String: String] { PipelineFiles.load(directory: directory).files }

    static func digest(_ files: [String: String]) -> String {
        PipelineFiles(files: files).version()
    }
}
