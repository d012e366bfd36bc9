import ArgumentParser
import Foundation
import HandsetCore

/// `handset models`: the catalog as a table or JSON.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the supported vendors and models: keys, accounts, expansion modules, codecs; or time zones, languages.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Flag(help: "List the time zones instead: each IANA name and what each vendor's phones are given for it.")
    var zones = false

    @Flag(help: "List the languages instead: each ISO 639-1 code and what each vendor's phones are given for it.")
    var languages = false

    func validate() throws {
        if zones && languages { throw ValidationError("give --zones or --languages, not both") }
    }

    func run() throws {
        if zones || languages {
            Output.out(LocaleListing(zones: zones).render(format))
            return
        }
        let models = Catalog.models.sorted { ($0.vendor, $0.id) < ($1.vendor, $1.id) }
        switch format {
        case .table: Output.out(table(models))
        case .json: Output.out(json(models))
        }
    }

    private func table(_ models: [PhoneModel]) -> String {
        var rows = [["MODEL", "ACCOUNTS", "KEYS", "MODULES", "CODECS", "STATUS"]]
        for m in models {
            rows.append([
                m.reference, String(m.accounts),
                m.pages == 1 ? String(m.keysPerPage) : "\(m.keyCapacity) (\(m.keysPerPage)x\(m.pages))",
                m.modules.isEmpty ? "-" : "\(m.maxModules)x " + m.modules.joined(separator: "|"),
                m.codecs.map(\.rawValue).joined(separator: ","),
                m.endOfLife == nil ? "supported" : "end of life",
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = rows.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n\nExpansion modules:\n"
        for module in Catalog.modules.sorted(by: { $0.reference < $1.reference }) {
            out += "  \(module.reference)  \(module.keyCapacity) keys (\(module.keysPerPage)x\(module.pages))\n"
        }
        return out
    }

    private func json(_ models: [PhoneModel]) -> String {
        let items: [[String: Any]] = models.map { m in
            var item: [String: Any] = [
                "model": m.reference, "vendor": m.vendor.rawValue, "name": m.displayName, "accounts": m.accounts,
                "keys_per_page": m.keysPerPage, "pages": m.pages, "modules": m.modules, "max_modules": m.maxModules,
                "codecs": m.codecs.map(\.rawValue),
            ]
            if let reason = m.endOfLife { item["end_of_life"] = reason }
            return item
        }
        let modules: [[String: Any]] = Catalog.modules.map {
            ["module": $0.reference, "name": $0.displayName, "keys_per_page": $0.keysPerPage, "pages": $0.pages]
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["models": items, "modules": modules],
                                                options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
