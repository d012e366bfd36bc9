/// A BLF key with `pickup: true` dials the tenant's pickup code on Snom and Htek, so the tenant must give one.
/// Yealink can pick up without a code (dialog-info), so it needs none.
struct PickupCodeRule: ValidationRule {
    let codes = ["E0307"]
    let why = "Snom and Htek pick up a ringing call by dialling the PBX's pickup code; without one the key would only monitor"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let vendor = device.model?.vendor, vendor != .yealink,
                  context.fleet.tenants[device.tenantIndex].featureCodes?.pickup == nil else { continue }
            device.forEachKey { key in
                guard case .blf(_, true) = key.function else { return }
                sink.error("E0307", "'pickup: true' on a \(vendor.displayName) phone needs the tenant's pickup code",
                           at: key.mark, notes: [.init("device \(MACAddress.display(device.mac.value)) is a \(vendor.displayName) phone", at: device.mac.mark)],
                           hint: "add 'feature_codes: {pickup: \"*8\"}' to the tenant (the PBX's directed-pickup prefix)")
            }
        }
    }
}
