/// Every model, module, time zone and language Handset knows, looked up by the names fleets use.
///
/// The data lives in one file per vendor (`Catalog+Yealink.swift`, ...) and in the locale tables; facts and
/// their sources are in the team's vendor notes, and where sources disagree the safer (smaller) figure is used.
public enum Catalog {
    public static let models: [PhoneModel] = yealinkModels + snomModels + htekModels + grandstreamModels
        + fanvilModels + polycomModels + ciscoModels
    public static let modules: [ModuleModel] = yealinkModules + snomModules + htekModules + grandstreamModules
        + fanvilModules + polycomModules + ciscoModules

    private static let modelsByReference: [String: PhoneModel] =
        Dictionary(models.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
    private static let modulesByReference: [String: ModuleModel] =
        Dictionary(modules.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })

    /// The model for `vendor/id` (case-insensitive), or nil.
    public static func model(_ reference: String) -> PhoneModel? { modelsByReference[reference.lowercased()] }

    /// The expansion module for `vendor/id` (case-insensitive), or nil.
    public static func module(_ reference: String) -> ModuleModel? { modulesByReference[reference.lowercased()] }
}
