import HandsetCore

/// The SIP accounts (`account.N.*`, fact sheet §1.3) and the call settings.
extension GrandstreamEmitter {
    /// Every account slot the catalog gives the model: the registered ones in full, the rest switched off with their
    /// identity blanked, so a line removed from the fleet stops registering.
    static func writeAccounts(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        let written = phone.writtenAccounts
        for (offset, account) in written.enumerated() {
            writeAccount(offset + 1, account, phone, into: &w)
        }
        guard written.count < phone.model.accounts else { return }
        w.comment("Unused accounts \(written.count + 1)...\(phone.model.accounts)")
        w.append(unusedAccounts.run(written.count + 1, through: phone.model.accounts))
    }

    /// Account `n` switched off with its identity blanked; the same for every phone, so rendered once per account
    /// (six: the most any catalog model has).
    private static let unusedAccounts = StaticBlocks(slots: 1...6) { n in
        var w = GrandstreamConfigWriter(bare: true)
        let prefix = "account.\(n)."
        w.set(prefix + "enable", yes: false)
        for field in ["name", "sip.userid", "sip.subscriber.userid", "sip.subscriber.password", "sip.subscriber.name"] {
            w.set(prefix + field, "")
        }
        return w.body
    }

    /// One registered account. Every account carries the tenant's registrar, proxy, transport, codecs, DTMF, SRTP,
    /// voicemail and pickup code: Grandstream keeps them per account (Wazo writes them in its per-line loop).
    static func writeAccount(_ n: Int, _ account: TenantContext.Account, _ phone: GrandstreamPhone,
                             into w: inout GrandstreamConfigWriter) {
        let tenant = phone.tenant
        let prefix = "account.\(n)."
        w.comment("Account \(n): \(account.number)")
        w.set(prefix + "enable", yes: true)
        w.set(prefix + "sip.registration", yes: true)
        // Label and display name both carry the caller name, as Wazo writes them; the SIP user is the extension
        // number, the authentication ID the extension's auth user.
        w.set(prefix + "name", account.displayName)
        w.set(prefix + "sip.server.1.address", HostPort.join(tenant.sipServer, phone.sipPort))
        if let proxy = tenant.outboundProxy {
            // Without a port of its own the proxy listens where the registrar does (as the other vendors' files do).
            let (host, port) = HostPort.split(proxy)
            w.set(prefix + "sip.outboundProxy.1.address", HostPort.join(host, port ?? phone.sipPort))
        } else {
            w.set(prefix + "sip.outboundProxy.1.address", "")
        }
        w.set(prefix + "sip.userid", account.number)
        w.set(prefix + "sip.subscriber.userid", account.authUser)
        w.set(prefix + "sip.subscriber.password", account.password)
        w.set(prefix + "sip.subscriber.name", account.displayName)
        w.set(prefix + "sip.transport", transportWord(phone.transport))
        writeCodecs(prefix, phone.codecs, into: &w)
        writeDTMF(prefix, phone.dtmf, into: &w)
        w.set(prefix + "audio.srtpMode", srtpWord(phone.srtp))
        // The number the message key dials (blank without one, so an old one goes).
        w.set(prefix + "sip.voicemail.number", tenant.voicemailCode ?? "")
        // The prefix a BLF key dials to pick up a ringing call (P1347; Wazo writes its pickup extension here).
        w.set(prefix + "sip.blf.callPickup.prefix", phone.usesBLFPickup ? tenant.pickupCode ?? "" : "")
        // Lets `check-sync` NOTIFYs make the phone re-provision (fact sheet §1.7), as Wazo sets for every account.
        w.set(prefix + "sip.allowSipReset", yes: true)
        if n == 1 {
            // P40: only account 1's local port is set; the others keep their own (5062, 5064, ... per the FusionPBX
            // comments), so two accounts never compete for one port.
            w.set(prefix + "sip.localPort", phone.localSIPPort)
        }
    }

    /// `UDP`, `TCP`, `TlsOrTcp` (Wazo `SIP_TRANSPORTS`; FusionPBX lists "UDP, TCP, Tls Or Tcp").
    static func transportWord(_ transport: Transport) -> String {
        switch transport {
        case .udp: return "UDP"
        case .tcp: return "TCP"
        case .tls: return "TlsOrTcp"
        }
    }

    /// `Disabled`, `EnabledButNotForced`, `EnabledAndForced` (FusionPBX `grp2614/{$mac}.xml`, SRTP Mode, P183).
    static func srtpWord(_ mode: SRTPMode) -> String {
        switch mode {
        case .off: return "Disabled"
        case .optional: return "EnabledButNotForced"
        case .required: return "EnabledAndForced"
        }
    }

    /// DTMF as three switches, in audio / in RTP (RFC 2833) / in SIP INFO (P2301-P2303), one on, as Wazo's
    /// `DTMF_MODES` sets them for its out-of-band and SIP INFO modes.
    static func writeDTMF(_ prefix: String, _ mode: DTMFMode, into w: inout GrandstreamConfigWriter) {
        w.set(prefix + "dtmf.sendInAudio", yes: mode == .inband)
        w.set(prefix + "dtmf.sendInRtp", yes: mode == .rfc2833)
        w.set(prefix + "dtmf.sendInSip", yes: mode == .info)
    }

    /// Vocoder names of `codec.choice.N` (FusionPBX: "PCMU, PCMA, G.726-32, G.723.1, G.722, G.729A/B, iLBC, OPUS").
    static func codecWord(_ codec: Codec) -> String {
        switch codec {
        case .pcmu: return "PCMU"
        case .pcma: return "PCMA"
        case .g722: return "G.722"
        case .g729: return "G.729A/B"
        case .opus: return "OPUS"
        }
    }

    /// What fills the choices after the fleet's codecs, each once: every vocoder of the list, the fleet's five first.
    static let fillCodecs = ["PCMA", "PCMU", "G.722", "G.729A/B", "G.726-32", "G.723.1", "iLBC", "OPUS"]

    /// The eight preference slots (fact sheet §1.2: order is preference, and there is no per-codec switch): the
    /// fleet's codecs in its order, then the other vocoders, each once, as both template sets fill all eight with
    /// distinct vocoders. A codec the fleet leaves out is therefore offered last rather than disabled.
    static func writeCodecs(_ prefix: String, _ codecs: [Codec], into w: inout GrandstreamConfigWriter) {
        var slots: [String] = []
        for name in codecs.map(codecWord) + fillCodecs where !slots.contains(name) { slots.append(name) }
        for (index, name) in slots.prefix(8).enumerated() {
            w.set(prefix + "codec.choice.\(index + 1)", name)
        }
    }

    /// Call waiting and its tone (`call.callWaiting.enable` / `.enableTone`, P91 / P186 inverted: Yes = on;
    /// defaults on).
    static func writeCallSettings(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        w.comment("Call waiting")
        w.set("call.callWaiting.enable", yes: phone.settings.callWaiting?.enabled?.value ?? true)
        w.set("call.callWaiting.enableTone", yes: phone.settings.callWaiting?.tone?.value ?? true)
    }
}
