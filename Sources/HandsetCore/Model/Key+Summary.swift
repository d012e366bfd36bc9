extension Key {
    /// One line for reports (`show`): the type, its target and its label, as a user wrote them.
    public var summary: String {
        var text: String
        switch function {
        case .line(let account): text = "line" + (account.map { " \($0.value)" } ?? "")
        case .blf(let ext, let pickup): text = "blf \(ext.value)" + (pickup ? " (pickup)" : "")
        case .speedDial(let number): text = "speed_dial \(number.value)"
        case .dayNight(let code): text = "day_night \(code.value)"
        case .park(let slot): text = "park \(slot.value)"
        case .intercom(let ext): text = "intercom \(ext.value)"
        case .dnd, .phonebook, .blank: text = typeName
        }
        if let label { text += " \"\(label.value)\"" }
        return text
    }
}
