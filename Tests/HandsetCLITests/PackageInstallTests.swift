import Foundation
import HandsetTestSupport
import Testing

/// The Debian package of `scripts/package.sh`, installed where no Swift exists: its files are unpacked into an empty
/// folder together with only the shared libraries the binary links (ldd), and `handset --version` and
/// `handset validate` run there under chroot, with only a private /proc added (every Debian system has one, and
/// Swift's runtime reads the arguments there). A bare Debian root made with debootstrap would need the network and
/// minutes that CI does not have; the folder holds strictly less than one, so what runs there runs on Debian.
/// CI builds the package first and sets HANDSET_REQUIRE_PACKAGE=1, so the test cannot be skipped there.
@Suite(.enabled(if: BuiltPackage.file != nil || BuiltPackage.required, "no package in dist/: run scripts/package.sh (CI does)"))
struct PackageInstallTests {
    @Test func installsIntoAFolderWithoutSwiftAndRunsThere() throws {
        let deb = try #require(BuiltPackage.file, "HANDSET_REQUIRE_PACKAGE=1 but no package was built")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("handset-root-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run("/usr/bin/dpkg-deb", ["-x", deb.path, root.path]).status == 0)

        for path in ["usr/bin/handset", "usr/share/man/man1/handset.1.gz", "usr/share/bash-completion/completions/handset",
                     "usr/share/zsh/vendor-completions/_handset", "usr/share/fish/vendor_completions.d/handset.fish"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "the package lacks \(path)")
        }
        let depends = try Self.run("/usr/bin/dpkg-deb", ["-f", deb.path, "Depends"]).output
        #expect(depends.contains("libyaml-0-2") && depends.contains("libc6"), "Depends: \(depends)")

        // Only what the binary links, copied to the same paths: no toolchain, no Swift runtime.
        let binary = root.appendingPathComponent("usr/bin/handset")
        let linked = try Self.run("/usr/bin/ldd", [binary.path]).output
        #expect(!linked.contains("libswift") && !linked.contains("libFoundation"), "links Swift libraries:\n\(linked)")
        for library in Self.libraries(linked) {
            let target = root.appendingPathComponent(String(library.dropFirst()))
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: library).resolvingSymlinksInPath(), to: target)
        }
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/small-office"),
                                         to: root.appendingPathComponent("fleet"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("opt/swift").path))

        let version: (status: Int32, output: String), validate: (status: Int32, output: String)
        if geteuid() == 0 {
            // A Debian system has /proc, where Swift's runtime reads the arguments: a private one is mounted for
            // the chroot only (unshare), so nothing stays mounted whatever happens.
            try FileManager.default.createDirectory(at: root.appendingPathComponent("proc"), withIntermediateDirectories: true)
            let chroot = ["--mount", "--pid", "--fork", "--mount-proc=\(root.path)/proc", "/usr/sbin/chroot", root.path,
                          "/usr/bin/handset"]
            version = try Self.run("/usr/bin/unshare", chroot + ["--version"])
            validate = try Self.run("/usr/bin/unshare", chroot + ["validate", "/fleet"])
        } else {
            // Without root, the copied loader runs the binary on the copied libraries only.
            let loader = try #require(Self.libraries(linked).first { $0.contains("ld-linux") })
            let paths = Set(Self.libraries(linked).map { root.path + (($0 as NSString).deletingLastPathComponent) })
            let prefix = [root.path + loader, "--library-path", paths.sorted().joined(separator: ":"), binary.path]
            version = try Self.run(prefix[0], Array(prefix.dropFirst()) + ["--version"])
            validate = try Self.run(prefix[0], Array(prefix.dropFirst()) + ["validate", root.appendingPathComponent("fleet").path])
        }
        #expect(version.status == 0 && version.output.hasPrefix("handset 0."), "\(version.output)")
        #expect(validate.status == 0 && validate.output.contains("ok: 1 tenant"), "\(validate.output)")
    }

    /// Absolute paths of the libraries in ldd's report, the loader included.
    static func libraries(_ ldd: String) -> [String] {
        ldd.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            if let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count, words[arrow + 1].hasPrefix("/") {
                return words[arrow + 1]
            }
            return words.first.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.hasPrefix("/") ? $0 : nil }
        }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try SiteFiles.run(URL(fileURLWithPath: executable), arguments)
    }
}

/// The package under test: `HANDSET_PACKAGE`, or the newest `dist/handset_*.deb`.
enum BuiltPackage {
    static let required = ProcessInfo.processInfo.environment["HANDSET_REQUIRE_PACKAGE"] == "1"

    static var file: URL? {
        if let path = ProcessInfo.processInfo.environment["HANDSET_PACKAGE"] { return URL(fileURLWithPath: path) }
        let dist = Fixtures.packageRoot.appendingPathComponent("dist")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dist.path)) ?? []
        let debs = names.filter { $0.hasPrefix("handset_") && $0.hasSuffix(".deb") }.map { dist.appendingPathComponent($0) }
        return debs.max { modified($0) < modified($1) }
    }

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
