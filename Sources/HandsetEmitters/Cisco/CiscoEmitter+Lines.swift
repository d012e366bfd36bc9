import HandsetCore

/// The SIP lines (`…_N_` parameters, fact sheet §3.2) and the call settings.
extension CiscoEmitter {
    /// Every line the catalog gives the model: the registered ones in full, the rest switched off with their
    /// identity blanked, so a line removed from the fleet stops registering.
    static func writeLines(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let written = phone.writtenAccounts
        for (offset, account) in written.enumerated() {
            writeLine(offset + 1, account, phone, into: &w)
        }
        guard written.count < phone.model.accounts else { return }
        w.comment("Unused lines \(written.count + 1)...\(phone.model.accounts)")
        w.append(unusedLines.run(written.count + 1, through: phone.model.accounts))
    }

    /// Line `n` switched off with its identity blanked; the same for every phone, so rendered once per line
    /// (sixteen: the most any catalog model has).
    private static let unusedLines = StaticBlocks(slots: 1...16) { n in
        var w = CiscoProfileWriter(bare: true)
        w.set("Line_Enable_\(n)_", yes: false)
        for field in ["Display_Name", "User_ID", "Password", "Auth_ID"] { w.set("\(field)_\(n)_", "") }
        return w.body
    }

    /// One registered line. Every line carries the tenant's registrar, proxy, transport, codecs, DTMF and the
    /// authenticated-NOTIFY switch: Cisco keeps them per line (extension, in the web pages).
    static func writeLine(_ n: Int, _ account: TenantContext.Account, _ phone: CiscoPhone,
                          into w: inout CiscoProfileWriter) {
        let tenant = phone.tenant
        let suffix = "_\(n)_"
        w.comment("Line \(n): \(account.number)")
        w.set("Line_Enable" + suffix, yes: true)
        // `host:port` as Wazo's `_format_proxy` writes it; with the port given, no DNS SRV lookup.
        w.set("Proxy" + suffix, HostPort.join(tenant.sipServer, phone.sipPort))
        w.set("Use_DNS_SRV" + suffix, yes: false)
        if let proxy = tenant.outboundProxy {
            // Without a port of its own the proxy listens where the registrar does (as the other vendors' files do).
            let (host, port) = HostPort.split(proxy)
            w.set("Outbound_Proxy" + suffix, HostPort.join(host, port ?? phone.sipPort))
            w.set("Use_OB_Proxy_In_Dialog" + suffix, yes: true)
        } else {
            w.set("Outbound_Proxy" + suffix, "")
        }
        w.set("Register" + suffix, yes: true)
        // Display name is the caller name; the SIP user the extension number; the authentication ID its auth user.
        w.set("Display_Name" + suffix, account.displayName)
        w.set("User_ID" + suffix, account.number)
        w.set("Password" + suffix, account.password)
        w.set("Use_Auth_ID" + suffix, yes: true)
        w.set("Auth_ID" + suffix, account.authUser)
        w.set("SIP_Transport" + suffix, transportWord(phone.transport))
        if n == 1 {
            // Only line 1's local port is set (`sip_port` is the phone's port): the other lines keep their own, so
            // two lines never compete for one port.
            w.set("SIP_Port" + suffix, phone.localSIPPort)
        }
        writeCodecs(suffix, phone.codecs, into: &w)
        w.set("DTMF_Tx_Method" + suffix, dtmfWord(phone.dtmf))
        // The phone challenges a resync NOTIFY, so only the PBX can make it re-provision (fact sheet §3.6).
        w.set("Auth_Resync-Reboot" + suffix, yes: true)
    }

    /// `UDP`, `TCP`, `TLS` (FusionPBX upper-cases its transport into `SIP_Transport_N_`).
    static func transportWord(_ transport: Transport) -> String {
        switch transport {
        case .udp: return "UDP"
        case .tcp: return "TCP"
        case .tls: return "TLS"
        }
    }

    /// `InBand`, `AVT` (RFC 2833 events), `INFO` (Wazo's `base.tpl`).
    static func dtmfWord(_ mode: DTMFMode) -> String {
        switch mode {
        case .inband: return "InBand"
        case .rfc2833: return "AVT"
        case .info: return "INFO"
        }
    }

    /// `Preferred_Codec_N_` values: `G711u`, `G711a`, `G729a`, `G722` (FusionPBX) and `OPUS` (the codec's
    /// `OPUS_Codec_Name` spelling in FusionPBX's template).
    static func codecWord(_ codec: Codec) -> String {
        switch codec {
        case .pcmu: return "G711u"
        case .pcma: return "G711a"
        case .g729: return "G729a"
        case .g722: return "G722"
        case .opus: return "OPUS"
        }
    }

    /// The fleet's first three codecs as the preferred, second and third (`Unspecified` when it lists fewer), and
    /// the switches of the codecs that have one, on exactly when the fleet lists the codec. G.711 has no switch on
    /// Cisco phones (FusionPBX's template has none): both laws stay available.
    static func writeCodecs(_ suffix: String, _ codecs: [Codec], into w: inout CiscoProfileWriter) {
        let names = codecs.map(codecWord)
        for (index, slot) in ["Preferred_Codec", "Second_Preferred_Codec", "Third_Preferred_Codec"].enumerated() {
            w.set(slot + suffix, index < names.count ? names[index] : "Unspecified")
        }
        w.set("Use_Pref_Codec_Only" + suffix, yes: false)
        w.set("G729a_Enable" + suffix, yes: codecs.contains(.g729))
        w.set("G722_Enable" + suffix, yes: codecs.contains(.g722))
        w.set("OPUS_Enable" + suffix, yes: codecs.contains(.opus))
    }

    /// Voicemail, pickup, call waiting, calls per line key, secure calls and the station name (fact sheet §3.2, §3.5).
    static func writeCallSettings(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let tenant = phone.tenant
        w.comment("Call settings")
        // The number the message key dials (blank without one, so an old one goes).
        w.set("Voice_Mail_Number", tenant.voicemailCode ?? "")
        // The prefix the phone dials to pick up a call ringing at a BLF key's extension (Wazo's
        // `exten_pickup_call`; FusionPBX's default is `#97`, here the tenant's own code or nothing).
        w.set("Call_Pickup_Code", tenant.pickupCode ?? "")
        w.set("CW_Setting", yes: phone.settings.callWaiting?.enabled?.value ?? true)
        w.set("Call_Appearances_Per_Line", phone.callsPerLineKey)
        // `Secure_Call_Setting` Yes makes every call SRTP; the fleet's `optional` is written as No (W0441).
        w.set("Secure_Call_Setting", yes: phone.srtp == .required)
        w.set("Station_Name", phone.settings.label?.value ?? phone.writtenAccounts.first?.displayName ?? "")
    }
}
