import PierCore

/// What a merchant-side sync did: the delta it found and where each SKU of it ended.
public struct MerchantSyncSummary: Sendable, Equatable {
    /// SKUs new in the export.
    public var added = 0
    /// SKUs whose text, price or stock changed.
    public var changed = 0
    /// SKUs the export no longer has, taken down.
    public var removed = 0
    /// SKUs published (created or edited on TikTok Shop and reviewed).
    public var published = 0
    /// SKUs whose price or stock went through the resolver.
    public var updated = 0
    public var held = 0
    public var rejected = 0
    /// SKUs left waiting: no category, not eligible, or needs a category.
    public var unmapped = 0
    /// Flags on text the merchant replaced.
    public var withdrawnFlags = 0
    /// Virtual time from the first call to the last listing live.
    public var durationMillis: Int64 = 0

    /// The report's lines.
    public var lines: [String] {
        [
            "merchant sync: \(added) added, \(changed) changed, \(removed) removed",
            "  \(published) published, \(updated) price or stock updates, \(held) held, \(rejected) rejected, \(unmapped) waiting for a category"
                + (withdrawnFlags > 0 ? ", \(withdrawnFlags) flags withdrawn" : ""),
            "  took \(Format.duration(durationMillis)) on the virtual clock",
        ]
    }
}
