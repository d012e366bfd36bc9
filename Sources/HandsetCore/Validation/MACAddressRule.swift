/// A MAC names exactly one phone in the whole fleet, and must be one a phone can have.
struct MACAddressRule: ValidationRule {
    let codes = ["E0202", "E0203"]
    let why = "the MAC names the phone's file; a reserved or repeated MAC would give a phone someone else's config"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var seen: [String: (mark: Mark, tenant: Int)] = [:]
        seen.reserveCapacity(context.devices.count)
        for device in context.devices {
            let mac = device.mac
            if let reason = Self.reservedReason(mac.value) {
                sink.error("E0202", "MAC \(MACAddress.display(mac.value)) is \(reason), no phone has it", at: mac.mark,
                           hint: "copy the MAC from the label on the phone or its box")
                continue
            }
            if let first = seen[mac.value] {
                let where_ = first.tenant == device.tenantIndex ? "" :
                    " (in tenant '\(context.fleet.tenants[first.tenant].id.value)')"
                sink.error("E0203", "MAC \(MACAddress.display(mac.value)) is used by two devices", at: mac.mark,
                           notes: [.init("first used here\(where_)", at: first.mark)],
                           hint: "spellings are compared after normalisation: 0015.6512.3456 and 00:15:65:12:34:56 are the same MAC")
            } else {
                seen[mac.value] = (mac.mark, device.tenantIndex)
            }
        }
    }

    static func reservedReason(_ mac: String) -> String? {
        if mac == "000000000000" { return "all zeros" }
        if mac == "ffffffffffff" { return "the broadcast address" }
        if let first = UInt8(mac.prefix(2), radix: 16), first & 1 == 1 { return "a multicast address" }
        return nil
    }
}
