import Crypto
import Dispatch

/// A tenant's secret values, resolved for emitting. Never printed.
public struct TenantSecrets: Sendable {
    public var provisioningPassword: String
    public var adminPassword: String
    /// SIP password by extension number.
    public var extensionPasswords: [String: String]
    /// The password of the phones' lower web account (Yealink's `user`), which no fleet field names: derived from
    /// the admin password, so it is never the factory value, differs from the admin password, and changes with it.
    public var webUserPassword: String

    public init(provisioningPassword: String, adminPassword: String, extensionPasswords: [String: String],
                webUserPassword: String? = nil) {
        self.provisioningPassword = provisioningPassword
        self.adminPassword = adminPassword
        self.extensionPasswords = extensionPasswords
        self.webUserPassword = webUserPassword
            ?? SecretSources.derive(masterKey: Array(adminPassword.utf8), tenant: "", field: "web_user_password")
    }
}

/// Turns every secret reference of a fleet into its value, or into an error that names what is missing (never
/// the value). Field paths for `derived` are `provisioning/password`, `admin_password`, `extensions/<n>/password`.
public enum SecretResolver {
    /// Resolves every tenant, in parallel (a large fleet derives one HMAC per extension).
    public static func resolve(_ fleet: Fleet, sources: SecretSources) -> (tenants: [TenantSecrets], diagnostics: [Diagnostic]) {
        let slots = ResultSlots<(TenantSecrets, [Diagnostic])>(count: fleet.tenants.count)
        DispatchQueue.concurrentPerform(iterations: fleet.tenants.count) { index in
            // One keyed HMAC per tenant, not per secret (it is not Sendable, so it is not shared across threads).
            let key = sources.masterKey.flatMap {
                $0.count >= SecretSources.minimumMasterKeyLength ? HMAC<SHA256>(key: SymmetricKey(data: $0)) : nil
            }
            slots[index] = resolve(fleet.tenants[index], sources: sources, key: key)
        }
        var diagnostics: [Diagnostic] = []
        for (_, found) in slots.values {
            // The missing master key is said once, at its first use, not once per tenant.
            for d in found where d.code != "E0612" || !diagnostics.contains(where: { $0.code == "E0612" }) { diagnostics.append(d) }
        }
        return (slots.values.map(\.0), diagnostics)
    }

    private static func resolve(_ tenant: Tenant, sources: SecretSources, key: HMAC<SHA256>?) -> (TenantSecrets, [Diagnostic]) {
        var sink = DiagnosticSink()
        var reportedMasterKey = false
        do {
            let id = tenant.id.value
            func value(_ reference: Located<SecretReference>?, field: String) -> String {
                guard let reference else { return "" }
                switch reference.value {
                case .plain(let text):
                    return text
                case .malformed:
                    return ""
                case .environment(let name):
                    if let text = sources.environment[name], !text.isEmpty {
                        return refusingControl(text, source: "environment variable \(name)", field: field, at: reference)
                    }
                    sink.error("E0610", "environment variable \(name) is not set (\(id) \(field))", at: reference.mark,
                               hint: "export \(name)=... before `handset build`")
                case .secretsFile(let path):
                    if let text = sources.file[path], !text.isEmpty {
                        return refusingControl(text, source: "secret '\(path)'", field: field, at: reference)
                    }
                    let segments = path.split(separator: "/").map { "\"\($0)\"" }
                    let entry = segments.dropLast().reversed().reduce(segments.last! + ": \"...\"") { "\($1): {\($0)}" }
                    if let file = sources.filePath {
                        sink.error("E0611", "secret '\(path)' is not in the secrets file \(file)", at: reference.mark,
                                   hint: "add it there: \(entry)")
                    } else {
                        sink.error("E0611", "secret '\(path)' needs a secrets file, and none was given", at: reference.mark,
                                   hint: "pass --secrets FILE or set HANDSET_SECRETS; the file holds \(entry)")
                    }
                case .derived:
                    guard let key else {
                        if !reportedMasterKey {
                            reportedMasterKey = true
                            let why = sources.masterKey == nil ? "HANDSET_MASTER_KEY is not set"
                                : "HANDSET_MASTER_KEY is shorter than \(SecretSources.minimumMasterKeyLength) characters"
                            sink.error("E0612", "'derived' secrets need a master key: \(why)", at: reference.mark,
                                       hint: "set HANDSET_MASTER_KEY to a long random string (e.g. `openssl rand -base64 48`) kept in your CI's secret store")
                        }
                        return ""
                    }
                    return SecretSources.derive(keyed: key, tenant: id, field: field)
                }
                return ""
            }
            // A line break in a password gives each vendor a different password (one strips it, htpasswd hashes
            // it) and can split a file: refused, naming where the value came from, never the value.
            func refusingControl(_ text: String, source: String, field: String, at reference: Located<SecretReference>) -> String {
                guard let control = ControlCharacters.first(in: text) else { return text }
                sink.error("E0617", "the value of \(source) holds the control character \(ControlCharacters.name(control.scalar)) (\(id) \(field))",
                           at: reference.mark, hint: "set the secret without line breaks or other control characters")
                return ""
            }
            let provisioning = value(tenant.provisioning?.password, field: "provisioning/password")
            let admin = tenant.adminPassword == nil ? provisioning : value(tenant.adminPassword, field: "admin_password")
            var passwords: [String: String] = [:]
            for ext in tenant.extensions {
                passwords[ext.number.value] = value(ext.password, field: "extensions/\(ext.number.value)/password")
            }
            return (TenantSecrets(provisioningPassword: provisioning, adminPassword: admin, extensionPasswords: passwords),
                    sink.diagnostics)
        }
    }
}
