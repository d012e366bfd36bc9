import HandsetCore

/// The provisioning server and its credentials, the periodic re-check, firmware and the web passwords.
extension PolycomEmitter {
    /// `prov.polling.period` is in seconds and must be above 3600 (fact sheet §5, PLY-POLL); validation warns (W0433).
    static let minimumPollingSeconds = 3600

    /// Server, credentials, firmware folder and passwords: per phone, as the credentials are secrets.
    static func writeProvisioning(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        let tenant = phone.tenant
        // host/path without scheme, and the scheme as server type 2 (HTTP) or 3 (HTTPS) (FusionPBX 6.x template and its
        // setting text, fact sheet corrections "Server URL and credentials"); then the tenant's HTTP credentials.
        w.device("device.prov.serverName", hostPath(tenant.provisioningURL))
        w.device("device.prov.serverType", tenant.provisioningURL.lowercased().hasPrefix("https:") ? "3" : "2")
        w.device("device.prov.user", tenant.provisioningUsername)
        w.device("device.prov.password", tenant.provisioningPassword)
        if let firmware = phone.firmwareURL {
            // A firmware folder per model (fact sheet corrections, FusionPBX `polycom_firmware_url_*`): only the URL's
            // folder is written (W0432 says so).
            let folder = firmware.lastIndex(of: "/").map { String(firmware[...$0]) } ?? firmware
            w.device("device.prov.upgradeServer", folder)
        }
        // Never the vendor default (456); the tenant's own passwords.
        w.device("device.auth.localAdminPassword", tenant.adminPassword)
        if !tenant.webUserPassword.isEmpty {
            w.device("device.auth.localUserPassword", tenant.webUserPassword)
        }
    }

    /// The periodic re-check in `rel` mode (every `period` seconds), or none for `check_interval: 0`.
    static func writePolling(_ tenant: TenantContext, into w: inout PolycomConfigWriter) {
        w.set("prov.polling.enabled", on: tenant.checkInterval > 0)
        if tenant.checkInterval > 0 {
            w.set("prov.polling.mode", "rel")
            w.set("prov.polling.period", max(tenant.checkInterval * 60, minimumPollingSeconds))
        }
    }

    /// The host/path form `device.prov.serverName` takes (no scheme, no trailing `/`).
    static func hostPath(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}
