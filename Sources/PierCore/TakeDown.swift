/// The keys an event carries when the change it records took a live listing down on TikTok Shop
/// (`sku.moderated`, `sku.unmapped`) or was caused by a catalogue fix: spelled once, for the
/// writers and the readers.
public enum TakeDown {
    /// The keys saying the live listing `product` was taken down.
    public static func data(_ product: String) -> [String: JSONValue] {
        ["deactivated": .bool(true), "tiktok_product_id": .string(product)]
    }

    /// The product an event's data says was taken down; nil when none was.
    public static func product(in data: JSONValue) -> String? {
        data["deactivated"]?.boolValue == true ? data["tiktok_product_id"]?.stringValue ?? "" : nil
    }

    /// The keys naming the catalogue fix that caused an event.
    public static func cause(fix: Int64) -> [String: JSONValue] { ["fix": .int(fix), "decided_by": .string("fix")] }
}
