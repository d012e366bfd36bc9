import HandsetCore

/// Function keys: `<functionKeys>` with one `<fkey>` per key of the phone, then of each attached expansion module
/// (snom.md §3).
extension SnomEmitter {
    /// One key as Snom stores it: `<fkey idx context label perm>value</fkey>`.
    struct SnomKey: Equatable {
        /// `line`, `blf 102`, `speed +4930999`, `keyevent F_DND`, `none`…
        var value: String
        /// `active` or an identity number (snom.md §3 `context`).
        var context: String
        var label: String

        /// An unused key (SNOM-FKT `none`), with its label blanked.
        static let cleared = SnomKey(value: "none", context: "active", label: "")
    }

    /// Writes every `idx` the phone has: its own keys, padded with `none` up to the model's key count, then each
    /// attached module's keys, padded up to the module's key count. idx is 0-based and runs over the phone's keys
    /// first, then the modules in the order they are chained (snom.md §3 `idx`; Snom's D7/D7C manuals). So a key
    /// removed from the fleet is overwritten instead of surviving on the phone. Slots of modules that are not
    /// attached are not written: they would make every file several times longer, and a phone without the module
    /// has no such key.
    static func writeFunctionKeys(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        xml.start("functionKeys", [("e", "2")])
        xml.comment("Phone keys, idx 0...\(phone.model.keyCapacity - 1)")
        let keys = phoneKeys(phone)
        let capacity = phone.model.keyCapacity
        for slot in 0..<min(keys.count, capacity) {
            write(keys[slot], idx: slot, into: &xml)
        }
        writeClearedKeys(from: keys.count, to: capacity, into: &xml)
        var idx = capacity
        for (number, module) in (phone.settings.expansionModules?.value ?? []).enumerated() {
            let capacity = Catalog.module(module.model.value)?.keyCapacity ?? module.keys.count
            guard capacity > 0 else { continue }
            xml.comment("Expansion module \(number + 1): \(module.model.value), idx \(idx)...\(idx + capacity - 1)")
            let keys = module.keys.map { snomKey($0, phone) }
            for slot in 0..<capacity {
                write(slot < keys.count ? keys[slot] : .cleared, idx: idx, into: &xml)
                idx += 1
            }
        }
        xml.end()
    }

    /// The phone's own keys in order. With no `keys` at any level, `calls_per_line_key` line keys per identity, in
    /// identity order: on Snom one `line` key carries one call, and a line key with `context="N"` belongs to
    /// identity N (SNOM-FKT "Line"; snom.md §3 "Value line", "Calls per line key"), so this is how N calls per
    /// account are given. Explicit keys keep their positions: each `line` there is one call appearance. An
    /// explicit `keys: []` clears every key.
    static func phoneKeys(_ phone: SnomPhone) -> [SnomKey] {
        guard let keys = phone.settings.keys?.value else {
            var out: [SnomKey] = []
            for identity in phone.accounts.indices {
                for _ in 0..<phone.callsPerLineKey { out.append(lineKey(identity: identity + 1, label: nil)) }
            }
            return Array(out.prefix(phone.model.keyCapacity))
        }
        return keys.map { snomKey($0, phone) }
    }

    /// The Snom form of one key of the fleet. Every key but a line key acts for the active identity (`active`), as
    /// Wazo, FusionPBX and NethServer's templates write them.
    static func snomKey(_ key: Key, _ phone: SnomPhone) -> SnomKey {
        let label = key.label?.value
        switch key.function {
        case .line(let account):
            return lineKey(identity: account.flatMap { phone.identity(of: $0.value) } ?? 1, label: label)
        case .blf(let ext, let pickup):
            // `blf <extension>`, the bare form Wazo writes (snom.md §3 "Value blf"); with directed pickup
            // `blf <extension>|<pickup code>`, so pressing the key while the extension rings dials the code
            // (Wazo `_add_fkeys`, Tancredi snom.macros; validation refuses `pickup: true` without a tenant code).
            let target = dialString(ext.value) + (pickup ? phone.tenant.pickupCode.map { "|" + $0 } ?? "" : "")
            return SnomKey(value: "blf " + target, context: "active",
                           label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .speedDial(let number):
            return SnomKey(value: "speed " + dialString(number.value), context: "active",
                           label: label ?? dialString(number.value))
        case .dayNight(let code):
            // No Snom key toggles day/night: a BLF on the feature code shows the mode on its LED (lit = night) and
            // dials the code when pressed, as SCHEMA.md describes `day_night` and the Yealink emitter does.
            return SnomKey(value: "blf " + dialString(code.value), context: "active", label: label ?? "Day/Night")
        case .dnd:
            // The DND key event. snom.md §3 leaves the token unverified; `keyevent F_DND` is what NethServer's Snom
            // template (`dkey_dnd`, DND soft keys) and other public Snom generators put on DND keys.
            return SnomKey(value: "keyevent F_DND", context: "active", label: label ?? "DND")
        case .park(let slot):
            return SnomKey(value: parkType(phone.model) + " " + dialString(slot.value), context: "active",
                           label: label ?? "Park \(slot.value)")
        case .intercom(let ext):
            // `icom <extension>` (SNOM-FKT "Intercom"; FusionPBX offers `icom` as a Snom key type and writes keys as
            // `<type> <value>`).
            return SnomKey(value: "icom " + dialString(ext.value), context: "active",
                           label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value)
        case .phonebook:
            // The local directory, which holds the tenant book (see +Phonebook); NethServer maps its "local
            // directory" key to this event, and Wazo and FusionPBX use it on directory keys (snom.md §3).
            return SnomKey(value: "keyevent F_ADR_BOOK", context: "active", label: label ?? "Phonebook")
        case .blank:
            return .cleared
        }
    }

    /// A line key of identity `identity` (1-based). Its label is the fleet's, or empty so the phone shows its own
    /// text for the identity and call state (FusionPBX writes line keys with an empty label too).
    static func lineKey(identity: Int, label: String?) -> SnomKey {
        SnomKey(value: "line", context: String(identity), label: label ?? "")
    }

    /// Park keys: `orbit` where Wazo uses it (710, 715, 720, 725, 760, D765), `speed` to the slot on every other
    /// model, as Wazo falls back (snom.md §3 "Value orbit"; WZ-SNOM `_add_fkeys`).
    static func parkType(_ model: PhoneModel) -> String {
        ["710", "715", "720", "725", "760", "d765"].contains(model.id) ? "orbit" : "speed"
    }

    /// Clears the phone keys `idx` `first..<end` (nothing when `first >= end`).
    static func writeClearedKeys(from first: Int, to end: Int, into xml: inout SnomXMLWriter) {
        guard first < end else { return }
        let inTable = min(end - 1, clearedKeys.slots.upperBound)
        if first <= inTable { xml.append(clearedKeys.run(first, through: inTable)) }
        for idx in max(first, inTable + 1)..<max(end, inTable + 1) { write(.cleared, idx: idx, into: &xml) }
    }

    /// A cleared phone key is the same on every phone: rendered once per `idx`, inside `<settings><functionKeys>`, so
    /// a phone's cleared tail is one copy. Sized for the catalog Snom with the most keys.
    private static let clearedKeys: StaticBlocks = {
        let most = Catalog.models.filter { $0.vendor == .snom }.map(\.keyCapacity).max() ?? 0
        return StaticBlocks(slots: 0...max(0, most - 1)) { idx in
            var xml = SnomXMLWriter(fragmentAtDepth: 2)
            write(.cleared, idx: idx, into: &xml)
            return xml.body
        }
    }()

    /// `perm="R"`: the user cannot reprogram a provisioned key (Wazo writes its keys the same way).
    static func write(_ key: SnomKey, idx: Int, into xml: inout SnomXMLWriter) {
        xml.functionKey(idx: idx, context: key.context, label: key.label, value: key.value)
    }
}
