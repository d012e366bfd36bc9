/// An audio codec a fleet may list under `codecs`, in priority order.
public enum Codec: String, CaseIterable, Sendable {
    case pcma, pcmu, g722, g729, opus
}
