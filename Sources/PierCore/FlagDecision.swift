/// A reviewer's decision on a moderation flag.
public enum FlagDecision: String, Sendable, CaseIterable {
    case clear, uphold
    case requestEdit = "request_edit"

    /// Where the flag stands after it.
    public var state: FlagState {
        switch self {
        case .clear: .cleared
        case .uphold: .upheld
        case .requestEdit: .editRequested
        }
    }
}
