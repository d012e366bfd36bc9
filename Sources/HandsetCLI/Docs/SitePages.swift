import Foundation
import HandsetCore

/// The documentation site under `site/`: the shared page frame and navigation, and the pages generated from the
/// sources of truth (the input schema, the catalog, the validation rules). Hand-written pages (`index.html`,
/// `serving.html`, `secrets.html`, `gitops.html`) carry the same navigation; a test holds them to it.
enum SitePages {
    /// One entry of the site navigation.
    struct Link: Sendable {
        var file: String
        var title: String
    }

    /// Every page of the site, in navigation order.
    static let navigation: [Link] = [
        Link(file: "index.html", title: "Getting started"),
        Link(file: "reference.html", title: "Input format"),
        Link(file: "models.html", title: "Supported models"),
        Link(file: "serving.html", title: "Serving with nginx"),
        Link(file: "secrets.html", title: "Secrets"),
        Link(file: "gitops.html", title: "GitOps"),
        Link(file: "diagnostics.html", title: "Diagnostic codes"),
    ]

    /// One generated file: its path under the site folder and its exact bytes.
    struct File: Sendable {
        var path: String
        var text: String
    }

    /// The example files the GitOps page links to, copied from `examples/gitops/` so the site stands alone.
    static let copiedExamples = ["handset-workflow.yml", "pre-commit"]

    /// Every generated file. `root` is the package root: the diagnostic examples come from its bad-input corpus
    /// (`Tests/Corpus/bad`), and generation fails when an example no longer produces its code.
    static func generate(root: URL) throws -> [File] {
        var files = [
            File(path: "reference.html", text: ReferencePage.render()),
            File(path: "models.html", text: ModelsPage.render()),
            File(path: "diagnostics.html", text: try DiagnosticsPage.render(corpus: root.appendingPathComponent("Tests/Corpus/bad"))),
            File(path: "handset.schema.json", text: InputSchema.jsonSchemaText()),
        ]
        for name in copiedExamples {
            let text = try String(contentsOf: root.appendingPathComponent("examples/gitops/\(name)"), encoding: .utf8)
            files.append(File(path: "examples/\(name)", text: text))
        }
        return files
    }

    /// The `<nav>` block every page carries; the current page is marked with `aria-current`.
    static func nav(current: String) -> String {
        var out = "<nav aria-label=\"Site\">\n<ul>\n"
        for link in navigation {
            let mark = link.file == current ? " aria-current=\"page\"" : ""
            out += "<li><a href=\"\(link.file)\"\(mark)>\(HTML.escape(link.title))</a></li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    /// A whole page: head, header with navigation, `body` inside `<main>`, and a footer naming the page's source.
    static func page(file: String, title: String, source: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(HTML.escape(title)) · Handset</title>
        <link rel="stylesheet" href="style.css"/>
        </head>
        <body>
        <header class="site">
        <a class="brand" href="index.html">Handset</a>
        \(nav(current: file))</header>
        <main>
        <h1>\(HTML.escape(title))</h1>
        \(body)</main>
        <footer>
        <p>Generated from \(source) by <code>handset docs</code>; edit the source, not this page.</p>
        </footer>
        </body>
        </html>

        """
    }
}
