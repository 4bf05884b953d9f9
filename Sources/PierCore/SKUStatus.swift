/// Where a seller's SKU stands between the merchant's store and TikTok Shop (TikTok's own view of a
/// live listing is `ListingStatus`). The raw values are what the store, the exports and the ledger's field diffs write.
public enum SKUStatus: String, Sendable, CaseIterable, Codable {
    /// Imported from the merchant's file; not synced yet.
    case imported
    /// Mapped to a TikTok category, waiting for moderation and publish.
    case mapped
    /// Not mapped: needs a category or an attribute, has no TikTok category, or is not eligible.
    case unmapped
    /// Held by moderation for a reviewer.
    case held
    /// Rejected by moderation.
    case rejected
    /// A reviewer asked the merchant to change it.
    case editRequested = "edit_requested"
    /// Live on TikTok Shop.
    case live
    /// Removed from the merchant's store.
    case removed
    /// Live once, now inactive on TikTok Shop.
    case inactive
    /// Live once, suspended by TikTok Shop.
    case suspended
    /// Live once, banned by TikTok Shop.
    case banned

    /// Whether moderation keeps the SKU off TikTok Shop (counted as flagged).
    public var isFlagged: Bool { self == .held || self == .rejected || self == .editRequested }
}

extension SKUStatus {
    /// A live SKU's status as TikTok Shop reports its listing.
    public init(tiktok status: ListingStatus) {
        switch status {
        case .active: self = .live
        case .inactive: self = .inactive
        case .suspended: self = .suspended
        case .banned: self = .banned
        }
    }
}
