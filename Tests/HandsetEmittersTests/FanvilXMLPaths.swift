import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A `sysConf` file as the paths of its leaf elements: `sysConf/sip/line[n]/PhoneNumber` as `fanvil-keys.txt` writes
/// them (an element with an `index` attribute gets `[n]`), and with the index values for the written-twice check.
struct FanvilXMLPaths {
    struct Leaf {
        /// `sysConf/sip/line[n]/PhoneNumber`.
        var listed: String
        /// `sysConf/sip/line[2]/PhoneNumber`.
        var concrete: String
    }

    var root = ""
    var leaves: [Leaf] = []

    /// Parses `bytes` with Foundation's XMLParser; throws when the document is not well-formed.
    init(_ bytes: [UInt8]) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { throw ReaderError("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")") }
        root = collector.root
        leaves = collector.leaves
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root = ""
        var leaves: [Leaf] = []
        private var listed: [String] = []
        private var concrete: [String] = []
        private var hadChild: [Bool] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if listed.isEmpty { root = name }
            if !hadChild.isEmpty { hadChild[hadChild.count - 1] = true }
            listed.append(attributes["index"] == nil ? name : name + "[n]")
            concrete.append(attributes["index"].map { name + "[\($0)]" } ?? name)
            hadChild.append(false)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if hadChild.last == false {
                leaves.append(Leaf(listed: listed.joined(separator: "/"), concrete: concrete.joined(separator: "/")))
            }
            listed.removeLast()
            concrete.removeLast()
            hadChild.removeLast()
        }
    }
}
