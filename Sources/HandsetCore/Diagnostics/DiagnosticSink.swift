/// Collects diagnostics from a stage. Not shared across threads: each worker has its own and they are joined.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public mutating func error(_ code: String, _ message: String, at mark: Mark?,
                               notes: [Diagnostic.Note] = [], hint: String? = nil) {
        diagnostics.append(.error(code, message, at: mark, notes: notes, hint: hint))
    }

    public mutating func warning(_ code: String, _ message: String, at mark: Mark?,
                                 notes: [Diagnostic.Note] = [], hint: String? = nil) {
        diagnostics.append(.warning(code, message, at: mark, notes: notes, hint: hint))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
