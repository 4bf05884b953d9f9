/// The seed's worked examples (DESIGN.md) as bands, in one table: what each generated seller's
/// onboarding must land in, in percent or minutes. The engine tests check the model's metrics
/// against them, the end-to-end tests the figures the console shows; neither types a number in.
public enum SeedBands {
    /// A figure of a seed run.
    public enum Figure: Sendable {
        case coverage, flagged, inventoryConflicts, syncMinutes, oauthMinutes
    }

    /// Seller, figure, band.
    public static let table: [(seller: String, figure: Figure, band: ClosedRange<Double>)] = [
        ("lumina", .coverage, 94...98),
        ("lumina", .flagged, 3...5),
        ("lumina", .syncMinutes, 15...21),
        ("lumina", .oauthMinutes, 3...5),
        ("pixelgrid", .inventoryConflicts, 10...14),
        ("prairie", .flagged, 0.8...1.6),
    ]

    /// The band a seller's figure must land in.
    public static func band(_ seller: String, _ figure: Figure) -> ClosedRange<Double> {
        guard let row = table.first(where: { $0.seller == seller && $0.figure == figure }) else {
            preconditionFailure("no seed band for \(seller) \(figure)")
        }
        return row.band
    }
}
