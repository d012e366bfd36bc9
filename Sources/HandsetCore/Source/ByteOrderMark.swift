/// A Unicode byte order mark at the start of a file; fleet files are plain UTF-8 without one.
enum ByteOrderMark: Equatable {
    case utf8, utf16BigEndian, utf16LittleEndian

    init?(_ bytes: ArraySlice<UInt8>) {
        let head = Array(bytes.prefix(3))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { self = .utf8 }
        else if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { self = .utf16BigEndian }
        else if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { self = .utf16LittleEndian }
        else { return nil }
    }

    var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16BigEndian: return "UTF-16 (big-endian)"
        case .utf16LittleEndian: return "UTF-16 (little-endian)"
        }
    }
}
