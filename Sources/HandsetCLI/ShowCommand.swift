import ArgumentParser
import HandsetCore
import HandsetEmitters

/// `handset show MAC [FLEET]`: one device's resolved settings and emitted files, every secret masked.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one device's resolved settings and emitted files (secrets masked).",
        discussion: "With --format json, stdout is one JSON object: the device, every resolved setting with the file, line and column that set it, and the device's files.")

    @Argument(help: "The device's MAC, in any spelling.")
    var mac: String

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file.")
    var fleet: String = "."

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard case .success = MACAddress.normalize(mac) else { throw ValidationError("'\(mac)' is not a MAC address") }
    }

    func run() throws {
        guard case .success(let wanted) = MACAddress.normalize(mac) else { return }
        let compiled = try Compilation.compile(fleet: fleet, secrets: SecretOptions(), diagnostics: diagnostics, masked: true)
        guard let device = compiled.checked.devices.first(where: { $0.mac.value == wanted }) else {
            Output.err("handset: no device with MAC \(MACAddress.display(wanted)) in \(fleet)\n")
            throw ExitCodes.errors
        }
        let tenant = compiled.checked.fleet.tenants[device.tenantIndex]
        let description = DeviceDescription(device: device, tenant: tenant, files: compiled.checked.files)
        let files = compiled.emit().first { $0.tenant == tenant.id.value }?.files ?? []
        let own = files.filter { $0.mac == wanted }
        let shared = files.filter { $0.mac == nil }
        if diagnostics.format == .json {
            Output.out(description.json(own + shared))
            return
        }
        var out = description.human()
        for file in own + shared {
            out += "\n--- \(tenant.id.value)/\(file.path)\(file.mac == nil ? " (shared by the tenant's phones)" : "")\n"
            out += String(decoding: file.bytes, as: UTF8.self)
        }
        Output.out(out)
    }
}
