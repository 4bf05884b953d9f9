import PierCore
import PierStore

/// One field of a listing before and after an event.
public struct FieldChangeRow: Sendable, Equatable {
    public let field: String
    public let before: String
    public let after: String
}

extension PierEngine {
    /// The fields of a listing that an event changed: the SKU's events are projected up to the
    /// one before and up to the event itself, and the two listings compared field by field.
    public func fieldChanges(seller: String, sku: String, seq: Int64) throws(OnboardingError) -> [FieldChangeRow] {
        let events: [LedgerEvent]
        do { events = try db.events(seller: seller, sku: sku) } catch { throw .store(error.description) }
        var projection = SellerProjection(sellerID: seller)
        var before: ListingRecord?
        for e in events where e.seq <= seq {
            if e.seq == seq { before = projection.finalListings().first }
            projection.apply(e)
        }
        let after = projection.finalListings().first
        func fields(_ l: ListingRecord?) -> [(String, String)] {
            guard let l else { return [] }
            return [
                ("status", l.status.rawValue), ("moderation", l.moderation.rawValue),
                ("price", Money(minorUnits: l.priceMinor, currency: l.currency).description),
                ("campaign_price", l.campaignPriceMinor.map { Money(minorUnits: $0, currency: l.currency).description } ?? "none"),
                ("inventory", Region.allCases.compactMap { r in l.inventory[r].map { "\(r.rawValue)=\($0)" } }.joined(separator: " ")),
                ("moderation_tags", l.moderationTags.joined(separator: ", ")),
                ("tiktok_category", l.tiktokCategoryPath ?? "none"), ("coverage_reason", l.coverageReason ?? "covered"),
            ]
        }
        let b = Dictionary(fields(before), uniquingKeysWith: { a, _ in a })
        return fields(after).compactMap { key, value in
            let old = b[key] ?? "—"
            return old == value ? nil : FieldChangeRow(field: key, before: old, after: value)
        }
    }
}
