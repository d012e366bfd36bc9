/// Numbers that phones dial (speed dials, contacts, feature codes, park slots) must be dialable.
struct DialableNumberRule: ValidationRule {
    let codes = ["E0801"]
    let why = "a number with letters or stray characters fails only when someone presses the key"

    /// The number as phones dial it: spaces, dashes, dots, slashes and parentheses removed.
    public static func dialString(_ text: String) -> String {
        text.filter { !" -./()".contains($0) }
    }

    static func isDialable(_ text: String) -> Bool {
        let dial = dialString(text)
        guard !dial.isEmpty else { return false }
        let body = dial.hasPrefix("+") ? dial.dropFirst() : Substring(dial)
        return !body.isEmpty && body.allSatisfy { $0.isASCIIDigit || $0 == "*" || $0 == "#" }
    }

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for contact in tenant.contacts {
                for (kind, number) in contact.numbers {
                    report(number, "\(kind.rawValue) number of contact '\(contact.name.value)'", &sink)
                }
            }
        }
        var checked = Set<Mark>()
        for device in context.devices {
            let keys = (device.settings.keys?.value ?? []) + (device.settings.expansionModules?.value.flatMap(\.keys) ?? [])
            for key in keys where checked.insert(key.mark).inserted {
                switch key.function {
                case .speedDial(let number): report(number, "speed dial number", &sink)
                case .dayNight(let code): report(code, "day/night feature code", &sink)
                case .park(let slot): report(slot, "park slot", &sink)
                default: break
                }
            }
        }
    }

    private func report(_ number: Located<String>, _ what: String, _ sink: inout DiagnosticSink) {
        guard !Self.isDialable(number.value) else { return }
        sink.error("E0801", "\(what) '\(number.value)' is not dialable", at: number.mark,
                   hint: "use digits, '*', '#' and a leading '+'; spaces, dashes, dots, slashes and parentheses are allowed and removed")
    }
}
