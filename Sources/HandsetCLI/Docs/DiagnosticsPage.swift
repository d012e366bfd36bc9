import Foundation
import HandsetCore

/// `diagnostics.html`: every code Handset reports, why it exists, and a real input that produces it with the
/// report `handset` prints for it.
enum DiagnosticsPage {
    static let file = "diagnostics.html"

    /// One documented code: its reason and where it comes from.
    struct Entry {
        var code: String
        var why: String
        var origin: String
    }

    /// The rules' own codes first, then the codes emitted outside them; sorted by number, E before W.
    static func entries() -> [Entry] {
        var entries: [Entry] = []
        for rule in ValidationRules.all {
            let name = String(describing: type(of: rule))
            for code in rule.codes where !entries.contains(where: { $0.code == code }) {
                entries.append(Entry(code: code, why: rule.why, origin: name))
            }
        }
        for item in DiagnosticCodes.frontEnd where !entries.contains(where: { $0.code == item.code }) {
            entries.append(Entry(code: item.code, why: item.why, origin: item.origin))
        }
        return entries.sorted { ($0.code.dropFirst(), $0.code) < ($1.code.dropFirst(), $1.code) }
    }

    static func render(corpus: URL) throws -> String {
        let entries = entries()
        let examples = try entries.map { try DiagnosticExample.make(code: $0.code, corpus: corpus) }
        var body = intro() + "<h2 id=\"index\">All codes</h2>\n" + index(entries, examples)
        for group in DiagnosticCodes.groups {
            let members = zip(entries, examples).filter { $0.0.code.dropFirst().hasPrefix(group.prefix) }
            guard !members.isEmpty else { continue }
            body += "<section id=\"group-\(group.prefix)\">\n<h2>\(group.prefix)xx: \(HTML.escape(group.title))</h2>\n"
            for (entry, example) in members { body += section(entry, example) }
            body += "</section>\n"
        }
        let ungrouped = zip(entries, examples).filter { pair in
            !DiagnosticCodes.groups.contains { pair.0.code.dropFirst().hasPrefix($0.prefix) }
        }
        if !ungrouped.isEmpty {
            body += "<section id=\"group-other\">\n<h2>Other codes</h2>\n"
            for (entry, example) in ungrouped { body += section(entry, example) }
            body += "</section>\n"
        }
        return SitePages.page(file: file, title: "Diagnostic codes",
                              source: "the validation rules, DiagnosticCodes.swift and Tests/Corpus/bad", body: body)
    }

    static func intro() -> String {
        """
        <p>Every problem Handset finds has a stable code: <code>E</code> for errors, which stop a build, and \
        <code>W</code> for warnings, which do not unless <code>--strict</code> is given. One run reports every \
        problem it can find, each at the file, line and column of the culprit, with notes and a hint where one helps.</p>
        <p><code>--format human</code> (the default) prints the reports shown below; <code>--format json</code> prints \
        one object with a <code>diagnostics</code> list for programs; <code>--format github</code> prints workflow \
        commands that GitHub Actions shows as annotations on the pull request (see <a href="gitops.html">GitOps</a>). \
        <code>validate</code> exits 0 when the fleet is clean, 1 with errors, 64 on a usage error and 74 when an input \
        cannot be read. Codes <code>E061x</code> come from resolving secret values, which only <code>build</code> and \
        <code>plan</code> do (see <a href="secrets.html">Secrets</a>).</p>
        <p>Each example below is a real input run through Handset when these pages were generated: most are cases of \
        the bad-input test corpus (<code>Tests/Corpus/bad</code> in the source tree), the rest are shown in full.</p>

        """
    }

    static func index(_ entries: [Entry], _ examples: [DiagnosticExample]) -> String {
        var rows = ""
        for (entry, example) in zip(entries, examples) {
            rows += "<tr><td><a href=\"#\(entry.code)\">\(entry.code)</a></td><td>\(example.severity.rawValue)</td>"
                + "<td>\(HTML.escape(example.message))</td></tr>\n"
        }
        return "<table class=\"codes\">\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Severity</th>"
            + "<th scope=\"col\">Message, as in the example</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
    }

    static func section(_ entry: Entry, _ example: DiagnosticExample) -> String {
        var out = "<section class=\"code\" id=\"\(entry.code)\">\n"
        out += "<h3><code>\(entry.code)</code> <span class=\"severity \(example.severity.rawValue)\">\(example.severity.rawValue)</span></h3>\n"
        out += "<p>\(HTML.escape(HTML.sentence(entry.why))) <span class=\"origin\">Reported by: \(HTML.escape(entry.origin)).</span></p>\n"
        if let name = example.corpusCase {
            out += "<p>Example: \(HTML.escape(example.caption)) (<code>Tests/Corpus/bad/\(HTML.escape(name))</code>).</p>\n"
        } else {
            out += "<p>Example: \(HTML.escape(example.caption)).</p>\n"
            for file in example.files {
                out += "<details>\n<summary>\(HTML.code(file.path))</summary>\n" + HTML.pre(file.text, kind: "yaml") + "</details>\n"
            }
        }
        out += HTML.pre("$ \(example.command)\n" + example.output, kind: "diagnostic")
        return out + "</section>\n"
    }
}
