import Foundation

/// A TCP socket on 127.0.0.1 that listens and never accepts: a client's connection completes in the backlog and
/// then waits for an answer that never comes. For timeout tests.
public final class SilentListener: @unchecked Sendable {
    public let port: UInt16
    private var fd: Int32

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.fd = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok, listen(fd, 64) == 0 else { throw HTTPProbe.Failure(reason: "cannot listen on 127.0.0.1") }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close() }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }
}
