/// `srtp: required` needs TLS: the SRTP keys travel in the SDP, which only TLS keeps from the network.
struct SRTPTransportRule: ValidationRule {
    let codes = ["E0510"]
    let why = "over udp or tcp the SRTP keys cross the network in clear text, so 'required' would promise encryption it cannot give"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let srtp = device.settings.srtp, srtp.value == .required else { continue }
            let tenantTransport = context.fleet.tenants[device.tenantIndex].sip?.transport?.value ?? .udp
            let transport = device.settings.transport?.value ?? tenantTransport
            guard transport != .tls else { continue }
            sink.error("E0510", "srtp: required needs transport tls, device \(MACAddress.display(device.mac.value)) uses \(transport.rawValue)",
                       at: srtp.mark, notes: [.init("device \(MACAddress.display(device.mac.value))", at: device.mac.mark)],
                       hint: "set 'transport: tls' (device) or 'sip: {transport: tls}' (tenant), or use 'srtp: optional'")
        }
    }
}
