import HandsetCore

/// The boot files: the per-MAC one that leads a phone to its files, and the common one for phones without it.
extension YealinkEmitter {
    /// The common boot file's fixed name (Y1).
    static let commonBootPath = "y000000000000.boot"

    /// `<mac>.boot`: the model's common file, then the phone's own file (later files override earlier ones), then
    /// `overwrite_mode = 1`. Yealink phones ask for `<mac>.boot` before `y000000000000.boot` (Y1 boot-file order),
    /// and a boot file must name each file it loads: no stored Yealink source documents a `$MAC` wildcard in an
    /// include, so the per-MAC boot file is the one documented way to reach a per-MAC file from a static tree.
    ///
    /// `overwrite_mode = 1` makes a setting that later disappears from the files (a key, a VLAN, an NTP server
    /// removed from the fleet) fall back to its factory default instead of staying on the phone (Y1 overwrite row).
    static func macBootFile(_ phone: YealinkPhone) -> [UInt8] {
        var w = KeyValueWriter(header: header, reserving: 256)
        w.comment("Handset: boot file of Yealink \(phone.model.displayName) \(MACAddress.emittedDisplay(phone.mac))")
        if let code = commonFileCode(phone.model) {
            w.line("include:config \"\(commonFilePath(code: code))\"")
        }
        w.line("include:config \"\(phone.mac).cfg\"")
        w.set("overwrite_mode", 1)
        return w.bytes
    }

    /// `y000000000000.boot`: deliberately lists no file. Every phone of the fleet has its own `<mac>.boot`, which it
    /// asks for first, so only a phone the fleet does not know falls through to this file; it then loads nothing
    /// (rather than another phone's file), and the request is answered instead of ending in a 404.
    static func commonBootFile() -> String {
        var w = KeyValueWriter(header: header)
        w.comment("Handset: every provisioned phone has its own <mac>.boot; a phone that reads this file is not in")
        w.comment("the fleet, so no configuration file is listed for it.")
        return w.output
    }
}
