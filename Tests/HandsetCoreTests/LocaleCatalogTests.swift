import Foundation
import HandsetCore
import Testing

/// The zone and language tables against the system's tz database and the vendor facts they were made from.
struct LocaleCatalogTests {
    @Test func everyZoneIsARealIANAZoneWithItsStandardOffsetAndAtLeastOneVendor() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let samples = [1, 4, 7, 10].map { calendar.date(from: DateComponents(year: 2026, month: $0, day: 15))! }
        for zone in Catalog.zones {
            let tz = try #require(TimeZone(identifier: zone.iana), "\(zone.iana) is not in the tz database")
            let standard = samples.map { tz.secondsFromGMT(for: $0) }.min()! / 60
            #expect(standard == zone.utcOffsetMinutes, "\(zone.iana): \(standard) != \(zone.utcOffsetMinutes)")
            #expect(Vendor.allCases.contains { zone.value(for: $0) != nil }, "\(zone.iana) has no vendor")
        }
        #expect(Set(Catalog.zones.map(\.iana)).count == Catalog.zones.count)
    }

    @Test func zonesTheIssueNamedAreExpressedWhereAVendorKeepsTheirTime() throws {
        for name in ["Europe/Zurich", "Europe/Warsaw", "Europe/Stockholm", "Europe/Oslo"] {
            let zone = try #require(Catalog.zone(name))
            // Central European time: Germany's entries keep it (same offset, EU DST dates and hours).
            #expect(zone.yealink != nil && zone.snom == "GER+1" && zone.htek == 50 || zone.yealink == "Sweden(Stockholm)", "\(name)")
        }
        let utc = try #require(Catalog.zone("UTC"))
        #expect(utc.yealink == "GMT" && utc.htek == 33 && utc.snom == nil)
    }

    @Test func htekLanguagesAreTheIndexesOfHteksTable() {
        // Tancredi's sangoma.macros (Htek-built phones): en 0, fr 1, de 2, es 3, pt 4, ru 5, it 6, pl 7, tr 8, zh 9, nl 10.
        let expected = ["en": "0", "fr": "1", "de": "2", "es": "3", "pt": "4", "ru": "5", "it": "6", "pl": "7",
                        "tr": "8", "zh": "9", "nl": "10"]
        for (code, index) in expected { #expect(Catalog.language(code)?.htek == index, "\(code)") }
        #expect(Catalog.languages.filter { $0.htek != nil }.count == expected.count)
        for language in Catalog.languages {
            #expect(Vendor.allCases.contains { language.value(for: $0) != nil }, "\(language.code) has no vendor")
        }
    }
}
