import HandsetCore

/// `reference.html`: the input format, rendered from `InputSchema` — the same description `handset schema` turns
/// into JSON Schema, so the page and the schema cannot drift apart.
enum ReferencePage {
    static let file = "reference.html"

    /// Section titles of the named definitions, in page order; definitions not listed here follow by name.
    static let titles: [(name: String, title: String)] = [
        ("tenant", "Tenant"),
        ("deviceSettings", "Device settings"),
        ("key", "Key"),
    ]

    static func title(of definition: String) -> String {
        titles.first { $0.name == definition }?.title ?? definition
    }

    static func render() -> String {
        let known = titles.map(\.name)
        let definitions = InputSchema.definitions.sorted { a, b in
            let (i, j) = (known.firstIndex(of: a.name) ?? Int.max, known.firstIndex(of: b.name) ?? Int.max)
            return i != j ? i < j : a.name < b.name
        }
        var body = intro(definitions.map(\.name))
        body += section(id: "fleet", title: "handset.yaml", node: InputSchema.fleet, path: "fleet")
        for definition in definitions {
            body += section(id: "def-\(definition.name)", title: title(of: definition.name), node: definition.node,
                            path: definition.name)
        }
        body += example()
        return SitePages.page(file: file, title: "Input format reference",
                              source: "Sources/HandsetCore/Schema/InputSchema.swift", body: body)
    }

    static func intro(_ definitions: [String]) -> String {
        var out = """
            <p>A fleet is a folder with one <code>handset.yaml</code> (recognised by its <code>handset:</code> key) and \
            the tenant files it includes. This page lists every key Handset reads; any other key is an error \
            (<a href="diagnostics.html#E0101">E0101</a>). The same description is published as a JSON Schema, \
            <a href="handset.schema.json">handset.schema.json</a>, which <code>handset schema</code> prints.</p>
            <p>Values are read by the type each key declares, never by YAML's guesses: text fields take the text as \
            written (quote extension numbers such as <code>"0100"</code> to keep them readable), whole numbers are \
            plain decimals, and booleans are <code>true</code> or <code>false</code> only (<code>yes</code>, \
            <code>on</code> and friends are refused, <a href="diagnostics.html#E0104">E0104</a>).</p>
            <h2 id="editors">Editor support</h2>
            <p>Save the schema next to the fleet and name it on the first line of each file; editors with the YAML \
            language server (VS Code's YAML extension, Neovim, Helix, JetBrains) then complete keys, show these \
            descriptions and underline mistakes while you type:</p>
            <pre class="shell">handset schema &gt; handset.schema.json</pre>
            <pre class="yaml"># yaml-language-server: $schema=./handset.schema.json
            handset: 1</pre>
            <p>In a tenant file one folder down the path is relative to that file: \
            <code># yaml-language-server: $schema=../handset.schema.json</code>. <code>handset init</code> writes \
            both lines for you. Regenerate the schema file when you upgrade Handset.</p>
            <h2 id="contents">Contents</h2>
            <ul>
            <li><a href="#fleet">handset.yaml</a></li>

            """
        for name in definitions { out += "<li><a href=\"#def-\(name)\">\(HTML.escape(title(of: name)))</a></li>\n" }
        return out + "<li><a href=\"#example\">A complete example</a></li>\n</ul>\n"
    }

    static func section(id: String, title: String, node: SchemaNode, path: String) -> String {
        var out = "<section id=\"\(id)\">\n<h2>\(HTML.escape(title))</h2>\n"
        out += "<p>\(HTML.prose(node.description))</p>\n"
        out += SchemaNodeHTML(path: path).details(node)
        return out + "</section>\n"
    }

    /// The starter fleet of `handset init`, which a test validates and builds.
    static func example() -> String {
        var out = """
            <section id="example">
            <h2>A complete example</h2>
            <p>The fleet <code>handset init</code> writes, which validates and builds as it is:</p>

            """
        for path in StarterFleet.files.keys.sorted() where path.hasSuffix(".yaml") {
            out += "<h3>\(HTML.code(path))</h3>\n" + HTML.pre(StarterFleet.files[path]!, kind: "yaml")
        }
        return out + "</section>\n"
    }
}
