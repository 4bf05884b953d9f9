import PierCore

/// The figures an onboarding run produces, all derived from the simulation.
public struct OnboardingMetrics: Sendable, Equatable {
    public var skus = 0
    public var products = 0
    public var live = 0
    public var flaggedSKUs = 0
    public var heldSKUs = 0
    public var rejectedSKUs = 0
    public var healthClaimFlaggedSKUs = 0
    public var unmapped = 0
    public var missingAttribute = 0
    /// Mapped SKUs whose export had no package weight: they carry the default parcel's.
    public var defaultWeight = 0
    /// Mapped SKUs whose export had no package dimensions: they carry the default parcel's.
    public var defaultDimensions = 0
    /// Not eligible for TikTok Shop (services, gift cards, digital goods): counted apart from coverage.
    public var notEligible = 0
    /// Allowed goods with no TikTok Shop category (food, human supplements).
    public var noCategory = 0
    public var inactive = 0
    /// Source rows not imported (a duplicate SKU).
    public var skipped = 0
    public var flagsByRule: [String: Int] = [:]
    public var conflictSKUs = 0
    public var inventoryConflictSKUs = 0
    public var resolutions = 0
    public var conflictQueue = 0
    public var changeEvents = 0
    public var oauthMillis: Int64 = 0
    public var syncMillis: Int64 = 0
    public var projectedSyncMillis: Int64 = 0
    public var p95SkuMillis: Int64 = 0
    public var firstLiveMillis: Int64 = 0
    public var requests = 0
    public var retries = 0
    public var apps = 0

    public init() {}

    /// Part per ten thousand, rounded half up.
    public static func basisPoints(_ part: Int, _ whole: Int) -> Int64 {
        whole == 0 ? 0 : Int64((part * 10_000 * 2 + whole) / (2 * whole))
    }

    public var coverageBP: Int64 { Self.basisPoints(live, skus) }
    /// Live of the SKUs eligible for TikTok Shop.
    public var eligibleCoverageBP: Int64 { Self.basisPoints(live, skus - notEligible) }
    public var flaggedBP: Int64 { Self.basisPoints(flaggedSKUs, skus) }
    /// Inventory conflicts per live SKU.
    public var inventoryConflictBP: Int64 { Self.basisPoints(inventoryConflictSKUs, live) }
    public var conflictBP: Int64 { Self.basisPoints(conflictSKUs, live) }

    /// The canonical JSON form kept in the ledger and the manifest.
    public var json: JSONValue {
        .object([
            "skus": .number(skus), "products": .number(products), "live": .number(live), "flagged_skus": .number(flaggedSKUs),
            "held_skus": .number(heldSKUs), "rejected_skus": .number(rejectedSKUs), "health_claim_flagged_skus": .number(healthClaimFlaggedSKUs),
            "unmapped": .number(unmapped), "missing_attribute": .number(missingAttribute),
            "default_weight": .number(defaultWeight), "default_dimensions": .number(defaultDimensions), "inactive": .number(inactive),
            "skipped": .number(skipped),
            "not_eligible": .number(notEligible), "no_category": .number(noCategory), "coverage_eligible_bp": .int(eligibleCoverageBP),
            "flags_by_rule": .object(flagsByRule.mapValues { .number($0) }),
            "conflict_skus": .number(conflictSKUs), "inventory_conflict_skus": .number(inventoryConflictSKUs),
            "resolutions": .number(resolutions), "conflict_queue": .number(conflictQueue), "change_events": .number(changeEvents),
            "oauth_ms": .int(oauthMillis), "sync_ms": .int(syncMillis), "projected_sync_ms": .int(projectedSyncMillis),
            "p95_sku_ms": .int(p95SkuMillis), "first_live_ms": .int(firstLiveMillis),
            "requests": .number(requests), "retries": .number(retries), "apps": .number(apps),
            "coverage_bp": .int(coverageBP), "flagged_bp": .int(flaggedBP), "inventory_conflict_bp": .int(inventoryConflictBP),
            "conflict_bp": .int(conflictBP),
        ])
    }

    /// Reads the JSON form back.
    public init(json: JSONValue) {
        func i(_ k: String) -> Int { Int(json[k]?.intValue ?? 0) }
        func l(_ k: String) -> Int64 { json[k]?.intValue ?? 0 }
        skus = i("skus"); products = i("products"); live = i("live"); flaggedSKUs = i("flagged_skus")
        heldSKUs = i("held_skus"); rejectedSKUs = i("rejected_skus"); healthClaimFlaggedSKUs = i("health_claim_flagged_skus")
        unmapped = i("unmapped"); missingAttribute = i("missing_attribute"); defaultWeight = i("default_weight"); defaultDimensions = i("default_dimensions");
        inactive = i("inactive"); skipped = i("skipped")
        notEligible = i("not_eligible"); noCategory = i("no_category")
        flagsByRule = (json["flags_by_rule"]?.objectValue ?? [:]).mapValues { Int($0.intValue ?? 0) }
        conflictSKUs = i("conflict_skus"); inventoryConflictSKUs = i("inventory_conflict_skus"); resolutions = i("resolutions")
        conflictQueue = i("conflict_queue"); changeEvents = i("change_events")
        oauthMillis = l("oauth_ms"); syncMillis = l("sync_ms"); projectedSyncMillis = l("projected_sync_ms")
        p95SkuMillis = l("p95_sku_ms"); firstLiveMillis = l("first_live_ms")
        requests = i("requests"); retries = i("retries"); apps = i("apps")
    }
}
