/// A time zone on a Poly phone must be one Handset has an offset and summer-time rule for (`Catalog.polycomZone`).
struct PolycomZoneRule: ValidationRule {
    let codes = ["E0430"]
    let why = "a zone without a Poly offset and rule would leave the phone on its own (or DHCP's) time without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices where device.model?.vendor == .polycom {
            // Zones unknown to every vendor are E0701's.
            guard let zone = device.settings.timezone, Catalog.zone(zone.value) != nil,
                  Catalog.polycomZone(zone.value) == nil, checked.insert(zone.mark).inserted else { continue }
            let known = Catalog.zones.map(\.iana).filter { Catalog.polycomZone($0) != nil }
            sink.error("E0430", "time zone '\(zone.value)' has no known Polycom offset and rule yet", at: zone.mark,
                       notes: [.init("device \(MACAddress.display(device.mac.value)) is a Polycom phone", at: device.mac.mark)],
                       hint: "Polycom phones take: " + known.joined(separator: ", "))
        }
    }
}
