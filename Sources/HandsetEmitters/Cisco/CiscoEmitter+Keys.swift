import HandsetCore

/// Line keys (`Extension_K_`, `Short_Name_K_`, `Share_Call_Appearance_K_`, `Extended_Function_K_`) and the key
/// expansion modules' keys (`Unit_U_Key_K_`), fact sheet §3.3.
///
/// A key is either a line appearance (`Extension_K_` = the line number) or a function (`Extension_K_` = `Disabled`
/// and a `fnc=…` string), as Wazo's `_add_fkeys` and FusionPBX's 8851 template write them. The function strings are
/// the ones of Cisco's 6800 and 8800 MPP administration guides for 11.3(1) ("Cisco IP Phone Key Expansion Module"
/// chapters, which the line keys share): speed dial `fnc=sd;ext=…`, BLF with speed dial `fnc=blf+sd;sub=…` and with
/// pickup too `fnc=blf+sd+cp` (Wazo writes the same kinds as `sd+blf+cp`), call park `fnc=prk;ext=<slot>`, and
/// `fnc=dnd`, and an XML service `fnc=xml;url=…`, which a phonebook key points at the tenant's directory. Day/night is
/// a BLF on its feature code, the same design as for the other vendors. Intercom keys have no function string in
/// those guides or any public template, so they are left blank, as is a phonebook key of a phone without the
/// directory; validation says so (W0442).
extension CiscoEmitter {
    /// One key as Cisco stores it. `line` is the 1-based line number for a line appearance, nil for a function key.
    struct CiscoKey: Equatable {
        var line: Int?
        var label: String = ""
        var function: String = ""

        static let cleared = CiscoKey()
    }

    /// Every key slot of the model: the listed keys, then the rest cleared, so a key removed from the fleet does not
    /// survive on the phone.
    static func writeKeys(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let capacity = phone.model.keyCapacity
        guard capacity > 0 else { return }
        w.comment("Line keys 1...\(capacity)")
        let keys = phoneKeys(phone)
        // Validation keeps a phone's keys within its model's, and no catalog model has more than 16.
        let last = min(capacity, clearedKeys.slots.upperBound)
        let listed = min(keys.count, last)
        for slot in stride(from: 1, through: listed, by: 1) { write(keys[slot - 1], slot, into: &w) }
        if listed < last { w.append(clearedKeys.run(listed + 1, through: last)) }
    }

    private static func write(_ key: CiscoKey, _ slot: Int, into w: inout CiscoProfileWriter) {
        let suffix = "_\(slot)_"
        w.set("Extension" + suffix, key.line.map(String.init) ?? "Disabled")
        w.set("Short_Name" + suffix, key.label)
        w.set("Share_Call_Appearance" + suffix, "private")
        w.set("Extended_Function" + suffix, key.function)
    }

    /// A cleared slot is the same on every phone: rendered once per slot, so a phone's cleared tail is one copy.
    private static let clearedKeys = StaticBlocks(slots: 1...16) { slot in
        var w = CiscoProfileWriter(bare: true)
        write(.cleared, slot, into: &w)
        return w.body
    }

    /// The modules: `Number_of_Units`, the power the phone asks of the switch (Wazo: `Maximum` once a module key is
    /// written, `Normal` otherwise), and every key of each attached module (`Unit_U_Key_K_`, with the trailing `_` of
    /// Wazo 12.0.x and FusionPBX). Models without modules get none of it.
    static func writeModules(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        guard phone.model.maxModules > 0 else { return }
        let modules = phone.settings.expansionModules?.value ?? []
        w.comment("Key expansion modules")
        w.set("Number_of_Units", modules.count)
        w.set("PoE_Power_Required", modules.isEmpty ? "Normal" : "Maximum")
        for (index, module) in modules.enumerated() {
            let capacity = Catalog.module(module.model.value)?.keyCapacity ?? module.keys.count
            w.comment("Module \(index + 1): \(module.model.value), keys 1...\(capacity)")
            for slot in stride(from: 1, through: capacity, by: 1) {
                // A module key holds a function string only: a line key there is left blank (W0442).
                let key = slot <= module.keys.count ? ciscoKey(module.keys[slot - 1], phone) : .cleared
                w.set("Unit_\(index + 1)_Key_\(slot)_", key.line == nil ? key.function : "")
            }
        }
    }

    /// The phone's keys in order. With no `keys` at any level, one line key per written line, which is how the
    /// phone starts; an explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: CiscoPhone) -> [CiscoKey] {
        guard let keys = phone.settings.keys?.value else {
            return phone.writtenAccounts.indices.map { lineKey(line: $0 + 1, phone, label: nil) }
        }
        return keys.map { ciscoKey($0, phone) }
    }

    /// The Cisco form of one key of the fleet.
    static func ciscoKey(_ key: Key, _ phone: CiscoPhone) -> CiscoKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            let index = account.flatMap { phone.accountIndex(of: $0.value) } ?? 1
            return lineKey(line: index, phone, label: label)
        case .blf(let ext, let pickup):
            let name = label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value
            // The LED, a press dials, and with `cp` a ringing extension is picked up with `Call_Pickup_Code`.
            return function(pickup ? "blf+sd+cp" : "blf+sd", target: "sub", ext.value, label: name)
        case .speedDial(let number):
            let digits = DialString.emitted(number.value)
            return function("sd", target: "ext", digits, label: label ?? digits)
        case .dayNight(let code):
            return function("blf+sd", target: "sub", DialString.emitted(code.value), label: label ?? "Day/Night")
        case .dnd:
            let name = fieldSafe(label ?? "DND")
            return CiscoKey(label: name, function: "fnc=dnd;nme=\(name)")
        case .park(let slot):
            // The guides' call park: `ext` is the slot the key parks to and picks up from.
            return function("prk", target: "ext", DialString.emitted(slot.value), label: label ?? "Park \(slot.value)")
        case .phonebook:
            guard usesDirectory(phone.settings, phone.tenant) else { return .cleared }
            // The URL is percent-encoded where it carries credentials (`URLCredentials`), so it holds no `;`.
            let name = fieldSafe(label ?? "Phonebook")
            return CiscoKey(label: name, function: "fnc=xml;url=\(fieldSafe(directoryURL(phone.tenant)));nme=\(name)")
        case .intercom, .blank:
            return .cleared
        }
    }

    /// A line key of line `line` (1-based), labelled with its number unless the fleet gives a label.
    static func lineKey(line: Int, _ phone: CiscoPhone, label: String?) -> CiscoKey {
        let number = line <= phone.accounts.count ? phone.accounts[line - 1].number : ""
        return CiscoKey(line: line, label: label ?? number)
    }

    /// `fnc=<kind>;<target>=<number>@$PROXY;nme=<label>` (Wazo `_add_fkeys`; `$PROXY` is the line's proxy, expanded
    /// by the phone). `;` and `=` separate the string's fields, so they are taken out of the number and the label.
    static func function(_ kind: String, target: String, _ number: String, label: String) -> CiscoKey {
        let name = fieldSafe(label)
        return CiscoKey(label: name, function: "fnc=\(kind);\(target)=\(fieldSafe(number))@$PROXY;nme=\(name)")
    }

    /// Text safe inside one field of a function string: `;` and `=` become spaces.
    static func fieldSafe(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "=" }) else { return text }
        return String(text.map { $0 == ";" || $0 == "=" ? " " : $0 })
    }
}
