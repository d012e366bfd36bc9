import HandsetCore

/// The provisioning server, its credentials, the periodic re-check, firmware and the web passwords. All of it is in
/// the per-MAC file: the credentials are secrets, and no common file is served.
extension GrandstreamEmitter {
    /// `provisioning.auto.minute` takes 60...5256000 (FusionPBX `grp2614/{$mac}.xml`); validation warns (W0414).
    static let minimumCheckInterval = 60

    static func writeProvisioning(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        let tenant = phone.tenant
        w.comment("Provisioning server, firmware and passwords")
        // P212 / P237: the fetch protocol and the tenant folder in host/path form; the phone keeps reading from
        // there on every later check. P1360 / P1361: the tenant's HTTP credentials.
        w.set("provisioning.config.protocol", protocolWord(tenant.provisioningURL))
        w.set("provisioning.config.serverPath", hostPath(tenant.provisioningURL))
        w.set("provisioning.config.username", tenant.provisioningUsername)
        w.set("provisioning.config.password", tenant.provisioningPassword)
        // P145: with DHCP option 43/66 allowed to override, a stray option would send the phone elsewhere.
        w.set("provisioning.override.dhcp.allowCommonOptions", yes: false)
        // P194 / P193: "YesUpgradeMin" checks every N minutes (FusionPBX's value list); "No" checks only at boot,
        // which is what `check_interval: 0` asks for.
        if tenant.checkInterval > 0 {
            w.set("provisioning.auto.mode", "YesUpgradeMin")
            w.set("provisioning.auto.minute", max(tenant.checkInterval, minimumCheckInterval))
        } else {
            w.set("provisioning.auto.mode", "No")
        }
        if let firmware = phone.firmwareURL {
            // P6767 / P192: the phone fetches a file name of its own from this folder, so only the URL's folder is
            // written (W0413 says so); the protocol follows the URL's own scheme.
            let folder = firmware.lastIndex(of: "/").map { String(firmware[...$0]) } ?? firmware
            w.set("provisioning.firmware.protocol", protocolWord(folder))
            w.set("provisioning.firmware.serverPath", hostPath(folder))
        }
        // P2 / P196: never the vendor default; the tenant's own passwords.
        w.set("users.admin.password", tenant.adminPassword)
        if !tenant.webUserPassword.isEmpty {
            w.set("users.user.password", tenant.webUserPassword)
        }
    }
}
