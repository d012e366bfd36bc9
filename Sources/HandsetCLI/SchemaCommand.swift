import ArgumentParser
import HandsetCore

/// `handset schema`: the JSON Schema of the input format, for editors (YAML language server) and CI.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of handset.yaml and tenant files.",
        discussion: """
            Save it next to the fleet and point editors at it with a first line such as
              # yaml-language-server: $schema=./handset.schema.json
            """)

    func run() throws { Output.out(InputSchema.jsonSchemaText()) }
}
