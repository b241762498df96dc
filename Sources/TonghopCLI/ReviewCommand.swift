import ArgumentParser
import Dispatch
import Foundation
import Logging
import ReviewDesk

/// `tonghop review`: the officer's review desk, a web application over the ledger.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Open the review desk: a local web application where officers settle findings (every decision kept in the ledger).",
        discussion: """
            Serves on 127.0.0.1 by default; it prints its address and serves until stopped (Ctrl-C, SIGTERM). \
            On any other address it starts only when accounts exist (`tonghop users add NAME`) and then asks for a login. \
            Exit codes: 0 stopped; 2 could not start (no ledger, a broken pipeline, the port in use, no accounts for a non-loopback address).
            """)

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var locations: RunLocations

    @Option(help: "The address to listen on (default 127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port phải từ 0 đến 65535 (được \(port)).") }
    }

    func run() throws {
        let pipeline = try pipelineOptions.loadPipeline()
        let paths = locations.resolve(pipeline.definition)
        let accounts = AccountsFile(besideLedger: paths.ledger)
        var logger = Logger(label: "tonghop.review")
        logger.logLevel = .warning
        let server: DeskServer
        do {
            let backend = try LedgerDesk(pipelineDirectory: pipelineOptions.directory,
                                         paths: .init(inbox: paths.inbox, outbox: paths.outbox, ledger: paths.ledger),
                                         asOf: locations.givenDate, logger: logger)
            server = try DeskServer(backend: backend, accounts: accounts,
                                    options: .init(host: host, port: port, localOfficer: Self.localOfficer()))
        } catch {
            printError("tonghop review: \(error)")
            throw ExitCode(ExitStatus.couldNotRun)
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        // The server runs on Swift's concurrency threads; this thread waits for it to stop
        // (the application stops on SIGINT and SIGTERM, finishing requests in flight).
        Task {
            do {
                try await server.run { address in
                    // Written whole and unbuffered: a script waiting for the address reads it at once.
                    FileHandle.standardOutput.write(Data("Bàn rà soát đang mở tại \(address) — dừng bằng Ctrl-C.\nReview desk at \(address)\n".utf8))
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            let text = "\(error)"
            if text.contains("Address already in use") {
                printError("tonghop review: cổng \(port) trên \(host) đang được chương trình khác dùng; chọn cổng khác bằng --port (port in use).")
                throw ExitCode(ExitStatus.couldNotRun)
            }
            printError("tonghop review: \(error)")
            throw ExitCode(ExitStatus.couldNotRun)
        }
    }

    /// Who decides on a loopback desk without accounts: the system user running it.
    static func localOfficer() -> String {
        let env = ProcessInfo.processInfo.environment
        let name = env["USER"] ?? env["LOGNAME"] ?? NSUserName()
        return name.isEmpty ? "canbo" : name
    }

    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var _error: (any Error)?
        var error: (any Error)? { lock.withLock { _error } }
        func set(_ e: any Error) { lock.withLock { _error = e } }
    }
}

/// `tonghop users`: the desk's accounts (bcrypt hashes in a file beside the ledger).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the review desk's accounts.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account (or set a new password): the password is read from the terminal, or from standard input when it is not a terminal.")

        @OptionGroup var pipelineOptions: PipelineOptions
        @OptionGroup var locations: RunLocations

        @Argument(help: "The account name (no spaces).")
        var name: String

        func run() throws {
            let pipeline = try pipelineOptions.loadPipeline()
            let accounts = AccountsFile(besideLedger: locations.resolve(pipeline.definition).ledger)
            let password: String
            if isatty(STDIN_FILENO) != 0 {
                guard let first = Self.readHidden("Mật khẩu cho \(name): "), let second = Self.readHidden("Nhập lại mật khẩu: ") else {
                    printError("tonghop users add: không đọc được mật khẩu")
                    throw ExitCode(ExitStatus.couldNotRun)
                }
                guard first == second else {
                    printError("tonghop users add: hai lần nhập mật khẩu không giống nhau")
                    throw ExitCode(ExitStatus.couldNotRun)
                }
                password = first
            } else {
                guard let line = readLine(strippingNewline: true) else {
                    printError("tonghop users add: không có mật khẩu trên đầu vào chuẩn")
                    throw ExitCode(ExitStatus.couldNotRun)
                }
                password = line
            }
            do {
                let isNew = try accounts.set(name: name, password: password)
                print(isNew ? "Đã tạo tài khoản \(name) (\(accounts.url.path))." : "Đã đổi mật khẩu của \(name) (\(accounts.url.path)).")
            } catch {
                printError("tonghop users add: \(error)")
                throw ExitCode(ExitStatus.couldNotRun)
            }
        }

        /// A line read from the terminal with echo off.
        static func readHidden(_ prompt: String) -> String? {
            FileHandle.standardError.write(Data(prompt.utf8))
            var old = termios()
            tcgetattr(STDIN_FILENO, &old)
            var quiet = old
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
            defer {
                tcsetattr(STDIN_FILENO, TCSANOW, &old)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            return readLine(strippingNewline: true)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts (names only).")

        @OptionGroup var pipelineOptions: PipelineOptions
        @OptionGroup var locations: RunLocations

        func run() throws {
            let pipeline = try pipelineOptions.loadPipeline()
            let accounts = AccountsFile(besideLedger: locations.resolve(pipeline.definition).ledger)
            do {
                let names = try accounts.names()
                if names.isEmpty { print("Chưa có tài khoản nào (\(accounts.url.path)).") }
                for n in names { print(n) }
            } catch {
                printError("tonghop users list: \(error)")
                throw ExitCode(ExitStatus.couldNotRun)
            }
        }
    }
}
