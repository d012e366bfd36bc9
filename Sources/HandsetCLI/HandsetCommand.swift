import ArgumentParser

/// `handset`: the root command. Commands are thin: they parse options, call the library and print.
public struct HandsetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "handset",
        abstract: "Compile a fleet of IP-phone YAML files into provisioning files.",
        version: HandsetVersion.description,
        subcommands: [ValidateCommand.self, BuildCommand.self, PlanCommand.self, ShowCommand.self, RollbackCommand.self,
                      CheckCommand.self, ResyncCommand.self,
                      ModelsCommand.self, SchemaCommand.self, InitCommand.self, DocsCommand.self]
    )

    public init() {}
}
