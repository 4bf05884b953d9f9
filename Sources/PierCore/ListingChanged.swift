/// `listing.changed`: one side changed one field of a listing (price, campaign price, stock,
/// moderation tags, status), stamped for the total order the resolver applies changes in.
public struct ListingChanged: LedgerPayload, Equatable {
    public static let type = LedgerEventType.listingChanged
    /// The change's id at its source (`order-…`, `return-…`, a webhook's id).
    public var id: String
    public var source: ChangeSource
    public var hlc: HLC
    public var change: FieldChange

    public init(id: String, source: ChangeSource, hlc: HLC, change: FieldChange) {
        self.id = id
        self.source = source
        self.hlc = hlc
        self.change = change
    }

    /// The ledger's record of a change event (the SKU is the event's own).
    public init(_ e: ChangeEvent) { self.init(id: e.id, source: e.source, hlc: e.hlc, change: e.change) }

    /// The change event this records, for `sku`.
    public func event(sku: String) -> ChangeEvent { ChangeEvent(id: id, sku: sku, hlc: hlc, source: source, change: change) }

    /// How the change is named in the ledger (`price`, `inventory_delta`, `status`…).
    public var kind: String {
        switch change {
        case .price: "price"
        case .campaignPrice: "campaign_price"
        case .inventoryDelta: "inventory_delta"
        case .tagAdd: "tag_add"
        case .tagRemove: "tag_remove"
        case .status: "status"
        }
    }

    /// The changed value as the ledger keeps it (null for an ended campaign price).
    public var value: JSONValue {
        switch change {
        case .price(let p): .int(p)
        case .campaignPrice(let p): p.map(JSONValue.int) ?? .null
        case .inventoryDelta(_, let d): .number(d)
        case .tagAdd(let t), .tagRemove(let t): .string(t)
        case .status(let s): .string(s.rawValue)
        }
    }

    public var data: [String: JSONValue] {
        var c: [String: JSONValue] = ["field": .string(change.field), "kind": .string(kind), "value": value]
        if case .inventoryDelta(let r, _) = change { c["region"] = .string(r.rawValue) }
        return [
            "event_id": .string(id), "source": .string(source.rawValue), "hlc": .array([.int(hlc.wall), .number(hlc.counter)]),
            "change": .object(c),
        ]
    }

    public init?(data: JSONValue) {
        guard let id = data["event_id"]?.stringValue, let source = data["source"]?.stringValue.flatMap(ChangeSource.init(rawValue:)),
            let hlc = data["hlc"]?.arrayValue, hlc.count == 2, let wall = hlc[0].intValue, let counter = hlc[1].intValue,
            let change = data["change"], let kind = change["kind"]?.stringValue
        else { return nil }
        let value = change["value"]
        let field: FieldChange
        switch kind {
        case "price": guard let v = value?.intValue else { return nil }; field = .price(v)
        case "campaign_price": field = .campaignPrice(value?.intValue)
        case "inventory_delta":
            guard let v = value?.intValue, let r = change["region"]?.stringValue.flatMap(Region.init(rawValue:)) else { return nil }
            field = .inventoryDelta(r, Int(v))
        case "tag_add": guard let v = value?.stringValue else { return nil }; field = .tagAdd(v)
        case "tag_remove": guard let v = value?.stringValue else { return nil }; field = .tagRemove(v)
        case "status": guard let v = value?.stringValue.flatMap(ListingStatus.init(rawValue:)) else { return nil }; field = .status(v)
        default: return nil
        }
        self.init(id: id, source: source, hlc: HLC(wall: wall, counter: Int32(counter)), change: field)
    }
}
