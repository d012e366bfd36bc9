import HandsetCore

/// Snom 7xx, D3xx, D7xx and D8xx on firmware 8 or later, which read XML setting files (facts: `vendors/snom.md`).
///
/// Layout (snom.md, implementation note 1). `setting_server` is the tenant's base URL, ending in `/`: a Snom phone
/// whose setting URL names no file asks for `snom<MODEL>.htm` and then `snom<MODEL>-<MAC>.htm` there (Snom wiki
/// "Auto Provisioning": the D345 example fetches `snomD345.htm` and `snomD345-000413A11FA7.htm`; snom.md §1
/// "Default request order"). So a static tree serves, per device,
/// - `snom<MODEL>-<MAC>.htm`: a `<setting-files>` container listing `<MAC>.xml`, then the tenant phonebook when the
///   phone uses it (Wazo writes the same per-phone container; snom.md §1 "Common file layout");
/// - `<MAC>.xml`: one `<settings>` document with `<phone-settings>` and `<functionKeys>`, and every secret
///   (Wazo's name for it, and its "sensitive file" pattern);
///
/// and per tenant
/// - `snom<MODEL>.htm` for each model in use: an empty container, so the phone's first request is answered instead
///   of ending in a 404, and a phone the fleet does not know loads nothing from it;
/// - `snom-phonebook.xml`: the tenant contacts as a `<tbook>` file, when a phone uses it.
///
/// MACs are 12 upper-case hex digits in every file name, as the phone sends them (snom.md §1 "MAC case").
/// A setting the fleet later drops is not reset by the phone (no source shows an overwrite mode; `action="remove"`
/// needs 10.1.57), so whatever has a safe "off" value (identities, keys, VLAN) is always written; see each section.
/// `calls_per_line_key` has no Snom setting: it sets how many line keys each identity gets when `keys` is not given.
///
/// The one-line wiring `case .snom: return SnomEmitter()` in `Emitters.emitter(for:)` makes builds use it.
public struct SnomEmitter: Emitter {
    public let vendor = Vendor.snom

    public init() {}

    /// `<MAC>.xml` and `snom<MODEL>-<MAC>.htm` of one phone; nothing for a device of another vendor or an unknown
    /// model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .snom else { return [] }
        let phone = SnomPhone(device: device, model: model, tenant: tenant)
        let mac = device.mac.value
        return [
            OutputFile(path: Self.settingsPath(phone), bytes: Self.settingsFile(phone), mac: mac),
            OutputFile(path: Self.macContainerPath(phone), bytes: Self.macContainer(phone), mac: mac),
        ].sorted { $0.path < $1.path }
    }

    /// The tenant's shared files, sorted by path: one model container per model in use, and the phonebook when a
    /// phone uses it. Nothing when no device is a Snom. No shared file holds a secret.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let snoms = devices.filter { $0.model?.vendor == .snom }
        guard !snoms.isEmpty else { return [] }
        var files: [OutputFile] = []
        var seen = Set<String>()
        for device in snoms {
            guard let model = device.model else { continue }
            let path = Self.modelContainerPath(model)
            guard seen.insert(path).inserted else { continue }
            files.append(OutputFile(path: path, text: Self.modelContainer(model, tenant)))
        }
        for device in snoms {
            guard let model = device.model, let url = device.settings.firmwareURL(for: model) else { continue }
            let path = Self.firmwarePath(model, url: url)
            guard seen.insert(path).inserted else { continue }
            files.append(OutputFile(path: path, text: Self.firmwareFile(url: url)))
        }
        if snoms.contains(where: { Self.usesPhonebook($0.settings, tenant) }) {
            files.append(OutputFile(path: Self.phonebookPath, text: Self.phonebookFile(tenant)))
        }
        return files.sorted { $0.path < $1.path }
    }
}

extension SnomEmitter {
    /// SIP passwords (one element name for every identity), the provisioning client's and the admin passwords.
    public var secretSettings: Set<String> {
        ["user_pass", "http_client_pass", "http_pass", "webserver_admin_password", "admin_mode_password",
         "admin_mode_password_confirm"]
    }
}
