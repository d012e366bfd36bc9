import HandsetCore

/// Where the phone fetches its files, how often, with which credentials; and the phone's own admin password.
extension SnomEmitter {
    /// `setting_server`, the re-check timer and the HTTP credentials of the provisioning server (snom.md §5
    /// "Provisioning URL", "Provisioning HTTP auth", "Periodic re-provisioning"; implementation note 1).
    static func writeProvisioning(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        let tenant = phone.tenant
        xml.comment("Provisioning server")
        // The base URL with its trailing `/` and no file name, so the phone asks for snom<MODEL>.htm and
        // snom<MODEL>-<MAC>.htm there (Snom wiki "Auto Provisioning"; Wazo writes its base URL with a trailing `/`
        // too). Setting it also ends the phone's detour through Snom's redirection service, which the phone tries
        // only while `setting_server` is unchanged (same page). Wazo and FusionPBX both write it with perm "RW".
        xml.setting("setting_server", tenant.provisioningURL, perm: "RW")
        // Seconds; 0 switches the timer off, leaving the check at boot (FusionPBX feeds it a value it names
        // `snom_provision_timer_seconds`, default 0). check_interval is in minutes.
        xml.setting("settings_refresh_timer", String(max(0, tenant.checkInterval) * 60))
        xml.setting("http_client_user", tenant.provisioningUsername)
        xml.setting("http_client_pass", tenant.provisioningPassword)
        // Pinned to this server: a provisioning source left out of `provisioning_order` is not used ("the DHCP
        // request is still made, but provided redirection server information is ignored", Snom wiki
        // "provisioning_order", since 8.7.3), so neither a DHCP option nor SIP PnP can move the phone; redirection
        // stays, which Snom consults only while `setting_server` is the factory value. SIP PnP off as Wazo's
        // snom-general.xml writes it.
        xml.setting("provisioning_order", "redirection:stop")
        xml.setting("pnp_config", off)
        writeFirmware(phone, into: &xml)
    }

    /// The firmware the fleet gives for this model: `update_policy` auto_update (the factory `settings_only` never
    /// installs one; Snom wiki "update_policy", Wazo, FusionPBX and Tancredi write auto_update) and
    /// `firmware_status`, the URL of a firmware settings file that names the image (Snom wiki firmware page; Wazo's
    /// `snom<MODEL>-firmware.xml`, Tancredi's `snom-firmware.xml`). Without one, nothing: the phone keeps its policy.
    static func writeFirmware(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        guard let url = phone.firmwareURL else { return }
        xml.setting("update_policy", "auto_update")
        xml.setting("firmware_status", phone.tenant.provisioningURL + firmwarePath(phone.model, url: url))
    }

    /// `snom<MODEL>-firmware-<hash>.xml`: one shared file per model and image, named by a hash of the image URL so
    /// phones of one model that pin different images in one tenant each find their own.
    static func firmwarePath(_ model: PhoneModel, url: String) -> String {
        var hash: UInt32 = 2_166_136_261  // FNV-1a: stable on every machine, unlike Hasher
        for byte in url.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "snom\(model.displayName)-firmware-" + String(repeating: "0", count: 8 - hex.count) + hex + ".xml"
    }

    /// The firmware settings file: `<firmware-settings><firmware perm="R">URL</firmware></firmware-settings>` (Snom
    /// wiki firmware page; Wazo's and Tancredi's firmware templates).
    static func firmwareFile(url: String) -> String {
        var xml = XMLWriter()
        xml.start("firmware-settings")
        xml.element("firmware", url, [("perm", "R")])
        xml.end()
        return xml.output
    }

    /// The web UI login and the phone's admin mode password, all set to the tenant's admin password so that no
    /// phone keeps Snom's factory password (snom.md §5 "Admin / web credentials").
    static func writeAdmin(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        let password = phone.tenant.adminPassword
        xml.comment("Web UI and admin mode")
        xml.setting("http_user", adminUser)
        xml.setting("http_pass", password)
        // Wazo writes the web server's own admin account as well, with the same credentials (WZ-SNOMTPL base.tpl):
        // whichever of the two names a firmware reads, it gets the tenant's password.
        xml.setting("webserver_admin_name", adminUser)
        xml.setting("webserver_admin_password", password)
        xml.setting("admin_mode_password", password)
        xml.setting("admin_mode_password_confirm", password)
        // The phone starts in user mode. admin_mode must be "RW": read-only, the admin could not switch the phone
        // into admin mode with the password above (Wazo's note in WZ-SNOMGEN).
        xml.setting("admin_mode", off, perm: "RW")
    }

    /// The web UI user name, as FusionPBX and Wazo default it.
    static let adminUser = "admin"
}
