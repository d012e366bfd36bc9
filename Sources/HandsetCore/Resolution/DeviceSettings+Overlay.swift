extension DeviceSettings {
    /// These settings with `upper` laid over them: what `upper` sets wins; lists replace; groups (`call_waiting`,
    /// `network`) merge key by key. Each field's rule is part of its declaration in `DeviceSettings.fields`.
    public func overlaid(by upper: DeviceSettings) -> DeviceSettings {
        var s = self
        s.overlay(upper)
        return s
    }

    /// `overlaid(by:)` in place: only the fields `upper` wrote are visited (it runs up to three times per device).
    public mutating func overlay(_ upper: DeviceSettings) {
        var bits = upper.written.bits
        let fields = Self.fields
        while bits != 0 {
            fields[bits.trailingZeroBitCount].overlay(&self, upper)
            bits &= bits - 1
        }
        written.formUnion(upper.written)
    }
}
