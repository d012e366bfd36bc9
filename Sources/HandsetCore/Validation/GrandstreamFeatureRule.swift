/// Settings a Grandstream phone has no equivalent for, or takes only in part, are said, not silently dropped.
///
/// - `country`: Grandstream phones have no tone-country setting; their tones are frequency strings per tone
///   (`audio.tone.dial`, `audio.tone.busy`, ..., P343-P349 in FusionPBX's `grandstream/grp2614/{$mac}.xml`), for which
///   no source gives per-country values. The phone keeps its own tones.
/// - `calls_per_line_key`: no setting in either public template set.
/// - `firmware`: the phone fetches a file name of its own from a firmware folder (`provisioning.firmware.serverPath`,
///   host/path, FusionPBX writes a folder), so only the URL's folder reaches the phone.
/// - `check_interval` below 60: `provisioning.auto.minute` takes 60...5256000 (FusionPBX `grp2614/{$mac}.xml`), so
///   Grandstream phones re-check every 60 minutes instead.
struct GrandstreamFeatureRule: ValidationRule {
    let codes = ["W0412", "W0413", "W0414"]
    let why = "a setting that a Grandstream phone cannot take, or takes only in part, would otherwise vanish without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        if let interval = context.fleet.provisioning?.checkInterval, (1..<60).contains(interval.value),
           context.devices.contains(where: { $0.model?.vendor == .grandstream }) {
            sink.warning("W0414", "Grandstream phones re-check at most every 60 minutes: they get 60, not \(interval.value)",
                         at: interval.mark, hint: "Grandstream's re-check interval takes 60 to 5256000 minutes; use 60 or more to silence this")
        }
        for device in context.devices {
            guard let model = device.model, model.vendor == .grandstream else { continue }
            if let country = device.settings.country, checked.insert(country.mark).inserted {
                sink.warning("W0412", "Grandstream phones have no tone-country setting: country is not provisioned on them",
                             at: country.mark, hint: "the phone keeps its own tones; set country only on other vendors' profiles to silence this")
            }
            if let calls = device.settings.callsPerLineKey, checked.insert(calls.mark).inserted {
                sink.warning("W0412", "Grandstream phones have no calls-per-line-key setting: calls_per_line_key is not provisioned on them",
                             at: calls.mark, hint: "remove it for Grandstream devices, or set it only on other vendors' profiles")
            }
            let reference = model.reference
            for entry in device.settings.firmware?.value ?? [] where entry.key.value.lowercased() == reference {
                let url = entry.text.value
                guard !url.hasSuffix("/"), checked.insert(entry.text.mark).inserted else { continue }
                let folder = url.lastIndex(of: "/").map { String(url[...$0]) } ?? url
                sink.warning("W0413", "Grandstream phones fetch their own firmware file name: only the folder '\(folder)' is provisioned",
                             at: entry.text.mark, hint: "put the firmware file there under the name the phone asks for, and write the folder ending in '/' to silence this")
            }
        }
    }
}
