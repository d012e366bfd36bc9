import HandsetCore

/// Programmable keys as virtual phone keys (`pks.vpk.N.*`, fact sheet §1.4). The catalog gives each model only as many
/// keys as it has VPKs (the smaller of Wazo's figures), so every key is a VPK; the physical MPKs of the GRP2614/2616
/// and GXP2130/2160 are left as they are, since their key-mode list has no `Line` (FusionPBX `grp2614/{$mac}.xml`).
/// No catalog Grandstream model takes an expansion module, so validation refuses `expansion_modules`.
extension GrandstreamEmitter {
    /// One key as Grandstream stores it: mode word, account (0-based), description, value.
    struct GrandstreamKey: Equatable {
        /// FusionPBX's mode list written as words (`None`, `SpeedDial`, `BLF`, `CallPark`, `Intercom`, `DND`,
        /// `Phonebook`, `Line`); Wazo writes words too (`FUNCKEY_TYPES`). Words avoid the numbering conflicts of
        /// the fact sheet (mode 30, the +10 shift of old line keys).
        var mode: String
        var value: String = ""
        var label: String = ""
        /// 0 is account 1 (FusionPBX comment: "0 - Account1, 1 - Account2"; Wazo writes 0).
        var account: Int = 0

        static let cleared = GrandstreamKey(mode: "None")
    }

    /// Every key slot of the model: the listed keys, then the rest cleared, so a key removed from the fleet does not
    /// survive on the phone. Writing every slot in order also keeps the dynamic VPKs without gaps, which the vendor
    /// notes ask for (a gap drops the keys after it).
    static func writeKeys(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        let capacity = phone.model.keyCapacity
        guard capacity > 0 else { return }
        w.comment("Virtual phone keys 1...\(capacity)")
        let keys = phoneKeys(phone)
        // Validation keeps a phone's keys within its model's, and no catalog model has more than 48.
        let last = min(capacity, clearedKeys.slots.upperBound)
        let listed = min(keys.count, last)
        for slot in stride(from: 1, through: listed, by: 1) { write(keys[slot - 1], slot, into: &w) }
        if listed < last { w.append(clearedKeys.run(listed + 1, through: last)) }
    }

    private static func write(_ key: GrandstreamKey, _ slot: Int, into w: inout GrandstreamConfigWriter) {
        let prefix = "pks.vpk.\(slot)."
        w.set(prefix + "keyMode", key.mode)
        w.set(prefix + "account", key.account)
        w.set(prefix + "description", key.label)
        w.set(prefix + "value", key.value)
    }

    /// A cleared slot is the same on every phone: rendered once per slot, so a phone's cleared tail is one copy.
    private static let clearedKeys = StaticBlocks(slots: 1...48) { slot in
        var w = GrandstreamConfigWriter(bare: true)
        write(.cleared, slot, into: &w)
        return w.body
    }

    /// The phone's keys in order. With no `keys` at any level, one line key per written account, which is how the
    /// phone starts; an explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: GrandstreamPhone) -> [GrandstreamKey] {
        guard let keys = phone.settings.keys?.value else {
            return phone.writtenAccounts.indices.map { lineKey(account: $0 + 1, phone, label: nil) }
        }
        return keys.map { grandstreamKey($0, phone) }
    }

    /// The Grandstream form of one key of the fleet. Keys other than line keys act for account 1.
    static func grandstreamKey(_ key: Key, _ phone: GrandstreamPhone) -> GrandstreamKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            let index = account.flatMap { phone.accountIndex(of: $0.value) } ?? 1
            return lineKey(account: index, phone, label: label)
        case .blf(let ext, _):
            // Directed pickup is the account's BLF pickup prefix (`writeAccount`), not a field of the key.
            return GrandstreamKey(mode: "BLF", value: dialString(ext.value),
                                  label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .speedDial(let number):
            return GrandstreamKey(mode: "SpeedDial", value: dialString(number.value), label: label ?? dialString(number.value))
        case .dayNight(let code):
            // No key mode toggles day/night: a BLF on the feature code shows the mode on its LED and dials the code
            // when pressed, the same design as for the other vendors.
            return GrandstreamKey(mode: "BLF", value: dialString(code.value), label: label ?? "Day/Night")
        case .dnd:
            return GrandstreamKey(mode: "DND", label: label ?? "DND")
        case .park(let slot):
            // `CallPark` with the slot as value, as Wazo writes its park keys.
            return GrandstreamKey(mode: "CallPark", value: dialString(slot.value), label: label ?? "Park \(slot.value)")
        case .intercom(let ext):
            return GrandstreamKey(mode: "Intercom", value: dialString(ext.value),
                                  label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .phonebook:
            return GrandstreamKey(mode: "Phonebook", label: label ?? "Phonebook")
        case .blank:
            return .cleared
        }
    }

    /// A line key of account `account` (1-based), labelled with its number unless the fleet gives a label.
    static func lineKey(account: Int, _ phone: GrandstreamPhone, label: String?) -> GrandstreamKey {
        let number = account <= phone.accounts.count ? phone.accounts[account - 1].number : ""
        return GrandstreamKey(mode: "Line", label: label ?? number, account: account - 1)
    }
}
