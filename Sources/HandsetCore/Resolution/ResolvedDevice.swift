/// A device with every level of settings applied: fleet defaults < tenant defaults < profile < device.
/// Fields keep the mark of the level that set them, so a problem points at the line that caused it.
///
/// A class, not a struct: every rule and emitter walks all devices, and copying a struct of this size costs
/// some twenty reference-count operations per device per pass (measured: 15% of `validate` on 100k devices).
public final class ResolvedDevice: Sendable {
    /// Index of the device's tenant in `Fleet.tenants`.
    public let tenantIndex: Int
    public let mac: Located<String>
    public let lines: [Located<String>]
    /// Where `lines` was written, if it was.
    public let linesMark: Mark?
    public let settings: DeviceSettings
    /// The catalog model, when the model is known (validation reports it when not).
    public let model: PhoneModel?
    public let mark: Mark

    public init(tenantIndex: Int, mac: Located<String>, lines: [Located<String>], linesMark: Mark?,
                settings: DeviceSettings, model: PhoneModel?, mark: Mark) {
        self.tenantIndex = tenantIndex
        self.mac = mac
        self.lines = lines
        self.linesMark = linesMark
        self.settings = settings
        self.model = model
        self.mark = mark
    }
}
