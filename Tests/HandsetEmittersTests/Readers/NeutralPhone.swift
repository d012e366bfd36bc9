import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One phone's configuration in vendor-neutral terms, as a reader gets it back out of an emitted per-MAC file.
///
/// The readers (`YealinkReader`, `SnomReader`, `HtekReader`) know only the vendor file formats, with their code tables
/// written out from the team's vendor fact sheets (`vendors/*.md`); they share nothing with the emitters, so a wrong code in an emitter shows up
/// as a difference here instead of being read back through the same wrong table.
struct NeutralPhone: Equatable, CustomStringConvertible {
    /// A registered SIP account.
    struct Account: Equatable {
        var user: String
        var authUser: String
        var password: String
        var registrarHost: String?
        var registrarPort: Int?
        var displayName: String
    }

    /// What a key does, in the fleet's own terms.
    enum Function: String, Equatable {
        case line, blf, speedDial, dnd, park, intercom, phonebook, blank
    }

    /// One programmable key: what it does, on what (the monitored or dialled number, the park slot; for a line key the
    /// SIP user of the account it shows), and the text beside it. Empty texts are nil.
    struct Key: Equatable, CustomStringConvertible {
        var function: Function
        var target: String?
        var label: String?

        init(_ function: Function, _ target: String? = nil, label: String? = nil) {
            self.function = function
            self.target = target.flatMap { $0.isEmpty ? nil : $0 }
            self.label = label.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// The key with the account of a line key left out: the rest of what a key says, compared on its own.
        var withoutLineAccount: Key {
            function == .line ? Key(.line, nil, label: label) : self
        }

        var description: String {
            function.rawValue + (target.map { "(\($0))" } ?? "") + (label.map { " \"\($0)\"" } ?? "")
        }
    }

    /// The phone's own address (the internet port).
    struct Network: Equatable {
        enum Mode: String, Equatable { case dhcp, `static` }
        var mode: Mode
        var address: String?
        var prefix: Int?
        var gateway: String?
        var dns: [String]
        var vlan: Int?
    }

    /// The services a provider sets on every phone, in neutral terms; nil where the file does not say.
    struct Services: Equatable {
        /// ISO 3166-1 code of the tone set.
        var tones: String?
        var ntp: [String] = []
        /// rfc2833, info or inband.
        var dtmf: String?
        /// off, optional or required.
        var srtp: String?
        /// The voicemail number of account 1.
        var voicemail: String?
        /// The pickup code a BLF key with directed pickup dials.
        var pickupCode: String?
        /// The firmware image URL.
        var firmware: String?
        /// 24h or 12h.
        var timeFormat: String?
    }

    /// Registered accounts, account 1 first.
    var accounts: [Account]
    /// Codec names (`g722`, `pcma`, `pcmu`, `g729`, `opus`) in preference order, one list per registered account.
    var codecs: [[String]]
    /// The phone's own keys in key order, without the cleared slots after the last used key.
    var keys: [Key]
    var network: Network
    var services = Services()

    var description: String {
        "accounts: \(accounts)\ncodecs: \(codecs)\nkeys: \(keys)\nnetwork: \(network)\nservices: \(services)"
    }

    /// Drops the cleared slots after the last used key: the emitters clear every slot up to the model's capacity,
    /// which differs between models.
    static func trimmed(_ keys: [Key]) -> [Key] {
        var keys = keys
        while keys.last?.function == .blank { keys.removeLast() }
        return keys
    }
}

/// A file a reader could not make sense of: an unknown code, a malformed value. The test fails on it rather than
/// guessing.
struct ReaderError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Helpers the readers share: plain parsing of values, nothing vendor-specific.
enum ReaderValues {
    /// `host:port` or `[v6]:port` split in two; a text without a port gives a nil port.
    static func hostAndPort(_ text: String) -> (host: String, port: Int?) {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            return (host, rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let port = Int(parts[1]) else { return (text, nil) }
        return (String(parts[0]), port)
    }

    /// The prefix length of a dotted IPv4 netmask (`255.255.254.0` -> 23); nil when it is not a netmask.
    static func prefix(ofNetmask mask: String) -> Int? {
        let octets = mask.split(separator: ".").compactMap { UInt8($0) }
        guard octets.count == 4 else { return nil }
        let bits = octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let prefix = bits.nonzeroBitCount
        let expected: UInt32 = prefix == 0 ? 0 : ~(UInt32.max >> UInt32(prefix))
        return bits == expected ? prefix : nil
    }

    /// Each name once, at its first place.
    static func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

/// An XML document as a flat list of elements in document order, each with the names of its ancestors: all the Snom
/// and Htek readers need. Parsed with Foundation's `XMLParser`, so a file that is not well-formed XML fails here.
struct XMLElements {
    struct Element {
        /// Ancestor names, outermost first, then the element's own name.
        var path: [String]
        var attributes: [String: String]
        var text: String
        var name: String { path.last ?? "" }
    }

    var elements: [Element]

    init(_ bytes: [UInt8]) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else {
            throw ReaderError("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        elements = collector.finished
    }

    /// Elements whose whole path is `path` (`"settings", "functionKeys", "fkey"`); `*` stands for any one name.
    func all(_ path: String...) -> [Element] {
        elements.filter { element in
            element.path.count == path.count && zip(element.path, path).allSatisfy { $1 == "*" || $0 == $1 }
        }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var open: [Element] = []
        var finished: [Element] = []
        /// Index in `finished` reserved for each open element, so elements stay in document (start-tag) order.
        var slots: [Int] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let path = (open.last?.path ?? []) + [elementName]
            open.append(Element(path: path, attributes: attributeDict, text: ""))
            slots.append(finished.count)
            finished.append(Element(path: path, attributes: attributeDict, text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !open.isEmpty else { return }
            open[open.count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            guard let element = open.popLast(), let slot = slots.popLast() else { return }
            finished[slot] = element
        }
    }
}
