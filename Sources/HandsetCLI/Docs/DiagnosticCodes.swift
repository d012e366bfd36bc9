/// The codes the documentation lists beside those of `ValidationRules.all` (whose `codes` and `why` are read
/// from the rules themselves), and the example input for every code.
///
/// The loader, decoder, resolver and secret resolution emit their codes inline, so their reasons are written
/// here. A test scans the sources for every `"E0…"`/`"W0…"` literal and fails when one is missing from the page.
enum DiagnosticCodes {
    /// A code emitted outside the validation rules: where, and why it exists.
    struct FrontEnd: Sendable {
        var code: String
        var origin: String
        var why: String

        init(_ code: String, _ origin: String, _ why: String) {
            self.code = code
            self.origin = origin
            self.why = why
        }
    }

    static let frontEnd: [FrontEnd] = [
        FrontEnd("E0001", "YAML loader",
                 "a file libyaml cannot parse cannot be read at all; the message says where the parser gave up and where the construct started"),
        FrontEnd("E0002", "YAML loader",
                 "YAML tools disagree about which of two equal keys wins, so Handset refuses to guess"),
        FrontEnd("E0003", "YAML loader",
                 "a second document after '---' would be ignored without a word; one file holds one document"),
        FrontEnd("E0004", "YAML loader",
                 "a byte order mark is invisible in editors and read differently by other YAML tools"),
        FrontEnd("E0005", "YAML loader",
                 "names and labels end up on phone displays; bytes that are not UTF-8 would show as garbage"),
        FrontEnd("E0006", "YAML loader",
                 "YAML forbids tabs in indentation, and editors disagree about their width"),
        FrontEnd("E0007", "YAML loader",
                 "a few nested aliases can expand to billions of nodes (the billion laughs attack), or a few aliases of a long text to gigabytes, and exhaust memory: at most 1,000,000 nodes and 16 MiB of text per file"),
        FrontEnd("E0009", "YAML loader",
                 "the merge key '<<' merges mappings only; anything else is a mistake other tools treat differently"),
        FrontEnd("E0010", "YAML loader",
                 "an unquoted '*' starts an alias, so feature codes such as *28 must be quoted"),
        FrontEnd("E0011", "include globs",
                 "includes stay inside the fleet folder, so a review of the repository sees every input"),
        FrontEnd("E0012", "include globs",
                 "a pattern that matches nothing usually has a typo, and would silently drop tenants"),
        FrontEnd("E0013", "include globs",
                 "a symlink to /proc/self/environ or /etc/shadow, a FIFO or /dev/zero in a pull request would be read (and quoted in errors) or hang the build; only regular files inside the fleet folder are read"),
        FrontEnd("E0014", "YAML loader",
                 "nesting thousands of levels deep makes libyaml's scanner quadratic (100,000 levels took 17 s); a fleet file needs fewer than 10, so more than 64 is refused as soon as it opens"),
        FrontEnd("E0101", "decoder",
                 "a misspelt key would otherwise be ignored and its setting silently lost"),
        FrontEnd("E0102", "decoder",
                 "a required setting has no sensible default, and an empty file is usually a mistake"),
        FrontEnd("E0103", "decoder",
                 "a value of the wrong shape (a single value where a list belongs, say) cannot be read as the key declares"),
        FrontEnd("E0104", "decoder",
                 "YAML 1.1 reads yes, no, on and off as booleans and YAML 1.2 does not; only true and false mean the same everywhere"),
        FrontEnd("E0105", "decoder",
                 "hex, octal, base-60 and fractions read differently across YAML versions; only plain decimals are unambiguous"),
        FrontEnd("E0106", "decoder",
                 "a value outside what the key allows would be refused or misread by the phones"),
        FrontEnd("E0107", "decoder",
                 "a key without a value is usually an unfinished edit; it would reach the phones as an empty setting"),
        FrontEnd("E0108", "decoder",
                 "a fleet written for another version of the input format may mean something else to this handset"),
        FrontEnd("E0109", "decoder",
                 "a line break or escape in a value reaches each vendor's file differently (stripped, kept, or splitting the file) and a terminal as a command"),
        FrontEnd("E0201", "decoder",
                 "the MAC names the phone's file; text that is not a MAC matches no phone"),
        FrontEnd("E0208", "resolver",
                 "a device naming a profile that does not exist would miss every setting it expects from it"),
        FrontEnd("E0601", "decoder",
                 "a secret reference with a typo would otherwise be taken for a plain-text password"),
        FrontEnd("E0610", "secret resolution (build, plan)",
                 "a phone given an empty password can neither register nor fetch its files"),
        FrontEnd("E0611", "secret resolution (build, plan)",
                 "a phone given an empty password can neither register nor fetch its files"),
        FrontEnd("E0612", "secret resolution (build, plan)",
                 "derived passwords are an HMAC under the master key; without a key of at least 32 characters they cannot be computed safely"),
        FrontEnd("E0617", "secret resolution (build, plan)",
                 "a password with a line break is stripped by one vendor and hashed whole by htpasswd: phones and server would disagree"),
        FrontEnd("E0614", "secrets file",
                 "secret values are text; a list or number in the secrets file is a mistake, not a password"),
    ]

    /// The bad-input corpus case (`Tests/Corpus/bad/<case>`) that shows each code; codes no case shows have an
    /// inline example in `InlineExamples`.
    static let corpusCases: [String: String] = [
        "E0001": "yaml-syntax-error", "E0002": "duplicate-key-in-device", "E0003": "two-documents-in-tenant-file",
        "E0004": "utf8-bom", "E0005": "invalid-utf8", "E0006": "tab-in-indentation", "E0007": "alias-bomb",
        "E0009": "merge-key-scalar", "E0010": "day-night-code-unquoted-star", "E0011": "include-escapes-fleet",
        "E0012": "include-matches-nothing", "E0013": "include-symlink-outside", "E0014": "nesting-too-deep",
        "E0101": "unknown-key-device", "E0102": "tenant-sip-missing",
        "E0104": "bool-yes-in-phonebook", "E0105": "base60-sip-port", "E0106": "codec-unknown-name",
        "E0108": "handset-version-2", "E0109": "label-control-character", "E0209": "auth-user-empty",
        "E0201": "mac-too-short", "E0202": "mac-broadcast",
        "E0203": "mac-duplicate-across-tenants", "E0204": "tenant-id-path-traversal",
        "E0205": "tenant-id-duplicate-across-files", "E0206": "extension-duplicate", "E0207": "extension-not-digits",
        "E0208": "profile-unknown", "E0301": "blf-unknown-extension", "E0302": "line-unknown-extension",
        "E0303": "line-key-account-not-registered", "E0304": "intercom-unknown-extension", "E0305": "device-no-lines",
        "E0306": "line-listed-twice", "E0401": "model-unknown-did-you-mean", "E0402": "model-end-of-life",
        "E0403": "keys-too-many-for-model", "E0404": "module-wrong-vendor", "E0405": "modules-too-many",
        "E0406": "module-keys-too-many", "E0407": "codec-not-supported-by-model", "E0408": "lines-too-many-for-model",
        "E0409": "model-missing", "E0410": "codec-listed-twice", "E0501": "network-address-bad-octet",
        "E0502": "network-gateway-outside-subnet", "E0503": "vlan-out-of-range", "E0504": "outbound-proxy-bad-port",
        "E0505": "network-static-without-gateway", "E0506": "network-too-many-dns", "E0507": "sip-server-with-port",
        "E0508": "provisioning-url-with-credentials", "W0508": "provisioning-url-http-warning",
        "E0509": "trusted-network-host-bits", "E0601": "secret-unknown-source", "E0603": "extension-line-without-password",
        "E0604": "provisioning-username-colon", "E0615": "secret-path-other-tenant",
        "E0616": "env-master-key", "W0602": "secret-plain-text-warning", "E0701": "timezone-unknown",
        "E0702": "language-unknown", "E0801": "speed-dial-letters", "E0307": "blf-pickup-without-code",
        "E0411": "firmware-unknown-model", "E0412": "firmware-url-scheme-htek", "E0510": "srtp-required-without-tls",
        "E0703": "country-unknown", "E0802": "feature-code-not-dialable",
        "W0412": "grandstream-tone-country-and-calls-per-key", "W0413": "grandstream-firmware-file-not-folder",
        "W0414": "grandstream-check-interval-under-an-hour", "E0704": "grandstream-zone-without-rule",
        "W0420": "fanvil-check-interval-not-provisioned", "W0421": "fanvil-phonebook-key-and-calls-per-key",
        "W0422": "fanvil-phonebook-key-and-calls-per-key", "E0420": "fanvil-srtp-not-off",
        "W0430": "polycom-country-static-address-second-ntp", "W0431": "polycom-line-key-after-blf-and-dnd",
        "W0432": "polycom-firmware-file-not-folder", "W0433": "polycom-check-interval-under-an-hour",
        "E0430": "polycom-zone-without-rule",
        "W0440": "cisco-tone-country-and-call-waiting-tone", "W0441": "cisco-srtp-optional",
        "W0442": "cisco-keys-without-function-string", "E0720": "cisco-modules-of-two-types",
    ]

    /// Titles of the groups of codes, by the code's first two digits.
    static let groups: [(prefix: String, title: String)] = [
        ("00", "Reading YAML"), ("01", "Keys and value types"), ("02", "Identity: MACs, tenants, extensions, profiles"),
        ("03", "Lines and keys"), ("04", "Models, modules, codecs"), ("05", "Network, hosts and URLs"),
        ("06", "Secrets and credentials"), ("07", "Time zones, languages and countries"), ("08", "Dialable numbers"),
    ]
}
