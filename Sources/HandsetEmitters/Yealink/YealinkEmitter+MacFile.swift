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
        writeFirmware(phone, into: &w)
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
        // The lower `user` account too, so no phone keeps the factory user:user. The same key takes one
        // `<login>:<password>` line per account (Yealink's sample comment: `static.security.user_password =
        // user23:user23pwd`; Wazo v87 base.tpl and Tancredi yealink.tmpl write the user and admin lines this way).
        w.set("static.security.user_name.user", "user")
        w.set("static.security.user_password", "user:" + phone.tenant.webUserPassword)
    }

    /// The firmware the fleet gives for this model, in the per-MAC file: a tenant or profile can pin its own, and
    /// two models share some common files (T53/T53W). The phone applies it at its next provisioning (Wazo v87
    /// base.tpl, Tancredi yealink.tmpl and FusionPBX write `static.firmware.url` with the file's full URL).
    static func writeFirmware(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        guard let url = phone.firmwareURL else { return }
        w.blank()
        w.comment("Firmware")
        w.set("static.firmware.url", url)
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
