/// `firmware` names catalog models and absolute http(s) URLs; on Htek the URL shares the provisioning URL's
/// scheme, since one setting (P212) says how the phone fetches both.
struct FirmwareRule: ValidationRule {
    let codes = ["E0411", "E0412"]
    let why = "a firmware entry for a model that does not exist, or a URL the phone cannot fetch, would leave phones on old firmware without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        let provisioningScheme = context.fleet.provisioning?.url.flatMap { Self.scheme($0.value) }
        for device in context.devices {
            for entry in device.settings.firmware?.value ?? [] where checked.insert(entry.key.mark).inserted {
                guard let model = Catalog.model(entry.key.value) else {
                    let references = Catalog.models.map(\.reference)
                    let hint = Suggestion.closest(to: entry.key.value.lowercased(), among: references).map { "did you mean '\($0)'?" }
                        ?? "name a model as vendor/model; `handset models` lists them"
                    sink.error("E0411", "firmware for unknown model '\(entry.key.value)'", at: entry.key.mark, hint: hint)
                    continue
                }
                let url = entry.text.value
                guard let scheme = Self.scheme(url), url.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
                      !url.contains("\""), !url.contains("<"), !url.contains(">") else {
                    sink.error("E0412", "firmware URL '\(url)' is not an absolute http or https URL", at: entry.text.mark,
                               hint: "e.g. https://fw.example.net/yealink/T54W-96.86.0.100.rom, without spaces")
                    continue
                }
                if model.vendor == .htek, let provisioningScheme, scheme != provisioningScheme {
                    sink.error("E0412", "Htek firmware URL must use \(provisioningScheme) like the provisioning URL",
                               at: entry.text.mark,
                               hint: "Htek fetches configuration and firmware the same way (P212); serve the firmware over \(provisioningScheme)")
                }
            }
        }
    }

    /// `http` or `https` for an absolute URL with a host, else nil.
    static func scheme(_ url: String) -> String? {
        let lowered = url.lowercased()
        for scheme in ["https", "http"] where lowered.hasPrefix(scheme + "://") && lowered.count > scheme.count + 3 {
            return scheme
        }
        return nil
    }
}
