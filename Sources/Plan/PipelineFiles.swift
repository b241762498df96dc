import Foundation

/// Every file of a pipeline folder with its SHA-256: what the pipeline's versions are computed
/// over. One load, used by every command through `Pipeline.load` (Nightly), which adds the
/// typed files (definition, vocabulary, validation rules) that live in the modules that read them.
public struct PipelineFiles: Sendable, Equatable {
    /// Each regular file's SHA-256 (lower-case hex), by its path relative to the folder (NFC);
    /// hidden files and folders aside.
    public var files: [String: String]

    public init(files: [String: String]) { self.files = files }

    /// Hashes every regular file below `directory` (hidden files aside). A folder that cannot be
    /// listed gives no files; the typed loads report what is missing.
    public static func load(directory: URL) -> PipelineFiles {
        var out: [String: String] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return PipelineFiles(files: out)
        }
        let base = directory.standardizedFileURL.path
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true, let data = fm.contents(atPath: url.path) else { continue }
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(base + "/") { rel.removeFirst(base.count + 1) }
            out[rel.precomposedStringWithCanonicalMapping] = SHA256Digest.hex(of: data)
        }
        return PipelineFiles(files: out)
    }

    /// SHA-256 over the name and digest of every file but `excluding`, in name order: a version
    /// that changes exactly when one of those files does.
    public func version(excluding: Set<String> = []) -> String {
        var d = SHA256Digest()
        for (name, sha) in files.sorted(by: { $0.key < $1.key }) where !excluding.contains(name) {
            d.update(Data((name + "\u{0}" + sha + "\n").utf8))
        }
        return d.finalizeHex()
    }
}
