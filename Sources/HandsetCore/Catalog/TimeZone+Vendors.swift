/// One IANA time zone and the name or code each vendor uses for it.
public struct ZoneMapping: Sendable {
    /// IANA name, as fleets write it: `Europe/Berlin`.
    public let iana: String
    /// Standard (winter) offset from UTC in minutes.
    public let utcOffsetMinutes: Int
    /// Yealink `local_time.time_zone_name`, e.g. `Germany(Berlin)`; nil where no Yealink entry keeps the zone's time.
    public let yealink: String?
    /// Snom `timezone` code, e.g. `GER+1`; nil where no known Snom code does.
    public let snom: String?
    /// Htek P64 code; nil where no known Htek code does.
    public let htek: Int?

    /// The vendor's value as written in its files, if the vendor can express the zone.
    public func value(for vendor: Vendor) -> String? {
        switch vendor {
        case .yealink: return yealink
        case .snom: return snom
        case .htek: return htek.map(String.init)
        case .grandstream: return Catalog.grandstreamZone(iana)
        case .fanvil: return Catalog.fanvilZone(iana)?.name
        case .polycom: return Catalog.polycomZone(iana)?.description
        case .cisco: return Catalog.ciscoZone(iana)?.timeZone
        }
    }
}
