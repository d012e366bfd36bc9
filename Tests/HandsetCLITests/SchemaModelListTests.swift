import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

struct SchemaModelListTests {
    /// Issue #17: the schema lists every current model of the seven vendors for editors, and no refused one.
    @Test func theSchemaListsTheCurrentModels() throws {
        let schema = try CommandRun(["schema"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any])
        let defs = try #require(object["$defs"] as? [String: Any])
        let settings = try #require(defs["deviceSettings"] as? [String: Any])
        let model = try #require((settings["properties"] as? [String: Any])?["model"] as? [String: Any])
        let listed = try #require(model["enum"] as? [String])
        #expect(listed == Catalog.models.filter { $0.endOfLife == nil }.map(\.reference))
        #expect(Set(listed.map { String($0.prefix { $0 != "/" }) }) == Set(Vendor.allCases.map(\.rawValue)))
        for refused in Catalog.models where refused.endOfLife != nil { #expect(!listed.contains(refused.reference)) }
    }
}
