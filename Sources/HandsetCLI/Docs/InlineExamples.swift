/// Example fleets, written here, for the codes no bad-input corpus case shows: decoder shapes, the Htek
/// feature warning, and the secret errors that only `build` and `plan` report (the corpus runs `validate`).
enum InlineExamples {
    /// One example: what it shows, its files, an optional secrets file, and whether it runs as `build` does.
    struct Example: Sendable {
        var caption: String
        var files: [String: String]
        var secrets: String? = nil
        var build = false
    }

    /// A clean one-tenant fleet; `tenant` replaces the tenant's lines from `  - tenant:` on.
    static func fleet(tenant: String) -> [String: String] {
        ["handset.yaml": """
            handset: 1
            provisioning:
              url: https://prov.example.net
            tenants:
            \(tenant)
            """]
    }

    static func tenant(password: String = "${env:ACME_PROV_PASSWORD}", device: String) -> String {
        """
          - tenant: acme
            sip:
              server: pbx.acme.example.net
            provisioning:
              username: acme
              password: \(password)
            extensions:
              - number: "100"
                password: ${env:ACME_SIP_100}
            devices:
        \(device)
        """
    }

    static let yealink = """
              - mac: 00:15:65:00:00:01
                model: yealink/t54w
        """

    static let examples: [String: Example] = [
        "E0103": Example(caption: "lines written as a single value instead of a list",
                         files: fleet(tenant: tenant(device: yealink + "\n        lines: \"100\"\n"))),
        "E0107": Example(caption: "a device label left without a value",
                         files: fleet(tenant: tenant(device: yealink + "\n        label:\n        lines: [\"100\"]\n"))),
        "W0411": Example(caption: "calls_per_line_key on an Htek phone, which has no such setting",
                         files: fleet(tenant: tenant(device: "      - mac: 00:1f:c1:00:00:01\n        model: htek/uc926\n"
                             + "        calls_per_line_key: 3\n        lines: [\"100\"]\n"))),
        "E0610": Example(caption: "a build without the environment variable a password names",
                         files: fleet(tenant: tenant(device: yealink + "\n        lines: [\"100\"]\n")), build: true),
        "E0611": Example(caption: "a build whose secrets file lacks the path a password names",
                         files: fleet(tenant: tenant(password: "${secret:acme/provisioning}",
                                                     device: yealink + "\n        lines: [\"100\"]\n")),
                         secrets: "acme:\n  admin: s3cret-admin\n", build: true),
        "E0612": Example(caption: "a build of 'derived' passwords without HANDSET_MASTER_KEY",
                         files: fleet(tenant: tenant(password: "derived", device: yealink + "\n        lines: [\"100\"]\n")),
                         build: true),
        "E0617": Example(caption: "a secrets file whose password holds a line break",
                         files: fleet(tenant: tenant(password: "${secret:acme/provisioning}",
                                                     device: yealink + "\n        lines: [\"100\"]\n")),
                         secrets: "acme:\n  provisioning: \"first-line\\nsecond-line\"\n", build: true),
        "E0614": Example(caption: "a secrets file with a list where a password belongs",
                         files: fleet(tenant: tenant(password: "${secret:acme/provisioning}",
                                                     device: yealink + "\n        lines: [\"100\"]\n")),
                         secrets: "acme:\n  provisioning: [one, two]\n", build: true),
    ]
}
