import ArgumentParser

@main
struct Tonghop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tonghop",
        abstract: "Consolidates unit reports on the CT38 plan into the Department's report.",
        subcommands: [RunCommand.self, StatusCommand.self, Extract.self, Inspect.self, Report.self, CatalogueCommand.self, UnitsCommand.self,
                      PipelineCommand.self, TemplatesCommand.self])
}
