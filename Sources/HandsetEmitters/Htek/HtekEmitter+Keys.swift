import HandsetCore

/// Programmable line keys (H3). Expansion modules: no catalog Htek model takes one (Wazo gives every UC9xx 0
/// modules), so validation refuses `expansion_modules` on an Htek and nothing is written for them here.
extension HtekEmitter {
    /// One key as Htek stores it: type, value, label, account, pickup code (H3 line key numbering).
    struct HtekKey: Equatable {
        var type: HtekCodes.KeyType
        var value: String = ""
        var label: String = ""
        /// Zero-based account index: 0 is account 1. No Htek document settles it; the evidence:
        /// - FusionPBX's Sangoma S700/S500/S300 templates (Htek's OEM P-code firmware) set line key 1 to type Line
        ///   with account 0, and every other key's account 0 (`sangoma/s700/{$mac}.xml`);
        /// - the same firmware's other selectors count from 0: Wazo's Htek base.tpl binds accounts 1...4 to
        ///   profile 0 and accounts 5 and 6 to profiles 4 and 5; FusionPBX's uc924u writes 0 into every
        ///   `SoftKeyN_Account` and `ExpM_G_K_Account`;
        /// - against it only FusionPBX's uc924 template, which passes a free per-key "line" number from its UI, and
        ///   the S700 comment "Choose the account 1-4". Wazo's 255 is left aside, as its meaning is unverified.
        var account: Int = 0
        /// The fifth field (FusionPBX "PickupCode", Wazo "Extension"): the tenant's pickup code on a BLF key with
        /// directed pickup, as FusionPBX's name says (it writes `**` there); empty otherwise.
        var pickupCode: String = ""

        /// Type 0 (N/A) with every field blanked: how a key is cleared.
        static let cleared = HtekKey(type: .none)
    }

    /// Writes every key slot of the model: the listed keys, then the rest cleared up to the model's capacity, so a
    /// key removed from the fleet does not survive on the phone (Htek has no overwrite mode to do it otherwise).
    static func writeKeys(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let capacity = phone.model.keyCapacity
        guard capacity > 0 else { return }
        w.comment("Line keys 1...\(capacity)")
        let keys = phoneKeys(phone)
        // Keys past 36 have no codes (`HtekCodes.lineKey`); validation keeps a phone's keys within its model's.
        let last = min(capacity, clearedLineKeys.slots.upperBound)
        let listed = min(keys.count, last)
        for slot in stride(from: 1, through: listed, by: 1) {
            guard let codes = HtekCodes.lineKey(slot) else { break }
            write(keys[slot - 1], codes, into: &w)
        }
        if listed < last { w.append(clearedLineKeys.run(listed + 1, through: last)) }
    }

    private static func write(_ key: HtekKey, _ codes: HtekCodes.LineKeyCodes, into w: inout HtekConfigWriter) {
        w.set(codes.type, key.type.rawValue)
        w.set(codes.value, key.value)
        w.set(codes.label, key.label)
        w.set(codes.account, key.account)
        w.set(codes.pickupCode, key.pickupCode)
        // Mode 0 on every key, as Wazo and FusionPBX write it.
        w.set(codes.mode, 0)
    }

    /// A cleared key slot is the same on every phone: rendered once per slot that has codes, so a phone's cleared tail
    /// is one copy (it was the largest part of Htek's emit time).
    private static let clearedLineKeys = StaticBlocks(slots: 1...36) { slot in
        var w = HtekConfigWriter(bare: true)
        if let codes = HtekCodes.lineKey(slot) { write(.cleared, codes, into: &w) }
        return w.body
    }

    /// The phone's keys in order. With no `keys` at any level, one line key per written account, which is what Wazo
    /// provisions and how the phone starts; an explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: HtekPhone) -> [HtekKey] {
        guard let keys = phone.settings.keys?.value else {
            return phone.writtenAccounts.indices.map { lineKey(account: $0 + 1, phone, label: nil) }
        }
        return keys.map { htekKey($0, phone) }
    }

    /// The Htek form of one key of the fleet. Keys other than line keys act for account 1.
    static func htekKey(_ key: Key, _ phone: HtekPhone) -> HtekKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            let index = account.flatMap { phone.accountIndex(of: $0.value) } ?? 1
            return lineKey(account: index, phone, label: label)
        case .blf(let ext, let pickup):
            return HtekKey(type: .blf, value: dialString(ext.value),
                           label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value,
                           pickupCode: pickup ? phone.tenant.pickupCode ?? "" : "")
        case .speedDial(let number):
            return HtekKey(type: .speedDial, value: dialString(number.value), label: label ?? dialString(number.value))
        case .dayNight(let code):
            // No Htek key type toggles day/night: a BLF on the feature code shows the mode on its LED (lit = night)
            // and dials the code when pressed (H3 day/night note; the same design as for Yealink).
            return HtekKey(type: .blf, value: dialString(code.value), label: label ?? "Day/Night")
        case .dnd:
            return HtekKey(type: .dnd, label: label ?? "DND")
        case .park(let slot):
            // Type 8 with the slot as value, as Wazo writes its park keys.
            return HtekKey(type: .park, value: dialString(slot.value), label: label ?? "Park \(slot.value)")
        case .intercom(let ext):
            return HtekKey(type: .intercom, value: dialString(ext.value),
                           label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .phonebook:
            // No remote-phonebook key type is documented (H3: unverified). Type 13 "XML group" is the entry of the
            // type list that names the XML books, the only kind Handset configures (remote book 1), so the key opens
            // them; the value is left empty rather than guessing a book index.
            return HtekKey(type: .xmlGroup, label: label ?? "Phonebook")
        case .blank:
            return .cleared
        }
    }

    /// A line key of account `account` (1-based), labelled with its number unless the fleet gives a label, as Wazo
    /// labels line keys. The value stays empty: the account field says which line it is.
    static func lineKey(account: Int, _ phone: HtekPhone, label: String?) -> HtekKey {
        let number = account <= phone.accounts.count ? phone.accounts[account - 1].number : ""
        return HtekKey(type: .line, label: label ?? number, account: account - 1)
    }
}
