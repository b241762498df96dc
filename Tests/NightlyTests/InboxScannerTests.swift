import Foundation
import Intake
import Testing
@testable import Nightly

/// What the inbox scan takes and what it passes over, each with its reason; links are not
/// followed; validation.yaml is strict.
@Suite("Inbox scan and strict rules")
struct InboxScannerTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-scan-\(UUID().uuidString)", isDirectory: true)
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func file(_ name: String, _ text: String = "x") throws {
            let u = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: u)
        }
    }

    @Test("Every entry not read is listed with its reason; a link to the inbox does not multiply files")
    func inventory() throws {
        let f = try Folder()
        try f.file("README.md")
        try f.file("Báo cáo P.Sài Gòn.docx")
        try f.file("sub/SO-YT.xlsx")
        try f.file("sub/README.md")
        try f.file("ghi chú.txt")
        try f.file("~$Báo cáo.docx")
        try f.file(".DS_Store")
        try FileManager.default.createSymbolicLink(atPath: f.url.appendingPathComponent("vong").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: f.url.appendingPathComponent("lien-ket.docx").path, withDestinationPath: "Báo cáo P.Sài Gòn.docx")
        // A Latin-1 name: "Báo.docx" with á as the single byte 0xE1.
        let raw = Array(f.url.path.utf8) + Array("/B".utf8) + [0xE1] + Array("o.docx".utf8)
        let fd = raw.withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { open(Array($0) + [0], O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        #expect(mkfifo(f.url.appendingPathComponent("ong.docx").path, 0o644) == 0)

        let inv = try InboxScanner.inventory(f.url)
        #expect(inv.files.map(\.path) == ["Báo cáo P.Sài Gòn.docx", "sub/SO-YT.xlsx"])
        let reasons = Dictionary(uniqueKeysWithValues: inv.skipped.map { ($0.path, $0.reason) })
        #expect(reasons == [
            "B\\xE1o.docx": .invalidName, "vong": .symbolicLink, "lien-ket.docx": .symbolicLink, "ong.docx": .notRegularFile,
            "ghi chú.txt": .notAReport, "~$Báo cáo.docx": .temporary, ".DS_Store": .hidden, "sub/README.md": .notAReport,
        ])
        #expect(Set(inv.skipped.filter(\.needsAttention).map(\.path))
                == ["B\\xE1o.docx", "vong", "lien-ket.docx", "ong.docx", "ghi chú.txt", "sub/README.md"])
        // Every reason is a Vietnamese sentence for the officer.
        for s in inv.skipped { #expect(s.message.hasSuffix(".") && s.message.unicodeScalars.contains { $0.value > 0x7F }, "\(s)") }
    }

    @Test("The disk's own problems, in Vietnamese, with the path")
    func fileProblems() throws {
        do { try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full")); Issue.record("writing /dev/full succeeded") } catch {
            #expect(FileProblem(error) == .diskFull)
            #expect(FileProblem.describe(error, path: "/dev/full") == "ổ đĩa đã đầy, không ghi được vào /dev/full")
        }
        do { _ = try Data(contentsOf: URL(fileURLWithPath: "/khong/co/tep.docx")); Issue.record("read a missing file") } catch {
            #expect(FileProblem(error) == .notFound)
            #expect(FileProblem.describe(error, path: "/khong/co/tep.docx").contains("/khong/co/tep.docx"))
        }
        let f = try Folder()
        try f.file("tep")
        do {
            try FileManager.default.createDirectory(at: f.url.appendingPathComponent("tep/con"), withIntermediateDirectories: true)
            Issue.record("made a folder under a file")
        } catch {
            #expect(FileProblem(error) == .notAFolder, "\(error)")
            #expect(!FileProblem.describe(error, path: "x").contains("NSCocoaErrorDomain"))
        }
        do { try Data("x".utf8).write(to: f.url.appendingPathComponent("tep/con.docx")); Issue.record("wrote under a file") } catch {
            #expect(FileProblem(error) == .notAFolder, "\(error)")
            #expect(FileProblem.describe(error, path: "x").hasPrefix("một phần của đường dẫn "))
        }
    }

    @Test("validation.yaml: an unknown key is an error with file and line")
    func strictValidationRules() throws {
        let ok = "rules:\n  - id: a\n    left: violations\n    operator: \"<=\"\n    right: inspections\n    message: \"m\"\n"
        _ = try ValidationRules.parse(yaml: ok)
        let typo = ok + "    severty: warning\n"
        #expect(throws: NightlyError.self) { try ValidationRules.parse(yaml: typo) }
        do { _ = try ValidationRules.parse(yaml: typo) } catch {
            #expect("\(error)" == "validation.yaml:7: rules[0].severty: unknown field 'severty' (known: id, left, message, missing, operator, right, severity, tasks, when)")
        }
        let nested = "outliers:\n  factor: 10\n  minUnit: 5\n  message: m\n"
        do { _ = try ValidationRules.parse(yaml: nested); Issue.record("accepted outliers.minUnit") } catch {
            #expect("\(error)".hasPrefix("validation.yaml:3: outliers.minUnit: unknown field"))
        }
    }
}
