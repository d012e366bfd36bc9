import Foundation

/// A UDP socket on 127.0.0.1 that answers every SIP request it receives with one fixed status line (its Via,
/// From, To, Call-ID and CSeq copied back, as RFC 3261 §8.2.6 asks), or stays silent when `status` is nil. It records
/// what it received. For the SIP outcomes a registrar test cannot produce: a phone's 200, and no answer at all.
public final class UDPResponder: @unchecked Sendable {
    public let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var requests: [String] = []
    private var thread: Thread?

    public init(status: String?) throws {
        fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = self.fd
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { throw HTTPProbe.Failure(reason: "cannot bind a UDP socket") }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [weak self] in self?.serve(status: status) }
        self.thread = thread
        thread.start()
    }

    /// The requests received so far, as text.
    public var received: [String] {
        lock.lock()
        defer { lock.unlock() }
        return requests
    }

    public func close() { shutdown(fd, Int32(SHUT_RDWR)); Glibc.close(fd) }

    private func serve(status: String?) {
        var buffer = [UInt8](repeating: 0, count: 65_535)
        while true {
            var peer = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let count = withUnsafeMutablePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buffer, buffer.count, 0, $0, &length) }
            }
            guard count > 0 else { return }
            let text = String(decoding: buffer[0..<count], as: UTF8.self)
            lock.lock()
            requests.append(text)
            lock.unlock()
            guard let status else { continue }
            let copied = text.components(separatedBy: "\r\n").filter { line in
                ["via:", "from:", "to:", "call-id:", "cseq:"].contains { line.lowercased().hasPrefix($0) }
            }
            let answer = (["SIP/2.0 \(status)"] + copied + ["Content-Length: 0", "", ""]).joined(separator: "\r\n")
            _ = withUnsafePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, answer, answer.utf8.count, 0, $0, length) }
            }
        }
    }
}
