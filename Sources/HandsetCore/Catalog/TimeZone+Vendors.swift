/// One IANA time zone and the name or code each vendor uses for it.
public struct ZoneMapping: Sendable {
    /// IANA name, as fleets write it: `Europe/Berlin`.
    public let iana: String
    /// Standard (winter) offset from UTC in minutes.
    public let utcOffsetMinutes: Int
    /// Yealink `local_time.time_zone_name`, e.g. `Germany(Berlin)`.
    public let yealink: String
    /// Snom `timezone` code, e.g. `GER+1`.
    public let snom: String
    /// Htek P64 code.
    public let htek: Int
}
