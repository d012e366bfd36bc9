/// Numbers as phones dial them: SCHEMA.md lets people write `+49 (30) 123-45.67`; phones get `+4930123456 7`
/// without the spaces, dashes, dots, slashes and parentheses. Validation and every emitter use this one rule.
public enum DialString {
    public static let separators: Set<Character> = [" ", "-", ".", "/", "(", ")"]

    public static func normalize(_ text: String) -> String {
        text.filter { !separators.contains($0) }
    }
}
