/// A device with every level of settings applied: fleet defaults < tenant defaults < profile < device.
/// Fields keep the mark of the level that set them, so a problem points at the line that caused it.
public struct ResolvedDevice: Sendable {
    /// Index of the device's tenant in `Fleet.tenants`.
    public var tenantIndex: Int
    public var mac: Located<String>
    public var lines: [Located<String>]
    /// Where `lines` was written, if it was.
    public var linesMark: Mark?
    public var settings: DeviceSettings
    /// The catalog model, when the model is known (validation reports it when not).
    public var model: PhoneModel?
    public var mark: Mark
}
