/// One emitted file: its path inside the tenant's tree, its bytes, and the device it belongs to (nil for shared
/// files such as a model's common file or the phonebook).
public struct OutputFile: Sendable, Equatable {
    /// Relative path inside the tenant folder, `/`-separated, never starting with `/` and never holding `..`.
    public var path: String
    public var bytes: [UInt8]
    /// Twelve lowercase hex digits, for per-device files.
    public var mac: String?

    public init(path: String, bytes: [UInt8], mac: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.mac = mac
    }

    public init(path: String, text: String, mac: String? = nil) {
        self.init(path: path, bytes: Array(text.utf8), mac: mac)
    }
}
