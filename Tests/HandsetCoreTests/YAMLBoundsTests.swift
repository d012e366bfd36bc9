import Foundation
import HandsetCore
import Testing

/// Issue #13, item 7: byte bombs, large merges and deep nesting end in a located error (or a correct result)
/// without going quadratic. The time limits are hang guards, not speed targets: on the parser before the fix each
/// of these inputs took minutes (merges and nesting are quadratic there); speed itself is measured with the
/// benchmark and `time handset validate`.
@Suite(.timeLimit(.minutes(1)))
struct YAMLBoundsTests {
    private func load(_ text: String) -> (root: SourceNode?, diagnostics: [Diagnostic]) {
        YAMLLoader.load(Array(text.utf8), file: 0)
    }

    private func value(_ node: SourceNode?, _ key: String) -> SourceNode? {
        guard let node, case .mapping(let pairs) = node.kind else { return nil }
        return pairs.first { $0.key.scalarText == key }?.value
    }

    @Test func aliasesOfLargeTextAreABombByBytesNotOnlyByNodes() {
        // 301 nodes, far below the node budget, but 300 copies of 64 KiB: 19 MiB of text.
        let big = String(repeating: "x", count: 64 << 10)
        let text = "big: &b \(big)\nlist:\n" + String(repeating: "  - *b\n", count: 300)
        let result = load(text)
        let bomb = result.diagnostics.first { $0.code == "E0007" }
        #expect(bomb?.message.contains("MiB") == true, "\(result.diagnostics.map(\.message))")
        // At the alias that crosses 16 MiB: the 257th (256 x 64 KiB = 16 MiB).
        #expect(bomb?.mark.map { Int($0.line) } == 2 + 257, "\(String(describing: bomb?.mark))")
    }

    @Test func aLargeMergeIsLinearAndKeepsExplicitKeysFirst() throws {
        let count = 50_000
        var text = "base: &base\n"
        for n in 0..<count { text += "  m\(n): merged\n" }
        text += "target:\n  <<: *base\n  m0: explicit\n"
        for n in 0..<count { text += "  e\(n): own\n" }
        let result = load(text)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.prefix(3).map(\.message))")
        let target = try #require(value(result.root, "target"))
        guard case .mapping(let pairs) = target.kind else { Issue.record("target is no mapping"); return }
        #expect(pairs.count == 2 * count)
        #expect(value(target, "m0")?.scalarText == "explicit")
        #expect(value(target, "m\(count - 1)")?.scalarText == "merged")
    }

    @Test(arguments: [300_000, 65])
    func deepFlowNestingIsRefusedAtTheLimit(_ depth: Int) {
        let result = load("key: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        let deep = result.diagnostics.first { $0.code == "E0014" }
        #expect(deep != nil, "\(result.diagnostics.map(\.message))")
        // The root mapping is level 1, so the 64th '[' (column 6 + 63) opens level 65.
        #expect(deep?.mark.map { [Int($0.line), Int($0.column)] } == [1, 6 + 63])
    }

    @Test func nestingUpToTheLimitIsRead() {
        let depth = YAMLLoader.nestingLimit - 1
        let result = load("key: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func deepBlockNestingIsRefused() {
        var text = ""
        for level in 0..<100 { text += String(repeating: " ", count: 2 * level) + "a:\n" }
        #expect(load(text).diagnostics.contains { $0.code == "E0014" && $0.mark.map { Int($0.line) } == 65 })
    }
}
