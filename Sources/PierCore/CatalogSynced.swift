/// `catalog.synced`: a sync after onboarding ended (a re-import of the merchant's export, or a
/// catalogue fix), what it published and changed, and the seller's metrics after it.
public struct CatalogSynced: LedgerPayload, Equatable {
    public static let type = LedgerEventType.catalogSynced

    /// What a re-import found in the export and where its SKUs ended.
    public struct MerchantDelta: Sendable, Equatable {
        public var added: Int
        public var removed: Int
        /// SKUs whose price or stock went through the resolver.
        public var updated: Int
        public var held: Int
        public var rejected: Int
        /// SKUs left waiting: no category, not eligible, or needs a category.
        public var unmapped: Int
        /// Flags on text the merchant replaced.
        public var withdrawnFlags: Int

        public init(added: Int, removed: Int, updated: Int, held: Int, rejected: Int, unmapped: Int, withdrawnFlags: Int) {
            self.added = added
            self.removed = removed
            self.updated = updated
            self.held = held
            self.rejected = rejected
            self.unmapped = unmapped
            self.withdrawnFlags = withdrawnFlags
        }
    }

    /// Why the catalogue was synced.
    public enum Cause: Sendable, Equatable {
        /// The merchant's changed export was imported again.
        case merchant(MerchantDelta)
        /// A catalogue fix, and how many live SKUs it took off TikTok Shop.
        case fix(Int64, deactivated: Int)
    }

    public var cause: Cause
    public var published: Int
    /// SKUs whose content (or, for a fix, category or reason) changed.
    public var changed: Int
    public var durationMillis: Int64
    /// The seller's onboarding metrics after the sync, in their canonical JSON form.
    public var metrics: JSONValue

    public init(cause: Cause, published: Int, changed: Int, durationMillis: Int64, metrics: JSONValue) {
        self.cause = cause
        self.published = published
        self.changed = changed
        self.durationMillis = durationMillis
        self.metrics = metrics
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = [
            "published": .number(published), "changed": .number(changed), "duration_ms": .int(durationMillis), "metrics": metrics,
        ]
        switch cause {
        case .merchant(let m):
            d["added"] = .number(m.added)
            d["removed"] = .number(m.removed)
            d["updated"] = .number(m.updated)
            d["held"] = .number(m.held)
            d["rejected"] = .number(m.rejected)
            d["unmapped"] = .number(m.unmapped)
            d["withdrawn_flags"] = .number(m.withdrawnFlags)
        case .fix(let id, let deactivated):
            d["fix"] = .int(id)
            d["deactivated"] = .number(deactivated)
        }
        return d
    }

    public init?(data: JSONValue) {
        guard let metrics = data["metrics"] else { return nil }
        func n(_ key: String) -> Int { Int(data[key]?.intValue ?? 0) }
        let cause: Cause =
            if let fix = data["fix"]?.intValue {
                .fix(fix, deactivated: n("deactivated"))
            } else {
                .merchant(
                    MerchantDelta(
                        added: n("added"), removed: n("removed"), updated: n("updated"), held: n("held"), rejected: n("rejected"),
                        unmapped: n("unmapped"), withdrawnFlags: n("withdrawn_flags")))
            }
        self.init(cause: cause, published: n("published"), changed: n("changed"), durationMillis: data["duration_ms"]?.intValue ?? 0, metrics: metrics)
    }
}
