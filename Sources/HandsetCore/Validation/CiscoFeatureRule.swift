/// Settings a Cisco MPP phone has no equivalent for, or takes only in part, are said, not silently dropped.
///
/// - `country` (W0440): Cisco phones take one tone script per tone (`Dial_Tone`, `Busy_Tone`, ... in FusionPBX's
///   `cisco/8851/{$mac}.xml`) and have no tone-country setting; no source gives per-country scripts. The phone keeps
///   its own tones.
/// - `call_waiting.tone: false` (W0440): no public template has a switch for the call-waiting tone alone.
/// - `srtp: optional` (W0441): `Secure_Call_Setting` is Yes (every call secure) or No; `optional` is written as No.
/// - keys (W0442): intercom keys, and line keys on a key expansion module, have no function string in Cisco's MPP
///   guides or any public template; a phonebook key opens the tenant's directory, so without contacts or with
///   `phonebook: false` it has nothing to open. Such keys are left blank.
struct CiscoFeatureRule: ValidationRule {
    let codes = ["W0440", "W0441", "W0442"]
    let why = "a setting that a Cisco phone cannot take, or takes only in part, would otherwise vanish without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices {
            guard let model = device.model, model.vendor == .cisco else { continue }
            let settings = device.settings
            if let country = settings.country, checked.insert(country.mark).inserted {
                sink.warning("W0440", "Cisco phones have no tone-country setting: country is not provisioned on them",
                             at: country.mark, hint: "the phone keeps its own tones; set country only on other vendors' profiles to silence this")
            }
            if let tone = settings.callWaiting?.tone, !tone.value, checked.insert(tone.mark).inserted {
                sink.warning("W0440", "Cisco phones have no switch for the call-waiting tone alone: it stays on",
                             at: tone.mark, hint: "turn call waiting off, or leave the tone on for Cisco devices")
            }
            if let srtp = settings.srtp, srtp.value == .optional, checked.insert(srtp.mark).inserted {
                sink.warning("W0441", "Cisco phones make every call secure or none: srtp 'optional' is provisioned as off",
                             at: srtp.mark, hint: "use 'required' or 'off' for Cisco devices")
            }
            let directory = !context.fleet.tenants[device.tenantIndex].contacts.isEmpty && (settings.phonebook?.value ?? true)
            for key in settings.keys?.value ?? [] { checkKey(key, onModule: false, directory, into: &sink, &checked) }
            for module in settings.expansionModules?.value ?? [] {
                for key in module.keys { checkKey(key, onModule: true, directory, into: &sink, &checked) }
            }
        }
    }

    private func checkKey(_ key: Key, onModule: Bool, _ directory: Bool, into sink: inout DiagnosticSink,
                          _ checked: inout Set<Mark>) {
        let noFunction: Bool
        switch key.function {
        case .phonebook:
            if !directory, checked.insert(key.mark).inserted {
                sink.warning("W0442", "a phonebook key on a Cisco phone opens the tenant's directory, which this phone does not get: "
                             + "the key is left blank", at: key.mark,
                             hint: "give the tenant contacts, or leave phonebook on for this device")
            }
            return
        case .intercom: noFunction = true
        case .line: noFunction = onModule
        default: noFunction = false
        }
        guard noFunction, checked.insert(key.mark).inserted else { return }
        let place = onModule ? "on a Cisco key expansion module" : "on Cisco phones"
        sink.warning("W0442", "\(key.typeName) keys have no known function string \(place): this one is left blank",
                     at: key.mark, hint: "Cisco keys take line, blf, speed_dial, day_night, dnd, park and phonebook (module keys: no line)")
    }
}
