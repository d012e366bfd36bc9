/// One problem found in a fleet: a stable code, a message naming the culprit, where it is, and what may help.
///
/// Diagnostics are values collected by every stage; only an unrecoverable failure (an unreadable root) is thrown.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A secondary location with its own message ("first defined here").
    public struct Note: Sendable, Equatable {
        public var message: String
        public var mark: Mark?

        public init(_ message: String, at mark: Mark? = nil) {
            self.message = message
            self.mark = mark
        }
    }

    public var severity: Severity
    public var code: String
    public var message: String
    public var mark: Mark?
    public var notes: [Note]
    public var hint: String?
    /// False when the marked line holds a secret (a password written in plain text): renderers print the
    /// location, never the line.
    public var quotesSource = true

    public init(_ severity: Severity, _ code: String, _ message: String, at mark: Mark?,
                notes: [Note] = [], hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.mark = mark
        self.notes = notes
        self.hint = hint
    }

    public static func error(_ code: String, _ message: String, at mark: Mark?,
                             notes: [Note] = [], hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: mark, notes: notes, hint: hint)
    }

    public static func warning(_ code: String, _ message: String, at mark: Mark?,
                               notes: [Note] = [], hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: mark, notes: notes, hint: hint)
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then code: the order every renderer prints.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            switch (a.mark, b.mark) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return (a.code, a.message) < (b.code, b.message)
            }
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}
