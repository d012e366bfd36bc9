import HandsetCore

/// Line keys and the attendant's resource list (fact sheet §3, corrections "Line keys").
///
/// A VVX lays out its keys itself: first each registration's `reg.N.lineKeys` line keys, registration 1 first, then
/// one key per `attendant.resourceList.K` entry in list order (FusionPBX's 6.x template and Wazo `_add_fkeys`, which
/// write no per-key layout; `lineKey.*` is written by neither at HEAD). So line keys come first whatever the fleet's
/// order, and keys with no resource-list form (DND, intercom, phonebook, blank) are left out; validation says both
/// (W0431).
extension PolycomEmitter {
    /// One resource-list entry: address, label and `normal` (BLF) or `automata` (park orbit) (FusionPBX's types).
    struct ResourceEntry: Equatable {
        var address: String
        var label: String
        var type: String
    }

    /// Per written registration: how many line keys it takes (the fleet's line keys, or one each when no level gives
    /// `keys`) and the label of its first labelled line key, if any. The label is per registration
    /// (`reg.N.label`, "text on the line key", fact sheet §2), so all of a registration's keys show that one.
    static func lineKeyLayout(_ phone: PolycomPhone) -> [(count: Int, label: String?)] {
        var layout: [(count: Int, label: String?)] = Array(repeating: (0, nil), count: phone.writtenAccounts.count)
        guard let keys = phone.settings.keys?.value else { return layout.map { _ in (1, nil) } }
        for key in keys {
            guard case .line(let account) = key.function else { continue }
            let index = (account.flatMap { phone.accountIndex(of: $0.value) } ?? 1) - 1
            guard layout.indices.contains(index) else { continue }
            layout[index].count += 1
            if layout[index].label == nil { layout[index].label = key.label?.value }
        }
        return layout
    }

    /// The entries, and every other slot up to the model's key count cleared, so a key removed from the fleet goes.
    /// `attendant.uri` empty: the phone subscribes per entry instead of to a server-side list.
    static func writeKeys(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        w.set("attendant.uri", "")
        let entries = resourceEntries(phone)
        let capacity = phone.model.keyCapacity
        // Validation keeps a phone's keys within its model's, and no catalog model has more than 16.
        let last = min(capacity, clearedEntries.slots.upperBound)
        guard last > 0 else { return }
        let listed = min(entries.count, last)
        for slot in stride(from: 1, through: listed, by: 1) { write(entries[slot - 1], slot, into: &w) }
        if listed < last { w.append(clearedEntries.run(listed + 1, through: last)) }
    }

    private static func write(_ entry: ResourceEntry, _ slot: Int, into w: inout PolycomConfigWriter) {
        let prefix = "attendant.resourceList.\(slot)."
        w.set(prefix + "address", entry.address)
        w.set(prefix + "label", entry.label)
        w.set(prefix + "type", entry.type)
    }

    /// A cleared entry is the same on every phone: rendered once per slot.
    private static let clearedEntries = StaticBlocks(slots: 1...16) { slot in
        var w = PolycomConfigWriter(bare: ())
        write(ResourceEntry(address: "", label: "", type: ""), slot, into: &w)
        return w.body
    }

    /// The fleet's keys other than line keys, in order, as resource-list entries.
    static func resourceEntries(_ phone: PolycomPhone) -> [ResourceEntry] {
        (phone.settings.keys?.value ?? []).compactMap { resourceEntry($0, phone) }
    }

    /// A key's entry, nil for line keys and for keys the resource list cannot hold. Speed dials are entries too, as
    /// Wazo writes them (Poly has no unsupervised key), and day/night is a BLF on its feature code, as for the other
    /// vendors.
    static func resourceEntry(_ key: Key, _ phone: PolycomPhone) -> ResourceEntry? {
        let label = key.label?.value
        switch key.function {
        case .blf(let ext, _):
            return ResourceEntry(address: dialString(ext.value),
                                 label: label ?? phone.tenant.accounts[ext.value]?.displayName ?? ext.value, type: "normal")
        case .speedDial(let number):
            return ResourceEntry(address: dialString(number.value), label: label ?? dialString(number.value), type: "normal")
        case .dayNight(let code):
            return ResourceEntry(address: dialString(code.value), label: label ?? "Day/Night", type: "normal")
        case .park(let slot):
            return ResourceEntry(address: dialString(slot.value), label: label ?? "Park \(slot.value)", type: "automata")
        case .line, .dnd, .intercom, .phonebook, .blank:
            return nil
        }
    }
}
