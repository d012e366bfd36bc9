/// Text with position markers (1️⃣ 2️⃣ ... 9️⃣) in it, swift-format style: the markers are removed and their
/// 1-based line and column (in characters of the cleaned text) remembered, so a test can say "an error here".
public struct MarkedText {
    public static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    public let text: String
    /// Marker number (1...9) -> (line, column).
    public let positions: [Int: (line: Int, column: Int)]

    public init(_ marked: String) {
        var text = ""
        var positions: [Int: (Int, Int)] = [:]
        var line = 1, column = 1
        for character in marked {
            if let index = Self.markers.firstIndex(of: character) {
                positions[index + 1] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.text = text
        self.positions = positions
    }

    /// "line:column" of a marker, for comparing with rendered locations.
    public func location(_ marker: Int) -> String {
        guard let p = positions[marker] else { return "marker \(marker) missing" }
        return "\(p.line):\(p.column)"
    }
}
