import HandsetCore
import HandsetTestSupport
import Testing

/// The loader keeps scalars as written and reports YAML-level problems at their exact place.
struct YAMLLoaderTests {
    private func load(_ text: String) -> (root: SourceNode?, diagnostics: [Diagnostic]) {
        YAMLLoader.load(Array(text.utf8), file: 0)
    }

    private func at(_ marked: MarkedText, _ marker: Int, _ d: Diagnostic?) -> Bool {
        guard let mark = d?.mark, let p = marked.positions[marker] else { return false }
        return Int(mark.line) == p.line && Int(mark.column) == p.column
    }

    @Test func scalarsKeepTheirSourceText() throws {
        let root = try #require(load("a: 0123\nb: NO\nc: 00:15:65:12:34:56\nd: '+47 900 00 000'\n").root)
        guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs.map { $0.value.scalarText } == ["0123", "NO", "00:15:65:12:34:56", "+47 900 00 000"])
        #expect(pairs[3].value.kind.isQuoted)
    }

    @Test func duplicateKeyPointsAtBothPlaces() {
        let marked = MarkedText("tenant: a\n1️⃣tenant: b\n")
        let result = load(marked.text)
        let d = result.diagnostics.first
        #expect(d?.code == "E0002")
        #expect(at(marked, 1, d))
        #expect(d?.notes.first?.mark?.line == 1)
    }

    @Test func mergeKeysApplyWithExplicitKeysWinning() throws {
        let root = try #require(load("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n").root)
        guard case .mapping(let top) = root.kind, case .mapping(let item) = top[1].value.kind else {
            Issue.record("shape"); return
        }
        let values = Dictionary(uniqueKeysWithValues: item.map { ($0.key.scalarText!, $0.value.scalarText!) })
        #expect(values == ["x": "1", "y": "3"])
    }

    @Test func aliasBombIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...7 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let result = load(text)
        #expect(result.root == nil)
        #expect(result.diagnostics.map(\.code) == ["E0007"])
    }

    @Test func secondDocumentIsAnError() {
        let marked = MarkedText("a: 1\n1️⃣---\nb: 2\n")
        let d = load(marked.text).diagnostics.first
        #expect(d?.code == "E0003")
        #expect(at(marked, 1, d))
    }

    @Test func byteOrderMarkIsAnError() {
        let result = YAMLLoader.load([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: 0)
        #expect(result.diagnostics.map(\.code) == ["E0004"])
    }

    @Test func invalidUTF8PointsAtTheByte() {
        let result = YAMLLoader.load(Array("a: 1\nb: x".utf8) + [0xFF] + Array("\n".utf8), file: 0)
        let d = result.diagnostics.first
        #expect(d?.code == "E0005")
        #expect(d?.mark?.line == 2 && d?.mark?.column == 5)
    }

    @Test func tabInIndentation() {
        let marked = MarkedText("a:\n  b: 1\n  1️⃣\tc: 2\n")
        let d = load(marked.text).diagnostics.first
        #expect(d?.code == "E0006")
        #expect(at(marked, 1, d))
    }

    @Test func syntaxErrorHasAPosition() {
        let d = load("a: [1, 2\nb: 3\n").diagnostics.first
        #expect(d?.code == "E0001")
        #expect(d?.mark != nil)
    }

    @Test func unknownAliasIsAnError() {
        #expect(load("a: *nothing\n").diagnostics.map(\.code) == ["E0010"])
    }
}

extension SourceNode.Kind {
    var isQuoted: Bool {
        if case .scalar(_, let style) = self { return style == .singleQuoted || style == .doubleQuoted }
        return false
    }
}
