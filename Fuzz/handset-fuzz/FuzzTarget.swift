import Foundation
import HandsetCore

/// libFuzzer entry point over the whole front end: load (with the loader's file checks), decode, resolve,
/// validate, and render every diagnostic in every format.
///
/// The input is a fleet: `handset.yaml`, then, after a line `#---`, optionally one tenant file
/// (`tenants/t.yaml`). Beyond "no crash, no hang", it checks what must hold for any input: every diagnostic has a
/// code, and the human and GitHub renderings hold no raw control character but the line breaks they add.
/// Built only by `scripts/fuzz.sh` (HANDSET_FUZZ=1, `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func handsetFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzFleet.shared.write(bytes)
    guard let checked = try? Pipeline.check(path: FuzzFleet.shared.root) else { return 0 }
    for d in checked.diagnostics where d.code.isEmpty { fatalError("a diagnostic without a code: \(d.message)") }
    for format in DiagnosticFormat.allCases {
        let text = DiagnosticRenderer(format: format, files: checked.files).render(checked.diagnostics)
        if format != .json, text.unicodeScalars.contains(where: { $0 != "\n" && ControlCharacters.isControl($0) }) {
            fatalError("\(format) output holds a raw control character")
        }
    }
    return 0
}

/// One fleet folder per fuzzing process, rewritten for every input.
final class FuzzFleet: @unchecked Sendable {
    static let shared = FuzzFleet()
    let root: String

    private init() {
        root = NSTemporaryDirectory() + "/handset-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: root + "/tenants", withIntermediateDirectories: true)
    }

    func write(_ bytes: [UInt8]) {
        let separator = Array("\n#---\n".utf8)
        var fleet = bytes[...], tenant: ArraySlice<UInt8>? = nil
        if let range = bytes.firstRange(of: separator) {
            fleet = bytes[..<range.lowerBound]
            tenant = bytes[range.upperBound...]
        }
        FileManager.default.createFile(atPath: root + "/handset.yaml", contents: Data(fleet))
        if let tenant {
            FileManager.default.createFile(atPath: root + "/tenants/t.yaml", contents: Data(tenant))
        } else {
            try? FileManager.default.removeItem(atPath: root + "/tenants/t.yaml")
        }
    }
}

/// SwiftPM links an executable target's entry point under the name `<target>_main` and points `main` at it, so
/// libFuzzer's own `main` is never used: this entry starts libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("handset_fuzz_main")
public func handsetFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { handsetFuzz($0, $1) }
}
