import Foundation
import HandsetCore
@testable import HandsetCLI
import HandsetTestSupport
import Testing

/// The documentation site under `site/`: generated pages match their sources, every page parses, carries the
/// shared navigation and links only to things that exist, and every diagnostic code Handset emits is documented
/// with an example. The GitOps examples parse and the pre-commit hook works on a real repository.
struct SiteTests {
    static let regenerate = "run `swift run handset docs --out site` from the package root and commit the result"

    @Test func generatedPagesAreUpToDate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try SiteFiles.run(SiteFiles.handsetBinary, ["docs", "--out", folder.path, "--root", Fixtures.packageRoot.path])
        #expect(run.status == 0, "handset docs failed: \(run.output)")
        let expected = try SitePages.generate(root: Fixtures.packageRoot).map(\.path)
        for path in expected {
            let generated = try Data(contentsOf: folder.appendingPathComponent(path))
            let committed = try? Data(contentsOf: SiteFiles.site.appendingPathComponent(path))
            #expect(committed == generated, "site/\(path) is out of date: \(Self.regenerate)")
        }
    }

    /// Checked by eye with a headless-browser screenshot at 390 px; this keeps the rule that makes it work.
    @Test func tablesScrollInsideTheirBoxOnPhoneWidthScreens() throws {
        let css = try String(contentsOf: SiteFiles.site.appendingPathComponent("style.css"), encoding: .utf8)
        let media = try #require(css.range(of: "@media (max-width: 760px) {"), "no narrow-screen rules in style.css")
        let block = css[media.upperBound...].prefix { $0 != "}" }
        #expect(block.contains("table { display: block; overflow-x: auto;"))
        let pages = SiteFiles.pages.map { String(decoding: (try? Data(contentsOf: SiteFiles.site.appendingPathComponent($0))) ?? Data(), as: UTF8.self) }
        #expect(pages.allSatisfy { !$0.contains("<table") || $0.contains("name=\"viewport\"") }, "a page with a table lacks the viewport meta tag")
    }

    @Test func everyPageIsWellFormedWithTheSharedNavigation() throws {
        let pages = SiteFiles.pages
        #expect(Set(pages).isSuperset(of: SitePages.navigation.map(\.file)), "a page of the navigation is missing")
        for page in pages {
            let data = try Data(contentsOf: SiteFiles.site.appendingPathComponent(page))
            let parsed = SitePageParser.parse(data)
            #expect(parsed.error == nil, "site/\(page) is not well-formed: \(parsed.error ?? "")")
            let duplicates = Dictionary(grouping: parsed.ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(duplicates.isEmpty, "site/\(page) repeats ids \(duplicates)")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains(SitePages.nav(current: page)),
                    "site/\(page) lacks the shared navigation of SitePages.nav (with aria-current on itself)")
        }
    }

    @Test func everyInternalLinkResolves() throws {
        var ids: [String: Set<String>] = [:]
        var parsed: [String: SitePageParser] = [:]
        for page in SiteFiles.pages {
            let result = SitePageParser.parse(try Data(contentsOf: SiteFiles.site.appendingPathComponent(page)))
            parsed[page] = result
            ids[page] = Set(result.ids)
        }
        var checked = 0
        for (page, result) in parsed.sorted(by: { $0.key < $1.key }) {
            for reference in result.references {
                let value = reference.value
                if value.hasPrefix("https://") || value.hasPrefix("http://") || value.hasPrefix("mailto:") {
                    #expect(reference.element == "a", "site/\(page) loads an external resource: \(value)")
                    continue
                }
                #expect(!value.hasPrefix("/") && !value.contains(":"), "site/\(page): '\(value)' is not a relative link")
                let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let base = URL(fileURLWithPath: page, relativeTo: SiteFiles.site).deletingLastPathComponent()
                let target = parts[0].isEmpty ? page
                    : URL(fileURLWithPath: parts[0], relativeTo: base).standardized.path
                        .replacingOccurrences(of: SiteFiles.site.standardized.path + "/", with: "")
                let exists = FileManager.default.fileExists(atPath: SiteFiles.site.appendingPathComponent(target).path)
                #expect(exists, "site/\(page) links to '\(value)', which does not exist")
                if parts.count == 2, exists {
                    #expect(ids[target]?.contains(parts[1]) == true, "site/\(page) links to '\(value)': no id '\(parts[1])' in \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 100, "only \(checked) links found")
    }

    @Test func everyEmittedCodeIsDocumented() throws {
        let documented = Set(DiagnosticsPage.entries().map(\.code))
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #""([EW][0-9]{4})""#)
        var emitted: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: sources.path) ?? [] where path.hasSuffix(".swift") && !path.hasPrefix("HandsetCLI/Docs/") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                emitted[String(text[Range(match.range(at: 1), in: text)!])] = path
            }
        }
        #expect(emitted.count > 50)
        for (code, path) in emitted.sorted(by: { $0.key < $1.key }) where !documented.contains(code) {
            Issue.record("\(code) (emitted in Sources/\(path)) is not documented: add it to DiagnosticCodes.frontEnd or its rule's codes, then \(Self.regenerate)")
        }
        let ruleCodes = Set(ValidationRules.all.flatMap(\.codes))
        for entry in DiagnosticCodes.frontEnd where ruleCodes.contains(entry.code) {
            Issue.record("\(entry.code) is now in a rule's codes: remove it from DiagnosticCodes.frontEnd")
        }
    }

    @Test func everyCodeHasAnExampleThatProducesIt() throws {
        let corpus = Fixtures.packageRoot.appendingPathComponent("Tests/Corpus/bad")
        for entry in DiagnosticsPage.entries() {
            let example = try DiagnosticExample.make(code: entry.code, corpus: corpus)
            #expect(example.output.contains("[\(entry.code)]:"), "\(entry.code): \(example.output)")
            #expect(!example.output.contains(FileManager.default.temporaryDirectory.path), "\(entry.code) shows a temporary path")
        }
        for name in Set(DiagnosticCodes.corpusCases.values) {
            #expect(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path), "no corpus case \(name)")
        }
    }

    @Test func workflowExampleIsYAMLAndSchemaIsJSON() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("examples/gitops/handset-workflow.yml")))
        let loaded = YAMLLoader.load(bytes, file: 0)
        #expect(loaded.diagnostics.isEmpty, "handset-workflow.yml: \(loaded.diagnostics.map(\.message))")
        guard case .mapping(let pairs)? = loaded.root?.kind else {
            Issue.record("handset-workflow.yml is not a mapping")
            return
        }
        #expect(Set(pairs.compactMap(\.key.scalarText)).isSuperset(of: ["name", "on", "jobs"]))
        let schema = try Data(contentsOf: SiteFiles.site.appendingPathComponent("handset.schema.json"))
        #expect(try JSONSerialization.jsonObject(with: schema) is [String: Any])
    }
}
