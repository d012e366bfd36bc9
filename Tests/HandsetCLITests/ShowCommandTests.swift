import Foundation
import HandsetTestSupport
import Testing

/// `handset show --format json` through the real binary: the resolved settings with their origin, and the files.
struct ShowCommandTests {
    @Test func jsonFormatGivesEverySettingWithItsOrigin() throws {
        let run = try CommandRun(["show", "00:15:65:12:34:56", "examples/multi-tenant", "--format", "json"],
                                 in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["device"] as? String == "00:15:65:12:34:56")
        #expect(object["tenant"] as? String == "acme")
        let settings = try #require(object["settings"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: settings.map { ($0["name"] as? String ?? "", $0) })
        // The model comes from the profile in handset.yaml, the label from the device in the tenant file.
        #expect(byName["model"]?["value"] as? String == "yealink/t54w")
        #expect(byName["model"]?["file"] as? String == "tenants/acme.yaml")
        #expect((byName["model"]?["line"] as? Int).map { $0 > 0 } == true)
        #expect(byName["label"]?["value"] as? String == "Reception")
        #expect((byName["keys"]?["value"] as? [String])?.first == "line")
        #expect(byName["codecs"]?["value"] as? [String] == ["g722", "pcma", "pcmu"])
        #expect(byName["codecs"]?["file"] as? String == "handset.yaml")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.contains { $0["path"] as? String == "acme/001565123456.cfg" && $0["shared"] as? Bool == false })
        let macFile = files.first { $0["path"] as? String == "acme/001565123456.cfg" }?["content"] as? String ?? ""
        #expect(macFile.contains("account.1.password = ********"))
    }
}
