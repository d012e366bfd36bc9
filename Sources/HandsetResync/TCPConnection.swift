import Foundation

/// A blocking TCP connection for the two text protocols (AMI, ESL): send text, read up to a blank line, read a
/// counted body. Every read waits at most `timeout` seconds.
final class TCPConnection {
    private var fd: Int32 = -1
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(host: String, port: Int, timeout: Double) throws(Failure) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw Failure(description: "cannot resolve \(host)")
        }
        defer { freeaddrinfo(list) }
        fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard fd >= 0, connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            throw Failure(description: "cannot connect to \(host):\(port): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close() }

    func send(_ text: String) throws(Failure) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "the connection was closed") }
            offset += sent
        }
    }

    /// Text up to and without `terminator` (`"\r\n"`, `"\r\n\r\n"`, `"\n\n"`).
    func read(until terminator: String) throws(Failure) -> String {
        let end = Array(terminator.utf8)
        while true {
            if let range = buffer.firstRange(of: end) {
                let text = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<range.upperBound)
                return text
            }
            try fill()
        }
    }

    /// Exactly `count` bytes, as text.
    func read(count: Int) throws(Failure) -> String {
        while buffer.count < count { try fill() }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        buffer.removeSubrange(..<count)
        return text
    }

    private func fill() throws(Failure) {
        guard buffer.count < 1 << 20 else { throw Failure(description: "an answer longer than 1 MiB") }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &chunk, chunk.count, 0)
        if count > 0 { buffer += chunk[0..<count]; return }
        if count == 0 { throw Failure(description: "the connection was closed") }
        throw Failure(description: errno == EAGAIN || errno == EWOULDBLOCK ? "no answer in time" : String(cString: strerror(errno)))
    }

    func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// `Name: value` lines into a dictionary with lowercased names (the first of a repeated name wins).
    static func headers(_ block: String, separator: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in block.components(separatedBy: separator) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            if out[name] == nil { out[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        return out
    }
}
