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
