import Foundation

/// A UDP socket connected to one peer (so the kernel picks our address, which the Via header must name).
final class UDPSocket {
    private var fd: Int32 = -1
    /// Our address as `host:port` (`[v6]:port` for IPv6).
    private(set) var local = ""

    init(host: String, port: Int) throws(SIPNotifier.Failure) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw SIPNotifier.Failure(description: "cannot resolve \(host)")
        }
        defer { freeaddrinfo(list) }
        fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0, connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            throw SIPNotifier.Failure(description: "cannot open a UDP socket to \(host):\(port): \(String(cString: strerror(errno)))")
        }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        var service = [CChar](repeating: 0, count: Int(NI_MAXSERV))
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(fd, $0, &length) == 0
                    && getnameinfo($0, length, &name, socklen_t(name.count), &service, socklen_t(service.count),
                                   NI_NUMERICHOST | NI_NUMERICSERV) == 0
            }
        }
        guard ok else { throw SIPNotifier.Failure(description: "cannot read the local address of the UDP socket") }
        // The C strings up to their terminating zero (String(cString:) on an array is deprecated).
        func text(_ chars: [CChar]) -> String {
            String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let host = text(name)
        local = (host.contains(":") ? "[\(host)]" : host) + ":" + text(service)
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
    }

    /// One datagram, or nil when none came within `seconds` (or the peer's port was closed: ICMP refusals are
    /// ignored, the NOTIFY then times out).
    func receive(waitingUpTo seconds: Double) -> [UInt8]? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(min(seconds, 60) * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_535)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count > 0 ? Array(buffer[0..<count]) : nil
    }

    func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }
}
