import HandsetCore

/// Programmable keys: the phone's `linekey.N.*` and the modules' `expansion_module.X.key.Y.*` (Y3).
extension YealinkEmitter {
    /// One key as Yealink stores it.
    struct YealinkKey: Equatable {
        var type: Int
        var line: String
        var value: String
        var label: String
        /// Only for the remote-phonebook type (47).
        var xmlPhonebook: Int?
        /// Only for a BLF key with directed pickup: the tenant's pickup code.
        var pickupValue: String?

        /// Type 0 (N/A) with every field blanked, as Wazo writes an unused key (`_format_funckey_null`).
        static let cleared = YealinkKey(type: 0, line: null, value: null, label: null)
    }

    /// Writes every key slot of the phone (listed keys, then the rest cleared up to the model's capacity, so a key
    /// removed from the fleet does not survive on the phone), and every key slot of each attached module.
    ///
    /// Module slots beyond the attached modules are not written: their keys would take most of the file (a T46S
    /// chains six 40-key modules), and a key an earlier build wrote there falls back to its default through
    /// `overwrite_mode = 1` once it is gone from the file (Y1 overwrite row).
    static func writeKeys(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        w.blank()
        w.comment("Line keys 1...\(phone.model.keyCapacity)")
        // Keys are provisioned, so the phone must not hand out line keys to accounts by itself (Y3).
        w.set("features.auto_linekeys.enable", false)
        let keys = phoneKeys(phone)
        let capacity = phone.model.keyCapacity
        let listed = min(keys.count, capacity)
        for slot in stride(from: 1, through: listed, by: 1) {
            writeLineKey(keys[slot - 1], slot: slot, into: &w)
        }
        writeClearedLineKeys(from: listed + 1, through: capacity, into: &w)
        for (index, module) in (phone.settings.expansionModules?.value ?? []).enumerated() {
            let capacity = Catalog.module(module.model.value)?.keyCapacity ?? module.keys.count
            guard capacity > 0 else { continue }
            w.blank()
            w.comment("Expansion module \(index + 1): \(module.model.value), keys 1...\(capacity)")
            let keys = module.keys.map { yealinkKey($0, phone) }
            for slot in 1...capacity {
                write(slot <= keys.count ? keys[slot - 1] : .cleared, prefix: "expansion_module.\(index + 1).key.\(slot).",
                      into: &w)
            }
        }
    }

    /// The phone's own keys in order. With no `keys` at any level, one line key per account, which is what the phone
    /// does by itself before provisioning (Y3 default); an explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: YealinkPhone) -> [YealinkKey] {
        guard let keys = phone.settings.keys?.value else {
            return phone.accounts.indices.map { lineKey(account: $0 + 1, phone, label: nil) }
        }
        return keys.map { yealinkKey($0, phone) }
    }

    /// The Yealink form of one key of the fleet. Type codes are the X.8x ones (Y3 type table).
    static func yealinkKey(_ key: Key, _ phone: YealinkPhone) -> YealinkKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            let index = account.flatMap { phone.accountIndex(of: $0.value) } ?? 1
            return lineKey(account: index, phone, label: label)
        case .blf(let ext, let pickup):
            // `pickup_value` is the key's pickup code: "the pickup code for BLF feature ... It only applies to BLF and
            // Meet-Me conference features" (Yealink's sample configuration comment, copied in FusionPBX's
            // yealink/t58a/y000000000058.cfg; FusionPBX's t54w template fills it for type 16 keys). Without a
            // tenant code the key picks up by dialog-info instead (`writeAccount`).
            return YealinkKey(type: 16, line: "1", value: dialString(ext.value),
                              label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value,
                              pickupValue: pickup ? phone.tenant.pickupCode : nil)
        case .speedDial(let number):
            return YealinkKey(type: 13, line: "1", value: dialString(number.value), label: label ?? dialString(number.value))
        case .dayNight(let code):
            // No Yealink key type toggles day/night: a BLF on the feature code shows the mode on its LED (lit = night)
            // and dials the code when pressed (Y3 day/night row; a design inference, not a vendor feature).
            return YealinkKey(type: 16, line: "1", value: dialString(code.value), label: label ?? "Day/Night")
        case .dnd:
            return YealinkKey(type: 5, line: "1", value: null, label: label ?? "DND")
        case .park(let slot):
            // Type 10 with the slot as value, as Wazo writes its park keys (`_format_funckey_park`).
            return YealinkKey(type: 10, line: "1", value: dialString(slot.value), label: label ?? "Park \(slot.value)")
        case .intercom(let ext):
            return YealinkKey(type: 14, line: "1", value: dialString(ext.value),
                              label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .phonebook:
            // Type 47 opens the remote phonebooks; the tenant book is the only one Handset configures
            // (`remote_phonebook.data.1`). Yealink's sample configuration comment (FusionPBX yealink/t58a) says
            // `xml_phonebook` "only applies to the Local Group, XML Group and Network Group features" and takes an
            // "Integer from 0 to 48": for type 47 it selects nothing, and 0, the value phones export for it, is
            // the first entry where it does. No source settles the base; 0 stays (Y3).
            return YealinkKey(type: 47, line: "1", value: null, label: label ?? "Phonebook", xmlPhonebook: 0)
        case .blank:
            return .cleared
        }
    }

    /// A line appearance of account `account` (1-based), labelled with its number unless the fleet gives a label,
    /// as Wazo labels line keys.
    static func lineKey(account: Int, _ phone: YealinkPhone, label: String?) -> YealinkKey {
        let number = account <= phone.accounts.count ? phone.accounts[account - 1].number : null
        return YealinkKey(type: 15, line: String(account), value: number, label: label ?? number)
    }

    /// Clears slots `first...last` (nothing when `first > last`).
    static func writeClearedLineKeys(from first: Int, through last: Int, into w: inout KeyValueWriter) {
        guard first <= last else { return }
        let inTable = min(last, maxSlot)
        if first <= inTable { w.append(clearedLineKeys.run(first, through: inTable)) }
        for slot in stride(from: max(first, inTable + 1), through: last, by: 1) {
            writeLineKey(.cleared, slot: slot, into: &w)
        }
    }

    /// The line key slots whose key names and cleared form are rendered once; no catalog Yealink has more.
    private static let maxSlot = 64

    /// A cleared `linekey.N` is the same on every phone: rendered once per slot, so a phone's cleared tail is one copy.
    private static let clearedLineKeys = StaticBlocks(slots: 1...maxSlot, keyValues: { slot, w in
        writeLineKey(.cleared, slot: slot, into: &w)
    })

    /// `linekey.<slot>.*`: the keys of the slots up to `maxSlot` are rendered once (four per slot of every phone);
    /// past it they are built as Strings.
    static func writeLineKey(_ key: YealinkKey, slot: Int, into w: inout KeyValueWriter) {
        guard slot <= maxSlot else { return write(key, prefix: "linekey.\(slot).", into: &w) }
        let names = lineKeyNames[slot]
        w.set(names.type, key.type)
        w.set(names.line, key.line)
        w.set(names.value, key.value)
        w.set(names.label, key.label)
        if let book = key.xmlPhonebook { w.set(names.xmlPhonebook, book) }
        if let code = key.pickupValue { w.set("linekey.\(slot).pickup_value", code) }
    }

    /// The keys of one line key slot, `linekey.<slot>.type = ` and so on.
    struct LineKeyNames: Sendable {
        let type, line, value, label, xmlPhonebook: KeyValueWriter.RenderedKey

        init(slot: Int) {
            let prefix = "linekey.\(slot)."
            type = .init(prefix + "type")
            line = .init(prefix + "line")
            value = .init(prefix + "value")
            label = .init(prefix + "label")
            xmlPhonebook = .init(prefix + "xml_phonebook")
        }
    }

    private static let lineKeyNames: [LineKeyNames] = (0...maxSlot).map(LineKeyNames.init)

    /// One key's settings with the key start as a String (`expansion_module.1.key.5.`), where no table is worth its
    /// memory.
    static func write(_ key: YealinkKey, prefix: String, into w: inout KeyValueWriter) {
        w.set(prefix + "type", key.type)
        w.set(prefix + "line", key.line)
        w.set(prefix + "value", key.value)
        w.set(prefix + "label", key.label)
        if let book = key.xmlPhonebook { w.set(prefix + "xml_phonebook", book) }
        if let code = key.pickupValue { w.set(prefix + "pickup_value", code) }
    }
}
