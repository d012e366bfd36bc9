/// Expansion modules must be ones the phone takes, no more than it chains, with no more keys than they hold.
struct ExpansionModuleRule: ValidationRule {
    let codes = ["E0404", "E0405", "E0406"]
    let why = "a module the phone cannot drive, or keys past its end, never light up"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let model = device.model, let modules = device.settings.expansionModules else { continue }
            let name = "\(model.vendor.displayName) \(model.displayName)"
            if !modules.value.isEmpty, model.maxModules == 0 {
                sink.error("E0404", "\(name) takes no expansion modules", at: modules.mark)
                continue
            }
            if modules.value.count > model.maxModules {
                sink.error("E0405", "\(name) chains at most \(model.maxModules) expansion modules, \(modules.value.count) are listed",
                           at: modules.value[model.maxModules].mark)
            }
            for module in modules.value {
                guard let known = Catalog.module(module.model.value) else {
                    let hint = Suggestion.closest(to: module.model.value.lowercased(), among: model.modules).map { "did you mean '\($0)'?" }
                        ?? "\(name) takes " + model.modules.joined(separator: ", ")
                    sink.error("E0404", "unknown expansion module '\(module.model.value)'", at: module.model.mark, hint: hint)
                    continue
                }
                guard model.modules.contains(known.reference) else {
                    sink.error("E0404", "\(name) does not take the \(known.vendor.displayName) \(known.displayName) module",
                               at: module.model.mark, hint: "\(name) takes " + model.modules.joined(separator: ", "))
                    continue
                }
                if module.keys.count > known.keyCapacity {
                    sink.error("E0406", "the \(known.displayName) module has \(known.keyCapacity) keys, \(module.keys.count) are listed",
                               at: module.keys[known.keyCapacity].mark)
                }
            }
        }
    }
}
