// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "tonghop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tonghop", targets: ["TonghopCLI"]),
        .executable(name: "tonghop-bench", targets: ["TonghopBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // SHA-256 of every file taken in, on the CPU's SHA instructions (already in the graph
        // through hummingbird-auth; the range accepts the version it resolved).
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // C libraries: each behind one thin Swift layer (OOXML); nothing else imports them.
        .systemLibrary(
            name: "CXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),

        // The format-neutral document model every reader produces and every later stage consumes.
        .target(name: "DocumentModel"),
        // Vietnamese text folding and matching helpers shared by the plan and extraction.
        .target(name: "VietText"),
        // Readers (and package writers) for OOXML on libzip + libxml2.
        .target(name: "OOXML", dependencies: ["CXML2", "CZip", "DocumentModel", "VietText"]),
        // The plan as data: catalogue, reporting units, pipeline definitions.
        .target(name: "Plan", dependencies: ["DocumentModel", "VietText", "Yams", .product(name: "Crypto", package: "swift-crypto")]),
        // Document -> Submission, against the catalogue.
        .target(name: "Extraction", dependencies: ["DocumentModel", "VietText", "Plan", "Yams"]),

        // Forms sent to units (XLSX with hidden metadata) and the guidance letter (DOCX).
        .target(name: "Forms", dependencies: ["Plan", "OOXML", "Extraction", "VietText"]),

        // A file taken in: read (or refused) and extracted; shared by `extract` and the nightly run.
        .target(name: "Intake", dependencies: ["DocumentModel", "OOXML", "Plan", "Extraction"]),

        // The ledger's current state as of a run -> the consolidated report's content.
        .target(name: "Consolidation", dependencies: ["DocumentModel", "Extraction", "Plan", "VietText", "Yams"]),
        // The consolidated report as files in Outbox: DOCX, XLSX appendices, JSON, HTML review page.
        .target(name: "ReportWriters", dependencies: ["Consolidation", "Outbox", "Extraction", "Plan", "OOXML", "VietText"]),

        // The ledger: every file, submission, entry, figure and finding ever received (SQLite via GRDB).
        .target(name: "Ledger", dependencies: ["Extraction", "Plan", "DocumentModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // What the run writes into the outbox: the writer protocol and the JSON dump of the input.
        .target(name: "Outbox", dependencies: ["Consolidation", "Extraction", "Plan"]),
        // The nightly run: scan the inbox, take in what is new, validate, check completeness, write the outbox.
        .target(name: "Nightly", dependencies: [
            "DocumentModel", "Extraction", "Plan", "Intake", "Consolidation", "Ledger", "Outbox", "VietText",
            .product(name: "Logging", package: "swift-log"), "Yams",
        ]),

        // The officer's review desk: a local web application over the ledger (pages, forms, sessions).
        .target(name: "ReviewDesk", dependencies: [
            "DocumentModel", "OOXML", "Plan", "Extraction", "Intake", "Consolidation", "ReportWriters", "Ledger", "Outbox",
            "Nightly", "VietText", "Yams", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        .executableTarget(
            name: "TonghopCLI",
            dependencies: [
                "DocumentModel", "OOXML", "Plan", "Extraction", "Intake", "Consolidation", "ReportWriters",
                "Ledger", "Outbox", "Nightly", "ReviewDesk", "Forms",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The amplification shapes (crafted files that make a reader build far more than they
        // hold), shared by AmplificationTests and `tonghop-bench amplification`.
        .target(name: "AmplificationShapes", dependencies: ["DocumentModel", "OOXML"]),
        // A plain benchmark executable: `swift run -c release tonghop-bench --help`.
        .executableTarget(name: "TonghopBench", dependencies: ["DocumentModel", "OOXML", "Plan", "Extraction", "Intake", "Nightly", "Ledger", "AmplificationShapes", .product(name: "Logging", package: "swift-log")]),

        .testTarget(name: "ReviewDeskTests", dependencies: [
            "ReviewDesk", "Ledger", "Nightly", "Plan", "Extraction", "Consolidation", "ReportWriters", "OOXML", "DocumentModel",
            .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            // The kill -9 test spawns the built `tonghop`.
            "TonghopCLI",
        ]),
        .testTarget(name: "OOXMLTests", dependencies: ["OOXML", "DocumentModel", "AmplificationShapes"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanTests", dependencies: ["Plan", "OOXML", "DocumentModel", "VietText", "AmplificationShapes"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportTests", dependencies: ["Consolidation", "ReportWriters", "Intake", "Extraction", "Plan", "OOXML", "DocumentModel", "VietText", "Nightly", "Ledger"], exclude: ["Golden"]),
        .testTarget(name: "NightlyTests", dependencies: [
            "Nightly", "Ledger", "Outbox", "Consolidation", "Intake", "Plan", "Extraction", "OOXML",
            // The kill -9 and command tests spawn the built `tonghop` and the test-only slow run.
            "TonghopCLI", "TonghopSlowRun", .product(name: "Logging", package: "swift-log"),
            // RecordDecodingTests build GRDB rows from the records' Codable encoding.
            .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Fixtures"]),
        // The `tonghop` command as a user meets it: JSON outputs against their schemas and golden
        // files, messages and exit codes (scripts/try-as-new-user.sh).
        .testTarget(name: "CLITests", dependencies: ["TonghopCLI"], exclude: ["Fixtures", "Golden"]),
        // Test-only: a nightly run that pauses after each committed file (the kill -9 test).
        .executableTarget(name: "TonghopSlowRun", dependencies: ["Nightly", "Plan", .product(name: "Logging", package: "swift-log")],
                          path: "Tests/Tools/SlowRun"),
        .testTarget(name: "FormsTests", dependencies: ["Forms", "Extraction", "Intake", "Plan", "OOXML", "DocumentModel"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Intake", "Plan", "OOXML", "DocumentModel", "VietText"]),
        // Cell values and body text compared with python-calamine and pandoc (expected values checked in).
        .testTarget(name: "ConformanceTests", dependencies: ["OOXML", "DocumentModel"], exclude: ["Expected", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds only (debug builds and the tests keep the defaults): the Swift runtime, standard
// library and Foundation are linked into the executables (`-static-stdlib`; our modules are
// compiled against the static SDK so that the link pulls in what Foundation needs). Each of the
// millions of runtime calls `extract` makes (retain/release, hashing, String) is then a direct
// call instead of one through the dynamic linker's tables, the process starts without relocating
// the Swift libraries, and `tonghop` runs on a machine without a Swift install. It saves about 7 %
// of `extract`'s CPU on the scale corpus (README "Benchmark", with the settings tried and left out).
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    }
}

// libFuzzer targets, built only by scripts/fuzz.sh (TONGHOP_FUZZ=1): their sources define
// LLVMFuzzerTestOneInput and no main, so they cannot be part of an ordinary build.
if ProcessInfo.processInfo.environment["TONGHOP_FUZZ"] != nil {
    package.targets += [
        .executableTarget(name: "FuzzDocx", dependencies: ["OOXML", "DocumentModel"], path: "Fuzz/FuzzDocx"),
        .executableTarget(name: "FuzzXlsx", dependencies: ["OOXML", "DocumentModel"], path: "Fuzz/FuzzXlsx"),
    ]
}
