/// `catalog.imported`: a merchant's export was read into the store (the first import or a
/// re-import): the file, its digest, and how many products and SKUs it holds, added, changed and
/// removed against what the store had. The operator's stamp is merged in beside it.
public struct CatalogImported: LedgerPayload, Equatable {
    public static let type = LedgerEventType.catalogImported
    /// The file's name as the operator gave it.
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String
    public var products: Int
    public var skus: Int
    public var added: Int
    public var changed: Int
    public var removed: Int

    public init(file: String, sha256: String, products: Int, skus: Int, added: Int, changed: Int, removed: Int) {
        self.file = file
        self.sha256 = sha256
        self.products = products
        self.skus = skus
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    public var data: [String: JSONValue] {
        [
            "file": .string(file), "sha256": .string(sha256), "products": .number(products), "skus": .number(skus),
            "added": .number(added), "changed": .number(changed), "removed": .number(removed),
        ]
    }

    public init?(data: JSONValue) {
        guard let file = data["file"]?.stringValue, let sha256 = data["sha256"]?.stringValue else { return nil }
        func count(_ key: String) -> Int { Int(data[key]?.intValue ?? 0) }
        self.init(
            file: file, sha256: sha256, products: count("products"), skus: count("skus"), added: count("added"), changed: count("changed"),
            removed: count("removed"))
    }
}
