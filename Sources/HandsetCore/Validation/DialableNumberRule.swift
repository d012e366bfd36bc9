/// Numbers that phones dial (speed dials, contacts, feature codes, park slots) must be dialable.
struct DialableNumberRule: ValidationRule {
    let codes = ["E0801"]
    let why = "a number with letters or stray characters fails only when someone presses the key"

    /// Byte by byte (every speed dial of every phone passes here); skips what `DialString` removes.
    static func isDialable(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"):
                continue
            case UInt8(ascii: "+") where count == 0:
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "#"):
                count += 1
                continue
            default:
                return false
            }
        }
        return count > 0
    }

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for contact in tenant.contacts {
                for (kind, number) in contact.numbers {
                    report(number, "the \(kind.rawValue) number of contact '\(contact.name.value)'", &sink)
                }
            }
        }
        // Keys shared through a profile are checked once per device; the pipeline reports each place once.
        for device in context.devices {
            device.forEachKey { key in
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
        sink.error("E0801", "\(what) is not dialable: '\(number.value)'", at: number.mark,
                   hint: "use digits, '*', '#' and a leading '+'; spaces, dashes, dots, slashes and parentheses are allowed and removed")
    }
}
