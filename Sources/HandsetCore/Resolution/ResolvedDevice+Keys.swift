extension ResolvedDevice {
    /// Calls `body` for every key of the phone, then of each expansion module, without building a new array.
    public func forEachKey(_ body: (Key) -> Void) {
        for key in settings.keys?.value ?? [] { body(key) }
        for module in settings.expansionModules?.value ?? [] {
            for key in module.keys { body(key) }
        }
    }
}
