import HandsetCore

/// Value spellings shared by the Htek files.
extension HtekEmitter {
    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }



}
