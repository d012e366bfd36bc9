import Foundation
import HandsetCore

/// `handset models --zones` and `--languages`: per zone or language, the value each vendor's phones are given, and
/// "-" (null in JSON) where a vendor cannot express it, which validation reports as "not supported on VENDOR".
struct LocaleListing {
    var zones: Bool

    private var header: [String] { [zones ? "ZONE" : "LANGUAGE"] + (zones ? ["UTC"] : []) + Vendor.allCases.map { $0.displayName.uppercased() } }

    private var rows: [(key: String, offset: Int?, values: [String?])] {
        if zones {
            return Catalog.zones.map { z in (z.iana, z.utcOffsetMinutes, Vendor.allCases.map { z.value(for: $0) }) }
        }
        return Catalog.languages.map { l in (l.code, nil, Vendor.allCases.map { l.value(for: $0) }) }
    }

    /// The listing as an aligned table or as JSON.
    func render(_ format: ModelsCommand.Format) -> String {
        switch format {
        case .table: return table()
        case .json: return json()
        }
    }

    private func table() -> String {
        var lines = [header]
        for row in rows {
            lines.append([row.key] + (row.offset.map { [Self.offset($0)] } ?? []) + row.values.map { $0 ?? "-" })
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { i, cell in i == line.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        let items: [[String: Any]] = rows.map { row in
            var item: [String: Any] = [zones ? "zone" : "language": row.key]
            if let offset = row.offset { item["utc_offset_minutes"] = offset }
            for (vendor, value) in zip(Vendor.allCases, row.values) { item[vendor.rawValue] = value ?? NSNull() }
            return item
        }
        let data = (try? JSONSerialization.data(withJSONObject: [zones ? "zones" : "languages": items],
                                                options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// "+05:30", "-03:00", "+00:00".
    static func offset(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let m = abs(minutes)
        return sign + String(format: "%02d:%02d", m / 60, m % 60)
    }
}
