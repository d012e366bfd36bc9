import HandsetCore

/// The per-MAC file `<mac>.cfg`: everything that differs between phones, and every secret.
extension YealinkEmitter {
    /// The whole `<mac>.cfg`, section by section, in a fixed order.
    static func macConfigFile(_ phone: YealinkPhone) -> [UInt8] {
        var w = KeyValueWriter(header: header)
        w.comment(phone.fileTitle)
        writeSecurity(phone, into: &w)
        writeAccounts(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeKeys(phone, into: &w)
        writePhonebook(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeTimeAndLanguage(phone, into: &w)
        return w.bytes
    }

    /// Provisioning credentials and the web-UI admin password; secrets, so only here (Y5 provisioning server and
    /// admin password rows). The admin user is named explicitly, so the password lands on `admin` even on a phone
    /// whose admin account was renamed by hand.
    static func writeSecurity(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        w.blank()
        w.comment("Provisioning credentials and admin password")
        w.set("static.auto_provision.server.username", phone.tenant.provisioningUsername)
        w.set("static.auto_provision.server.password", phone.tenant.provisioningPassword)
        w.set("static.security.user_name.admin", "admin")
        w.set("static.security.user_password", "admin:" + phone.tenant.adminPassword)
    }

    /// Local SIP port and call waiting, with their defaults (SIP port 5060, call waiting and its tone on).
    static func writeCallSettings(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        w.blank()
        w.comment("SIP port and call waiting")
        // The global listen port; the per-account `account.N.sip_listen_port` is the pre-X.8x form (Y5 local SIP
        // port row; Y2 legacy names).
        w.set("sip.listen_port", phone.localSIPPort)
        w.set("call_waiting.enable", phone.settings.callWaiting?.enabled?.value ?? true)
        w.set("call_waiting.tone", phone.settings.callWaiting?.tone?.value ?? true)
    }
}
