extension SecretReference {
    /// Why a secret field's text is not a well-formed reference.
    public struct FormProblem: Error, Sendable {
        public var message: String
        public var hint: String
    }

    /// Parses the text of a secret field. Anything that starts like a reference must be a well-formed one, so a
    /// typo never silently becomes a plain password.
    public static func parse(_ text: String) -> Result<SecretReference, FormProblem> {
        if text == "derived" { return .success(.derived) }
        guard text.hasPrefix("${") || text.hasPrefix("$(") || (text.hasPrefix("$") && text.contains(":")) else {
            if text.isEmpty {
                return .failure(FormProblem(message: "the secret is empty",
                                            hint: "write ${env:NAME}, ${secret:path} or derived"))
            }
            return .success(.plain(text))
        }
        let usage = "write ${env:NAME} or ${secret:tenant/key}"
        guard text.hasPrefix("${"), text.hasSuffix("}") else {
            return .failure(FormProblem(message: "the value starts like a secret reference but is not a well-formed one", hint: usage))
        }
        let body = text.dropFirst(2).dropLast()
        guard let colon = body.firstIndex(of: ":") else {
            return .failure(FormProblem(message: "the secret reference names no source (no ':')", hint: usage))
        }
        let source = body[..<colon], name = String(body[body.index(after: colon)...])
        switch source {
        case "env":
            guard isEnvironmentName(name) else {
                return .failure(FormProblem(message: "'\(name)' is not a valid environment variable name",
                                            hint: "use letters, digits and '_', not starting with a digit: ${env:ACME_SIP_100}"))
            }
            return .success(.environment(name))
        case "secret":
            let segments = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.isEmpty, segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isPathCharacter) }) else {
                return .failure(FormProblem(message: "'\(name)' is not a valid secrets-file path",
                                            hint: "use slash-separated names of letters, digits, '-', '_' and '.': ${secret:acme/100}"))
            }
            return .success(.secretsFile(name))
        default:
            let suggestion = Suggestion.closest(to: String(source), among: ["env", "secret"])
            return .failure(FormProblem(message: "unknown secret source '\(source)'",
                                        hint: suggestion.map { "did you mean '${\($0):\(name)}'?" } ?? usage))
        }
    }

    private static func isEnvironmentName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    private static func isPathCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".")
    }
}
