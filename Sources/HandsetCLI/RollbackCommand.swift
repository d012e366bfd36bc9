import ArgumentParser
import HandsetPublish

/// `handset rollback -o OUT`: switch `current` to the previous release.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback", abstract: "Switch OUT/current back to the release before it.")

    @Option(name: .shortAndLong, help: "The output folder of earlier builds.")
    var output: String

    func run() throws {
        do {
            let (from, to) = try Rollback.run(output: output)
            Output.out("rolled back: current is \(to) (was \(from))\n")
        } catch {
            Output.err("handset: cannot roll back: \(error)\n")
            throw ExitCodes.errors
        }
    }
}
