import HandsetCore

/// The per-MAC file `<MAC>.xml`: one `<settings>` document with everything that differs between phones, and every
/// secret (snom.md, implementation note 1).
extension SnomEmitter {
    /// The whole `<MAC>.xml`, section by section, in a fixed order.
    static func settingsFile(_ phone: SnomPhone) -> [UInt8] {
        var xml = SnomXMLWriter()
        xml.comment(phone.fileTitle)
        xml.start("settings")
        // e="2" lets numeric character references go above 255 (snom.md §1 "e attribute"); Handset writes UTF-8
        // text, so it only matters to whoever edits the file by hand, as in FusionPBX's templates.
        xml.start("phone-settings", [("e", "2")])
        writeProvisioning(phone, into: &xml)
        writeAdmin(phone, into: &xml)
        writeIdentities(phone, into: &xml)
        writeLocalPort(phone, into: &xml)
        writeNetwork(phone, into: &xml)
        writeTimeAndLanguage(phone, into: &xml)
        xml.end()
        writeFunctionKeys(phone, into: &xml)
        xml.end()
        return xml.finish()
    }

    /// The local SIP port, 5060 unless the fleet gives one.
    static func writeLocalPort(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        xml.comment("Local SIP port")
        // "Network identity (port)"; without it the phone picks a random port (snom.md §5 "Local SIP port").
        xml.setting("network_id_port", String(phone.localSIPPort))
    }
}
