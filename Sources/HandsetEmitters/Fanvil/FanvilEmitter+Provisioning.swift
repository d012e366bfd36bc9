import HandsetCore

/// The provisioning server, its credentials, firmware and the web and keypad passwords. All of it is in the per-MAC
/// file: the credentials are secrets, and no common file is served.
extension FanvilEmitter {
    /// `<AUTOUPDATE_CONFIG_MODULE>` inside `sysConf` with the firmware image's full URL, as Wazo's `base-new.tpl`
    /// writes it (`Download_Mode` 1, `Auto_Image_URL`, `Save_Provision_Info` 1); nothing without a firmware entry.
    static func writeFirmware(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        guard let firmware = phone.firmwareURL else { return }
        w.open("AUTOUPDATE_CONFIG_MODULE")
        w.set("Download_Mode", 1)
        w.set("Auto_Image_URL", firmware)
        w.set("Save_Provision_Info", 1)
        w.close()
    }

    /// `<ap>`: the tenant folder as `FlashServerIP` (a full URL, as both Wazo and FusionPBX write it) and `$mac.cfg` as
    /// `FlashFileName` (Wazo writes `Fanvil/$mac.cfg` below its base URL), so later checks keep reading this tenant's
    /// file; `FlashProtocol` by scheme (Tancredi `fanvil.macros` `scheme_map`: 4 HTTP, 5 HTTPS; Wazo writes 4 with an
    /// http URL, FusionPBX 5 with https); the tenant's HTTP credentials (`DefaultUsername`/`DefaultPassword`, FusionPBX).
    /// `FlashMode` and `FlashInterval` 1 as both sets write them: their units are not in any source, so
    /// `check_interval` is not provisioned (W0420 says so). The common file and the PnP multicast are off (Wazo).
    static func writeProvisioning(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let tenant = phone.tenant
        w.open("ap")
        w.set("DownloadCommonConf", 0)
        w.set("DownloadDeviceConf", 1)
        w.set("SaveProvisionInfo", 1)
        w.set("FlashServerIP", serverURL(tenant.provisioningURL))
        w.set("FlashFileName", "$mac.cfg")
        w.set("FlashProtocol", tenant.provisioningURL.lowercased().hasPrefix("https:") ? 5 : 4)
        w.set("FlashMode", 1)
        w.set("FlashInterval", 1)
        w.set("DefaultUsername", tenant.provisioningUsername)
        w.set("DefaultPassword", tenant.provisioningPassword)
        w.open("pnp")
        w.set("PNPEnable", 0)
        w.close()
        w.open("opt")
        w.set("DHCPOption", 66)
        w.close()
        w.close()
    }

    /// The tenant URL without its trailing `/`: the phone joins server and file name with one (Wazo's base URL has no
    /// trailing slash and its file name no leading one).
    static func serverURL(_ url: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        return String(url)
    }

    /// `<web>`: the admin account (index 1, `admin`, level 10) with the tenant's password, and the guest account
    /// (index 2, `guest`, level 5) when the tenant has a lower web password (Wazo `base-new.tpl`).
    static func writeWeb(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let tenant = phone.tenant
        w.open("web")
        w.open("account", index: 1)
        w.set("Name", "admin")
        w.set("Password", tenant.adminPassword)
        w.set("Level", 10)
        w.close()
        if !tenant.webUserPassword.isEmpty {
            w.open("account", index: 2)
            w.set("Name", "guest")
            w.set("Password", tenant.webUserPassword)
            w.set("Level", 5)
            w.close()
        }
        w.close()
    }
}
