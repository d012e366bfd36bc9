/// `country` must be one whose tones every vendor has a table entry for.
struct CountryRule: ValidationRule {
    let codes = ["E0703"]
    let why = "each vendor names tone sets its own way; a country without one would ring with another country's tones"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices {
            guard let country = device.settings.country, checked.insert(country.mark).inserted,
                  Catalog.country(country.value) == nil else { continue }
            let known = Catalog.countries.map(\.iso)
            sink.error("E0703", "unknown country '\(country.value)': no tone set for it on every vendor", at: country.mark,
                       hint: "use an ISO 3166-1 code: " + known.joined(separator: ", "))
        }
    }
}
