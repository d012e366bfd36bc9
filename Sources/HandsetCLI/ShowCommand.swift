import ArgumentParser
import HandsetCore
import HandsetEmitters

/// `handset show MAC [FLEET]`: one device's resolved settings and its own emitted files, every secret masked.
///
/// It works for a valid phone in a fleet with errors elsewhere: whoever is looking at one phone should not have to
/// fix every other tenant first. The phone is checked on its own (its tenant with only that device, so every rule
/// about it runs) and shown when that is clean and its fleet and tenant files decoded without errors.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one device's resolved settings and own emitted files (secrets masked).",
        discussion: "With --format json, stdout is one JSON object: the device, every resolved setting with the file, line and column that set it, and the device's own files.")

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
        let checked = try FleetInput.check(fleet, quiet: diagnostics.quiet)
        KeptUntilExit.keep(checked)
        let renderer = diagnostics.renderer(files: checked.files, fleet: fleet)
        guard let found = checked.devices.first(where: { $0.mac.value == wanted }) else {
            Output.err(renderer.render(diagnostics.adjust(checked.diagnostics)))
            Output.err("handset: no device with MAC \(MACAddress.display(wanted)) in \(fleet)\n")
            throw ExitCodes.errors
        }
        var focus = checked
        let errors = diagnostics.adjust(checked.diagnostics).filter { $0.severity == .error }
        if !errors.isEmpty {
            focus = Self.alone(wanted, tenantIndex: found.tenantIndex, in: checked)
            let own = diagnostics.adjust(focus.diagnostics)
            if own.hasErrors {
                Output.err(renderer.render(own))
                throw ExitCodes.errors
            }
            Output.err("note: the fleet has \(errors.count) error\(errors.count == 1 ? "" : "s") elsewhere; "
                       + "`handset validate` lists them. This phone is valid on its own.\n")
        }
        Output.err(renderer.render(diagnostics.adjust(focus.diagnostics)))
        let compiled = Compilation(checked: focus, secrets: Compilation.maskedSecrets(focus.fleet))
        guard let device = focus.devices.first(where: { $0.mac.value == wanted }) else { return }
        let tenant = focus.fleet.tenants[device.tenantIndex]
        let description = DeviceDescription(device: device, tenant: tenant, files: focus.files)
        // Only the phone's own files: the tenant's shared files (boot, common, phonebook) are the same for every
        // phone and would bury this one's.
        let files = (compiled.emit(tenant: tenant.id.value)?.files ?? []).filter { $0.mac == wanted }
        if diagnostics.format == .json {
            Output.out(description.json(files))
            return
        }
        var out = description.human()
        for file in files {
            out += "\n--- \(tenant.id.value)/\(file.path)\n"
            out += String(decoding: file.bytes, as: UTF8.self)
        }
        Output.out(out)
    }

    /// The fleet reduced to one device in its tenant, resolved and validated again; decoding errors in the fleet
    /// file or the tenant's file count too, as they may have dropped one of its settings.
    static func alone(_ mac: String, tenantIndex: Int, in checked: Pipeline.Checked) -> Pipeline.Checked {
        var fleet = checked.fleet
        var tenant = fleet.tenants[tenantIndex]
        tenant.devices = tenant.devices.filter { $0.mac.value == mac }
        fleet.tenants = [tenant]
        let resolved = Resolver.resolve(fleet)
        let found = ValidationRules.run(ValidationContext(fleet: fleet, devices: resolved.devices))
        let files: Set<UInt32> = [fleet.mark.file, tenant.mark.file]
        let decoding = checked.diagnostics.filter { d in
            guard let mark = d.mark, files.contains(mark.file) else { return false }
            return d.code.hasPrefix("E00") || d.code.hasPrefix("E01")
        }
        return Pipeline.Checked(fleet: fleet, devices: resolved.devices, files: checked.files,
                                diagnostics: (decoding + resolved.diagnostics + found).sortedForOutput())
    }
}
