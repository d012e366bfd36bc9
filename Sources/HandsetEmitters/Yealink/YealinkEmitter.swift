import HandsetCore

/// Yealink T4xS, T4xU and T5x on firmware X.85 or later (facts: `vendors/yealink.md`).
///
/// Per device it writes `<mac>.boot` and `<mac>.cfg`; per tenant the common boot file `y000000000000.boot`, one
/// common file `y0000000000XX.cfg` per model code in use, and the phonebook. A phone first asks for `<mac>.boot`
/// (Y1 boot-file order), which lists its model's common file and then `<mac>.cfg`, so a provisioned phone meets no
/// 404 on its way. Secrets (SIP, provisioning and admin passwords) are written to `<mac>.cfg` only: every other file
/// is readable by every phone of the tenant.
public struct YealinkEmitter: Emitter {
    public let vendor = Vendor.yealink

    public init() {}

    /// `<mac>.boot` and `<mac>.cfg` of one phone; nothing for a device of another vendor or an unknown model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .yealink else { return [] }
        let phone = YealinkPhone(device: device, model: model, tenant: tenant)
        let mac = phone.mac
        return [
            OutputFile(path: mac + ".boot", bytes: Self.macBootFile(phone), mac: mac),
            OutputFile(path: mac + ".cfg", bytes: Self.macConfigFile(phone), mac: mac),
        ]
    }

    /// The tenant's shared files, sorted by path: the common boot file, the common file of each model code in use,
    /// and the phonebook when a phone uses it. Nothing when no device is a Yealink.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let models = devices.compactMap(\.model).filter { $0.vendor == .yealink }
        guard !models.isEmpty else { return [] }
        var files = [OutputFile(path: Self.commonBootPath, text: Self.commonBootFile())]
        var codes = Set<String>()
        for model in models {
            guard let code = Self.commonFileCode(model), codes.insert(code).inserted else { continue }
            files.append(OutputFile(path: Self.commonFilePath(code: code), text: Self.commonFile(for: tenant)))
        }
        let phonebookUsed = devices.contains { device in
            device.model?.vendor == .yealink && Self.usesPhonebook(device.settings, tenant)
        }
        if phonebookUsed {
            files.append(OutputFile(path: Self.phonebookPath, text: Self.phonebookFile(tenant)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `#!version:1.0.0.1`: the first line of every `.boot` and `.cfg`, exactly so; it is not a comment (Y1 header).
    static let header = "#!version:1.0.0.1"
}

extension YealinkEmitter {
    /// SIP passwords of every account, the provisioning and admin passwords, the remote phonebooks' passwords.
    public var secretSettings: Set<String> {
        Set((1...64).map { "account.\($0).password" } + (1...5).map { "remote_phonebook.data.\($0).password" }
            + ["static.auto_provision.server.password", "static.security.user_password"])
    }
}
