import HandsetCore
import HandsetEmitters
import HandsetTestSupport
import Testing

/// Every vendor's emitter over one fixture fleet per feature, held to reviewed golden trees
/// (`Golden/<vendor>/<feature>/<tenant>/...`; `HANDSET_RECORD=1` rewrites them), and emitted twice to the same bytes.
struct GoldenTreeEmitterTests {
    static let cases: [(Vendor, String)] = Vendor.allCases.flatMap { vendor in
        EmitterFixture.features(vendor.rawValue).map { (vendor, $0) }
    }

    @Test(arguments: cases)
    func outputMatchesGoldenTree(_ vendor: Vendor, _ feature: String) throws {
        let fixture = try EmitterFixture(vendor.rawValue, feature)
        #expect(fixture.errors.isEmpty, "fixture has errors: \(fixture.errors)")
        let tree = fixture.emit(Emitters.emitter(for: vendor))
        #expect(!tree.isEmpty)
        if let report = try GoldenTree.check(tree, against: EmitterFixture.golden(vendor.rawValue, feature)) {
            Issue.record(Comment(rawValue: report))
        }
    }

    /// Shared files (common files, containers, phonebooks) are readable by every phone of the tenant: no secret
    /// may land there, and none belongs to a device.
    @Test(arguments: cases)
    func sharedFilesHoldNoSecret(_ vendor: Vendor, _ feature: String) throws {
        let fixture = try EmitterFixture(vendor.rawValue, feature)
        let emitter = Emitters.emitter(for: vendor)
        for (context, devices, secrets) in fixture.tenants() {
            for file in emitter.sharedFiles(for: devices.filter { $0.model?.vendor == vendor }, in: context) {
                #expect(file.mac == nil)
                #expect(EmitterFixture.leaked(secrets, in: file.bytes).isEmpty, "secret in shared file \(file.path)")
            }
        }
    }

    @Test(arguments: cases)
    func emittingTwiceGivesTheSameBytes(_ vendor: Vendor, _ feature: String) throws {
        let first = try EmitterFixture(vendor.rawValue, feature).emit(Emitters.emitter(for: vendor))
        let second = try EmitterFixture(vendor.rawValue, feature).emit(Emitters.emitter(for: vendor))
        #expect(first == second)
    }
}
