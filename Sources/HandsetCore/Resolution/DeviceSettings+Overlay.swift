extension DeviceSettings {
    /// Each field's overlay, by declaration index. Kept apart from `fields` because reading a `Field` out of the
    /// array copies (and reference-counts) its name, schema and three closures: on 10k devices that made resolve
    /// twice as slow as the hand-written overlay (callgrind, `handset-bench validate`).
    static let overlays = fields.map(\.overlay)

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
        let overlays = Self.overlays
        while bits != 0 {
            overlays[bits.trailingZeroBitCount](&self, upper)
            bits &= bits - 1
        }
        written.formUnion(upper.written)
    }
}
