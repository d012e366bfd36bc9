/// IANA time zones and the value each vendor's phones take for them.
///
/// A zone is listed only when all three vendor values were found; common zones are missing on purpose (see below).
///
/// - Yealink `local_time.time_zone_name`: the names in Yealink's admin-guide time-zone table (copied in the PHP
///   comment of a public Yealink provisioning generator, and matching the list in an ATCOM/Platan web UI built on
///   the same firmware and in MikoPBX's `tz` table). Names differ between firmware generations for a few
///   countries ("New Zeland"/"New Zealand", "Denmark(Kopenhaven)"/"Denmark(Kopenhagen)", "Macedonia"/
///   "Makedonia"); those zones are left out. "Spain(Madrid)" only exists in the newer table, which X.85 uses.
/// - Snom `timezone`: the code list in NethServer's Snom provisioning UI (`ProvSnomService.generalUI`), which agrees
///   with the `GER+1` / `USA-5` / `ITA+1` examples in the team notes. MikoPBX writes `GBR+0`/`PRT+0` where
///   NethServer writes `GBR-0`/`PRT-0`/`IRL-0`; the latter, used consistently, is kept.
/// - Htek P64: Wazo's `_TZ_INFO` (`plugins/wazo_htek/common/common.py`) gives one code per UTC offset. Its codes
///   up to 83, and FusionPBX's "18=EST 14=CST 6=PST 9,10=MST", all land on the same-offset entry of the Yealink
///   table order above, so codes 0...83 are read from that order to pick the zone with the right DST rule
///   (e.g. 1 Hawaii without DST, where Wazo's -10 code 2 is Alaska-Aleutian). Above 83 Wazo's codes fit that order
///   only without its Chelyabinsk, Nepal and Myanmar entries (then 89 China, 93 Japan, 94 Adelaide, 96 Sydney);
///   as that is inferred, only Wazo's own codes are used there, and only where that DST rule fits the zone.
///
/// Left out: zones whose rules changed after these tables were made (Mexico City, Santiago, Caracas, Istanbul,
/// Tehran, Cairo, Jerusalem), zones missing from a vendor table (Dubai, Johannesburg, Lagos, Stockholm, Oslo, Zurich,
/// Warsaw in the older Yealink table), zones where Wazo's single Htek code has the wrong DST (Brisbane, Darwin,
/// Hobart), zones with conflicting spellings (Auckland, Copenhagen, Skopje), and `UTC`, for which no Snom code
/// without DST was found.
extension Catalog {
    public static let zones: [ZoneMapping] = [
        // North America
        zone("America/New_York", -300, "United States-Eastern Time", "USA-5", 18),
        zone("America/Chicago", -360, "United States-Central Time", "USA-6", 14),
        zone("America/Denver", -420, "United States-Mountain Time", "USA-7", 9),
        zone("America/Phoenix", -420, "United States-MST no DST", "USA2-7", 10),
        zone("America/Los_Angeles", -480, "United States-Pacific Time", "USA-8", 6),
        zone("America/Anchorage", -540, "United States-Alaska Time", "USA-9", 3),
        zone("Pacific/Honolulu", -600, "United States-Hawaii-Aleutian", "USA-10", 1),
        zone("America/Toronto", -300, "Canada(Montreal,Ottawa,Quebec)", "CAN-5", 16),
        zone("America/Vancouver", -480, "Canada(Vancouver,Whitehorse)", "CAN-8", 4),
        zone("America/Edmonton", -420, "Canada(Edmonton,Calgary)", "CAN-7", 7),
        zone("America/Winnipeg", -360, "Canada-Manitoba(Winnipeg)", "CAN-6", 11),
        zone("America/Halifax", -240, "Canada(Halifax,Saint John)", "CAN-4", 20),
        zone("America/St_Johns", -210, "Canada-New Foundland(St.Johns)", "CAN-3.5", 26),
        // South America: Brazil dropped DST in 2019, so its "no DST" entries are used.
        zone("America/Argentina/Buenos_Aires", -180, "Argentina(Buenos Aires)", "ARG-3", 28),
        zone("America/Sao_Paulo", -180, "Brazil(no DST)", "BRA2-3", 29),
        // Western and central Europe. Madrid is not in the Htek order; 49 is Wazo's +1 code (same EU rule).
        zone("Europe/London", 0, "United Kingdom(London)", "GBR-0", 39),
        zone("Europe/Dublin", 0, "Ireland(Dublin)", "IRL-0", 36),
        zone("Europe/Lisbon", 0, "Portugal(Lisboa,Porto,Funchal)", "PRT-0", 37),
        zone("Europe/Tirane", 60, "Albania(Tirane)", "ALB+1", 41),
        zone("Europe/Vienna", 60, "Austria(Vienna)", "AUT+1", 42),
        zone("Europe/Brussels", 60, "Belgium(Brussels)", "BEL+1", 43),
        zone("Europe/Zagreb", 60, "Croatia(Zagreb)", "HRV+1", 46),
        zone("Europe/Prague", 60, "Czech Republic(Prague)", "CZE+1", 47),
        zone("Europe/Paris", 60, "France(Paris)", "FRA+1", 49),
        zone("Europe/Berlin", 60, "Germany(Berlin)", "GER+1", 50),
        zone("Europe/Budapest", 60, "Hungary(Budapest)", "HUN+1", 51),
        zone("Europe/Rome", 60, "Italy(Rome)", "ITA+1", 52),
        zone("Europe/Luxembourg", 60, "Luxembourg(Luxembourg)", "LUX+1", 53),
        zone("Europe/Amsterdam", 60, "Netherlands(Amsterdam)", "NLD+1", 55),
        zone("Europe/Madrid", 60, "Spain(Madrid)", "ESP+1", 49),
        // Eastern Europe. Kyiv is listed under both its current and its older IANA name.
        zone("Europe/Tallinn", 120, "Estonia(Tallinn)", "EST+2", 57),
        zone("Europe/Helsinki", 120, "Finland(Helsinki)", "FIN+2", 58),
        zone("Europe/Athens", 120, "Greece(Athens)", "GRC+2", 60),
        zone("Europe/Riga", 120, "Latvia(Riga)", "LVA+2", 63),
        zone("Europe/Bucharest", 120, "Romania(Bucharest)", "ROU+2", 67),
        zone("Europe/Kyiv", 120, "Ukraine(Kyiv,Odessa)", "UKR+2", 70),
        zone("Europe/Kiev", 120, "Ukraine(Kyiv,Odessa)", "UKR+2", 70),
        zone("Europe/Moscow", 180, "Russia(Moscow)", "RUS+3", 73),
        // Africa and the Middle East
        zone("Africa/Nairobi", 180, "East Africa Time", "EAT+3", 71),
        zone("Asia/Baghdad", 180, "Iraq(Baghdad)", "IRQ+3", 72),
        // Asia. None of these has DST, so Wazo's code for the offset fits every zone sharing it.
        zone("Asia/Karachi", 300, "Pakistan(Islamabad)", "PAK+5", 83),
        zone("Asia/Kolkata", 330, "India(Calcutta)", "IND+5.5", 84),
        zone("Asia/Bangkok", 420, "Thailand(Bangkok)", "THA+7", 88),
        zone("Asia/Shanghai", 480, "China(Beijing)", "CHN+8", 89),
        // No vendor table has Hong Kong; China's entries have the same offset and, like Hong Kong, no DST.
        zone("Asia/Hong_Kong", 480, "China(Beijing)", "CHN+8", 89),
        zone("Asia/Singapore", 480, "Singapore(Singapore)", "SGP+8", 89),
        zone("Asia/Seoul", 540, "Korea(Seoul)", "KOR+9", 93),
        zone("Asia/Tokyo", 540, "Japan(Tokyo)", "JPN+9", 93),
        // Australia. Perth has no DST, like Wazo's +8 code; 94 and 96 are Adelaide's and Sydney's DST rules.
        zone("Australia/Perth", 480, "Australia(Perth)", "AUS+8", 89),
        zone("Australia/Adelaide", 570, "Australia(Adelaide)", "AUS+9.5", 94),
        zone("Australia/Sydney", 600, "Australia(Sydney,Melbourne,Canberra)", "AUS+10", 96),
        zone("Australia/Melbourne", 600, "Australia(Sydney,Melbourne,Canberra)", "AUS+10", 96),
    ]

    private static let zonesByIANA: [String: ZoneMapping] =
        Dictionary(zones.map { ($0.iana, $0) }, uniquingKeysWith: { first, _ in first })

    /// The mapping for an exact IANA name (`Europe/Berlin`), or nil when the catalog does not know the zone.
    public static func zone(_ iana: String) -> ZoneMapping? { zonesByIANA[iana] }

    private static func zone(_ iana: String, _ minutes: Int, _ yealink: String, _ snom: String,
                             _ htek: Int) -> ZoneMapping {
        ZoneMapping(iana: iana, utcOffsetMinutes: minutes, yealink: yealink, snom: snom, htek: htek)
    }
}
