/// Operator paths (`-o`, `--served-from`, `--access-log`) go into the nginx files inside double quotes, so a
/// space cannot split a directive; characters that quotes do not neutralise (`"`, `\`, `$` which nginx expands
/// as a variable in these directives, `;`-free injection through control characters) are refused instead.
extension NginxConfig {
    /// `"path"`, for a path already checked by `checkPath`.
    static func quoted(_ path: String) -> String { "\"" + path + "\"" }

    /// Why `path` cannot go into an nginx file, or nil when it can.
    static func pathProblem(_ path: String, what: String) -> String? {
        if !path.hasPrefix("/") { return "\(what) '\(path)' must be an absolute path (nginx resolves relative paths against its own prefix)" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "\(what) holds a control character, which would break or extend the nginx configuration"
        }
        for bad in ["\"", "\\", "$", "{", "}"] where path.contains(bad) {
            return "\(what) '\(path)' holds '\(bad)', which nginx would read as syntax or a variable; use another path"
        }
        return nil
    }

    /// Refuses an output root or access log path that cannot be written into the configuration safely.
    static func check(root: String, accessLog: String) throws(PublishError) {
        if let problem = pathProblem(root, what: "the served output folder") { throw PublishError(path: root, reason: problem) }
        if accessLog.hasPrefix("syslog:") {
            if let problem = pathProblem("/" + accessLog, what: "the access log") { throw PublishError(path: accessLog, reason: problem) }
        } else if let problem = pathProblem(accessLog, what: "the access log") {
            throw PublishError(path: accessLog, reason: problem)
        }
    }
}
