import Foundation

/// A bare HTTP/1.1 client over a socket: it sends the request line exactly as given (so `../` reaches nginx
/// unnormalised) and returns the status, headers and body.
public enum HTTPProbe {
    public struct Failure: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public struct Response: Equatable {
        public var status: Int
        public var body: [UInt8]
        /// Header lines as sent, without the status line.
        public var headers: [String] = []
        public var bodyText: String { String(decoding: body, as: UTF8.self) }

        /// The value of the first header of that name (case-insensitive).
        public func header(_ name: String) -> String? {
            for line in headers {
                guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == name.lowercased() else { continue }
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return nil
        }

        /// Equal status and body: what a client learns (headers such as Date differ between any two responses).
        public static func == (a: Response, b: Response) -> Bool { a.status == b.status && a.body == b.body }
    }

    public static func get(port: UInt16, path: String, user: String? = nil, password: String? = nil,
                           userAgent: String? = nil) throws -> Response {
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let user, let password {
            request += "Authorization: Basic \(Data("\(user):\(password)".utf8).base64EncodedString())\r\n"
        }
        if let userAgent { request += "User-Agent: \(userAgent)\r\n" }
        request += "\r\n"
        let raw = try exchange(port: port, request: Array(request.utf8))
        guard let split = raw.firstRange(of: Array("\r\n\r\n".utf8)) else { throw Failure(reason: "no header end") }
        let head = String(decoding: raw[..<split.lowerBound], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(reason: "bad status line \(statusLine)") }
        return Response(status: status, body: Array(raw[split.upperBound...]),
                        headers: head.components(separatedBy: "\r\n").dropFirst().map { String($0) })
    }

    private static func exchange(port: UInt16, request: [UInt8]) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(reason: "socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw Failure(reason: "connect") }
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }
}
