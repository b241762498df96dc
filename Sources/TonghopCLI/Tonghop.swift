import ArgumentParser
import Foundation

@main
struct Tonghop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tonghop",
        abstract: "Consolidates unit reports on the CT38 plan into the Department's report.",
        discussion: """
            Exit codes: 0 done (also when items wait for review; `run --fail-on-review` makes that 1); \
            1 `inspect`: the file is refused, `units find`: nothing found; \
            2 could not run (bad arguments, a missing or unusable path, a broken pipeline, another run holds the lock).
            """,
        subcommands: [RunCommand.self, StatusCommand.self, Extract.self, Inspect.self, Report.self, CatalogueCommand.self, UnitsCommand.self,
                      ReviewCommand.self, UsersCommand.self, PipelineCommand.self, TemplatesCommand.self])

    /// As ArgumentParser's own `main`, except that argument errors exit 2 (could not run), as
    /// documented, instead of its default 64 (EX_USAGE).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.couldNotRun)
            }
            exit(withError: error)
        }
    }
}
