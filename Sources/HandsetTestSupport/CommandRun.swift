import Foundation

/// Runs the built `handset` binary and captures what it printed and how it exited.
public struct CommandRun {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws {
        let process = Process()
        process.executableURL = Fixtures.handsetBinary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large report cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}
