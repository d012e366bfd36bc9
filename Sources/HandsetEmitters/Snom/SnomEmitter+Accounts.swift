import HandsetCore

/// SIP identities: the phone's `lines` as identities 1...n, then every further identity of the model switched off.
extension SnomEmitter {
    /// Writes every identity slot of the model: the registered ones in full, the rest off and blanked, so an account
    /// removed from `lines` stops registering instead of lingering on the phone (Wazo's `snom-general.xml`,
    /// WZ-SNOMGEN, switches all twelve off the same way before its per-phone file turns the used ones on).
    static func writeIdentities(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        for (offset, account) in phone.accounts.enumerated() {
            writeIdentity(offset + 1, account, phone, into: &xml)
        }
        guard phone.accounts.count < phone.model.accounts else { return }
        xml.comment("Unused identities \(phone.accounts.count + 1)...\(phone.model.accounts)")
        xml.append(unusedIdentities.run(phone.accounts.count + 1, through: phone.model.accounts))
    }

    /// Identity `idx` switched off and blanked; the same for every phone, so rendered once per identity, inside
    /// `<settings><phone-settings>`. Sized for the catalog Snom with the most identities; validation (E0408) keeps a
    /// device's lines within its model's.
    private static let unusedIdentities: StaticBlocks = {
        let most = Catalog.models.filter { $0.vendor == .snom }.map(\.accounts).max() ?? 0
        return StaticBlocks(slots: 1...max(1, most)) { idx in
            var xml = SnomXMLWriter(fragmentAtDepth: 2)
            xml.setting("user_active", off, idx: idx)
            for name in ["user_realname", "user_name", "user_pname", "user_pass", "user_host", "user_outbound", "user_mailbox"] {
                xml.setting(name, "", idx: idx)
            }
            return xml.body
        }
    }()

    /// One registered identity (snom.md §2, in FusionPBX's and Wazo's spelling).
    static func writeIdentity(_ idx: Int, _ account: TenantContext.Account, _ phone: SnomPhone,
                              into xml: inout SnomXMLWriter) {
        let tenant = phone.tenant
        xml.comment("Identity \(idx): \(account.number)")
        xml.setting("user_active", on, idx: idx)
        xml.setting("user_realname", account.displayName, idx: idx)
        xml.setting("user_name", account.number, idx: idx)
        // The auth name is written even when it equals the number, so a changed auth_user never leaves an old one.
        xml.setting("user_pname", account.authUser, idx: idx)
        xml.setting("user_pass", account.password, idx: idx)
        // `host:port`: the registrar, on the port of the phone's transport (snom.md §2 `user_host`; FusionPBX
        // writes it with the port too).
        xml.setting("user_host", HostPort.join(tenant.sipServer, phone.sipPort), idx: idx)
        xml.setting("user_outbound", outbound(phone), idx: idx)
        xml.setting("codec_priority_list", codecList(phone.codecs, dtmf: phone.dtmf), idx: idx)
        xml.setting("call_waiting", callWaiting(phone.settings), idx: idx)
        // DTMF: RFC 2833 is the default and `user_dtmf_info` off; `sip_info_only` sends SIP INFO alone; in-band is
        // off with `telephone-event` left out of the codec list (Snom wiki "What kind of DTMF types Snom phones
        // support and how to change them"; Wazo maps SIP-INFO to sip_info_only the same way).
        xml.setting("user_dtmf_info", phone.dtmf == .info ? "sip_info_only" : off, idx: idx)
        // SRTP: `user_srtp` switches it on, `user_savp` says whether RTP/SAVP is offered as an option or required
        // (snom.md §2; Wazo writes on + mandatory over TLS).
        xml.setting("user_srtp", phone.srtp == .off ? off : on, idx: idx)
        xml.setting("user_savp", phone.srtp == .off ? off : phone.srtp == .optional ? "optional" : "mandatory", idx: idx)
        // The voicemail number the message key dials; Snom subscribes to message-summary for the identity itself
        // (Wazo, FusionPBX and Tancredi write only `user_mailbox`). Blank without a code, so an old one goes.
        xml.setting("user_mailbox", phone.tenant.voicemailCode ?? "", idx: idx)
    }

    /// `user_outbound`: the outbound proxy, or the registrar itself when there is none, with `;transport=`. Snom has
    /// no transport setting of its own; the transport rides on this value (snom.md §2 "Transport"), so it is written
    /// for every identity. Wazo always writes the registrar here; FusionPBX falls back to it when no proxy is set.
    /// A proxy written without a port listens where the registrar does (FusionPBX reuses the SIP port too).
    static func outbound(_ phone: SnomPhone) -> String {
        let target: String
        if let proxy = phone.tenant.outboundProxy {
            let (host, port) = HostPort.split(proxy)
            target = HostPort.join(host, port ?? phone.sipPort)
        } else {
            target = HostPort.join(phone.tenant.sipServer, phone.sipPort)
        }
        return target + ";transport=" + transportToken(phone.transport)
    }

    /// `codec_priority_list`: the fleet's codecs in its order, then `telephone-event`. List order is preference and
    /// a codec left out is disabled (snom.md §2), so `telephone-event` (RFC 2833 DTMF) must stay in the list; Wazo
    /// and FusionPBX both end their lists with it.
    /// With in-band DTMF `telephone-event` is left out, so digits travel as tones in the audio (same wiki page as
    /// `user_dtmf_info`).
    static func codecList(_ codecs: [Codec], dtmf: DTMFMode) -> String {
        (codecs.compactMap(codecToken) + (dtmf == .inband ? [] : ["telephone-event"])).joined(separator: ",")
    }

    /// `call_waiting` per identity (since 8.7.5.9; the last 8.x firmware of every catalog model is 8.9.3, so all of
    /// them take it): `on` shows and sounds a waiting call, `visual` only shows it, `off` refuses it (Snom wiki
    /// "call_waiting", snom.md §5). Handset's default is on with its tone, SCHEMA.md's `call_waiting` default;
    /// Snom's own default is off.
    static func callWaiting(_ settings: DeviceSettings) -> String {
        guard settings.callWaiting?.enabled?.value ?? true else { return off }
        return settings.callWaiting?.tone?.value ?? true ? on : "visual"
    }
}
