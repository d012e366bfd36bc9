import HandsetCore

/// SIP accounts: the phone's `lines` as accounts 1...n, then every further account of the model switched off.
extension YealinkEmitter {
    /// Writes every account slot of the model: the registered ones in full, the rest disabled and blanked, so an
    /// account removed from `lines` stops registering instead of lingering on the phone.
    static func writeAccounts(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        let pickup = phone.usesBLFPickup
        for (offset, account) in phone.accounts.enumerated() {
            writeAccount(offset + 1, account, phone, pickup: pickup && offset == 0, into: &w)
        }
        guard phone.accounts.count < phone.model.accounts else { return }
        w.blank()
        w.comment("Unused accounts \(phone.accounts.count + 1)...\(phone.model.accounts)")
        w.append(unusedAccounts.run(phone.accounts.count + 1, through: phone.model.accounts))
    }

    /// One registered account (Y2, X.85 `sip_server.1.*` form; the legacy `sip_server_host` names are never mixed in).
    static func writeAccount(_ n: Int, _ account: TenantContext.Account, _ phone: YealinkPhone, pickup: Bool,
                             into w: inout KeyValueWriter) {
        let tenant = phone.tenant
        let p = accountPrefix(n)
        w.blank()
        w.comment("Account \(n): \(account.number)")
        w.set(p, "enable", true)
        // Label and display name both carry the caller name, as FusionPBX and Wazo write them.
        w.set(p, "label", account.displayName)
        w.set(p, "display_name", account.displayName)
        w.set(p, "auth_name", account.authUser)
        w.set(p, "user_name", account.number)
        w.set(p, "password", account.password)
        w.set(p, "sip_server.1.address", tenant.sipServer)
        w.set(p, "sip_server.1.port", phone.sipPort)
        w.set(p, "sip_server.1.transport_type", transportCode(phone.transport))
        if let proxy = tenant.outboundProxy {
            let (host, port) = HostPort.split(proxy)
            w.set(p, "outbound_proxy_enable", true)
            w.set(p, "outbound_proxy.1.address", host)
            // Without a port of its own the proxy listens where the registrar does (FusionPBX's default too).
            w.set(p, "outbound_proxy.1.port", port ?? phone.sipPort)
        } else {
            w.set(p, "outbound_proxy_enable", false)
            w.set(p, "outbound_proxy.1.address", null)
        }
        // The per-account value wins over the global one (Yealink admin guide, calls_per_linekey).
        w.set(p, "phone_setting.call_appearance.calls_per_linekey", phone.callsPerLineKey)
        // BLF keys sit on account 1. With the tenant's pickup code the account dials it (`direct_pickup_code`: the
        // per-line code "takes precedence over features.pickup.direct_pickup_code", admin guide; Tancredi's
        // yealink.tmpl writes it with `dialoginfo_callpickup = 0`). Without one Yealink picks up by INVITE/Replaces
        // built from the dialog-info NOTIFY (admin guide, "Dialog Info Call Pickup"), an account setting, so a
        // `pickup: true` BLF key turns it on for every BLF key of account 1.
        if pickup, let code = tenant.pickupCode {
            w.set(p, "direct_pickup_code", code)
            w.set(p, "dialoginfo_callpickup", false)
        } else {
            w.set(p, "dialoginfo_callpickup", pickup)
        }
        // DTMF: 0 in-band, 1 RFC 2833, 2 SIP INFO (admin guide `account.X.dtmf.type`, default 1; Tancredi's
        // yealink.macros maps the same way); INFO as DTMF-Relay (`info_type` 1, what Wazo and Tancredi write).
        w.set(p, "dtmf.type", dtmfCode(phone.dtmf))
        if phone.dtmf == .info { w.set(p, "dtmf.info_type", 1) }
        // SRTP: 0 disabled, 1 optional, 2 compulsory (FusionPBX app/yealink/app_config.php; Wazo writes 2 over TLS).
        w.set(p, "srtp_encryption", srtpCode(phone.srtp))
        // Voicemail: the number the message key dials, and the MWI subscription (default 0, so it must be switched
        // on), to the account itself rather than to the voicemail number (Wazo v87 base.tpl, Tancredi yealink.tmpl).
        if let voicemail = tenant.voicemailCode {
            w.set("voice_mail.number.\(n)", voicemail)
            w.set(p, "subscribe_mwi", true)
            w.set(p, "subscribe_mwi_to_vm", false)
        } else {
            w.set("voice_mail.number.\(n)", null)
            w.set(p, "subscribe_mwi", false)
        }
        writeCodecs(p, phone.codecs, into: &w)
    }

    static func dtmfCode(_ mode: DTMFMode) -> Int {
        switch mode {
        case .inband: return 0
        case .rfc2833: return 1
        case .info: return 2
        }
    }

    static func srtpCode(_ mode: SRTPMode) -> Int {
        switch mode {
        case .off: return 0
        case .optional: return 1
        case .required: return 2
        }
    }

    /// Codecs in the given order, every other codec explicitly off. Priority 1 is the most preferred: in Yealink's
    /// factory settings G.722 has priority 1, PCMU 2, PCMA 3, G.729 4, which is the phone's default offer order, and
    /// a disabled codec has 0 (admin guide codec tables; FusionPBX writes 0 for disabled codecs too).
    static func writeCodecs(_ prefix: StaticBytes, _ codecs: [Codec], into w: inout KeyValueWriter) {
        for (index, codec) in codecs.enumerated() {
            let keys = codecKeys(codec)
            w.set(prefix, keys.enable, true)
            w.set(prefix, keys.priority, index + 1)
        }
        for codec in Codec.allCases where !codecs.contains(codec) {
            let keys = codecKeys(codec)
            w.set(prefix, keys.enable, false)
            w.set(prefix, keys.priority, 0)
        }
        // Every other codec an X.85+ T4x/T5x has is switched off too, so none the fleet does not list is offered
        // (one list for all these models in Wazo v85-v87 base.tpl, FusionPBX's t54w/t46u templates and Tancredi's
        // yealink.tmpl; names as Wazo spells them, lowercase, including Yealink's "kpbs").
        for keys in otherCodecKeys {
            w.set(prefix, keys.enable, false)
            w.set(prefix, keys.priority, 0)
        }
    }

    static let otherCodecKeys: [(enable: StaticString, priority: StaticString)] = [
        ("codec.g726_16.enable", "codec.g726_16.priority"), ("codec.g726_24.enable", "codec.g726_24.priority"),
        ("codec.g726_32.enable", "codec.g726_32.priority"), ("codec.g726_40.enable", "codec.g726_40.priority"),
        ("codec.g723_53.enable", "codec.g723_53.priority"), ("codec.g723_63.enable", "codec.g723_63.priority"),
        ("codec.ilbc_13_33kbps.enable", "codec.ilbc_13_33kbps.priority"),
        ("codec.ilbc_15_2kbps.enable", "codec.ilbc_15_2kbps.priority"),
        ("codec.g722_1_24kpbs.enable", "codec.g722_1_24kpbs.priority"),
        ("codec.g722_1c_24kpbs.enable", "codec.g722_1c_24kpbs.priority"),
        ("codec.g722_1c_32kpbs.enable", "codec.g722_1c_32kpbs.priority"),
        ("codec.g722_1c_48kpbs.enable", "codec.g722_1c_48kpbs.priority"),
    ]

    /// `codec.<name>.enable` and `codec.<name>.priority`, the name-based X.8x key segments (Y2 codecs), spelled out
    /// as literals: every registered account of every phone writes all of them.
    static func codecKeys(_ codec: Codec) -> (enable: StaticString, priority: StaticString) {
        switch codec {
        case .pcma: return ("codec.pcma.enable", "codec.pcma.priority")
        case .pcmu: return ("codec.pcmu.enable", "codec.pcmu.priority")
        case .g722: return ("codec.g722.enable", "codec.g722.priority")
        case .g729: return ("codec.g729.enable", "codec.g729.priority")
        case .opus: return ("codec.opus.enable", "codec.opus.priority")
        }
    }

    /// `account.<n>.`, the start of every key of account `n`, rendered once per account slot so no key is assembled
    /// as a String per line. The table covers every account of every catalog Yealink; validation (E0408) keeps a
    /// device's lines within its model's accounts.
    static func accountPrefix(_ n: Int) -> StaticBytes { accountPrefixes[n] }

    private static let accountPrefixes: [StaticBytes] = {
        let most = Catalog.models.filter { $0.vendor == .yealink }.map(\.accounts).max() ?? 0
        return (0...max(16, most)).map { StaticBytes("account.\($0).") }
    }()

    /// Account slots the phone does not use: off, with identity and registrar blanked (Wazo blanks unused accounts
    /// field by field the same way). The same for every phone, so rendered once per slot (they were a third of the
    /// emit time).
    private static let unusedAccounts = StaticBlocks(slots: 1...(accountPrefixes.count - 1), keyValues: { n, w in
        let p = accountPrefix(n)
        w.set(p, "enable", false)
        let fields: [StaticString] = ["label", "display_name", "auth_name", "user_name", "password", "sip_server.1.address"]
        for field in fields {
            w.set(p, field, null)
        }
    })
}
