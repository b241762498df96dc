// Subcommands live in their own files; `run-ledger` is the nightly run's benchmark.
let benchArgs = Array(CommandLine.arguments.dropFirst())
if benchArgs.first == "run-ledger" {
    RunLedgerBench.main(Array(benchArgs.dropFirst()))
} else {
    print("tonghop-bench: not yet")
}
