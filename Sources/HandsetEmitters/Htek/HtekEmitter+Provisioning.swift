import HandsetCore

/// The provisioning server, its credentials, the periodic re-check and the web-UI admin password. All of it is in
/// the per-MAC file: the credentials are secrets, and no common file is served (see `HtekEmitter`).
extension HtekEmitter {
    /// The config server path and its credentials, the re-check schedule, and the admin login.
    static func writeProvisioning(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let tenant = phone.tenant
        w.comment("Provisioning server and admin password")
        // The folder the phone fetches its files from, with the scheme, as Wazo writes it (`http://host/`); the
        // phone keeps reading from there on every later check (H5 config server row).
        w.set(HtekCodes.configServerPath, tenant.provisioningURL)
        w.set(HtekCodes.provisioningUser, tenant.provisioningUsername)
        w.set(HtekCodes.provisioningPassword, tenant.provisioningPassword)
        // Pin the phone to this server: with P145 on, a DHCP option (66, P1145) replaces the server path, so a
        // stray option would send the phone elsewhere (H5 DHCP option row).
        w.set(HtekCodes.dhcpOptionOverride, false)
        // The fetch mode follows the URL's scheme: 3 for https, 1 for http. Validation keeps a firmware URL on the
        // same scheme, since one P212 serves both.
        w.set(HtekCodes.upgradeMode, tenant.provisioningURL.lowercased().hasPrefix("https:") ? 3 : 1)
        if let firmware = phone.firmwareURL {
            // P192 names where the phone fetches firmware; it appends its own file name, so a file URL is written
            // with a trailing `?` that turns that name into a query (Tancredi's sangoma.tmpl, "Sangoma
            // firmware_filename implementation"; Wazo and FusionPBX give a folder instead).
            w.set(HtekCodes.firmwareServerPath, firmware + "?")
        }
        // P194 on with P193 minutes re-checks periodically (FusionPBX: 1 and 10080); off, the phone checks only when
        // it boots, which is what `check_interval: 0` asks for (H5 periodic check row).
        if tenant.checkInterval > 0 {
            w.set(HtekCodes.autoUpgrade, true)
            w.set(HtekCodes.checkInterval, tenant.checkInterval)
        } else {
            w.set(HtekCodes.autoUpgrade, false)
        }
        // The admin user is named explicitly, so the password lands on `admin` even on a phone whose admin login
        // was renamed by hand (P8681 / P2, H5 admin row). Never the vendor default: the tenant's own password.
        w.set(HtekCodes.adminUser, "admin")
        w.set(HtekCodes.adminPassword, tenant.adminPassword)
    }
}
