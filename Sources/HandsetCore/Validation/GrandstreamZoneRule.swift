/// A time zone on a Grandstream phone must be one Handset has a Grandstream rule string for
/// (`Catalog.grandstreamZone`); the shared zone table may know zones the Grandstream list gets wrong.
struct GrandstreamZoneRule: ValidationRule {
    let codes = ["E0704"]
    let why = "a zone without a Grandstream rule would leave the phone on its own (or DHCP's) time zone without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices where device.model?.vendor == .grandstream {
            // Zones unknown to every vendor are E0701's.
            guard let zone = device.settings.timezone, Catalog.zone(zone.value) != nil,
                  Catalog.grandstreamZone(zone.value) == nil, checked.insert(zone.mark).inserted else { continue }
            let known = Catalog.zones.map(\.iana).filter { Catalog.grandstreamZone($0) != nil }
            sink.error("E0704", "time zone '\(zone.value)' has no known Grandstream rule yet", at: zone.mark,
                       notes: [.init("device \(MACAddress.display(device.mac.value)) is a Grandstream phone", at: device.mac.mark)],
                       hint: "Grandstream phones take: " + known.joined(separator: ", "))
        }
    }
}
