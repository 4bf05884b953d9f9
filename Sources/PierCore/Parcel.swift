/// The package a SKU ships in, as TikTok Shop's product create request carries it
/// (`package_weight`, `package_dimensions`). Every category's rules require both
/// (`GetCategoryRules`: `package_dimension.is_required`), so a SKU whose export has no weight or
/// no dimensions ships on Pier's default parcel, and the ledger says which values are the merchant's.
public struct Parcel: Sendable, Equatable {
    /// Where a value came from.
    public enum Source: String, Sendable {
        /// The merchant's export (Shopify `Variant Grams`, WooCommerce weight and dimension columns).
        case export
        /// Pier's default parcel: the export had no usable value.
        case pierDefault = "default"
    }

    public let weightGrams: Int
    /// Length, width and height in whole centimetres.
    public let dimensionsCm: [Int]
    public let weightSource: Source
    public let dimensionsSource: Source

    /// The default parcel's weight: a small parcel, what most single items on TikTok Shop ship in.
    public static let defaultWeightGrams = 500
    /// The default parcel's length, width and height.
    public static let defaultDimensionsCm = [25, 20, 10]
    /// Heavier than this (in grams) is taken for a unit mistake, not a weight.
    static let heaviest = 100_000
    /// Longer than this (in centimetres) is taken for a unit mistake.
    static let longest = 300

    /// The parcel the SKU's attributes give (`weight_g`, `length_cm`, `width_cm`, `height_cm`, as
    /// the importers store them), the default parcel for what they lack or get wrong.
    public init(attributes: [String: String]) {
        if let w = attributes["weight_g"].flatMap(Double.init), w >= 1, w <= Double(Self.heaviest) {
            weightGrams = Int(w.rounded())
            weightSource = .export
        } else {
            weightGrams = Self.defaultWeightGrams
            weightSource = .pierDefault
        }
        let sides = ["length_cm", "width_cm", "height_cm"].compactMap { attributes[$0].flatMap(Double.init) }
        if sides.count == 3, sides.allSatisfy({ $0 > 0 && $0 <= Double(Self.longest) }) {
            dimensionsCm = sides.map { max(1, Int($0.rounded(.up))) }
            dimensionsSource = .export
        } else {
            dimensionsCm = Self.defaultDimensionsCm
            dimensionsSource = .pierDefault
        }
    }

    /// A weight in grams, from a unit as exports spell it (WooCommerce's `kg`, `g`, `lbs`, `oz`;
    /// the SP-API's `kilograms`, `grams`, `pounds`, `ounces`); nil for a unit not known.
    public static func grams(_ value: Double, in unit: String) -> Double? {
        switch unit.lowercased() {
        case "kg", "kilograms": value * 1000
        case "g", "grams": value
        case "lbs", "lb", "pounds": value * 453.592
        case "oz", "ounces": value * 28.3495
        default: nil
        }
    }

    /// A length in centimetres, from a unit as exports spell it (WooCommerce's `cm`, `mm`, `m`,
    /// `in`, `yd`; the SP-API's `centimeters`, `millimeters`, `meters`, `inches`); nil for a unit not known.
    public static func centimetres(_ value: Double, in unit: String) -> Double? {
        switch unit.lowercased() {
        case "cm", "centimeters": value
        case "mm", "millimeters": value / 10
        case "m", "meters": value * 100
        case "in", "inches": value * 2.54
        case "yd": value * 91.44
        default: nil
        }
    }

    /// `25x20x10`.
    public var dimensionsText: String { dimensionsCm.map(String.init).joined(separator: "x") }

    /// Where the values came from, in one phrase: `export`, `default parcel`, or which part is whose.
    public var sourceText: String {
        switch (weightSource, dimensionsSource) {
        case (.export, .export): "export"
        case (.pierDefault, .pierDefault): "default parcel"
        case (.export, .pierDefault): "export weight, default dimensions"
        case (.pierDefault, .export): "default weight, export dimensions"
        }
    }
}
