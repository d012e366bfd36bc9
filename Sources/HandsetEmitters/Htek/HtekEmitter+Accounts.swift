import HandsetCore

/// The SIP side: profile 1 (registrar, proxy, transport, codecs), the accounts bound to it, and the call settings.
extension HtekEmitter {
    /// Profile 1 carries what every account of the phone shares: Htek splits a profile (server, transport, codecs)
    /// from the accounts (credentials), and an account picks its profile (H2, `AccountN_Profile`). One tenant
    /// means one registrar for every line, so one profile serves them all, as in Wazo's template.
    static func writeProfile(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let tenant = phone.tenant
        w.comment("SIP server, transport and codecs (profile 1, shared by every account)")
        // A single `host:port` value (H2 server row).
        w.set(HtekCodes.sipServer, HostPort.join(tenant.sipServer, phone.sipPort))
        if let proxy = tenant.outboundProxy {
            // Without a port of its own the proxy listens where the registrar does (as the Yealink files do).
            let (host, port) = HostPort.split(proxy)
            w.set(HtekCodes.outboundProxy, HostPort.join(host, port ?? phone.sipPort))
        } else {
            w.set(HtekCodes.outboundProxy, "")
        }
        w.set(HtekCodes.sipTransport, HtekCodes.transportCode(phone.transport))
        w.set(HtekCodes.sipRegistration, true)
        writeCodecs(phone.codecs, into: &w)
        w.set(HtekCodes.dtmfMode, dtmfCode(phone.dtmf))
        w.set(HtekCodes.srtpMode, phone.srtp == .off ? 0 : phone.srtp == .optional ? 1 : 2)
        // MWI is subscribed when the tenant has a voicemail number (Wazo writes 1 and 0 for these two).
        w.set(HtekCodes.subscribeMWI, tenant.voicemailCode != nil)
        w.set(HtekCodes.subscribeMWIToVoicemail, false)
    }

    /// P20166: 0 RFC 2833, 1 in-band, 2 SIP INFO; note in-band is 1 here and 0 on Yealink.
    static func dtmfCode(_ mode: DTMFMode) -> Int {
        switch mode {
        case .rfc2833: return 0
        case .inband: return 1
        case .info: return 2
        }
    }

    /// The six codec choices (H2 codec row): the fleet's codecs in its order, then other codecs up to six, each
    /// once. Every peer fills all six slots with six distinct codecs (Wazo 0,8,9,20,120,2; FusionPBX 0,8,9,2,18,4;
    /// Tancredi 18,0,8,9,3,2) and none writes an empty or repeated slot; 0 is PCMU, so no value means "none". Htek
    /// has no per-codec switch in this dialect, so a codec listed after the fleet's is offered last rather than
    /// disabled. The fill is the G.711 pair, G.722 and G.729, then G.726-32 (2) and G.723 (4) as FusionPBX lists
    /// them. Opus gets payload type 120 (P402), the value its choice entry uses, as in Wazo's template.
    static func writeCodecs(_ codecs: [Codec], into w: inout HtekConfigWriter) {
        let chosen = (codecs.isEmpty ? PhoneContext.defaultCodecs : codecs).map(HtekCodes.payload)
        var slots: [Int] = []
        for payload in chosen + fillPayloads where !slots.contains(payload) && slots.count < 6 { slots.append(payload) }
        for (setting, payload) in zip(HtekCodes.codecChoices, slots) { w.set(setting, payload) }
        if slots.contains(HtekCodes.payload(.opus)) {
            w.set(HtekCodes.opusPayloadType, HtekCodes.payload(.opus))
        }
    }

    /// Payloads that fill the codec slots after the fleet's: PCMA, PCMU, G.722, G.729, G.726-32, G.723.
    static let fillPayloads = [8, 0, 9, 18, 2, 4]

    /// Every account slot the catalog gives the model, up to the six with known codes: the registered ones in full,
    /// the rest switched off with their identity blanked, so a line removed from the fleet stops registering.
    static func writeAccounts(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let written = phone.writtenAccounts
        for (offset, account) in written.enumerated() {
            writeAccount(HtekCodes.accounts[offset], offset + 1, account, into: &w)
            // The voicemail number the message key dials (blank without one, so an old one goes).
            w.set(HtekCodes.voicemailNumbers[offset], phone.tenant.voicemailCode ?? "")
        }
        // BLF keys act for account 1: its directed-pickup code (all three peers write P4705).
        w.set(HtekCodes.account1PickupCode, phone.usesBLFPickup ? phone.tenant.pickupCode ?? "" : "")
        if phone.accounts.count > written.count {
            w.comment("Lines \(written.count + 1)...\(phone.accounts.count) are not written: no verified P-codes for "
                      + "accounts past 6")
        }
        guard written.count < phone.accountSlots else { return }
        w.comment("Unused accounts \(written.count + 1)...\(phone.accountSlots)")
        w.append(unusedAccounts.run(written.count + 1, through: phone.accountSlots))
    }

    /// Account `n` switched off with its identity blanked; the same for every phone, so rendered once per account.
    private static let unusedAccounts = StaticBlocks(slots: 1...HtekCodes.accounts.count) { n in
        let bank = HtekCodes.accounts[n - 1]
        var w = HtekConfigWriter(bare: true)
        w.set(bank.active, false)
        for field in [bank.label, bank.sipUserID, bank.authID, bank.password, bank.displayName] {
            w.set(field, "")
        }
        return w.body
    }

    /// One registered account. Label and display name both carry the caller name, as FusionPBX writes them; the SIP
    /// user is the extension number, the authentication ID the extension's auth user (H2 account rows).
    static func writeAccount(_ bank: HtekCodes.AccountBank, _ n: Int, _ account: TenantContext.Account,
                             into w: inout HtekConfigWriter) {
        w.comment("Account \(n): \(account.number)")
        w.set(bank.active, true)
        // Profile index 0 is profile 1: Wazo binds account 1 with 0 and configures only profile 1, and FusionPBX's
        // U-model template binds every account with 0 the same way.
        w.set(bank.profile, 0)
        w.set(bank.label, account.displayName)
        w.set(bank.sipUserID, account.number)
        w.set(bank.authID, account.authUser)
        w.set(bank.password, account.password)
        w.set(bank.displayName, account.displayName)
    }

    /// The local SIP port and call waiting with its tone (defaults: port 5060, call waiting and tone on).
    ///
    /// The port is an account setting on Htek (H2 local SIP port row; only account 1's code is known for the
    /// profile firmware): account 1 listens on `sip_port` with the random port switched off, and every other
    /// written account keeps a random port, as both template sets leave all accounts, so two accounts never
    /// compete for one port. `calls_per_line_key` has no Htek setting in either public template set and is not
    /// written.
    static func writeCallSettings(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        w.comment("Local SIP port and call waiting")
        w.set(HtekCodes.account1LocalSIPPort, phone.localSIPPort)
        for index in 0..<phone.accountSlots {
            w.set(HtekCodes.accounts[index].useRandomPort, index != 0)
        }
        // P8849 / P8850 (H5 call waiting row).
        w.set(HtekCodes.callWaiting, phone.settings.callWaiting?.enabled?.value ?? true)
        w.set(HtekCodes.callWaitingTone, phone.settings.callWaiting?.tone?.value ?? true)
    }
}
