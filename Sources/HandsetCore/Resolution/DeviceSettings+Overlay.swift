extension DeviceSettings {
    /// These settings with `upper` laid over them: what `upper` sets wins; lists replace; the `call_waiting`
    /// and `network` mappings merge key by key.
    public func overlaid(by upper: DeviceSettings) -> DeviceSettings {
        var s = self
        s.overlay(upper)
        return s
    }

    /// `overlaid(by:)` in place: only the fields `upper` sets are touched (it runs up to three times per device).
    public mutating func overlay(_ upper: DeviceSettings) {
        if let value = upper.model { model = value }
        if let value = upper.label { label = value }
        if let value = upper.keys { keys = value }
        if let value = upper.expansionModules { expansionModules = value }
        if let value = upper.callsPerLineKey { callsPerLineKey = value }
        if let value = upper.codecs { codecs = value }
        if let value = upper.transport { transport = value }
        if let value = upper.sipPort { sipPort = value }
        if upper.callWaiting != nil { callWaiting = CallWaiting.merge(callWaiting, upper.callWaiting) }
        if let value = upper.phonebook { phonebook = value }
        if let value = upper.timezone { timezone = value }
        if let value = upper.language { language = value }
        if let value = upper.ntp { ntp = value }
        if upper.network != nil { network = Network.merge(network, upper.network) }
    }
}

extension CallWaiting {
    static func merge(_ lower: CallWaiting?, _ upper: CallWaiting?) -> CallWaiting? {
        guard let lower else { return upper }
        guard let upper else { return lower }
        return CallWaiting(enabled: upper.enabled ?? lower.enabled, tone: upper.tone ?? lower.tone)
    }
}

extension Network {
    static func merge(_ lower: Network?, _ upper: Network?) -> Network? {
        guard let lower else { return upper }
        guard let upper else { return lower }
        var n = upper
        n.mode = upper.mode ?? lower.mode
        n.address = upper.address ?? lower.address
        n.gateway = upper.gateway ?? lower.gateway
        n.dns = upper.dns ?? lower.dns
        n.vlan = upper.vlan ?? lower.vlan
        return n
    }
}
