import HandsetCore

/// The per-MAC file `cfg<mac>.xml`: every setting of the phone, section by section, in a fixed order.
extension HtekEmitter {
    /// The whole `cfg<mac>.xml`.
    ///
    /// Htek documents no "reset what the file leaves out" switch like Yealink's `overwrite_mode`, so a setting only
    /// goes away when the file writes it: accounts, keys, the phonebook slot, the network mode and the VLAN are
    /// therefore always written, including their "off" state. Time zone, language and NTP are written only when the
    /// fleet gives them, since no source gives the factory values to fall back to.
    static func configFile(_ phone: HtekPhone) -> [UInt8] {
        // About 4 KB of settings plus some 250 bytes per key slot (a UC926 file, 36 keys, is 13.0 KB).
        var w = HtekConfigWriter(reserving: 4096 + 256 * phone.model.keyCapacity)
        w.comment(phone.fileTitle)
        writeProvisioning(phone, into: &w)
        writeProfile(phone, into: &w)
        writeAccounts(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeKeys(phone, into: &w)
        writePhonebook(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeTimeAndLanguage(phone, into: &w)
        return w.finish()
    }
}
