import Foundation

/// IPv4 and IPv6 addresses and networks, parsed strictly (no shorthand like `10.1` that inet_aton accepts).
public struct IPAddress: Equatable, Sendable {
    /// 4 bytes for IPv4, 16 for IPv6.
    public var bytes: [UInt8]

    public var isV4: Bool { bytes.count == 4 }
    public var bitCount: Int { bytes.count * 8 }

    public init?(_ text: String) {
        if text.contains(":") {
            var storage = in6_addr()
            guard inet_pton(AF_INET6, text, &storage) == 1 else { return nil }
            bytes = withUnsafeBytes(of: storage) { Array($0) }
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit),
                  part.count == 1 || part.first != "0", let value = UInt8(part) else { return nil }
            out.append(value)
        }
        bytes = out
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The address with all bits after `prefix` cleared.
    public func masked(to prefix: Int) -> IPAddress {
        var out = bytes
        for i in 0..<out.count {
            let keep = max(0, min(8, prefix - i * 8))
            out[i] &= keep == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - keep))
        }
        return IPAddress(bytes: out)
    }

    public var description: String {
        if isV4 { return bytes.map(String.init).joined(separator: ".") }
        var storage = in6_addr()
        withUnsafeMutableBytes(of: &storage) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        inet_ntop(AF_INET6, &storage, &buffer, socklen_t(buffer.count))
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// An address with a prefix length: `192.168.1.50/24`.
public struct IPNetwork: Equatable, Sendable {
    public var address: IPAddress
    public var prefix: Int

    /// Parses `address/prefix`; with `requirePrefix == false` a bare address is a single-host network.
    public init?(_ text: String, requirePrefix: Bool) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress(String(parts[0])) else { return nil }
        self.address = address
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit), let prefix = Int(parts[1]),
                  prefix <= address.bitCount else { return nil }
            self.prefix = prefix
        } else {
            guard !requirePrefix else { return nil }
            prefix = address.bitCount
        }
    }

    public func contains(_ other: IPAddress) -> Bool {
        other.bytes.count == address.bytes.count && other.masked(to: prefix) == address.masked(to: prefix)
    }
}
