/// Settings a Fanvil phone has no verified equivalent for are said, not silently dropped or guessed.
///
/// - `check_interval`: Fanvil's periodic check (`<ap>` `FlashMode`/`FlashInterval`, written 1/1 by Wazo and
///   FusionPBX alike) has no documented unit in any source, so Handset writes the peers' value and does not
///   provision the fleet's interval: the phone checks at boot (and on a `check-sync` NOTIFY, as Wazo resyncs it).
/// - a `phonebook` key: no source gives a desk-key function for the XML phonebook (Wazo puts it on a soft key, type
///   21, found nowhere else); the key stays blank, the phonebook itself is provisioned.
/// - `calls_per_line_key`: no setting in any of the three public template sets.
/// - `srtp: optional | required`: FusionPBX writes `MediaCrypto` 0 (and 1 once, on a W611W), and no source says which
///   value is optional and which compulsory; rather than guess at encryption, Handset refuses both (an error: the
///   call would otherwise go out unencrypted while the fleet asks for SRTP).
struct FanvilFeatureRule: ValidationRule {
    let codes = ["W0420", "W0421", "W0422", "E0420"]
    let why = "a setting that a Fanvil phone cannot take would otherwise vanish without a word, or be guessed at"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        let fanvil = context.devices.filter { $0.model?.vendor == .fanvil }
        guard !fanvil.isEmpty else { return }
        if let interval = context.fleet.provisioning?.checkInterval, interval.value > 0 {
            sink.warning("W0420", "Fanvil phones are not given the re-check interval: they check at boot and when told to",
                         at: interval.mark, hint: "no source documents the unit of Fanvil's periodic check; resync them with a check-sync NOTIFY (`handset resync`)")
        }
        for device in fanvil {
            for key in device.settings.keys?.value ?? [] {
                guard case .phonebook = key.function, checked.insert(key.mark).inserted else { continue }
                sink.warning("W0421", "Fanvil phones have no known phonebook key: this key is left blank",
                             at: key.mark, hint: "the phonebook itself is provisioned and reachable from the phone's menu; use another key type to silence this")
            }
            if let calls = device.settings.callsPerLineKey, checked.insert(calls.mark).inserted {
                sink.warning("W0422", "Fanvil phones have no calls-per-line-key setting: calls_per_line_key is not provisioned on them",
                             at: calls.mark, hint: "remove it for Fanvil devices, or set it only on other vendors' profiles")
            }
            if let srtp = device.settings.srtp, srtp.value != .off, checked.insert(srtp.mark).inserted {
                sink.error("E0420", "srtp: \(srtp.value.rawValue) cannot be provisioned on Fanvil phones: their SRTP setting's values are not known",
                           at: srtp.mark, notes: [.init("device \(MACAddress.display(device.mac.value)) is a Fanvil phone", at: device.mac.mark)],
                           hint: "set 'srtp: off' for Fanvil devices (a device-level setting), or use another vendor where SRTP is needed")
            }
        }
    }
}
