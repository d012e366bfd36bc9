/// The keys listed must fit the phone: keys per page times pages.
struct KeyCapacityRule: ValidationRule {
    let codes = ["E0403"]
    let why = "keys beyond the phone's last page are silently dropped by the phone"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let model = device.model, let keys = device.settings.keys, keys.value.count > model.keyCapacity else { continue }
            let pages = model.pages == 1 ? "" : " (\(model.keysPerPage) per page on \(model.pages) pages)"
            sink.error("E0403", "\(model.vendor.displayName) \(model.displayName) has \(model.keyCapacity) programmable keys\(pages), \(keys.value.count) are listed",
                       at: keys.value[model.keyCapacity].mark,
                       notes: [.init("device \(MACAddress.display(device.mac.value))", at: device.mac.mark)],
                       hint: model.modules.isEmpty ? "remove keys" : "move keys to an expansion module (\(model.modules.joined(separator: ", ")))")
        }
    }
}
