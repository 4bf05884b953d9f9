import PierCore

/// The ledger's JSON form of change events, and back (a resolution's is `ConflictOutcome`).
enum ChangeCodec {
    static func encode(_ e: ChangeEvent) -> JSONValue {
        var change: [String: JSONValue] = ["field": .string(e.change.field)]
        switch e.change {
        case .price(let p): change["kind"] = "price"; change["value"] = .int(p)
        case .campaignPrice(let p): change["kind"] = "campaign_price"; change["value"] = p.map(JSONValue.int) ?? .null
        case .inventoryDelta(let r, let d): change["kind"] = "inventory_delta"; change["region"] = .string(r.rawValue); change["value"] = .number(d)
        case .tagAdd(let t): change["kind"] = "tag_add"; change["value"] = .string(t)
        case .tagRemove(let t): change["kind"] = "tag_remove"; change["value"] = .string(t)
        case .status(let s): change["kind"] = "status"; change["value"] = .string(s.rawValue)
        }
        return .object([
            "event_id": .string(e.id), "source": .string(e.source.rawValue), "hlc": .array([.int(e.hlc.wall), .number(e.hlc.counter)]),
            "change": .object(change),
        ])
    }

    static func decode(_ data: JSONValue, sku: String) -> ChangeEvent? {
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
        return ChangeEvent(id: id, sku: sku, hlc: HLC(wall: wall, counter: Int32(counter)), source: source, change: field)
    }
}
