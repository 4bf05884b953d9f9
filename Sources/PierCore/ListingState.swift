/// A TikTok listing's status; when sources disagree the higher precedence wins:
/// banned > suspended > inactive > active.
public enum ListingStatus: String, Sendable, Codable, Comparable, CaseIterable {
    case active, inactive, suspended, banned

    public static func < (a: ListingStatus, b: ListingStatus) -> Bool { a.precedence < b.precedence }

    public var precedence: Int {
        switch self {
        case .active: 0
        case .inactive: 1
        case .suspended: 2
        case .banned: 3
        }
    }
}

/// Who made a change; the order breaks ties between changes stamped with the same HLC.
public enum ChangeSource: String, Sendable, Codable, CaseIterable {
    case merchant, tiktok, reviewer, appeal

    /// Higher applies later within a tie, so it wins.
    public var priority: Int {
        switch self {
        case .merchant: 0
        case .tiktok: 1
        case .reviewer: 2
        case .appeal: 3
        }
    }
}

/// A change to one field of one listing.
public enum FieldChange: Sendable, Hashable {
    /// The merchant's base price, in minor units.
    case price(Int64)
    /// A TikTok campaign price (promotion), kept apart from the base price; nil ends it.
    case campaignPrice(Int64?)
    /// Stock moved by `delta` units in one region (a sale, a restock, a recount's difference).
    case inventoryDelta(Region, Int)
    case tagAdd(String)
    case tagRemove(String)
    case status(ListingStatus)

    /// The field name used in the conflict queue and the ledger.
    public var field: String {
        switch self {
        case .price: "price"
        case .campaignPrice: "campaign_price"
        case .inventoryDelta(let r, _): "inventory.\(r.rawValue)"
        case .tagAdd, .tagRemove: "moderation_tags"
        case .status: "status"
        }
    }
}

/// A change from one side, stamped for the total order.
public struct ChangeEvent: Sendable, Hashable {
    public let id: String
    public let sku: String
    public let hlc: HLC
    public let source: ChangeSource
    public let change: FieldChange

    public init(id: String, sku: String, hlc: HLC, source: ChangeSource, change: FieldChange) {
        self.id = id
        self.sku = sku
        self.hlc = hlc
        self.source = source
        self.change = change
    }

    /// The total order: HLC, then source priority, then event id.
    public static func precedes(_ a: ChangeEvent, _ b: ChangeEvent) -> Bool {
        if a.hlc != b.hlc { return a.hlc < b.hlc }
        if a.source.priority != b.source.priority { return a.source.priority < b.source.priority }
        return a.id < b.id
    }
}

/// The resolved state of a listing's synchronised fields.
public struct ListingState: Sendable, Hashable {
    public var price: Int64
    public var campaignPrice: Int64?
    public var inventory: [Region: Int]
    public var tags: Set<String>
    public var merchantStatus: ListingStatus
    public var platformStatus: ListingStatus

    public init(
        price: Int64, inventory: [Region: Int], tags: Set<String> = [], merchantStatus: ListingStatus = .active,
        platformStatus: ListingStatus = .active, campaignPrice: Int64? = nil
    ) {
        self.price = price
        self.inventory = inventory
        self.tags = tags
        self.merchantStatus = merchantStatus
        self.platformStatus = platformStatus
        self.campaignPrice = campaignPrice
    }

    /// The effective status: the higher precedence of the merchant's and the platform's.
    public var status: ListingStatus { max(merchantStatus, platformStatus) }
}

/// How one conflicting change was resolved: both values, the policy, the winner.
public struct Resolution: Sendable, Hashable {
    public let eventID: String
    public let sku: String
    public let field: String
    public let merchantValue: String
    public let tiktokValue: String
    public let resolvedValue: String
    public let policy: String
    public let winner: String
    /// True when a person must look at it (the conflict queue).
    public let needsHuman: Bool
    public let at: Int64

    public init(
        eventID: String, sku: String, field: String, merchantValue: String, tiktokValue: String, resolvedValue: String,
        policy: String, winner: String, needsHuman: Bool, at: Int64
    ) {
        self.eventID = eventID
        self.sku = sku
        self.field = field
        self.merchantValue = merchantValue
        self.tiktokValue = tiktokValue
        self.resolvedValue = resolvedValue
        self.policy = policy
        self.winner = winner
        self.needsHuman = needsHuman
        self.at = at
    }
}
