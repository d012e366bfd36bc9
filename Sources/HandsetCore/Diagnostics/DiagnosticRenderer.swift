import Foundation

/// Prints diagnostics for people (`human`), programs (`json`) and GitHub Actions (`github`).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case human, json, github
}

public struct DiagnosticRenderer: Sendable {
    public var format: DiagnosticFormat
    public var files: SourceFiles
    /// Put before every fleet-relative path, so that printed paths open from where the command was run (the fleet
    /// folder relative to the current folder or `--path-base`, ending in "/"; empty when they are the same).
    public var pathPrefix: String
    /// ANSI colours for the severities in the human format (on a terminal, without NO_COLOR).
    public var colour: Bool

    public init(format: DiagnosticFormat, files: SourceFiles, pathPrefix: String = "", colour: Bool = false) {
        self.format = format
        self.files = files
        self.pathPrefix = pathPrefix
        self.colour = colour
    }

    /// "error", "warning" or "note", in bold red, yellow or cyan when colour is on.
    func label(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return severity.rawValue }
        let code = switch severity { case .error: "1;31"; case .warning: "1;33"; case .note: "1;36" }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    /// A file's path as printed; absolute paths (a secrets file outside the fleet) as they are.
    func shownPath(_ file: UInt32) -> String {
        let path = files.path(file)
        return path.hasPrefix("/") ? path : pathPrefix + path
    }

    /// The whole report: every diagnostic, then (for human) a summary line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .human: return diagnostics.map(human).joined() + summary(diagnostics)
        case .github: return diagnostics.map(github).joined()
        case .json: return json(diagnostics)
        }
    }

    public func location(_ mark: Mark) -> String { "\(shownPath(mark.file)):\(mark.line):\(mark.column)" }

    func human(_ raw: Diagnostic) -> String {
        let d = Self.inert(raw)
        var out = ""
        if let mark = d.mark { out += location(mark) + ": " }
        out += "\(label(d.severity))[\(d.code)]: \(d.message)\n"
        if let mark = d.mark, d.quotesSource { out += excerpt(mark) }
        for note in d.notes {
            out += "note: " + (note.mark.map { location($0) + ": " } ?? "") + note.message + "\n"
            if let mark = note.mark { out += excerpt(mark) }
        }
        if let hint = d.hint { out += "hint: \(hint)\n" }
        return out
    }

    /// The source line with a gutter and a caret under the marked text: control characters escaped, a long
    /// line cut to a window around the mark (see `DiagnosticRenderer+Inert`).
    func excerpt(_ mark: Mark) -> String {
        guard let line = files.line(mark.line, in: mark.file) else { return "" }
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        let (visible, column) = Self.window(line.replacingOccurrences(of: "\t", with: " "), column: Int(mark.column))
        let lead = String(repeating: " ", count: max(0, column - 1))
        let width = max(1, min(Int(mark.length), max(1, visible.count - column + 1), Self.excerptWidth))
        return " \(number) | \(visible)\n \(gutter) | \(lead)^\(String(repeating: "~", count: width - 1))\n"
    }

    func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        guard errors + warnings > 0 else { return "" }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))\n"
    }

    func github(_ raw: Diagnostic) -> String {
        let d = Self.inert(raw)
        let level = d.severity == .note ? "notice" : d.severity.rawValue
        var properties: [String] = []
        if let mark = d.mark {
            properties = ["file=\(escapeProperty(shownPath(mark.file)))", "line=\(mark.line)", "col=\(mark.column)"]
        }
        properties.append("title=\(escapeProperty(d.code))")
        var message = d.message
        for note in d.notes { message += "\nnote: " + (note.mark.map { location($0) + ": " } ?? "") + note.message }
        if let hint = d.hint { message += "\nhint: \(hint)" }
        return "::\(level) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    func json(_ diagnostics: [Diagnostic]) -> String {
        func place(_ mark: Mark?) -> [String: Any] {
            guard let mark else { return [:] }
            return ["file": shownPath(mark.file), "line": Int(mark.line), "column": Int(mark.column)]
        }
        // JSON escapes control characters itself; long messages are still cut.
        let items: [[String: Any]] = diagnostics.map { Self.inert($0) }.map { (d: Diagnostic) -> [String: Any] in
            var item: [String: Any] = ["severity": d.severity.rawValue, "code": d.code, "message": d.message]
            if d.mark != nil { item["location"] = place(d.mark) }
            if let hint = d.hint { item["hint"] = hint }
            if !d.notes.isEmpty {
                item["notes"] = d.notes.map { note -> [String: Any] in
                    var n: [String: Any] = ["message": note.message]
                    if note.mark != nil { n["location"] = place(note.mark) }
                    return n
                }
            }
            return item
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let object: [String: Any] = ["diagnostics": items, "errors": errors, "warnings": warnings]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
