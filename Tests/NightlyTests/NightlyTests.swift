import Consolidation
import Extraction
import Foundation
import Ledger
import Nightly
import Outbox
import Plan
import Testing
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// End to end over a temporary Inbox and ledger with files of the development corpus.
@Suite("Nightly run", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct NightlyRunTests {
    @Test("A rerun without changes reads nothing; a touched file with the same content is not a new submission")
    func rerunReadsNothing() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        try ws.add("SO-YT_BC_CT38_2026.docx", as: "so/SO-YT_BC_CT38_2026.docx")
        let first = try ws.run()
        #expect(first.summary.filesSeen == 2)
        #expect(first.summary.filesNew == 2)
        #expect(first.state!.input.current.count == 2)
        #expect(first.state!.input.current.contains { $0.path == "so/SO-YT_BC_CT38_2026.docx" })

        let second = try ws.run()
        #expect(second.summary.filesNew == 0)
        #expect(second.summary.filesUnchanged == 2)
        #expect(try ws.ledger().counts()["submission"] == 2)
        #expect(second.seconds < 1)
        #expect(second.reusedFrom == first.runID)
        #expect(second.state == nil)
        #expect(second.digest == first.digest)

        // A new mtime, same bytes: hashed again, recognised, not extracted again.
        let url = ws.inbox.appendingPathComponent("27142_BC_CT38_2026.docx")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: url.path)
        let third = try ws.run()
        #expect(third.reusedFrom == second.runID)
        #expect(third.summary.filesUnchanged == 2)
        #expect(third.summary.filesNew == 0)
        #expect(try ws.ledger().counts()["submission"] == 2)
        // The ledger holds the figures as real rows.
        let l = try ws.ledger()
        #expect(try l.counts()["entry"]! > 0)
        let runs = try l.runs()
        #expect(runs.count == 3 && runs.allSatisfy { $0.finishedAt != nil })
    }

    @Test("A resubmission supersedes the earlier report; nothing is deleted")
    func resubmissionSupersedes() throws {
        let ws = try Workspace()
        try ws.add("25975_BC_CT38_2026.docx")
        try ws.add("BÁO CÁO CHỈ THỊ 38 UBND phường Phú Nhuận.docx")
        let first = try ws.run()
        let original = try #require(first.state!.input.current.first { $0.submission.unit?.id == "25975" })
        #expect(first.state!.input.reporters.first { $0.unitID == "25975" }?.state == .onTime)

        try ws.add("25975_BC_CT38_2026 (thay thế).docx")
        try ws.add("BÁO CÁO CHỈ THỊ 38 UBND phường Phú Nhuận (bổ sung).docx")
        let second = try ws.run()
        let input = second.state!.input
        let anPhu = input.current.filter { $0.submission.unit?.id == "25975" }
        #expect(anPhu.count == 1)
        #expect(anPhu.first?.path == "25975_BC_CT38_2026 (thay thế)".precomposedStringWithCanonicalMapping + ".docx")
        #expect(anPhu.first?.supersedes == [original.id])
        #expect(input.superseded.contains { $0.id == original.id })
        let phuNhuan = input.current.filter { $0.submission.unit?.id == "27073" }
        #expect(phuNhuan.count == 1)
        #expect(input.superseded.contains { $0.submission.unit?.id == "27073" })
        // Marked replacements are not conflicts.
        #expect(!input.review.contains { $0.finding.code == "conflict" })
        // Timeliness stays that of the first report.
        #expect(input.reporters.first { $0.unitID == "25975" }?.state == .onTime)
        // Superseded stays in the ledger, visible as such.
        #expect(try ws.ledger().supersededBy(original.id) == anPhu[0].id)
        #expect(try ws.ledger().counts()["submission"] == 4)
    }

    @Test("A file changed in place supersedes its earlier version, without a conflict")
    func changedFileSupersedes() throws {
        let ws = try Workspace()
        let url = try ws.add("27142_BC_CT38_2026.docx")
        let first = try ws.run()
        let before = try #require(first.state!.input.current.first)
        try zipVariant(try Data(contentsOf: url), comment: "sửa lần 2")!.write(to: url)
        let second = try ws.run()
        #expect(second.summary.filesNew == 1)
        let now = try #require(second.state!.input.current.first { $0.submission.unit?.id == before.submission.unit?.id })
        #expect(now.id != before.id)
        #expect(now.supersedes == [before.id])
        #expect(!second.state!.input.review.contains { $0.finding.code == "conflict" })
        #expect(try ws.ledger().counts()["file"] == 2)
    }

    @Test("The same content under two names is one submission")
    func duplicateIsOneSubmission() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        try ws.add("27142_BC_CT38_2026.docx", as: "gửi lại/Báo cáo phường (bản sao).docx")
        let r = try ws.run()
        #expect(r.summary.filesNew == 1)
        #expect(r.summary.filesDuplicate == 1)
        #expect(r.state!.input.current.count == 1)
        #expect(try ws.ledger().counts()["submission"] == 1)
        #expect(try ws.ledger().counts()["file"] == 2)
    }

    @Test("Two different reports with the same unit and number are a conflict")
    func conflict() throws {
        let ws = try Workspace()
        let url = try ws.add("27142_BC_CT38_2026.docx")
        try ws.write(zipVariant(try Data(contentsOf: url), comment: "khác")!, as: "Bao cao phuong khac.docx")
        let r = try ws.run()
        #expect(r.state!.input.current.count == 1)
        #expect(r.state!.input.superseded.count == 1)
        let conflicts = r.state!.input.review.filter { $0.finding.code == "conflict" }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.finding.message.contains("cùng mang số") == true)
        #expect(r.summary.exitCode == 1)
    }

    @Test("Bad files are refused with their reason, shown until replaced; the rest is processed")
    func badFilesAreReported() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        try ws.add("Bao cao CT38 P.Chanh Hung.docx")          // empty
        try ws.write(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }), as: "hong.docx")
        let r = try ws.run()
        #expect(r.state!.input.current.count == 1)
        #expect(r.summary.filesRefused == 2)
        #expect(Set(r.state!.input.refused.map(\.path)) == ["Bao cao CT38 P.Chanh Hung.docx", "hong.docx"])
        #expect(r.state!.input.refused.allSatisfy { !$0.reason.isEmpty })
        #expect(r.summary.exitCode == 1)

        // Still shown by the next run.
        let again = try ws.run()
        #expect(again.reusedFrom == r.runID)
        #expect(again.digest.refused.count == 2)
        #expect(again.summary.exitCode == 1)

        // Replaced under the same name by a readable report: no longer open.
        try ws.add("SO-YT_BC_CT38_2026.docx", as: "hong.docx")
        let replaced = try ws.run()
        #expect(replaced.state!.input.refused.map(\.path) == ["Bao cao CT38 P.Chanh Hung.docx"])
        #expect(replaced.state!.input.current.count == 2)
    }

    @Test("The inbox is never modified")
    func inboxUntouched() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        try ws.add("Bao cao CT38 P.Chanh Hung.docx")
        func listing() throws -> [String] {
            try FileManager.default.subpathsOfDirectory(atPath: ws.inbox.path).sorted().map { p in
                let a = try FileManager.default.attributesOfItem(atPath: ws.inbox.appendingPathComponent(p).path)
                return "\(p) \(a[.size] ?? 0) \((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            }
        }
        let before = try listing()
        _ = try ws.run()
        _ = try ws.run()
        #expect(try listing() == before)
    }

    @Test("A second run is refused while one holds the lock")
    func concurrentRunRefused() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        let held = try RunLock(url: ws.options().lockURL)
        #expect(throws: RunLock.Busy.self) { try ws.run() }
        if let exe = tonghopExecutable() {
            let p = try spawnRun(exe, ws)
            p.waitUntilExit()
            #expect(p.terminationStatus == 2)
        }
        held.release()
        let r = try ws.run()
        #expect(r.summary.filesNew == 1)
    }

    @Test("The outbox gets the input as JSON, through a temporary folder")
    func outboxJSON() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        try FileManager.default.createDirectory(at: ws.outbox.appendingPathComponent(".tonghop-tmp-99-1"), withIntermediateDirectories: true)
        let r = try ws.run()
        let names = try FileManager.default.contentsOfDirectory(atPath: ws.outbox.path).filter { !$0.hasPrefix(".") }
        #expect(names == ["tong-hop-ct38-2026-2026-11-20.input.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.outbox.path).filter { $0.hasPrefix(".tonghop-tmp") }.isEmpty)
        let data = try Data(contentsOf: ws.outbox.appendingPathComponent(names[0]))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let doc = try decoder.decode(JSONInputWriter.Document.self, from: data)
        #expect(doc.runID == r.runID)
        #expect(doc.asOf == PlanDate(iso: "2026-11-20"))
        #expect(doc.current.count == 1)
        #expect(doc.reporters.count == r.state!.input.reporters.count)
    }

    @Test("A run killed mid-way leaves a ledger the next run completes to the same result")
    func killedRunCompletes() throws {
        let exe = try #require(tonghopExecutable(), "build the tonghop product first")
        let slow = try #require(builtExecutable("TonghopSlowRun"), "build the TonghopSlowRun test tool first")
        let names = ["25975_BC_CT38_2026.docx", "25975_BC_CT38_2026 (thay thế).docx", "27142_BC_CT38_2026.docx",
                     "SO-YT_BC_CT38_2026.docx", "Bao cao CT38 P.Chanh Hung.docx", "BÁO CÁO CHỈ THỊ 38 UBND phường Phú Nhuận.docx"]
        let killed = try Workspace()
        let clean = try Workspace()
        for n in names { try killed.add(n); try clean.add(n) }

        let p = try spawnSlowRun(slow, killed, millis: 400)
        // Wait until some files, not all, are committed; then kill -9.
        let deadline = Date(timeIntervalSinceNow: 120)
        var committed = 0
        while Date() < deadline, p.isRunning {
            if let l = try? Ledger(readOnlyAt: killed.ledgerURL), let c = try? l.counts()["file"] { committed = c }
            if committed >= 2 { break }
            usleep(50_000)
        }
        #expect(p.isRunning, "the run finished before it could be killed")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        let after = try #require(try Ledger(readOnlyAt: killed.ledgerURL))
        let runs = try after.runs()
        #expect(runs.count == 1 && runs[0].finishedAt == nil)
        let partial = try after.counts()["file"]!
        #expect(partial >= 2 && partial < names.count)

        let rerun = try spawnRun(exe, killed)
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)   // done (with items to review: a refused file)
        let full = try spawnRun(exe, clean)
        full.waitUntilExit()
        #expect(full.terminationStatus == 0)

        #expect(try killed.fingerprint() == clean.fingerprint())
        let finished = try #require(try Ledger(readOnlyAt: killed.ledgerURL)).runs()
        #expect(finished.count == 2 && finished[0].finishedAt != nil && finished[1].finishedAt == nil)
        #expect(finished[0].summary?.filesUnchanged == partial)
    }
}

@Suite("Ledger and commands", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct LedgerAndCommandTests {
    @Test("Migrations run from an empty file; a read-only open needs a ledger")
    func migrations() throws {
        let ws = try Workspace()
        #expect(try Ledger(readOnlyAt: ws.ledgerURL) == nil)
        let l = try ws.ledger()
        #expect(try l.schemaVersion() == "v6-submission-comments")
        #expect(try l.counts() == ["run": 0, "file": 0, "submission": 0, "entry": 0, "figure": 0, "figure_source": 0, "finding": 0,
                                   "submission_item": 0, "entry_source": 0, "decision": 0, "document_text": 0])
        // Opening again migrates nothing and keeps everything.
        _ = try ws.run()
        let again = try ws.ledger()
        #expect(try again.runs().count == 1)
    }

    @Test("A refused file is no longer open once its unit's report arrives under another name")
    func refusedReplacedByUnit() throws {
        let ws = try Workspace()
        try ws.add("BC CT38 UBND phường Phú Thọ (scan).pdf", as: "BC CT38 P Bình Thạnh (scan).pdf")
        let first = try ws.run()
        #expect(first.digest.refused.map(\.path) == ["BC CT38 P Bình Thạnh (scan).pdf".precomposedStringWithCanonicalMapping])
        try ws.add("BC CT38 P Bình Thạnh.docx")
        let second = try ws.run()
        #expect(second.digest.refused.isEmpty)
        #expect(second.state?.input.current.first?.submission.unit?.name == "Phường Bình Thạnh")
    }

    @Test("tonghop run and status: exit codes and summary")
    func commands() throws {
        let exe = try #require(tonghopExecutable(), "build the tonghop product first")
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        func tonghop(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = exe
            p.arguments = args + ["--pipeline", pipelineDirectory.path, "--inbox", ws.inbox.path, "--outbox", ws.outbox.path,
                                  "--ledger", ws.ledgerURL.path, "--as-of", "2026-11-20"]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (noLedger, _) = try tonghop(["status"])
        #expect(noLedger == 2)
        let (code, text) = try tonghop(["run"])
        #expect(code == 0 || code == 1)
        #expect(text.contains("1 in the inbox: 1 new"))
        #expect(text.contains("tong-hop-ct38-2026-2026-11-20.input.json"))
        let (again, text2) = try tonghop(["run"])
        #expect(again == code)
        #expect(text2.contains("Nothing new since run 1"))
        let (status, text3) = try tonghop(["status"])
        #expect(status == code)
        #expect(text3.contains("run 2 as of 20/11/2026"))
        #expect(text3.contains("Submissions:  1 current, 0 superseded"))
    }
}

@Suite("Catalogue versions", .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct CatalogueVersionTests {
    @Test("Each submission records the pipeline version it was read against; a change reads present files again")
    func staleCatalogue() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        // A copy of the pipeline whose vocabulary gets one more comment line.
        let copy = ws.root.appendingPathComponent("pipeline", isDirectory: true)
        try FileManager.default.copyItem(at: pipelineDirectory, to: copy)
        let p1 = try Pipeline.load(directory: copy)
        let first = try ws.run(pipeline: p1)
        #expect(first.digest.staleCatalogue == 0)
        #expect(first.reread == 0)
        let stored = try ws.ledger().submissions()
        #expect(stored.first?.catalogueVersion == p1.readingVersion)
        #expect(stored.first?.extractionVersion == Pipeline.extractionVersion)

        let vocab = copy.appendingPathComponent("vocabulary.yaml")
        try (String(contentsOf: vocab, encoding: .utf8) + "\n# changed\n").write(to: vocab, atomically: true, encoding: .utf8)
        let p2 = try Pipeline.load(directory: copy)
        #expect(p2.readingVersion != p1.readingVersion)
        let second = try ws.run(pipeline: p2)
        #expect(second.reusedFrom == nil)
        #expect(second.reread == 1)
        #expect(second.digest.staleCatalogue == 0)
        // A comment changes nothing read: the one reading is stamped with the new version.
        let after = try ws.ledger().submissions()
        #expect(after.count == 1 && after[0].catalogueVersion == p2.readingVersion)
        // Validation rules are not part of what a report reads as.
        let rules = copy.appendingPathComponent("validation.yaml")
        try (String(contentsOf: rules, encoding: .utf8) + "\n# changed\n").write(to: rules, atomically: true, encoding: .utf8)
        let p3 = try Pipeline.load(directory: copy)
        #expect(p3.readingVersion == p2.readingVersion && p3.version != p2.version)
        let third = try ws.run(pipeline: p3)
        #expect(third.reread == 0 && third.reusedFrom == nil)
    }
}
