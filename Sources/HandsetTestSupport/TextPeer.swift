import Foundation

/// A TCP server on 127.0.0.1 for one connection of a line-based text protocol (Asterisk AMI, FreeSWITCH's event
/// socket): it sends `greeting`, then reads each request up to `terminator` and writes what `respond` returns for
/// it. It keeps the transcript, both directions in order, for the test to compare with the documented exchange.
public final class TextPeer: @unchecked Sendable {
    public let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var lines: [String] = []

    public init(greeting: String, terminator: String, respond: @escaping @Sendable (String) -> String?) throws {
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = listener
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard ok, listen(fd, 1) == 0 else { throw HTTPProbe.Failure(reason: "cannot listen on 127.0.0.1") }
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in serve(greeting: greeting, terminator: Array(terminator.utf8), respond: respond) }.start()
    }

    /// "S: …" for what the peer sent, "C: …" for what the client sent, in order.
    public var transcript: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    public func close() { shutdown(listener, Int32(SHUT_RDWR)); Glibc.close(listener) }

    private func record(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    private func serve(greeting: String, terminator: [UInt8], respond: (String) -> String?) {
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        defer { Glibc.close(connection) }
        func write(_ text: String) {
            record("S: " + text)
            _ = text.withCString { send(connection, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        }
        write(greeting)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            while let range = buffer.firstRange(of: terminator) {
                let request = String(decoding: buffer[..<range.upperBound], as: UTF8.self)
                buffer.removeSubrange(..<range.upperBound)
                record("C: " + request)
                guard let answer = respond(request) else { return }
                if !answer.isEmpty { write(answer) }
            }
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return }
            buffer += chunk[0..<count]
        }
    }
}
