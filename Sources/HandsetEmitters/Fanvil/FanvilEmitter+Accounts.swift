import HandsetCore

/// `<mm>` (tones and codec set) and `<sip>` (the local port and one `<line index="N">` per account), fact sheet §2.2.
extension FanvilEmitter {
    /// `<mm>`: the tone set of the fleet's country (`SelectYourTone`, Wazo and Tancredi) when it names one, and the
    /// fleet's codecs as the phone's audio codec set (`<capability><AudioCodecSets>`, Wazo and FusionPBX).
    static func writeMedia(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        w.open("mm")
        if let tone = phone.settings.country.flatMap({ Catalog.fanvilTone($0.value) }) {
            w.set("SelectYourTone", tone)
        }
        w.open("capability")
        w.set("AudioCodecSets", codecList(phone.codecs))
        w.close()
        w.close()
    }

    /// Every account slot the catalog gives the model: the registered ones in full, the rest switched off with their
    /// identity blanked (Wazo's empty-line branch), so a line removed from the fleet stops registering.
    static func writeAccounts(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        w.open("sip")
        w.set("SIPPort", phone.localSIPPort)
        let written = phone.writtenAccounts
        for (offset, account) in written.enumerated() {
            writeAccount(offset + 1, account, phone, into: &w)
        }
        if written.count < phone.model.accounts {
            w.append(unusedAccounts.run(written.count + 1, through: phone.model.accounts))
        }
        w.close()
    }

    /// Line `n` switched off with its identity blanked; the same for every phone, so rendered once per line (twenty:
    /// the most any catalog model has).
    private static let unusedAccounts = StaticBlocks(slots: 1...20) { n in
        var w = FanvilConfigWriter(bareAtDepth: 1)
        w.open("line", index: n)
        for field in ["PhoneNumber", "DisplayName", "RegisterAddr", "RegisterPort", "RegisterUser", "RegisterPswd"] {
            w.set(field, "")
        }
        w.set("EnableReg", on: false)
        w.close()
        return w.body
    }

    /// One registered line. Every line carries the tenant's registrar, proxy, transport, codecs, DTMF, SRTP and
    /// voicemail number: Fanvil keeps them per line (Wazo writes them in its per-line loop).
    static func writeAccount(_ n: Int, _ account: TenantContext.Account, _ phone: FanvilPhone,
                             into w: inout FanvilConfigWriter) {
        let tenant = phone.tenant
        w.open("line", index: n)
        // The SIP user is the extension number, the authentication user the extension's auth user; the display name
        // the caller name.
        w.set("PhoneNumber", account.number)
        w.set("DisplayName", account.displayName)
        w.set("RegisterAddr", tenant.sipServer)
        w.set("RegisterPort", phone.sipPort)
        w.set("RegisterUser", account.authUser)
        w.set("RegisterPswd", account.password)
        w.set("EnableReg", on: true)
        // Without a port of its own the proxy listens where the registrar does (as the other vendors' files do).
        if let proxy = tenant.outboundProxy {
            let (host, port) = HostPort.split(proxy)
            w.set("ProxyAddr", host)
            w.set("ProxyPort", port ?? phone.sipPort)
        } else {
            w.set("ProxyAddr", "")
            w.set("ProxyPort", "")
        }
        w.set("Transport", transportCode(phone.transport))
        w.set("DTMFMode", dtmfCode(phone.dtmf))
        // Off only: the values of `MediaCrypto` beyond 0 are in no source, so validation refuses optional and
        // required SRTP on Fanvil phones (E0420).
        w.set("MediaCrypto", 0)
        // The number the message key dials (blank without one, so an old one goes).
        w.set("MWINum", tenant.voicemailCode ?? "")
        // Per-line codec order (FusionPBX `VoiceCodecMap`; Tancredi `SIPn VoiceCodecMap`).
        w.set("VoiceCodecMap", codecList(phone.codecs))
        w.close()
    }

    /// `Transport`: 0 UDP, 1 TCP, 3 TLS (Wazo `_SIP_TRANSPORT`; FusionPBX's X6U template agrees).
    static func transportCode(_ transport: Transport) -> Int {
        switch transport {
        case .udp: return 0
        case .tcp: return 1
        case .tls: return 3
        }
    }

    /// `DTMFMode`: 0 in-band, 1 RFC 2833, 2 SIP INFO (Wazo `_SIP_DTMF_MODE`; Tancredi `dtmf_map`).
    static func dtmfCode(_ mode: DTMFMode) -> Int {
        switch mode {
        case .inband: return 0
        case .rfc2833: return 1
        case .info: return 2
        }
    }

    /// Codec names as both lists spell them: `PCMU`, `PCMA`, `G722`, `G729` (Wazo, FusionPBX, Tancredi) and `opus`
    /// (Tancredi's `VoiceCodecMap`), comma-separated in the fleet's order.
    static func codecList(_ codecs: [Codec]) -> String {
        codecs.map { codec in
            switch codec {
            case .pcmu: return "PCMU"
            case .pcma: return "PCMA"
            case .g722: return "G722"
            case .g729: return "G729"
            case .opus: return "opus"
            }
        }.joined(separator: ",")
    }

    /// Call waiting and its tone (`<call><port index="1">`: `CallWaiting`, `CWaitingTone`, FusionPBX; defaults on).
    static func writeCallSettings(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        w.open("call")
        w.open("port", index: 1)
        w.set("CallWaiting", on: phone.settings.callWaiting?.enabled?.value ?? true)
        w.set("CWaitingTone", on: phone.settings.callWaiting?.tone?.value ?? true)
        w.close()
        w.close()
    }
}
