import HandsetCore

/// Renders one `SchemaNode` of the input format as HTML: a short type phrase, and the details below a key's
/// description (constraints, nested keys, alternative forms). `path` prefixes the ids of nested keys
/// (`tenant.sip.server`), so every key of the format can be linked to.
struct SchemaNodeHTML {
    var path: String

    /// "text", "whole number from 1 to 65535", "list of …", or a link to a named definition.
    /// Longer lists of choices (the models) are named by count and where to find them, not spelled out.
    static let listedChoices = 30

    func type(_ node: SchemaNode) -> String {
        switch node {
        case .object: return "mapping"
        case .map(_, let values, let keys):
            return (keys == nil ? "mapping of names to " : "mapping of kinds to ") + type(values)
        case .array(_, let items, _, _): return "list of " + type(items)
        case .string(_, _, let enumeration, _): return enumeration == nil ? "text" : "choice"
        case .integer(_, let minimum, let maximum):
            switch (minimum, maximum) {
            case let (low?, high?): return low == high ? "whole number: \(low)" : "whole number, \(low) to \(high)"
            case let (low?, nil): return "whole number, at least \(low)"
            case let (nil, high?): return "whole number, at most \(high)"
            case (nil, nil): return "whole number"
            }
        case .boolean: return "true or false"
        case .oneOf(_, let forms): return "one of \(forms.count) forms"
        case .ref(let name):
            return "<a href=\"#def-\(HTML.escape(name))\">\(HTML.escape(ReferencePage.title(of: name)))</a>"
        }
    }

    /// What follows a description: allowed values, patterns, examples, nested keys and forms.
    func details(_ node: SchemaNode) -> String {
        switch node {
        case .object(_, let properties, let required):
            return self.properties(properties, required: required)
        case .map(_, let values, let keys):
            var out = ""
            if let keys { out += "<p class=\"constraints\">Kinds: \(HTML.list(keys.map(HTML.code), conjunction: "or")).</p>\n" }
            return out + nested(values, lead: "Each value")
        case .array(_, let items, let minItems, let maxItems):
            var out = ""
            switch (minItems, maxItems) {
            case let (low?, high?): out += "<p class=\"constraints\">\(low) to \(high) items.</p>\n"
            case let (low?, nil): out += "<p class=\"constraints\">At least \(low) item\(low == 1 ? "" : "s").</p>\n"
            case let (nil, high?): out += "<p class=\"constraints\">At most \(high) items.</p>\n"
            case (nil, nil): break
            }
            return out + nested(items, lead: "Each item")
        case .string(_, let pattern, let enumeration, let example):
            var parts: [String] = []
            if let enumeration, enumeration.count > Self.listedChoices {
                // The current models: the schema lists them for editors; here the models page does, with their keys.
                parts.append("One of the \(enumeration.count) current models on the <a href=\"models.html\">models page</a>.")
            } else if let enumeration {
                parts.append("One of " + HTML.list(enumeration.map(HTML.code), conjunction: "or") + ".")
            }
            if let pattern { parts.append("Pattern: " + HTML.code(pattern) + ".") }
            if let example { parts.append("Example: " + HTML.code(example) + ".") }
            return parts.isEmpty ? "" : "<p class=\"constraints\">\(parts.joined(separator: " "))</p>\n"
        case .oneOf(_, let forms):
            var out = "<ol class=\"forms\">\n"
            for form in forms {
                out += "<li><span class=\"type\">\(type(form))</span>: \(HTML.prose(form.description))\n\(details(form))</li>\n"
            }
            return out + "</ol>\n"
        case .integer, .boolean, .ref:
            return ""
        }
    }

    /// An item or value type: inline when it is plain text, with its own description when it has structure.
    func nested(_ node: SchemaNode, lead: String) -> String {
        switch node {
        case .ref: return ""
        case .string, .integer, .boolean:
            let inner = details(node)
            return inner.isEmpty && node.description.isEmpty ? ""
                : "<p>\(lead): \(HTML.prose(node.description))</p>\n" + inner
        default:
            return "<p>\(lead): \(HTML.prose(node.description))</p>\n" + details(node)
        }
    }

    /// Other pages that say more about a key, by key name.
    static let seeAlso: [String: (href: String, title: String)] = [
        "model": ("models.html", "Supported models"),
        "expansion_modules": ("models.html#modules", "Expansion modules"),
        "codecs": ("models.html", "the codecs of each model"),
        "timezone": ("models.html#zones", "Time zones"),
        "language": ("models.html#languages", "Languages"),
        "password": ("secrets.html", "Secrets"),
        "admin_password": ("secrets.html", "Secrets"),
        "trusted_networks": ("serving.html#what-it-does", "Serving with nginx"),
    ]

    /// A definition list of an object's keys, required ones marked.
    func properties(_ properties: [SchemaNode.Property], required: [String]) -> String {
        var out = "<dl class=\"keys\">\n"
        for property in properties {
            let id = "\(path).\(property.name)"
            let mark = required.contains(property.name) ? " <span class=\"required\">required</span>" : ""
            out += "<dt id=\"\(HTML.escape(id))\"><code>\(HTML.escape(property.name))</code> "
                + "<span class=\"type\">\(type(property.node))</span>\(mark)</dt>\n"
            out += "<dd>\n<p>\(HTML.prose(property.node.description))</p>\n"
            out += SchemaNodeHTML(path: id).details(property.node)
            if let link = Self.seeAlso[property.name] {
                out += "<p class=\"constraints\">See <a href=\"\(link.href)\">\(HTML.escape(link.title))</a>.</p>\n"
            }
            out += "</dd>\n"
        }
        return out + "</dl>\n"
    }
}
