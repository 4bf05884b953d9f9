/// What a person decides for a queued conflict.
public enum ConflictChoice: String, Sendable, CaseIterable {
    /// Keep the value the policy resolved.
    case accept
    /// Take the merchant's value.
    case merchant
    /// Take TikTok Shop's value.
    case tiktok

    /// The state a conflict decided with this choice is in.
    public var state: ConflictState {
        switch self {
        case .accept: .accepted
        case .merchant: .tookMerchant
        case .tiktok: .tookTikTok
        }
    }

    /// The value this choice takes for a resolution.
    public func value(of r: Resolution) -> String {
        switch self {
        case .accept: r.resolvedValue
        case .merchant: r.merchantValue
        case .tiktok: r.tiktokValue
        }
    }
}
