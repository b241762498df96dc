import DocumentModel
import Foundation

// The Open Packaging Conventions layer: content types, relationships, part names.

struct Relationship {
    var id: String
    /// The relationship type's last path segment: "officeDocument", "styles", "worksheet", …
    /// (Transitional and Strict types share it).
    var type: String
    /// Resolved part name without a leading slash, or the raw target for external ones.
    var target: String
    var isExternal: Bool
}

final class OPCPackage {
    let archive: ZipArchive
    let options: ReadOptions
    var diagnostics: [Diagnostic] = []
    private(set) var contentTypeOverrides: [String: String] = [:]  // lower-cased part name
    private(set) var contentTypeDefaults: [String: String] = [:]   // lower-cased extension
    /// Relationships read, by source part: the package's own (`_rels/.rels`) are asked for
    /// when the package is opened (to find the main part) and again by the reader (for the
    /// document properties); inflating and parsing the part a second time was one part in
    /// nine of what reading a package parsed, and the C floor parses it once.
    private var relationshipsRead: [String: [Relationship]] = [:]

    init(archive: ZipArchive, options: ReadOptions) {
        self.archive = archive
        self.options = options
    }

    func exists(_ part: String) -> Bool { archive.contains(part) }

    func cursor(_ part: String, unreadSubtrees: UnreadSubtrees = .none) throws -> XMLCursor {
        try XMLCursor(source: archive.open(part), maxDepth: options.maxXMLDepth, unreadSubtrees: unreadSubtrees)
    }

    func readContentTypes() throws {
        let name = "[Content_Types].xml"
        guard exists(name) else { return }
        let c = try cursor(name)
        try c.document { root in
            try c.children(of: root) { e in
                if e.name == "Override", let p = e.attr("PartName"), let t = e.attr("ContentType") {
                    contentTypeOverrides[ZipArchive.key(p)] = t
                } else if e.name == "Default", let x = e.attr("Extension"), let t = e.attr("ContentType") {
                    contentTypeDefaults[x.lowercased()] = t
                }
            }
        }
    }

    func contentType(of part: String) -> String? {
        if let t = contentTypeOverrides[ZipArchive.key(part)] { return t }
        let ext = (part as NSString).pathExtension.lowercased()
        return contentTypeDefaults[ext]
    }

    /// The relationships of `part` ("" for the package), from its _rels part; empty when absent.
    func relationships(of part: String) throws -> [Relationship] {
        if let known = relationshipsRead[part] { return known }
        let out = try readRelationships(of: part)
        relationshipsRead[part] = out
        return out
    }

    private func readRelationships(of part: String) throws -> [Relationship] {
        let dir = (part as NSString).deletingLastPathComponent
        let file = (part as NSString).lastPathComponent
        let relsName = dir.isEmpty ? (part.isEmpty ? "_rels/.rels" : "_rels/\(file).rels") : "\(dir)/_rels/\(file).rels"
        guard exists(relsName) else { return [] }
        let c = try cursor(relsName)
        var out: [Relationship] = []
        try c.document { root in
            try c.children(of: root) { e in
                guard e.name == "Relationship", let type = e.attr("Type"), let target = e.attr("Target") else { return }
                let external = e.attr("TargetMode")?.lowercased() == "external"
                let kind = String(type.split(separator: "/").last ?? "")
                let resolved = external ? target : resolve(target, from: dir)
                out.append(Relationship(id: e.attr("Id") ?? "", type: kind, target: resolved, isExternal: external))
            }
        }
        return out
    }

    /// Resolves a relationship target against the source part's folder; falls back to the
    /// target taken from the package root when the relative part does not exist.
    func resolve(_ target: String, from dir: String) -> String {
        // Only a target with a "%" can change (Foundation's decoding is a visible cost per relationship).
        let decoded = target.utf8.contains(UInt8(ascii: "%")) ? target.removingPercentEncoding ?? target : target
        var components: [Substring] = []
        let base = decoded.hasPrefix("/") ? "" : dir
        for c in (base + "/" + decoded).split(separator: "/") {
            if c == "." || c.isEmpty { continue }
            if c == ".." { if !components.isEmpty { components.removeLast() }; continue }
            components.append(c)
        }
        let joined = components.joined(separator: "/")
        if !exists(joined) {
            let fromRoot = decoded.split(separator: "/").filter { $0 != "." && $0 != ".." && !$0.isEmpty }.joined(separator: "/")
            if exists(fromRoot) { return fromRoot }
        }
        return joined
    }

    func note(_ severity: Diagnostic.Severity, _ code: String, _ message: String, _ location: Location? = nil) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
    }

    /// Diagnostics for what the archive tolerated (bad CRCs).
    func archiveDiagnostics() {
        for part in archive.badCRCParts {
            note(.warning, "bad-crc", "Thành phần \(part) có mã kiểm tra (CRC) không khớp; nội dung vẫn được đọc nhưng tệp có thể đã bị hỏng một phần.", .part(part))
        }
    }

    /// Core and app properties.
    func readProperties(_ rels: [Relationship]) throws -> DocumentProperties {
        var props = DocumentProperties()
        let core = rels.first { $0.type == "core-properties" || $0.type == "metadata" && $0.target.hasSuffix("core.xml") }?.target
            ?? (exists("docProps/core.xml") ? "docProps/core.xml" : nil)
        if let core, exists(core) {
            let c = try cursor(core)
            try c.document { root in
                try c.children(of: root) { e in
                    var v = try c.text(of: e).trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !v.isEmpty else { return }
                    v = (v.clipped(to: options.maxPropertyCharacters) ?? v).nfc
                    switch e.name {
                    case "title": props.title = v
                    case "subject": props.subject = v
                    case "creator": props.creator = v
                    case "lastModifiedBy": props.lastModifiedBy = v
                    case "created": props.created = v
                    case "modified": props.modified = v
                    default: break
                    }
                }
            }
        }
        let app = rels.first { $0.type == "extended-properties" || $0.type == "extendedProperties" }?.target
            ?? (exists("docProps/app.xml") ? "docProps/app.xml" : nil)
        if let app, exists(app) {
            let c = try cursor(app)
            try c.document { root in
                try c.children(of: root) { e in
                    switch e.name {
                    case "Application":
                        let v = try c.text(of: e).trimmingCharacters(in: .whitespacesAndNewlines)
                        if !v.isEmpty { props.application = (v.clipped(to: options.maxPropertyCharacters) ?? v).nfc }
                    case "Company":
                        let v = try c.text(of: e).trimmingCharacters(in: .whitespacesAndNewlines)
                        if !v.isEmpty { props.company = (v.clipped(to: options.maxPropertyCharacters) ?? v).nfc }
                    default: break
                    }
                }
            }
        }
        return props
    }
}
