import HandsetCore

/// Programmable keys in `<dsskey>` (fact sheet §2.3 and its corrections): the first keys on the side (line) keys
/// (`<dssSide>`), the rest on the function-key pages (`<internal>`), laid out as Wazo lays them (`FanvilKeyLayout`).
/// No catalog Fanvil model takes an expansion module, so validation refuses `expansion_modules`.
extension FanvilEmitter {
    /// One key as Fanvil stores it: type code, value, title.
    struct FanvilKey: Equatable {
        /// 0 none, 1 memory key, 2 line, 3 function (Tancredi `fanvil.macros` `linekey_type_map`; Wazo writes 0, 1, 2).
        var type: Int
        var value: String = ""
        var title: String = ""

        static let cleared = FanvilKey(type: 0)
    }

    /// Every key slot of the model: the listed keys, then the rest cleared, so a key removed from the fleet does not
    /// survive on the phone; `FuncKeyPageNum` says how many function-key pages there are (Wazo).
    static func writeKeys(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let capacity = phone.model.keyCapacity
        guard capacity > 0 else { return }
        let keys = phoneKeys(phone)
        let layout = phone.layout
        w.open("dsskey")
        let functionKeys = max(0, capacity - layout.sideKeys)
        if functionKeys > 0 {
            w.set("FuncKeyPageNum", (functionKeys + layout.functionPerPage - 1) / layout.functionPerPage)
        }
        var section = ""
        var page = 0
        for slot in 1...capacity {
            let place = layout.place(slot)
            if place.section != section || place.page != page {
                if !section.isEmpty { w.close() }
                w.open(place.section, index: place.page)
                section = place.section
                page = place.page
            }
            if slot <= keys.count, keys[slot - 1] != .cleared {
                write(keys[slot - 1], place.index, into: &w)
            } else {
                w.append(clearedKeys.run(place.index, through: place.index))
            }
        }
        w.close()
        w.close()
    }

    private static func write(_ key: FanvilKey, _ index: Int, into w: inout FanvilConfigWriter) {
        w.open("Fkey", index: index)
        w.set("Type", key.type)
        w.set("Value", key.value)
        w.set("Title", key.title)
        w.close()
    }

    /// A cleared key at index `n` of a page is the same on every phone: rendered once per index (32, the most keys a
    /// catalog model has on one page), inside `<dsskey><section>`, so most of a phone's key slots are one copy each.
    private static let clearedKeys = StaticBlocks(slots: 1...32) { index in
        var w = FanvilConfigWriter(bareAtDepth: 2)
        write(.cleared, index, into: &w)
        return w.body
    }

    /// The phone's keys in order. With no `keys` at any level, one line key per written account, which is how the
    /// phone starts; an explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: FanvilPhone) -> [FanvilKey] {
        guard let keys = phone.settings.keys?.value else {
            return phone.writtenAccounts.indices.map { lineKey(account: $0 + 1, phone, label: nil) }
        }
        return keys.map { fanvilKey($0, phone) }
    }

    /// The Fanvil form of one key of the fleet. Memory keys act for line 1 (`@1`, as Tancredi writes them; Wazo writes
    /// its 1-based line).
    static func fanvilKey(_ key: Key, _ phone: FanvilPhone) -> FanvilKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            let index = account.flatMap { phone.accountIndex(of: $0.value) } ?? 1
            return lineKey(account: index, phone, label: label)
        case .blf(let ext, let pickup):
            // `<ext>@1/ba`: BLF, attended transfer on press (Wazo's default); with directed pickup the pickup code and
            // the extension follow, so pressing the key while it rings picks the call up (Wazo and Tancredi).
            let number = dialString(ext.value)
            var value = number + "@1/ba"
            if pickup, let code = phone.tenant.pickupCode { value += dialString(code) + number }
            return FanvilKey(type: 1, value: value, title: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .speedDial(let number):
            return FanvilKey(type: 1, value: dialString(number.value) + "@1/f", title: label ?? dialString(number.value))
        case .dayNight(let code):
            // No key toggles day/night: a BLF on the feature code shows the mode on its LED and dials the code when
            // pressed, the same design as for the other vendors.
            return FanvilKey(type: 1, value: dialString(code.value) + "@1/ba", title: label ?? "Day/Night")
        case .dnd:
            return FanvilKey(type: 3, value: "F_DND", title: label ?? "DND")
        case .park(let slot):
            // Memory key with the `c` (call park) suffix: Wazo's `_format_funckey_call_park`, FusionPBX's key table.
            return FanvilKey(type: 1, value: dialString(slot.value) + "@1/c", title: label ?? "Park \(slot.value)")
        case .intercom(let ext):
            // `i` (intercom), FusionPBX's key table (`app/devices/app_config.php`).
            return FanvilKey(type: 1, value: dialString(ext.value) + "@1/i",
                             title: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .phonebook:
            // No source gives a desk-key function for the XML phonebook (Wazo puts it on a soft key, type 21, which no
            // other source has), so the key stays blank and validation says so (W0421).
            return .cleared
        case .blank:
            return .cleared
        }
    }

    /// A line key of account `account` (1-based): `SIP<n>` (Wazo, Tancredi), titled with the number unless the fleet
    /// gives a label.
    static func lineKey(account: Int, _ phone: FanvilPhone, label: String?) -> FanvilKey {
        let number = account <= phone.accounts.count ? phone.accounts[account - 1].number : ""
        return FanvilKey(type: 2, value: "SIP\(account)", title: label ?? number)
    }

    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }
}
