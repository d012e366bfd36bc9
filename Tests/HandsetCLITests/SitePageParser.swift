import Foundation
import HandsetTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one page of the documentation site as XML: whether it parses, its ids, and every link and resource
/// reference it makes (`href` and `src`), for the site tests.
final class SitePageParser: NSObject, XMLParserDelegate {
    private(set) var ids: [String] = []
    /// (element, attribute, value) of every `href` and `src`.
    private(set) var references: [(element: String, attribute: String, value: String)] = []
    private(set) var error: String?

    /// Parses `data`; `error` holds the parser's message with line and column when it is not well-formed.
    static func parse(_ data: Data) -> SitePageParser {
        let delegate = SitePageParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        // FoundationXML on Linux may return true from parse() after an error, so the error itself is checked.
        let finished = parser.parse()
        if delegate.error == nil, !finished || parser.parserError != nil {
            delegate.error = "\(parser.parserError.map { "\($0)" } ?? "parse failed")"
        }
        return delegate
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard error == nil else { return }
        let code = (parseError as NSError).code
        error = "line \(parser.lineNumber), column \(parser.columnNumber): XMLParser error \(code)"
            + (code == 76 ? " (mismatched tag)" : code == 68 ? " (undefined entity)" : "")
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let id = attributes["id"] { ids.append(id) }
        for attribute in ["href", "src"] {
            if let value = attributes[attribute] { references.append((element, attribute, value)) }
        }
    }
}

/// Where the tests find things: the committed site folder and the `handset` binary of this build.
enum SiteFiles {
    static let site = Fixtures.packageRoot.appendingPathComponent("site")

    /// Every HTML page under site/, by path relative to it.
    static var pages: [String] {
        let paths = FileManager.default.subpaths(atPath: site.path) ?? []
        return paths.filter { $0.hasSuffix(".html") }.sorted()
    }

    /// The binary built next to the running tests (whatever the scratch path), else the shared default.
    static var handsetBinary: URL {
        let candidates = [Bundle.main.bundleURL.appendingPathComponent("handset"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("handset")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? Fixtures.handsetBinary
    }

    /// Runs `executable` with `arguments`; returns exit status and what it printed on both streams.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                    in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
