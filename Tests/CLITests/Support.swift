import Foundation
import Testing

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let fixtures = packageRoot.appendingPathComponent("Tests/CLITests/Fixtures", isDirectory: true)
let goldens = packageRoot.appendingPathComponent("Tests/CLITests/Golden", isDirectory: true)
let schemas = packageRoot.appendingPathComponent("docs/schemas", isDirectory: true)
let pipelineDirectory = packageRoot.appendingPathComponent("Pipelines/ct38-2026", isDirectory: true)
let corpusDev = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev", isDirectory: true)

/// The built `tonghop` next to the test bundle (or in the usual build folder).
func tonghopExecutable() throws -> URL {
    var candidates: [URL] = []
    if let arg0 = CommandLine.arguments.first {
        var dir = URL(fileURLWithPath: arg0).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        candidates.append(dir.appendingPathComponent("tonghop"))
        candidates.append(dir.deletingLastPathComponent().appendingPathComponent("tonghop"))
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/tonghop"))
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build the tonghop product first")
}

struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to its end, with optional standard input.
func run(_ exe: URL, _ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Output {
    let p = Process()
    p.executableURL = exe
    p.arguments = arguments
    p.currentDirectoryURL = packageRoot
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input == nil ? FileHandle.nullDevice : inp
    try p.run()
    if let input {
        // Written from another thread: a large input must not block on a full pipe while
        // the child waits for us to read its output.
        let writer = inp.fileHandleForWriting
        Thread.detachNewThread { writer.write(input); try? writer.close() }
    }
    // Read both pipes to the end concurrently (a child filling stderr must not stall).
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    Thread.detachNewThread { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return Output(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Validates JSON documents against a schema of docs/schemas with python3's `jsonschema`
/// (Draft 2020-12). `jsonl`: one document per line. Returns the problems found, one per line.
func schemaProblems(_ json: String, schema: String, jsonl: Bool = false) throws -> [String] {
    let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        text = sys.stdin.read()
        docs = [l for l in text.splitlines() if l.strip()] if sys.argv[2] == "jsonl" else [text]
        if not docs: print("no document"); sys.exit(1)
        bad = 0
        for i, d in enumerate(docs):
            for e in v.iter_errors(json.loads(d)):
                bad += 1
                print(f"document {i + 1}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
        sys.exit(1 if bad else 0)
        """
    let python = URL(fileURLWithPath: "/usr/bin/env")
    let r = try run(python, ["python3", "-c", script, schemas.appendingPathComponent(schema).path, jsonl ? "jsonl" : "json"], input: Data(json.utf8))
    if r.status != 0 && r.stdout.isEmpty { return ["validator failed: \(r.stderr)"] }
    return r.stdout.split(separator: "\n").map(String.init)
}
