import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// Issue #13, item 3: `plan --diff` masks secrets on both sides of every diff, in every vendor's format, and in
/// URLs with credentials; the masking knows which settings are secret instead of guessing from their names.
struct PlanMaskingTests {
    static let oldKey = "test-only-master-key-old-0123456789abcdef"
    static let newKey = "test-only-master-key-new-0123456789abcdef"

    /// initech (Htek phones, derived passwords) gets all new passwords when the master key changes: every value
    /// of the old and the new build, as the HMAC derives them.
    static func derivedValues(_ key: String) -> [String] {
        ["provisioning/password", "admin_password", "extensions/200/password", "extensions/201/password"].map {
            SecretSources.derive(masterKey: Array(key.utf8), tenant: "initech", field: $0)
        }
    }

    @Test func oldAndNewDerivedSecretsAreMaskedInEveryFormat() throws {
        let fleet = FileManager.default.temporaryDirectory.appendingPathComponent("handset-mask-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fleet) }
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: fleet)
        let secrets = fleet.appendingPathComponent("secrets.yaml")
        try Data(BuildCommandTests.secrets.utf8).write(to: secrets)
        // A phonebook, so initech's files also carry the provisioning password inside a URL.
        let initech = fleet.appendingPathComponent("tenants/initech.yaml")
        try Data((try String(contentsOf: initech, encoding: .utf8) + "contacts:\n  - {name: Bob, numbers: {work: \"+49 30 1234567\"}}\n").utf8)
            .write(to: initech)
        let out = fleet.appendingPathComponent("out").path
        var environment = BuildCommandTests.environment
        environment["HANDSET_MASTER_KEY"] = Self.oldKey
        let build = try CommandRun(["build", fleet.path, "-o", out, "--secrets", secrets.path], environment: environment)
        #expect(build.status == 0, "\(build.stderr)")
        environment["HANDSET_MASTER_KEY"] = Self.newKey
        let values = Self.derivedValues(Self.oldKey) + Self.derivedValues(Self.newKey)
        for format in ["human", "json", "github"] {
            let plan = try CommandRun(["plan", fleet.path, "-o", out, "--diff", "--format", format, "--secrets", secrets.path],
                                      environment: environment)
            #expect(plan.status == 0, "\(plan.stderr)")
            for value in values { #expect(!(plan.stdout + plan.stderr).contains(value), "\(format) shows \(value)") }
            if format == "human" {
                // The diff still says that the passwords changed.
                #expect(plan.stdout.contains("-        <P34 para=\"Account1_AuthenticatePassword\">********</P34>"), "\(plan.stdout)")
                #expect(plan.stdout.contains("RemotePhoneBook1_Url\">https://initech:********@"), "\(plan.stdout)")
            }
        }
    }
}
