import Foundation

/// Writes a synthetic, valid fleet: `handset.yaml` plus one tenant file per tenant under `tenants/`.
///
/// The output depends only on the device and tenant counts, so two machines benchmark the same bytes. Every
/// device is a Yealink T54W with one line key, ten BLF keys and one speed dial: twelve keys, the shape of a busy
/// reception desk, which exercises decoding, profile-free resolution and the key rules on every device.
struct FleetGenerator {
    var devices: Int
    var tenants: Int
    /// Models given to devices in turn (`--models a,b,c`): one third each vendor for the mixed-fleet benchmark.
    var models = ["yealink/t54w"]

    /// BLF keys per device; each watches another extension of the same tenant.
    static let blfKeys = 10
    /// First extension number of every tenant; four digits, so numbers stay the same width.
    static let firstExtension = 1000
    /// Yealink's OUI; the device counter fills the lower three octets, so up to 16,777,215 devices are unique.
    static let macPrefix = "00:15:65"

    init(devices: Int, tenants: Int) {
        self.devices = devices
        self.tenants = tenants
    }

    /// Writes the fleet under `directory`, creating it and `tenants/` as needed; returns the bytes written.
    func write(to directory: String) throws -> Int {
        precondition(tenants >= 1 && devices >= 0, "need at least one tenant")
        precondition(devices < 1 << 24, "the MAC counter has three octets")
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let tenantDirectory = root.appendingPathComponent("tenants", isDirectory: true)
        try FileManager.default.createDirectory(at: tenantDirectory, withIntermediateDirectories: true)

        var written = try write(rootFile(), to: root.appendingPathComponent("handset.yaml"))
        var nextMAC = 1 // global, so MACs are unique across the whole fleet as the schema requires
        for index in 0..<tenants {
            let count = devicesIn(tenant: index)
            let text = tenantFile(index: index, devices: count, firstMAC: nextMAC)
            nextMAC += count
            written += try write(text, to: tenantDirectory.appendingPathComponent(Self.tenantID(index) + ".yaml"))
        }
        return written
    }

    /// Devices of tenant `index`: an even split, the remainder going one each to the first tenants.
    func devicesIn(tenant index: Int) -> Int {
        devices / tenants + (index < devices % tenants ? 1 : 0)
    }

    /// `t0001`, `t0002`, ...: at least four digits; ids sort like the files they live in.
    static func tenantID(_ index: Int) -> String {
        let digits = String(index + 1)
        return "t" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func mac(_ counter: Int) -> String {
        var text = macPrefix
        for shift in [16, 8, 0] {
            let octet = String((counter >> shift) & 0xFF, radix: 16)
            text += ":" + (octet.count == 1 ? "0" + octet : octet)
        }
        return text
    }

    func rootFile() -> String {
        """
        # Synthetic fleet written by `handset-bench generate --devices \(devices) --tenants \(tenants)`.
        handset: 1
        provisioning:
          url: https://prov.example.net
        defaults:
          timezone: Europe/Berlin
          language: en
          codecs: [g722, pcma]
        include:
          - tenants/*.yaml

        """
    }

    /// One tenant: one extension per device, but at least `blfKeys + 1` so every BLF can watch someone else.
    func tenantFile(index: Int, devices count: Int, firstMAC: Int) -> String {
        let id = Self.tenantID(index)
        let extensions = max(count, Self.blfKeys + 1)
        var text = """
        tenant: \(id)
        name: Tenant \(index + 1)
        sip:
          server: pbx.\(id).example.net
        provisioning:
          username: \(id)
          password: derived
        extensions:

        """
        // About 700 bytes per device; reserving avoids repeated regrowth of a large string.
        text.reserveCapacity(text.utf8.count + extensions * 80 + count * 700)
        for number in 0..<extensions {
            let ext = Self.firstExtension + number
            text += "  - number: \"\(ext)\"\n    name: User \(ext)\n    password: derived\n"
        }
        text += count == 0 ? "devices: []\n" : "devices:\n"
        for device in 0..<count {
            let own = Self.firstExtension + device
            text += "  - mac: \(Self.mac(firstMAC + device))\n    model: \(models[(firstMAC + device) % models.count])\n"
            text += "    lines: [\"\(own)\"]\n    keys:\n      - line\n"
            for step in 1...Self.blfKeys {
                // The next extensions round the ring: never the device's own, never twice on one phone.
                text += "      - blf: \"\(Self.firstExtension + (device + step) % extensions)\"\n"
            }
            text += "      - speed_dial: {number: \"+49 30 1234567\", label: Support}\n"
        }
        return text
    }

    private func write(_ text: String, to url: URL) throws -> Int {
        let data = Data(text.utf8)
        try data.write(to: url)
        return data.count
    }
}
