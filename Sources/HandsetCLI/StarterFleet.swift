/// The files `handset init` writes. A test validates and builds them, so they stay a working example.
enum StarterFleet {
    static let files: [String: String] = [
        "handset.yaml": """
            # yaml-language-server: $schema=./handset.schema.json
            # A Handset fleet. Validate with `handset validate .`; build with `handset build . -o out/`.
            # handset.schema.json gives editors completion; `handset schema > handset.schema.json` renews it.
            handset: 1
            provisioning:
              url: https://prov.example.net     # the phones fetch https://prov.example.net/<tenant>/...
              check_interval: 1440              # minutes between the phones' own re-checks (0 = only at boot)

            defaults:                           # every device starts from these settings
              timezone: Europe/Berlin
              language: en
              codecs: [g722, pcma, pcmu]        # priority order

            profiles:                           # named settings devices pick with `profile:`
              desk:
                model: yealink/t54w
                keys: [line, dnd, phonebook]

            include:
              - tenants/*.yaml                  # one tenant per file

            """,
        "tenants/acme.yaml": """
            # yaml-language-server: $schema=../handset.schema.json
            tenant: acme                        # becomes the URL path /acme/
            name: ACME Ltd
            sip:
              server: pbx.acme.example.net
              transport: tls                    # port defaults to 5061 for tls
            provisioning:                       # HTTP credentials the phones ask for on first boot
              username: acme
              password: ${env:ACME_PROV_PASSWORD}
            extensions:
              - number: "100"                   # quoted: numbers are text, leading zeros stay
                name: Alice Adams
                password: ${env:ACME_SIP_100}
              - number: "101"
                name: Bob Brown
                password: ${env:ACME_SIP_101}
            contacts:                           # the phonebook pushed to every phone
              - name: Support Hotline
                organization: Example Telecom
                numbers: {work: "+49 30 1234567", mobile: "+49 170 7654321"}
            devices:
              - mac: 00:15:65:00:00:01          # from the label on the phone
                label: Reception
                profile: desk
                lines: ["100"]
                keys: [line, {blf: "101"}, {speed_dial: {number: "+49 30 1234567", label: Support}}]
              - mac: 00:15:65:00:00:02
                label: Bob
                profile: desk
                lines: ["101"]

            """,
        ".gitignore": """
            # Build output and secret values never go into git.
            out/
            secrets.yaml
            *.secrets.yaml

            """,
    ]
}
