/// Time zones and languages must be ones the catalog knows and the device's vendor can express.
struct LocaleRule: ValidationRule {
    let codes = ["E0701", "E0702"]
    let why = "each vendor names zones and languages its own way; an unmapped one would silently fall back to a default"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices {
            if let zone = device.settings.timezone {
                if let known = Catalog.zone(zone.value) {
                    // Grandstream's and Poly's zones are their own rule lists: GrandstreamZoneRule (E0704) and PolycomZoneRule
                    // (E0430) name them.
                    if let vendor = device.model?.vendor, vendor != .grandstream, vendor != .polycom, known.value(for: vendor) == nil {
                        sink.error("E0701", "time zone '\(zone.value)' is not supported on \(vendor.displayName) phones: "
                                   + "none of their zones keeps its time", at: zone.mark,
                                   notes: [.init("device \(MACAddress.display(device.mac.value)) is a \(vendor.displayName) phone", at: device.mac.mark)],
                                   hint: "`handset models --zones` lists the zones each vendor supports")
                    }
                } else if checked.insert(zone.mark).inserted {
                    let hint = Suggestion.closest(to: zone.value, among: Catalog.zones.map(\.iana)).map { "did you mean '\($0)'?" }
                        ?? "use an IANA name such as Europe/Berlin; `handset models --zones` lists the supported zones"
                    sink.error("E0701", "unknown time zone '\(zone.value)'", at: zone.mark, hint: hint)
                }
            }
            guard let language = device.settings.language else { continue }
            if let known = Catalog.language(language.value) {
                if let vendor = device.model?.vendor, known.value(for: vendor) == nil {
                    let codes = Catalog.languages.filter { $0.value(for: vendor) != nil }.map(\.code)
                    sink.error("E0702", "language '\(language.value)' is not supported on \(vendor.displayName) phones", at: language.mark,
                               notes: [.init("device \(MACAddress.display(device.mac.value)) is a \(vendor.displayName) phone", at: device.mac.mark)],
                               hint: "\(vendor.displayName) phones take: " + codes.joined(separator: ", ")
                                   + " (`handset models --languages`)")
                }
            } else if checked.insert(language.mark).inserted {
                let codes = Catalog.languages.map(\.code)
                let hint = Suggestion.closest(to: language.value.lowercased(), among: codes).map { "did you mean '\($0)'?" }
                    ?? "use an ISO 639-1 code: " + codes.joined(separator: ", ") + " (`handset models --languages`)"
                sink.error("E0702", "unknown language '\(language.value)'", at: language.mark, hint: hint)
            }
        }
    }
}
