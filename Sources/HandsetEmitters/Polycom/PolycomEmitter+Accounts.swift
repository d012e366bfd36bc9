import HandsetCore

/// The registrations (`reg.N.*`, fact sheet §2), voicemail (`msg.mwi.N.*`), codecs, DTMF, SRTP and call settings.
extension PolycomEmitter {
    /// Every registration slot the catalog gives the model: the registered ones in full, the rest blanked, so a line
    /// removed from the fleet stops registering.
    static func writeAccounts(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        let written = phone.writtenAccounts
        let layout = lineKeyLayout(phone)
        for (offset, account) in written.enumerated() {
            writeAccount(offset + 1, account, lineKeys: layout[offset], phone, into: &w)
        }
        guard written.count < phone.model.accounts else { return }
        w.append(unusedRegistrations.run(written.count + 1, through: phone.model.accounts))
    }

    /// Registration `n` blanked: the same on every phone, so rendered once per slot (sixteen: the most any catalog
    /// model has).
    private static let unusedRegistrations = StaticBlocks(slots: 1...16) { n in
        var w = PolycomConfigWriter(bare: ())
        let prefix = "reg.\(n)."
        for field in ["address", "label", "displayName", "auth.userId", "auth.password", "server.1.address"] {
            w.set(prefix + field, "")
        }
        w.set("msg.mwi.\(n).subscribe", "")
        return w.body
    }

    /// One registration: identity and credentials (Wazo `base.tpl`: `address` the SIP user, `label` the number unless
    /// the fleet labels its line key, `auth.userId` the auth user), the tenant's registrar on the device's transport,
    /// the outbound proxy, how many line keys it takes, and voicemail.
    static func writeAccount(_ n: Int, _ account: TenantContext.Account, lineKeys: (count: Int, label: String?),
                             _ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        let tenant = phone.tenant
        let prefix = "reg.\(n)."
        w.set(prefix + "address", account.number)
        w.set(prefix + "label", lineKeys.label ?? account.number)
        w.set(prefix + "displayName", account.displayName)
        w.set(prefix + "auth.userId", account.authUser)
        w.set(prefix + "auth.password", account.password)
        w.set(prefix + "type", "private")
        w.set(prefix + "server.1.address", tenant.sipServer)
        w.set(prefix + "server.1.port", phone.sipPort)
        w.set(prefix + "server.1.transport", transportWord(phone.transport))
        w.set(prefix + "server.1.expires", 3600)
        w.set(prefix + "server.1.register", on: true)
        if let proxy = tenant.outboundProxy {
            // Without a port of its own the proxy listens where the registrar does (as the other vendors' files do).
            let (host, port) = HostPort.split(proxy)
            w.set(prefix + "outboundProxy.address", host)
            w.set(prefix + "outboundProxy.port", port ?? phone.sipPort)
            w.set(prefix + "outboundProxy.transport", transportWord(phone.transport))
        } else {
            w.set(prefix + "outboundProxy.address", "")
        }
        w.set(prefix + "lineKeys", lineKeys.count)
        // The message key calls the voicemail number (`contact` mode, as Wazo writes it); with one, the phone also
        // subscribes to its own mailbox for the lamp.
        let voicemail = tenant.voicemailCode
        w.set("msg.mwi.\(n).subscribe", voicemail == nil ? "" : account.number)
        w.set("msg.mwi.\(n).callBackMode", "contact")
        w.set("msg.mwi.\(n).callBack", voicemail.map(dialString) ?? "")
    }

    /// `UDPOnly`, `TCPOnly`, `TLS` (Wazo `_SIP_TRANSPORT`).
    static func transportWord(_ transport: Transport) -> String {
        switch transport {
        case .udp: return "UDPOnly"
        case .tcp: return "TCPOnly"
        case .tls: return "TLS"
        }
    }

    /// `voice.codecPref.*` names of the fleet's codecs (fact sheet corrections, "Codec spelling").
    static func codecName(_ codec: Codec) -> String {
        switch codec {
        case .pcmu: return "G711_Mu"
        case .pcma: return "G711_A"
        case .g722: return "G722"
        case .g729: return "G729_AB"
        case .opus: return "Opus"
        }
    }

    /// Every codec name both the fact sheet and the FusionPBX CCX500 template give: the fleet's get 1, 2, ... in its
    /// order, every other one 0 (off), so the phone offers exactly the fleet's list.
    static let allCodecNames = ["G711_Mu", "G711_A", "G722", "G729_AB", "Opus", "G7221.16kbps", "G7221_C.24kbps",
                                "Siren14.48kbps", "Siren22.64kbps"]

    /// Codecs, DTMF, SRTP, pickup, calls per line key and call waiting.
    static func writeCallSettings(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        let chosen = phone.codecs.map(codecName)
        for name in allCodecNames {
            w.set("voice.codecPref." + name, chosen.firstIndex(of: name).map { $0 + 1 } ?? 0)
        }
        // Wazo `base.tpl`: RFC 2833 is `viaRtp` with `rfc2833Control`; in-band is `viaRtp` alone; SIP INFO (RFC 2976)
        // sends no tones in RTP.
        let dtmf = phone.dtmf
        w.set("tone.dtmf.viaRtp", on: dtmf != .info)
        w.set("tone.dtmf.rfc2833Control", on: dtmf == .rfc2833)
        w.set("voIpProt.SIP.dtmfViaSignaling.rfc2976", on: dtmf == .info)
        // Wazo `base.tpl`: off 0/0/0, preferred 1/1/0, required 1/1/1.
        let srtp = phone.srtp
        w.set("sec.srtp.enable", on: srtp != .off)
        w.set("sec.srtp.offer", on: srtp != .off)
        w.set("sec.srtp.require", on: srtp == .required)
        // The prefix a BLF key dials to pick up a ringing call (Wazo writes its pickup extension here); blank without.
        w.set("call.directedCallPickupString", phone.usesBLFPickup ? phone.tenant.pickupCode.map(dialString) ?? "" : "")
        w.set("call.callsPerLineKey", phone.callsPerLineKey)
        w.set("call.callWaiting.enable", on: phone.settings.callWaiting?.enabled?.value ?? true)
    }
}
