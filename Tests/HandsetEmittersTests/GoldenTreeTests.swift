import Foundation
@testable import HandsetTestSupport
import Testing

/// The golden-tree helper itself: record, compare, report missing, extra and changed files.
struct GoldenTreeTests {
    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("handset-golden-test-\(UUID().uuidString)")
    }

    @Test func recordThenCompare() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["a/one.cfg": Array("x = 1\ny = 2\n".utf8), "two.xml": Array("<a/>\n".utf8)]
        #expect(try GoldenTree.check(files, against: folder, record: true) == nil)
        #expect(try GoldenTree.read(folder) == files)
        #expect(try GoldenTree.check(files, against: folder, record: false) == nil)

        var changed = files
        changed["a/one.cfg"] = Array("x = 1\ny = 3\n".utf8)
        changed["three.txt"] = []
        changed["two.xml"] = nil
        let report = try #require(try GoldenTree.check(changed, against: folder, record: false))
        #expect(report.contains("files no longer emitted: two.xml"))
        #expect(report.contains("files not in the golden tree: three.txt"))
        #expect(report.contains("-y = 2") && report.contains("+y = 3"))
    }

    @Test func lineDiffWithoutGit() {
        let diff = GoldenTree.lineDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n", path: "x.cfg")
        #expect(diff == "--- golden/x.cfg\n+++ actual/x.cfg\n b\n c\n-d\n+D\n e\n f\n")
    }
}
