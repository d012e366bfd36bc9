extension DeviceSettings {
    /// These settings with `upper` laid over them: what `upper` sets wins; lists replace; the `call_waiting`
    /// and `network` mappings merge key by key.
    public func overlaid(by upper: DeviceSettings) -> DeviceSettings {
        var s = self
        s.model = upper.model ?? model
        s.label = upper.label ?? label
        s.keys = upper.keys ?? keys
        s.expansionModules = upper.expansionModules ?? expansionModules
        s.callsPerLineKey = upper.callsPerLineKey ?? callsPerLineKey
        s.codecs = upper.codecs ?? codecs
        s.transport = upper.transport ?? transport
        s.sipPort = upper.sipPort ?? sipPort
        s.callWaiting = CallWaiting.merge(callWaiting, upper.callWaiting)
        s.phonebook = upper.phonebook ?? phonebook
        s.timezone = upper.timezone ?? timezone
        s.language = upper.language ?? language
        s.ntp = upper.ntp ?? ntp
        s.network = Network.merge(network, upper.network)
        return s
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
