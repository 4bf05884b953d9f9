/// `sku.mapped`: the TikTok leaf a SKU maps to, and the package its create request carries.
public struct SKUMapped: LedgerPayload, Equatable {
    public static let type = LedgerEventType.skuMapped
    public var categoryID: Int64
    public var path: String
    /// The package weight in grams.
    public var weightGrams: Int
    /// The package dimensions in centimetres, as `LxWxH`.
    public var dimensions: String
    /// Whether weight and dimensions are the export's or the default parcel's.
    public var parcelSource: String
    /// The catalogue fix that caused the mapping, if one did.
    public var fix: Int64?

    public init(categoryID: Int64, path: String, weightGrams: Int, dimensions: String, parcelSource: String, fix: Int64? = nil) {
        self.categoryID = categoryID
        self.path = path
        self.weightGrams = weightGrams
        self.dimensions = dimensions
        self.parcelSource = parcelSource
        self.fix = fix
    }

    /// A mapping to `category` with `parcel`'s package.
    public init(_ category: TikTokCategory, parcel: Parcel, fix: Int64? = nil) {
        self.init(
            categoryID: category.id, path: category.path, weightGrams: parcel.weightGrams, dimensions: parcel.dimensionsText,
            parcelSource: parcel.sourceText, fix: fix)
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = [
            "category_id": .int(categoryID), "path": .string(path),
            "package": ["weight_g": .number(weightGrams), "dimensions_cm": .string(dimensions), "from": .string(parcelSource)],
        ]
        if let fix { d.merge(TakeDown.cause(fix: fix)) { _, new in new } }
        return d
    }

    public init?(data: JSONValue) {
        guard let id = data["category_id"]?.intValue else { return nil }
        let package = data["package"]
        self.init(
            categoryID: id, path: data["path"]?.stringValue ?? "", weightGrams: Int(package?["weight_g"]?.intValue ?? 0),
            dimensions: package?["dimensions_cm"]?.stringValue ?? "", parcelSource: package?["from"]?.stringValue ?? "",
            fix: data["fix"]?.intValue)
    }
}
