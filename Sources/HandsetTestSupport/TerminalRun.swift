import Foundation

/// The built `handset` run with standard input, output and error on a pseudo-terminal (util-linux `script(1)`),
/// for what it prints only to a terminal: colour, progress lines. `output` is what the terminal received.
public struct TerminalRun {
    public let status: Int32
    public let output: String

    /// Whether `script` is there to give the run a terminal.
    public static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// `environment` is added to this process's, and a nil value removes a variable (`NO_COLOR`, say).
    public init(_ arguments: [String], environment: [String: String?] = [:], in directory: URL? = nil) throws {
        let command = ([Fixtures.handsetBinary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qefc", command.joined(separator: " "), "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: data, as: UTF8.self)
    }
}
