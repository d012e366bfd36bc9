/// Trusted networks become nginx `allow` lines: each must be an address or a network with its prefix.
struct TrustedNetworkRule: ValidationRule {
    let codes = ["E0509"]
    let why = "nginx refuses to start on a malformed allow rule, taking every tenant down with it"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for entry in tenant.provisioning?.trustedNetworks ?? [] {
                guard let network = IPNetwork(entry.value, requirePrefix: false) else {
                    sink.error("E0509", "trusted network '\(entry.value)' is not an IP address or network", at: entry.mark,
                               hint: "write an address (198.51.100.7) or a network with its prefix (203.0.113.0/24)")
                    continue
                }
                let base = network.address.masked(to: network.prefix)
                if base != network.address {
                    sink.error("E0509", "trusted network '\(entry.value)' has host bits set", at: entry.mark,
                               hint: "did you mean \(base.description)/\(network.prefix)?")
                }
            }
        }
    }
}
