/// One programmable key, as written in `keys:`.
public struct Key: Sendable {
    public enum Function: Sendable {
        /// A line appearance; nil means the primary account.
        case line(account: Located<String>?)
        case blf(extension: Located<String>, pickup: Bool)
        case speedDial(number: Located<String>)
        case dayNight(code: Located<String>)
        case dnd
        case park(slot: Located<String>)
        case intercom(extension: Located<String>)
        case phonebook
        case blank
    }

    public var function: Function
    public var label: Located<String>?
    public var mark: Mark

    public init(_ function: Function, label: Located<String>? = nil, at mark: Mark) {
        self.function = function
        self.label = label
        self.mark = mark
    }

    /// The name users write for this key type.
    public var typeName: String {
        switch function {
        case .line: return "line"
        case .blf: return "blf"
        case .speedDial: return "speed_dial"
        case .dayNight: return "day_night"
        case .dnd: return "dnd"
        case .park: return "park"
        case .intercom: return "intercom"
        case .phonebook: return "phonebook"
        case .blank: return "blank"
        }
    }
}
