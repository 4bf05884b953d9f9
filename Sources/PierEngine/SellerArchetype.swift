import PierCore

/// One of the seed's worked-example sellers: a profile and a catalogue blueprint in the shape
/// of its source platform.
struct SellerArchetype: Sendable {
    let id: String
    let name: String
    let platform: SourcePlatform
    let vertical: String
    let regions: [Region]
    let currency: String
    let skuCount: Int
    /// The vendor/brand written on every product.
    let brand: String
    /// Collection names that make product names distinct within a line.
    let collections: [String]
    let lines: [ProductLine]
    /// TikTok buyer orders per day on a live SKU at launch, median and spread.
    let tiktokDemand: (median: Double, sigma: Double)

    static let all: [SellerArchetype] = [.lumina, .pixelgrid, .prairie]

    static func named(_ id: String) -> SellerArchetype? { all.first { $0.id == id } }
}
