import Foundation

/// The base URL phones fetch from must be an absolute http(s) URL: a typo here strands every phone.
struct ProvisioningURLRule: ValidationRule {
    let codes = ["E0508", "W0508"]
    let why = "phones can only reach an absolute http or https URL with a host"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        // A root file that did not parse has its own error; its URL is unknown, not missing.
        guard !context.fleet.rootUnreadable else { return }
        guard let url = context.fleet.provisioning?.url else {
            let mark = context.fleet.provisioning?.mark ?? context.fleet.mark
            sink.error("E0508", "the fleet has no provisioning URL", at: mark,
                       hint: "add 'provisioning: {url: https://prov.example.net}' to handset.yaml")
            return
        }
        guard let parsed = URLComponents(string: url.value), let scheme = parsed.scheme?.lowercased(),
              ["http", "https"].contains(scheme), let host = parsed.host, !host.isEmpty else {
            sink.error("E0508", "provisioning url '\(url.value)' is not an absolute http or https URL", at: url.mark,
                       hint: "write it like https://prov.example.net")
            return
        }
        if parsed.query != nil || parsed.fragment != nil || parsed.user != nil {
            sink.error("E0508", "provisioning url '\(url.value)' must not carry credentials, a query or a fragment",
                       at: url.mark, hint: "credentials come from each tenant's 'provisioning:' block")
        }
        if scheme == "http" {
            sink.warning("W0508", "provisioning url uses plain http: SIP passwords cross the network unencrypted",
                         at: url.mark, hint: "serve the tree over https (TLS in front of nginx)")
        }
    }
}
