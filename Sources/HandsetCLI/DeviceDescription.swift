import Foundation
import HandsetCore
import HandsetEmitters

/// The resolved settings of one device as `show` prints them, each with the file and line that set it. The rows
/// come from the field declarations (`Device`'s own keys, then `DeviceSettings.fields`), so every setting the
/// input format knows is shown without a line here.
struct DeviceDescription {
    var device: ResolvedDevice
    var tenant: Tenant
    var files: SourceFiles

    /// Every row: the device's MAC and lines, then each resolved setting in declaration order.
    var settings: [ShownSetting] {
        var rows = [ShownSetting(name: "mac", value: .text(MACAddress.display(device.mac.value)), mark: device.mac.mark)]
        rows.append(ShownSetting(name: "lines", value: .list(device.lines.map(\.value), numbered: false),
                                 mark: device.linesMark ?? device.mark))
        return rows + DeviceSettings.shown(device.settings)
    }

    /// The human form: one `name: value  (file:line)` row per setting, lists of keys numbered below their row.
    func human() -> String {
        func at(_ mark: Mark) -> String { "  (\(files.path(mark.file)):\(mark.line))" }
        var out = "device \(MACAddress.display(device.mac.value)) in tenant \(tenant.id.value)\(at(device.mac.mark))\n"
        for row in settings.dropFirst() {
            switch row.value {
            case .text(let text): out += "  \(row.name): \(text)\(at(row.mark))\n"
            case .number(let number): out += "  \(row.name): \(number)\(at(row.mark))\n"
            case .flag(let flag): out += "  \(row.name): \(flag)\(at(row.mark))\n"
            case .list(let items, numbered: false): out += "  \(row.name): \(items.joined(separator: ", "))\(at(row.mark))\n"
            case .list(let items, numbered: true):
                out += "  \(row.name):\(at(row.mark))\n"
                for (index, item) in items.enumerated() { out += "    \(index + 1). \(item)\n" }
            }
        }
        return out
    }

    /// The JSON form: the device, its settings with the file, line and column of each, and its files.
    func json(_ emitted: [OutputFile]) -> String {
        let settings: [[String: Any]] = settings.map { row in
            let value: Any
            switch row.value {
            case .text(let text): value = text
            case .number(let number): value = number
            case .flag(let flag): value = flag
            case .list(let items, _): value = items
            }
            return ["name": row.name, "value": value, "file": files.path(row.mark.file),
                    "line": Int(row.mark.line), "column": Int(row.mark.column)]
        }
        let fileObjects: [[String: Any]] = emitted.map { file in
            ["path": "\(tenant.id.value)/\(file.path)", "shared": file.mac == nil,
             "content": String(decoding: file.bytes, as: UTF8.self)]
        }
        let object: [String: Any] = ["device": MACAddress.display(device.mac.value), "tenant": tenant.id.value,
                                     "settings": settings, "files": fileObjects]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
