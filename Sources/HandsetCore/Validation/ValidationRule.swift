import Dispatch

/// One check of a resolved fleet. A rule is small, lives in its own file named after it, and emits its own codes.
public protocol ValidationRule: Sendable {
    /// The codes this rule emits, for the documentation of diagnostics.
    var codes: [String] { get }
    /// One line: why the rule exists.
    var why: String { get }
    func check(_ context: ValidationContext, into sink: inout DiagnosticSink)
}

/// What every rule may look at: the fleet as written and its resolved devices, with per-tenant indexes.
public final class ValidationContext: Sendable {
    public let fleet: Fleet
    public let devices: [ResolvedDevice]
    /// Per tenant (same order as `fleet.tenants`): extension number -> the extension's first definition.
    public let extensions: [[String: Extension]]

    public init(fleet: Fleet, devices: [ResolvedDevice]) {
        self.fleet = fleet
        self.devices = devices
        self.extensions = fleet.tenants.map { tenant in
            Dictionary(tenant.extensions.map { ($0.number.value, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// "tenant 'acme' has extensions 100, 101; did you mean "150"?", for notes on dangling targets.
    func extensionNote(tenant index: Int, missing: String) -> (note: Diagnostic.Note, hint: String?) {
        let tenant = fleet.tenants[index]
        let numbers = tenant.extensions.map(\.number.value)
        let listed = numbers.prefix(12).joined(separator: ", ") + (numbers.count > 12 ? ", ..." : "")
        let note = Diagnostic.Note(numbers.isEmpty ? "tenant '\(tenant.id.value)' has no extensions"
                                                   : "tenant '\(tenant.id.value)' has extensions \(listed)")
        let hint = Suggestion.closest(to: missing, among: numbers).map { "did you mean \"\($0)\"?" }
        return (note, hint)
    }
}

/// Every rule, in the order they run. Adding a rule means adding it here.
public enum ValidationRules {
    public static let all: [any ValidationRule] = [
        ProvisioningURLRule(),
        TenantIDRule(),
        TenantCredentialsRule(),
        ExtensionNumberRule(),
        AuthUserRule(),
        MACAddressRule(),
        DeviceLinesRule(),
        KeyTargetRule(),
        ModelSupportRule(),
        KeyCapacityRule(),
        ExpansionModuleRule(),
        CodecSupportRule(),
        NetworkSettingsRule(),
        HostNameRule(),
        TrustedNetworkRule(),
        LocaleRule(),
        CountryRule(),
        SRTPTransportRule(),
        PickupCodeRule(),
        FirmwareRule(),
        FeatureCodeRule(),
        DialableNumberRule(),
        PlainSecretRule(),
        SecretScopeRule(),
        VendorFeatureRule(),
        GrandstreamFeatureRule(),
        GrandstreamZoneRule(),
        FanvilFeatureRule(),
        PolycomFeatureRule(),
        PolycomZoneRule(),
        CiscoFeatureRule(),
        CiscoModuleMixRule(),
    ]

    /// Runs every rule, in parallel (rules only read the context), and returns their diagnostics in rule order.
    public static func run(_ context: ValidationContext) -> [Diagnostic] {
        let found = ResultSlots<[Diagnostic]>(count: all.count)
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            var sink = DiagnosticSink()
            all[index].check(context, into: &sink)
            found[index] = sink.diagnostics
        }
        return found.values.flatMap { $0 }
    }
}
