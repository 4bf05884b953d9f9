import PierCore

/// A seller as stored: its profile and, once onboarded, its tier, apps, seed and metrics.
public struct SellerRecord: Sendable, Hashable {
    public var id: String
    public var name: String
    public var platform: SourcePlatform
    public var vertical: String
    public var regions: [Region]
    public var currency: String
    public var skuCount: Int
    /// `archetype` (generated) or `import` (from a merchant's file).
    public var origin: String
    public var status: SellerStatus
    public var tier: Tier?
    public var apps: [String]
    public var seed: UInt64?
    public var metrics: JSONValue?

    public init(
        id: String, name: String, platform: SourcePlatform, vertical: String, regions: [Region], currency: String,
        skuCount: Int, origin: String, status: SellerStatus = .new, tier: Tier? = nil, apps: [String] = [],
        seed: UInt64? = nil, metrics: JSONValue? = nil
    ) {
        self.id = id
        self.name = name
        self.platform = platform
        self.vertical = vertical
        self.regions = regions
        self.currency = currency
        self.skuCount = skuCount
        self.origin = origin
        self.status = status
        self.tier = tier
        self.apps = apps
        self.seed = seed
        self.metrics = metrics
    }
}

/// A seller's SKU as Pier holds it after sync: source text, mapping, moderation and the
/// resolved synchronised fields.
public struct ListingRecord: Sendable, Hashable {
    public var sellerID: String
    public var sku: String
    public var productID: String
    public var title: String
    /// Plain text (HTML stripped).
    public var description: String
    public var tags: [String]
    public var sourceCategory: String
    public var tiktokCategoryID: Int64?
    public var tiktokCategoryPath: String?
    /// Why the SKU is not covered, when it is not.
    public var coverageReason: String?
    /// pass, hold or reject.
    public var moderation: ListingModeration
    public var status: SKUStatus
    public var priceMinor: Int64
    public var currency: String
    public var campaignPriceMinor: Int64?
    public var inventory: [Region: Int]
    public var moderationTags: [String]
    public var liveAt: Int64?

    public init(
        sellerID: String, sku: String, productID: String, title: String, description: String, tags: [String],
        sourceCategory: String, tiktokCategoryID: Int64?, tiktokCategoryPath: String?, coverageReason: String?,
        moderation: ListingModeration, status: SKUStatus, priceMinor: Int64, currency: String, campaignPriceMinor: Int64?,
        inventory: [Region: Int], moderationTags: [String], liveAt: Int64?
    ) {
        self.sellerID = sellerID
        self.sku = sku
        self.productID = productID
        self.title = title
        self.description = description
        self.tags = tags
        self.sourceCategory = sourceCategory
        self.tiktokCategoryID = tiktokCategoryID
        self.tiktokCategoryPath = tiktokCategoryPath
        self.coverageReason = coverageReason
        self.moderation = moderation
        self.status = status
        self.priceMinor = priceMinor
        self.currency = currency
        self.campaignPriceMinor = campaignPriceMinor
        self.inventory = inventory
        self.moderationTags = moderationTags
        self.liveAt = liveAt
    }

    /// Inventory as canonical JSON, e.g. `{"EU":3,"US":12}`.
    public var inventoryJSON: String {
        JSONValue.object(Dictionary(uniqueKeysWithValues: inventory.map { ($0.key.rawValue, JSONValue.number($0.value)) })).canonical
    }
}

/// A moderation flag in the review queue.
public struct FlagRecord: Sendable, Hashable {
    public var id: Int64
    public var sellerID: String
    public var sku: String
    public var ruleID: String
    public var ruleCategory: String
    public var severity: ModerationSeverity
    public var field: String
    public var matched: String
    public var spanStart: Int
    public var spanEnd: Int
    public var state: FlagState
    public var appeals: Int
    public var raisedAt: Int64
    public var decidedBy: String?
    public var decidedAt: Int64?

    public init(
        id: Int64, sellerID: String, sku: String, ruleID: String, ruleCategory: String, severity: ModerationSeverity, field: String,
        matched: String, spanStart: Int, spanEnd: Int, state: FlagState = .open, appeals: Int = 0, raisedAt: Int64,
        decidedBy: String? = nil, decidedAt: Int64? = nil
    ) {
        self.id = id
        self.sellerID = sellerID
        self.sku = sku
        self.ruleID = ruleID
        self.ruleCategory = ruleCategory
        self.severity = severity
        self.field = field
        self.matched = matched
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.state = state
        self.appeals = appeals
        self.raisedAt = raisedAt
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// A field-level conflict and how it was resolved; `needsHuman` ones form the conflict queue.
public struct ConflictRecord: Sendable, Hashable {
    public var sellerID: String
    public var resolution: Resolution
    public var state: ConflictState

    public init(sellerID: String, resolution: Resolution, state: ConflictState) {
        self.sellerID = sellerID
        self.resolution = resolution
        self.state = state
    }
}

/// A partner app installed for a seller, with the scopes the seller consented to.
public struct InstallRecord: Sendable, Hashable {
    public var sellerID: String
    public var appID: String
    public var scopes: [String]
    public var installedAt: Int64
    public var revokedAt: Int64?

    public init(sellerID: String, appID: String, scopes: [String], installedAt: Int64, revokedAt: Int64? = nil) {
        self.sellerID = sellerID
        self.appID = appID
        self.scopes = scopes
        self.installedAt = installedAt
        self.revokedAt = revokedAt
    }
}

/// A ledger event before it is chained: the store assigns seq and hashes.
public struct LedgerDraft: Sendable, Hashable {
    public let at: Int64
    public let type: String
    public let actor: String
    public let sku: String?
    public let data: JSONValue

    public init(at: Int64, type: LedgerEventType, actor: String, sku: String? = nil, data: JSONValue) {
        self.at = at
        self.type = type.rawValue
        self.actor = actor
        self.sku = sku
        self.data = data
    }

    /// A draft of a typed event: its payload's type and data, with the operator's stamp
    /// (`operator`, `wall_clock`) beside the payload's keys.
    public init<P: LedgerPayload>(at: Int64, actor: String, sku: String? = nil, _ payload: P, stamp: [String: JSONValue] = [:]) {
        self.init(at: at, type: P.type, actor: actor, sku: sku, data: .object(stamp.merging(payload.data) { _, b in b }))
    }

    /// The draft's type, when it is one this version knows.
    public var kind: LedgerEventType? { LedgerEventType(rawValue: type) }
}
