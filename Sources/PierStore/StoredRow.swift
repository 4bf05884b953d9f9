import GRDB
import PierCore
import PostgresNIO

/// A row as either store returns it, read by column name: the records are decoded from it once,
/// whichever database it came from, so both stores give the engine the same values.
protocol StoredRow {
    func text(_ column: String) throws -> String
    func optionalText(_ column: String) throws -> String?
    func integer(_ column: String) throws -> Int64
    func optionalInteger(_ column: String) throws -> Int64?
}

extension StoredRow {
    /// A stored state, or an error naming the column and the value no version of Pier wrote.
    func state<State: RawRepresentable>(_ column: String, _ type: State.Type) throws -> State where State.RawValue == String {
        let raw = try text(column)
        guard let value = State(rawValue: raw) else { throw StoreError.failed("unknown \(column) '\(raw)' in the store") }
        return value
    }

    func int(_ column: String) throws -> Int { Int(try integer(column)) }
}

extension Row: StoredRow {
    func text(_ column: String) throws -> String {
        guard let value = self[column] as String? else { throw StoreError.failed("\(column) is empty in the store") }
        return value
    }
    func optionalText(_ column: String) throws -> String? { self[column] }
    func integer(_ column: String) throws -> Int64 {
        guard let value = self[column] as Int64? else { throw StoreError.failed("\(column) is empty in the store") }
        return value
    }
    func optionalInteger(_ column: String) throws -> Int64? { self[column] }
}

extension PostgresRandomAccessRow: StoredRow {
    func text(_ column: String) throws -> String { try self[column].decode(String.self) }
    func optionalText(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func integer(_ column: String) throws -> Int64 { try self[column].decode(Int64.self) }
    func optionalInteger(_ column: String) throws -> Int64? { try self[column].decode(Int64?.self) }
}

/// The records, decoded from stored rows.
enum StoredRecords {
    static func seller(_ row: some StoredRow) throws -> SellerRecord {
        let regions = try row.text("regions").split(separator: ",").compactMap { Region(rawValue: String($0)) }
        let apps = try row.optionalText("apps").map { $0.split(separator: ",").map(String.init) } ?? []
        let metrics = try row.optionalText("metrics").flatMap { try? JSONParser.parse($0) }
        return SellerRecord(
            id: try row.text("id"), name: try row.text("name"),
            platform: SourcePlatform(rawValue: try row.text("platform")) ?? .shopify,
            vertical: try row.text("vertical"), regions: regions, currency: try row.text("currency"), skuCount: try row.int("sku_count"),
            origin: try row.text("origin"), status: try row.state("status", SellerStatus.self),
            tier: try row.optionalText("tier").flatMap(Tier.init(rawValue:)), apps: apps,
            seed: try row.optionalInteger("seed").map { UInt64(bitPattern: $0) }, metrics: metrics)
    }

    static func listing(_ row: some StoredRow) throws -> ListingRecord {
        func strings(_ text: String) -> [String] {
            ((try? JSONParser.parse(text))?.arrayValue ?? []).compactMap(\.stringValue)
        }
        var inventory = [Region: Int]()
        if let obj = (try? JSONParser.parse(try row.text("inventory")))?.objectValue {
            for (k, v) in obj { if let r = Region(rawValue: k), let n = v.intValue { inventory[r] = Int(n) } }
        }
        return ListingRecord(
            sellerID: try row.text("seller_id"), sku: try row.text("sku"), productID: try row.text("product_id"), title: try row.text("title"),
            description: try row.text("description"), tags: strings(try row.text("tags")), sourceCategory: try row.text("source_category"),
            tiktokCategoryID: try row.optionalInteger("tiktok_category_id"), tiktokCategoryPath: try row.optionalText("tiktok_category_path"),
            coverageReason: try row.optionalText("coverage_reason"), moderation: try row.state("moderation", ListingModeration.self),
            status: try row.state("status", SKUStatus.self), priceMinor: try row.integer("price_minor"), currency: try row.text("currency"),
            campaignPriceMinor: try row.optionalInteger("campaign_price_minor"), inventory: inventory,
            moderationTags: strings(try row.text("moderation_tags")), liveAt: try row.optionalInteger("live_at"))
    }

    static func flag(_ row: some StoredRow) throws -> FlagRecord {
        FlagRecord(
            id: try row.integer("id"), sellerID: try row.text("seller_id"), sku: try row.text("sku"), ruleID: try row.text("rule_id"),
            ruleCategory: try row.text("rule_category"), severity: try row.state("severity", ModerationSeverity.self), field: try row.text("field"),
            matched: try row.text("matched"), spanStart: try row.int("span_start"), spanEnd: try row.int("span_end"),
            state: try row.state("state", FlagState.self), appeals: try row.int("appeals"), raisedAt: try row.integer("raised_at"),
            decidedBy: try row.optionalText("decided_by"), decidedAt: try row.optionalInteger("decided_at"))
    }

    static func conflict(_ row: some StoredRow) throws -> ConflictRecord {
        ConflictRecord(
            sellerID: try row.text("seller_id"),
            resolution: Resolution(
                eventID: try row.text("event_id"), sku: try row.text("sku"), field: try row.text("field"),
                merchantValue: try row.text("merchant_value"), tiktokValue: try row.text("tiktok_value"),
                resolvedValue: try row.text("resolved_value"), policy: try row.text("policy"), winner: try row.text("winner"),
                needsHuman: try row.integer("needs_human") != 0, at: try row.integer("at")),
            state: try row.state("state", ConflictState.self))
    }

    static func install(_ row: some StoredRow) throws -> InstallRecord {
        InstallRecord(
            sellerID: try row.text("seller_id"), appID: try row.text("app_id"),
            scopes: try row.text("scopes").split(separator: " ").map(String.init),
            installedAt: try row.integer("installed_at"), revokedAt: try row.optionalInteger("revoked_at"))
    }

    static func order(_ row: some StoredRow) throws -> OrderRecord {
        OrderRecord(
            sellerID: try row.text("seller_id"), orderID: try row.text("order_id"), sku: try row.text("sku"), region: try row.text("region"),
            quantity: try row.int("quantity"), amountMinor: try row.integer("amount_minor"), status: try row.text("status"),
            fulfilment: try row.text("fulfilment"), returnState: try row.text("return_state"), note: try row.text("note"),
            placedAt: try row.integer("placed_at"), updatedAt: try row.integer("updated_at"))
    }

    /// A roster row; nil for a role this version does not know.
    static func rosterEntry(_ row: some StoredRow) throws -> RosterEntry? {
        guard let role = OperatorRole(rawValue: try row.text("role")) else { return nil }
        return RosterEntry(
            operatorName: try row.text("operator"), role: role, grantedBy: try row.text("granted_by"), grantedAt: try row.text("granted_at"))
    }

    /// A ledger row (selected with `PierDatabase.ledgerColumns`) as an event; data that is not
    /// valid JSON is kept as a string, so verification reports the event as altered.
    static func ledgerEvent(_ row: some StoredRow, seller: String) throws -> LedgerEvent {
        let raw = try row.text("data")
        return LedgerEvent(
            seq: try row.integer("seq"), seller: seller, at: try row.integer("at"), type: try row.text("type"), actor: try row.text("actor"),
            sku: try row.optionalText("sku"), data: (try? JSONParser.parse(raw)) ?? .string(raw), prevHash: try row.text("prev_hash"),
            hash: try row.text("hash"))
    }

    /// The values a listing is stored with, in `listingColumns` order.
    static func listingValues(_ l: ListingRecord) -> [StoredValue] {
        [
            .text(l.sellerID), .text(l.sku), .text(l.productID), .text(l.title), .text(l.description),
            .text(JSONValue.array(l.tags.map(JSONValue.string)).canonical), .text(l.sourceCategory), .int(l.tiktokCategoryID),
            .text(l.tiktokCategoryPath), .text(l.coverageReason), .text(l.moderation.rawValue), .text(l.status.rawValue), .int(l.priceMinor),
            .text(l.currency), .int(l.campaignPriceMinor), .text(l.inventoryJSON),
            .text(JSONValue.array(l.moderationTags.map(JSONValue.string)).canonical), .int(l.liveAt),
        ]
    }

    static let listingColumns = [
        "seller_id", "sku", "product_id", "title", "description", "tags", "source_category", "tiktok_category_id", "tiktok_category_path",
        "coverage_reason", "moderation", "status", "price_minor", "currency", "campaign_price_minor", "inventory", "moderation_tags", "live_at",
    ]

    /// The values a flag is stored with, in `flagColumns` order.
    static func flagValues(_ f: FlagRecord) -> [StoredValue] {
        [
            .int(f.id), .text(f.sellerID), .text(f.sku), .text(f.ruleID), .text(f.ruleCategory), .text(f.severity.rawValue), .text(f.field),
            .text(f.matched), .int(Int64(f.spanStart)), .int(Int64(f.spanEnd)), .text(f.state.rawValue), .int(Int64(f.appeals)),
            .int(f.raisedAt), .text(f.decidedBy), .int(f.decidedAt),
        ]
    }

    static let flagColumns = [
        "id", "seller_id", "sku", "rule_id", "rule_category", "severity", "field", "matched", "span_start", "span_end", "state", "appeals",
        "raised_at", "decided_by", "decided_at",
    ]

    /// The values a conflict is stored with, in `conflictColumns` order.
    static func conflictValues(_ c: ConflictRecord) -> [StoredValue] {
        let r = c.resolution
        return [
            .text(c.sellerID), .text(r.sku), .text(r.field), .text(r.merchantValue), .text(r.tiktokValue), .text(r.resolvedValue),
            .text(r.policy), .text(r.winner), .int(r.needsHuman ? 1 : 0), .text(c.state.rawValue), .text(r.eventID), .int(r.at),
        ]
    }

    static let conflictColumns = [
        "seller_id", "sku", "field", "merchant_value", "tiktok_value", "resolved_value", "policy", "winner", "needs_human", "state",
        "event_id", "at",
    ]

    /// The values an order is stored with, in `orderColumns` order.
    static func orderValues(_ o: OrderRecord) -> [StoredValue] {
        [
            .text(o.sellerID), .text(o.orderID), .text(o.sku), .text(o.region), .int(Int64(o.quantity)), .int(o.amountMinor), .text(o.status),
            .text(o.fulfilment), .text(o.returnState), .text(o.note), .int(o.placedAt), .int(o.updatedAt),
        ]
    }

    static let orderColumns = [
        "seller_id", "order_id", "sku", "region", "quantity", "amount_minor", "status", "fulfilment", "return_state", "note", "placed_at",
        "updated_at",
    ]

    /// The values a seller is stored with, in `sellerColumns` order.
    static func sellerValues(_ s: SellerRecord) -> [StoredValue] {
        [
            .text(s.id), .text(s.name), .text(s.platform.rawValue), .text(s.vertical), .text(s.regions.map(\.rawValue).joined(separator: ",")),
            .text(s.currency), .int(Int64(s.skuCount)), .text(s.origin), .text(s.status.rawValue), .text(s.tier?.rawValue),
            .text(s.apps.isEmpty ? nil : s.apps.joined(separator: ",")), .int(s.seed.map { Int64(bitPattern: $0) }), .text(s.metrics?.canonical),
        ]
    }

    static let sellerColumns = [
        "id", "name", "platform", "vertical", "regions", "currency", "sku_count", "origin", "status", "tier", "apps", "seed", "metrics",
    ]

    /// The values an install is stored with, in `installColumns` order.
    static func installValues(_ i: InstallRecord) -> [StoredValue] {
        [.text(i.sellerID), .text(i.appID), .text(i.scopes.joined(separator: " ")), .int(i.installedAt), .int(i.revokedAt)]
    }

    static let installColumns = ["seller_id", "app_id", "scopes", "installed_at", "revoked_at"]
}

/// A value as a store binds it to a statement parameter.
enum StoredValue: Sendable {
    case text(String?)
    case int(Int64?)

    /// The value for GRDB.
    var sqlite: (any DatabaseValueConvertible)? {
        switch self {
        case .text(let s): s
        case .int(let n): n
        }
    }
}

extension StoredValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .text(value) }
}
