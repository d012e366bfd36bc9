import HandsetCore

/// The P-codes Handset writes, each with the `para` name `htek-pcodes.txt` gives it (the Wazo spelling where Wazo
/// uses the code, FusionPBX's otherwise), and the value codes that go in them.
enum HtekCodes {
    // MARK: Profile 1: registrar, transport, codecs (H2; WAZO:ht/base "Profile1/…")

    static let sipServer = HtekSetting(47, "Profile1_Sipserver")
    static let outboundProxy = HtekSetting(48, "Profile1_OutboundProxy")
    static let sipTransport = HtekSetting(130, "Profile1_SipTransport")
    static let sipRegistration = HtekSetting(31, "Profile1_SipRegistration")
    /// Codec choices 1...6: P57...P62 (H2 codec order row).
    static let codecChoices: [HtekSetting] = (0..<6).map { HtekSetting(57 + $0, "Profile1_Choice\($0 + 1)") }
    static let opusPayloadType = HtekSetting(402, "Profile1_OPUSPayloadType")
    /// 0 RTP out of band (RFC 2833), 1 in-band, 2 SIP INFO (Wazo `_SIP_DTMF_MODE`; Tancredi sangoma.macros `dtmf`).
    static let dtmfMode = HtekSetting(20166, "Profile1_DtmfMode")
    /// 0 off, 1 optional, 2 required (Tancredi sangoma.tmpl writes 2 when encrypted, else 0; 1 follows the
    /// Grandstream P-code table this firmware descends from, FusionPBX app/grandstream/app_config.php).
    static let srtpMode = HtekSetting(183, "Profile1_SRtpMode")
    /// MWI subscription for the profile's accounts, to the account rather than the voicemail number (Wazo base.tpl).
    static let subscribeMWI = HtekSetting(99, "Profile1_SubscribeForMWI")
    static let subscribeMWIToVoicemail = HtekSetting(24759, "Profile1_SubscribeMWIToVoiceMail")

    // MARK: Accounts (H2)

    /// The codes of one account's identity.
    struct AccountBank: Sendable {
        let active, profile, label, sipUserID, authID, password, displayName, useRandomPort: HtekSetting
    }

    /// Accounts 1...6, from Wazo's template, which spells out each of them (accounts 1...4 also in FusionPBX's).
    ///
    /// Accounts 7...16 are left out on purpose: Wazo derives them by formula (Active 24090+i, Profile 24088+i, ...,
    /// i = n-7), and that formula collides with itself (Account9_Profile and Account7_Active both come out as
    /// P24090), so at least one of its series is wrong and no other source gives these codes.
    static let accounts: [AccountBank] = [
        bank(1, active: 271, profile: 24082, label: 20000, user: 35, auth: 36, password: 34, name: 3, random: 78),
        bank(2, active: 401, profile: 24083, label: 20001, user: 735, auth: 736, password: 734, name: 703, random: 778),
        bank(3, active: 501, profile: 24084, label: 20002, user: 504, auth: 505, password: 506, name: 507, random: 578),
        bank(4, active: 601, profile: 24085, label: 20003, user: 604, auth: 605, password: 606, name: 607, random: 678),
        bank(5, active: 20360, profile: 24086, label: 20378, user: 1704, auth: 1705, password: 1706, name: 1707,
             random: 20390),
        bank(6, active: 20361, profile: 24087, label: 20379, user: 1804, auth: 1805, password: 1806, name: 1807,
             random: 20391),
    ]

    /// Voicemail number per account, accounts 1...6 (Wazo base.tpl; FusionPBX's UC924 template for 1...4).
    static let voicemailNumbers: [HtekSetting] = [(33, 1), (426, 2), (526, 3), (626, 4), (1726, 5), (1826, 6)].map {
        HtekSetting($0.0, "Account\($0.1)_VoiceMailId")
    }
    /// Account 1's directed-pickup code (Wazo base.tpl, Tancredi sangoma.tmpl; FusionPBX uc924 writes `**`).
    static let account1PickupCode = HtekSetting(4705, "Account1_DirectCallPickupCode")

    /// Account 1's local SIP port (FusionPBX `Account1.LocalSipPort`; an account setting, H2 local SIP port row).
    static let account1LocalSIPPort = HtekSetting(40, "Account1.LocalSipPort")

    private static func bank(_ n: Int, active: Int, profile: Int, label: Int, user: Int, auth: Int, password: Int,
                             name: Int, random: Int) -> AccountBank {
        AccountBank(active: HtekSetting(active, "Account\(n)_Active"), profile: HtekSetting(profile, "Account\(n)_Profile"),
                    label: HtekSetting(label, "Account\(n)_Label"), sipUserID: HtekSetting(user, "Account\(n)_SipUserId"),
                    authID: HtekSetting(auth, "Account\(n)_AuthenticateID"),
                    password: HtekSetting(password, "Account\(n)_AuthenticatePassword"),
                    displayName: HtekSetting(name, "Account\(n)_DispalyName"),
                    useRandomPort: HtekSetting(random, "Account\(n)_UseRandomPort"))
    }

    // MARK: Line keys (H3)

    /// The codes of one line key: five fields and its mode.
    struct LineKeyCodes: Sendable {
        let type, value, label, account, pickupCode, mode: HtekSetting
    }

    /// Line key `n` (1-based): keys 1...4 at P41200/41300/41400/41500/41600 + (n-1), keys 5...36 at
    /// 20200 + 5(n-5) + field (Wazo `_gen_param_num`; FusionPBX's UC924 template spells out keys 1...12 the same way).
    /// Nil past key 36: no catalog model has more keys, and the sources do not agree on the layout there.
    static func lineKey(_ n: Int) -> LineKeyCodes? { lineKeys.indices.contains(n) ? lineKeys[n] : nil }

    /// Built once: every key slot of every phone looks its codes up.
    private static let lineKeys: [LineKeyCodes?] = (0...36).map { n in
        let codes: [Int]
        switch n {
        case 1...4: codes = [41200, 41300, 41400, 41500, 41600].map { $0 + n - 1 }
        case 5...36: codes = (0..<5).map { 20200 + 5 * (n - 5) + $0 }
        default: return nil
        }
        // FusionPBX's names for these codes; the fifth field is Wazo's "Extension" and FusionPBX's "PickupCode".
        func setting(_ index: Int, _ field: String) -> HtekSetting { HtekSetting(codes[index], "LineKey\(n).\(field)") }
        // The mode of key n is P20600 + n - 1 for every n up to 36 (Wazo `_gen_param_num`, which writes it 0 for every
        // key; FusionPBX's sangoma/s700 template, same firmware, spells them out; P20600 is in the key list, the
        // rest of the series only in those two sources).
        return LineKeyCodes(type: setting(0, "Type"), value: setting(1, "Value"), label: setting(2, "Label"),
                            account: setting(3, "Account"), pickupCode: setting(4, "PickupCode"),
                            mode: HtekSetting(20600 + n - 1, "LineKey\(n).Mode"))
    }

    /// Line key type codes (H3 type table: FusionPBX's Htek list; Wazo uses 0, 1, 2, 3, 8 the same way).
    enum KeyType: Int {
        case none = 0, line = 1, speedDial = 2, blf = 3, park = 8, intercom = 9, xmlGroup = 13, dnd = 21
    }

    // MARK: Call settings

    static let callWaiting = HtekSetting(8849, "CallWaiting.OnOff")
    static let callWaitingTone = HtekSetting(8850, "CallWaiting.Tone")

    // MARK: Remote phonebook (H4)

    static let remotePhonebook1URL = HtekSetting(4401, "RemotePhoneBook1_Url")
    /// Book 1's name is P3316, not P3312 (the names are numbered out of order, H4).
    static let remotePhonebook1Name = HtekSetting(3316, "RemotePhoneBook1_Name")

    // MARK: Network (H5)

    static let wanMode = HtekSetting(8, "IPv4WanMode")
    static let ipAddress = octets(9, "IpAddr")
    static let subnetMask = octets(13, "SubMask")
    static let gateway = octets(17, "Gateway")
    static let primaryDNS = octets(21, "PrimaryDns")
    static let secondaryDNS = octets(25, "SecondaryDns")
    static let staticDNS = HtekSetting(20163, "NetWork.StaticDNS")
    static let wanVLAN = HtekSetting(24053, "Network_Advanced_Vlan_WANVlan")
    static let vlanTag = HtekSetting(51, "Layer2QoS_802_1Q_VLANTag")

    /// Four consecutive codes, one per octet: `IpAddrFirst8Bit` ... `IpAddrLast8Bit`.
    private static func octets(_ first: Int, _ prefix: String) -> [HtekSetting] {
        ["First", "Second", "Third", "Last"].enumerated().map { HtekSetting(first + $0, prefix + $1 + "8Bit") }
    }

    // MARK: Time and language (H5)

    static let ntpServer = HtekSetting(30, "UrlOrIpAddress")
    static let backupNTPServer = HtekSetting(8622, "DateTime.BackUpNTPServer")
    /// 0: DHCP's NTP server does not override the configured one (FusionPBX uc924, Tancredi sangoma.tmpl).
    static let dhcpOverrideNTP = HtekSetting(144, "DHCPOverrideNTP")
    /// Tone country: an index of Htek's country table (`Catalog.countries`).
    static let toneCountry = HtekSetting(20058, "ToneSelectCountry")
    static let timeZone = HtekSetting(64, "Preference_TimeZone")
    static let daylightSaving = HtekSetting(75, "Preference_DaylightSavingTime")
    static let dhcpTime = HtekSetting(143, "Preference_DHCPTime")
    static let lcdLanguage = HtekSetting(8621, "Preference.LcdLanguage")
    static let timeFormat = HtekSetting(8624, "Preference.TimeFormat")
    static let webLanguage = HtekSetting(2525, "Preference.WebLanguage")

    // MARK: Provisioning and admin (H5)

    static let configServerPath = HtekSetting(237, "FirmwareUpGrade_ConfigServerPath")
    static let provisioningUser = HtekSetting(1360, "FirmwareUpGrade.UserName")
    static let provisioningPassword = HtekSetting(1361, "FirmwareUpGrade.Password")
    static let dhcpOptionOverride = HtekSetting(145, "FirmwareUpGrade.ToOverrideServer")
    static let autoUpgrade = HtekSetting(194, "FirmwareUpGrade.AutoUpgrade")
    /// How the phone fetches config and firmware: 1 HTTP, 3 HTTPS; it must match the scheme of P237 and P192
    /// (Tancredi sangoma.tmpl maps the provisioning URL's scheme so; FusionPBX uc924 writes 3 beside an https P237).
    static let upgradeMode = HtekSetting(212, "FirmwareUpGrade.UrgrateMode")
    static let firmwareServerPath = HtekSetting(192, "FirmwareUpGrade.FirmwareServerPath")
    static let checkInterval = HtekSetting(193, "FirmwareUpGrade.CheckUpgradeTimes")
    static let adminUser = HtekSetting(8681, "LogUser_Admin")
    static let adminPassword = HtekSetting(2, "AdminPassword")

    // MARK: Value codes

    /// P130: 0 UDP, 1 TCP, 2 TLS (H2 transport row; FusionPBX's comment and Wazo agree).
    static func transportCode(_ transport: Transport) -> Int {
        switch transport {
        case .udp: return 0
        case .tcp: return 1
        case .tls: return 2
        }
    }

    /// RTP payload numbers the codec choices take: 0 PCMU, 8 PCMA, 9 G.722, 18 G.729 (H2 codec row, FusionPBX's
    /// comment) and 120 for Opus, the payload type Wazo assigns to Opus with P402 and then lists as a choice.
    static func payload(_ codec: Codec) -> Int {
        switch codec {
        case .pcmu: return 0
        case .pcma: return 8
        case .g722: return 9
        case .g729: return 18
        case .opus: return 120
        }
    }
}
