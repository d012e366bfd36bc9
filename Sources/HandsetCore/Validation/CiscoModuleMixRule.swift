/// The key expansion modules of one Cisco phone must all be of one type: Cisco's 8800 MPP administration guide
/// ("Cisco IP Phone Key Expansion Module", 11.3(1)) says the single-screen 8800 module cannot be mixed with the
/// dual-screen ones, and the phone drives its modules as one type.
struct CiscoModuleMixRule: ValidationRule {
    let codes = ["E0720"]
    let why = "a Cisco phone drives all its key expansion modules as one type; a second type would stay dark"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices where device.model?.vendor == .cisco {
            let modules = device.settings.expansionModules?.value ?? []
            guard let first = modules.first else { continue }
            let firstType = first.model.value.lowercased()
            for module in modules.dropFirst() where module.model.value.lowercased() != firstType {
                sink.error("E0720", "Cisco key expansion modules of one phone must be of one type: '\(module.model.value)' "
                           + "follows '\(first.model.value)'", at: module.model.mark,
                           notes: [.init("the first module is here", at: first.model.mark)],
                           hint: "use '\(first.model.value)' for every module of this phone")
                break
            }
        }
    }
}
