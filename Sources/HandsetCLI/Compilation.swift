import ArgumentParser
import Foundation
import HandsetCore
import HandsetEmitters
import HandsetPublish

/// The shared front half of `build` and `show`: check, resolve secrets, emit; prints diagnostics and exits
/// with 1 on errors, so that a failed build writes nothing.
struct Compilation {
    var checked: Pipeline.Checked
    /// Per tenant, in fleet order (masked under `show`).
    var secrets: [TenantSecrets]

    /// The value shown instead of every secret by `show`.
    static let mask = "********"

    static func compile(fleet: String, secrets: SecretOptions, diagnostics options: DiagnosticOptions,
                        masked: Bool) throws -> Compilation {
        let checked = try FleetInput.check(fleet, quiet: options.quiet)
        var found = checked.diagnostics
        var tenantSecrets: [TenantSecrets] = []
        if !found.hasErrors {
            if masked {
                tenantSecrets = maskedSecrets(checked.fleet)
            } else {
                let environment = ProcessInfo.processInfo.environment
                var sources = SecretSources(environment: environment)
                if let path = secrets.secrets ?? environment["HANDSET_SECRETS"] {
                    let file: (values: [String: String], diagnostics: [Diagnostic])
                    do {
                        // Absolute, so that its diagnostics name it as it is and not under the fleet folder.
                        file = try SecretSources.readFile(URL(fileURLWithPath: path).path, files: checked.files)
                    } catch {
                        Output.err("handset: \(error)\n")
                        throw ExitCodes.ioFailure
                    }
                    // A secrets file that does not parse is the root cause of every "not in the secrets file" that
                    // would follow: report it alone.
                    if file.diagnostics.hasErrors { return try fail(file.diagnostics, checked: checked, fleet: fleet, options: options) }
                    sources.file = file.values
                    sources.filePath = path
                    found += file.diagnostics
                }
                let resolved = SecretResolver.resolve(checked.fleet, sources: sources)
                tenantSecrets = resolved.tenants
                found += resolved.diagnostics
            }
        }
        let shown = options.adjust(found.sortedForOutput())
        // Standard output belongs to what the command itself prints (a plan, a device); diagnostics go to stderr.
        Output.err(options.renderer(files: checked.files, fleet: fleet).render(shown))
        if shown.hasErrors { throw ExitCodes.errors }
        return Compilation(checked: checked, secrets: tenantSecrets)
    }

    /// Every tenant's secrets as the mask, for `show`, which needs no secret values.
    static func maskedSecrets(_ fleet: Fleet) -> [TenantSecrets] {
        fleet.tenants.map { tenant in
            TenantSecrets(provisioningPassword: mask, adminPassword: mask,
                          extensionPasswords: Dictionary(tenant.extensions.map { ($0.number.value, mask) },
                                                         uniquingKeysWith: { a, _ in a }),
                          webUserPassword: mask)
        }
    }

    private static func fail(_ diagnostics: [Diagnostic], checked: Pipeline.Checked, fleet: String,
                             options: DiagnosticOptions) throws -> Compilation {
        Output.err(options.renderer(files: checked.files, fleet: fleet).render(options.adjust(diagnostics.sortedForOutput())))
        throw ExitCodes.errors
    }
}

extension Compilation {
    /// One tenant's files, in memory (the others are not emitted).
    func emit(tenant: String) -> FleetEmitter.TenantOutput? {
        let others = Set(checked.fleet.tenants.map(\.id.value)).subtracting([tenant])
        return FleetEmitter.emit(checked, secrets: secrets, skipping: others).first
    }

    /// Each tenant's credentials and trusted networks, for the nginx files.
    func serving(accessLog: String, servedFrom: String?) -> Serving {
        let tenants = zip(checked.fleet.tenants, secrets).map { tenant, secrets in
            TenantServing(tenant: tenant.id.value, username: tenant.provisioning?.username?.value ?? tenant.id.value,
                          password: secrets.provisioningPassword,
                          trustedNetworks: tenant.provisioning?.trustedNetworks.map(\.value) ?? [])
        }
        return Serving(tenants: tenants, accessLog: accessLog, servedFrom: servedFrom)
    }

    /// One tenant's secret values, longest first, so that masking never leaves part of a longer one.
    static func values(_ secrets: TenantSecrets) -> [String] {
        var values = Set(secrets.extensionPasswords.values)
        values.insert(secrets.provisioningPassword)
        values.insert(secrets.adminPassword)
        values.insert(secrets.webUserPassword)
        return values.filter { $0.count >= 3 }.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
