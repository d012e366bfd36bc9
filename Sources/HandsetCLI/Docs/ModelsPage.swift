import HandsetCore

/// `models.html`: every phone model, expansion module, time zone and language of the catalog, as tables.
enum ModelsPage {
    static let file = "models.html"

    static func render() -> String {
        var body = """
            <p>Devices name their model as <code>vendor/model</code> (<code>model: yealink/t54w</code>); anything \
            else is refused (<a href="diagnostics.html#E0401">E0401</a>). Keys are the programmable line keys over \
            all pages of the phone itself; expansion modules add their own. Models at end of life are known but \
            refused (<a href="diagnostics.html#E0402">E0402</a>), with the reason below. \
            <code>handset models</code> prints the same data as a table or as JSON.</p>
            <ul>

            """
        let vendors = Vendor.allCases.filter { vendor in Catalog.models.contains { $0.vendor == vendor } }
        for vendor in vendors { body += "<li><a href=\"#\(vendor.rawValue)\">\(vendor.displayName)</a></li>\n" }
        body += """
            <li><a href="#modules">Expansion modules</a></li>
            <li><a href="#zones">Time zones</a></li>
            <li><a href="#languages">Languages</a></li>
            </ul>

            """
        for vendor in vendors { body += models(of: vendor) }
        body += modules() + zones() + languages()
        return SitePages.page(file: file, title: "Supported models", source: "Sources/HandsetCore/Catalog", body: body)
    }

    static func row(_ cells: [String]) -> String { "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }

    static func table(_ headers: [String], _ rows: String) -> String {
        "<table>\n<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            + rows + "</tbody>\n</table>\n"
    }

    static func models(of vendor: Vendor) -> String {
        var rows = ""
        for model in Catalog.models.filter({ $0.vendor == vendor }).sorted(by: { $0.id < $1.id }) {
            let keys = model.pages == 1 ? "\(model.keysPerPage)" : "\(model.keyCapacity) (\(model.keysPerPage) × \(model.pages) pages)"
            let modules = model.modules.isEmpty ? "none"
                : "up to \(model.maxModules) × " + HTML.list(model.modules.map(HTML.code), conjunction: "or")
            let status = model.endOfLife.map { "<strong>end of life</strong>: " + HTML.escape($0) } ?? "supported"
            rows += row([HTML.code(model.reference), HTML.escape(model.displayName), "\(model.accounts)", keys, modules,
                         model.codecs.map(\.rawValue).joined(separator: ", "), status])
        }
        return "<section id=\"\(vendor.rawValue)\">\n<h2>\(vendor.displayName)</h2>\n"
            + table(["Model", "Name", "Accounts", "Keys", "Expansion modules", "Codecs", "Status"], rows) + "</section>\n"
    }

    static func modules() -> String {
        var rows = ""
        for module in Catalog.modules.sorted(by: { $0.reference < $1.reference }) {
            let hosts = Catalog.models.filter { $0.modules.contains(module.reference) && $0.endOfLife == nil }
                .map(\.displayName).sorted()
            rows += row([HTML.code(module.reference), HTML.escape(module.displayName),
                         "\(module.keyCapacity) (\(module.keysPerPage) × \(module.pages) pages)",
                         hosts.isEmpty ? "none" : HTML.escape(hosts.joined(separator: ", "))])
        }
        return """
            <section id="modules">
            <h2>Expansion modules</h2>
            <p>Listed under a device's <code>expansion_modules</code>, in order of attachment, each with its own \
            <code>keys</code>.</p>

            """ + table(["Module", "Name", "Keys", "Attaches to"], rows) + "</section>\n"
    }

    static func zones() -> String {
        var rows = ""
        for zone in Catalog.zones {
            let minutes = abs(zone.utcOffsetMinutes)
            let offset = (zone.utcOffsetMinutes < 0 ? "−" : "+") + "\(minutes / 60)" + (minutes % 60 == 0 ? "" : ":\(minutes % 60)")
            rows += row([HTML.code(zone.iana), "UTC\(offset)", zone.yealink.map(HTML.escape) ?? "not supported",
                         zone.snom.map(HTML.code) ?? "not supported", zone.htek.map { "\($0)" } ?? "not supported",
                         Catalog.grandstreamZone(zone.iana).map(HTML.code) ?? "not supported",
                         Catalog.fanvilZone(zone.iana).map(fanvilZone) ?? "not supported",
                         Catalog.polycomZone(zone.iana).map { HTML.code($0.description) } ?? "not supported",
                         Catalog.ciscoZone(zone.iana).map { HTML.code($0.timeZone) + ($0.daylightRule == nil ? "" : " with DST") }
                             ?? "not supported"])
        }
        return """
            <section id="zones">
            <h2>Time zones</h2>
            <p><code>timezone</code> takes an IANA name; each vendor's phones take their own name or code for it, \
            shown here. A zone is listed when at least one vendor has an entry that keeps its time (offset, DST and \
            its dates); on a vendor marked "not supported", and for any other name, it is refused \
            (<a href="diagnostics.html#E0701">E0701</a>) rather than left to a phone's default. Grandstream phones \
            take a rule string from Grandstream's own list; a zone without one is refused on them \
            (<a href="diagnostics.html#E0704">E0704</a>). Fanvil phones take an offset in quarter hours, a name and \
            the DST rule written out (EU, North American or south-east Australian); zones whose rule Handset has not \
            written for them are refused on Fanvil phones (<a href="diagnostics.html#E0701">E0701</a>). Polycom phones \
            take an offset in seconds and a summer-time rule (none, the EU's or North America's); a zone Handset has \
            none for is refused on them (<a href="diagnostics.html#E0430">E0430</a>). Cisco phones take a fixed offset \
            and, where the zone keeps daylight saving time, its rule; zones without a Cisco value are refused on them \
            (<a href="diagnostics.html#E0701">E0701</a>). \
            <code>handset models --zones</code> prints one column per vendor.</p>

            """ + table(["IANA name", "Standard offset", "Yealink", "Snom", "Htek (P64)", "Grandstream (P64)", "Fanvil",
                         "Polycom (offset, rule)", "Cisco (Time_Zone)"], rows) + "</section>\n"
    }

    /// `UTC+1` (4) with DST: Fanvil's `TimeZoneName`, `TimeZone` and whether a DST rule is written.
    static func fanvilZone(_ zone: Catalog.FanvilZone) -> String {
        HTML.code(zone.name) + " (\(zone.quarterHours))" + (zone.dst == nil ? "" : " with DST")
    }

    static func languages() -> String {
        var rows = ""
        for language in Catalog.languages {
            let values = Vendor.allCases.map { language.value(for: $0).map(HTML.escape) ?? "not available" }
            rows += row([HTML.code(language.code)] + values)
        }
        return """
            <section id="languages">
            <h2>Languages</h2>
            <p><code>language</code> takes an ISO 639-1 code. Where a vendor's value is not available, that vendor's \
            phones refuse the language (<a href="diagnostics.html#E0702">E0702</a>); the others take it.</p>

            """ + table(["Code"] + Vendor.allCases.map(\.displayName), rows) + "</section>\n"
    }
}
