import HandsetCore
import HandsetTestSupport
import Testing

/// `derived` values are what phones and the PBX hold: they must never change for the same master key, tenant and
/// field. The expected values were computed apart from this code, with Python's hmac and base64 modules:
/// `base64.b32encode(hmac.new(key, b"handset-derived-v1" + len32(tenant) + tenant + len32(field) + field,
/// sha256).digest()).lower()[:20]` (len32: 4-byte big-endian length).
struct SecretDerivationTests {
    /// Obviously fake, for tests only.
    static let masterKey = Array("test-only-master-key-0123456789abcdefghij".utf8)

    @Test func derivedValuesMatchTheirIndependentComputation() {
        #expect(SecretSources.derive(masterKey: Self.masterKey, tenant: "acme", field: "extensions/100/password")
            == "s4z6ylkicawk5mm55k3o")
        #expect(SecretSources.derive(masterKey: Self.masterKey, tenant: "acme", field: "provisioning/password")
            == "ryr3mas4jhsqvnnvrds5")
    }

    @Test func theResolverDerivesTheSameValues() throws {
        let fleet = try TemporaryFleet(["handset.yaml": """
            tenants:
              - tenant: acme
                sip: {server: pbx.example.net}
                provisioning: {username: acme, password: derived}
                extensions: [{number: "100", password: derived}]
            """])
        defer { fleet.remove() }
        let checked = try fleet.check()
        let sources = SecretSources(environment: ["HANDSET_MASTER_KEY": String(decoding: Self.masterKey, as: UTF8.self)])
        let resolved = SecretResolver.resolve(checked.fleet, sources: sources)
        #expect(resolved.diagnostics.isEmpty)
        #expect(resolved.tenants.first?.extensionPasswords["100"] == "s4z6ylkicawk5mm55k3o")
        #expect(resolved.tenants.first?.provisioningPassword == "ryr3mas4jhsqvnnvrds5")
    }
}
