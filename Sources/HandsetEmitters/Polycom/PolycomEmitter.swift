import HandsetCore

/// Poly (Polycom) VVX phones on UC Software 5.x and 6.x (facts: `vendors/polycom.md`, whose corrections block wins).
///
/// Layout: Wazo's (wazo-platform/wazo-provd-plugins `plugins/wazo_polycom/v6_4_6/var/tftpboot/000000000000.cfg`).
/// Per tenant a master file `000000000000.cfg` whose `CONFIG_FILES` names the per-phone file first and the shared file
/// after it (the left-most file wins), the shared `polycom-common.cfg`, and the phonebook `000000000000-directory.xml`;
/// per phone `<mac>-user.cfg`, lowercase.
///
/// Files the phone asks for, in order (fact sheet §1, PLY-MASTER / PLY-FAQFILES): the master file named in the boot
/// server URL when DHCP or the operator names one (Wazo's DHCP entry names `000000000000.cfg`), else `<mac>.cfg` (404
/// here: Handset writes no per-MAC master, like Wazo) and then `000000000000.cfg`; then the files of `CONFIG_FILES`
/// left to right; then `<mac>-directory.xml` and, when that is missing, `000000000000-directory.xml`. A phone told not
/// to use the phonebook gets an empty `<mac>-directory.xml` of its own.
///
/// Secrets (SIP, provisioning and web passwords) are in `<mac>-user.cfg` only. Poly's User-Agent carries no MAC, so
/// nginx binds that file to the phone through its factory device certificate instead (see `NginxConfig`).
public struct PolycomEmitter: Emitter {
    public let vendor = Vendor.polycom

    public init() {}

    /// `<mac>-user.cfg` of one phone, and its empty directory when it does not use the phonebook; nothing for a device
    /// of another vendor, an unknown or a refused model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .polycom, model.endOfLife == nil else { return [] }
        let phone = PolycomPhone(device: device, model: model, tenant: tenant)
        var files = [OutputFile(path: Self.userPath(mac: phone.mac), bytes: Self.userFile(phone), mac: phone.mac)]
        if !tenant.contacts.isEmpty && !Self.usesPhonebook(device.settings, tenant) {
            files.append(OutputFile(path: phone.mac + Self.directorySuffix, text: Self.directoryFile([]), mac: phone.mac))
        }
        return files
    }

    /// The master file and the common file when the tenant has a Poly phone, and the phonebook when one uses it.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let phones = devices.filter { $0.model?.vendor == .polycom && $0.model?.endOfLife == nil }
        guard !phones.isEmpty else { return [] }
        var files = [OutputFile(path: Self.masterPath, text: Self.masterFile()),
                     OutputFile(path: Self.commonPath, bytes: Self.commonFile(tenant))]
        if phones.contains(where: { Self.usesPhonebook($0.settings, tenant) }) {
            files.append(OutputFile(path: Self.sharedDirectoryPath, text: Self.directoryFile(tenant.contacts)))
        }
        return files
    }

    /// The default master file name: twelve zeros (fact sheet §1).
    static let masterPath = "000000000000.cfg"
    /// The shared parameter file. Not Wazo's `common.cfg`: the tenant folder is shared with other vendors' files.
    static let commonPath = "polycom-common.cfg"
    static let directorySuffix = "-directory.xml"
    static let sharedDirectoryPath = "000000000000" + directorySuffix

    /// `0004f2000001-user.cfg` (Wazo `_dev_specific_filename`).
    static func userPath(mac: String) -> String { mac.lowercased() + "-user.cfg" }

    /// The whole `<mac>-user.cfg`, section by section. What can be turned off is always written (every account slot,
    /// every key, the VLAN), so a setting removed from the fleet does not survive on the phone; time zone, language
    /// and NTP only when the fleet gives them.
    static func userFile(_ phone: PolycomPhone) -> [UInt8] {
        var w = PolycomConfigWriter(comments: [phone.fileTitle], reserving: 4096 + 160 * phone.model.accounts)
        // The master switch of every `device.*` setting (both peers write it, fact sheet corrections).
        w.set("device.set", on: true)
        writeProvisioning(phone, into: &w)
        writeAccounts(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeKeys(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeTimeAndLanguage(phone, into: &w)
        return w.finish()
    }

    /// The settings that hold a secret: every registration's password, the provisioning and both web passwords.
    public var secretSettings: Set<String> {
        Set((1...16).map { "reg.\($0).auth.password" }
            + ["device.prov.password", "device.auth.localAdminPassword", "device.auth.localUserPassword"])
    }
}
