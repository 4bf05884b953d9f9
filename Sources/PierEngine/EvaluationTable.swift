import PierCore

/// The evaluation's report: one line per store and a total, each column a share of its class.
public enum EvaluationTable {
    /// The table as text.
    public static func render(_ results: [CatalogueEvaluation.StoreResult]) -> String {
        var lines = [header]
        for r in results { lines.append(row(r.store, r.outcomes, skus: r.skus, live: r.live)) }
        lines.append(row("total", results.flatMap(\.outcomes), skus: results.map(\.skus).reduce(0, +), live: results.map(\.live).reduce(0, +)))
        return lines.joined(separator: "\n")
    }

    static let header =
        "STORE                        LABELS  GOOD          LIST LIVE L1>L2   LIST LEAF     HOLD HELD  PROHIB REJECTED  NOT-ELIG OFF  NO-CAT OFF"

    static func row(_ name: String, _ outcomes: [CatalogueEvaluation.Outcome], skus: Int, live: Int) -> String {
        func share(_ of: [CatalogueEvaluation.Outcome], _ ok: (CatalogueEvaluation.Outcome) -> Bool) -> String {
            of.isEmpty ? "-" : "\(of.filter(ok).count)/\(of.count) \(Format.percent(OnboardingMetrics.basisPoints(of.filter(ok).count, of.count)))"
        }
        func by(_ c: CatalogueEvaluation.LabelClass) -> [CatalogueEvaluation.Outcome] { outcomes.filter { $0.label.label == c } }
        let cols: [(String, Int)] = [
            (name, 28), (String(outcomes.count), 7), (share(outcomes, \.good), 13), (share(by(.list), \.levelTwoRight), 15),
            (share(by(.list), \.leafRight), 13), (share(by(.hold), \.good), 10), (share(by(.prohibited), \.good), 16),
            (share(by(.notEligible), \.good), 13), (share(by(.noCategory), \.good), 12),
        ]
        return cols.map { text, width in text.count >= width ? text + " " : text.padding(toLength: width + 1, withPad: " ", startingAt: 0) }
            .joined().trimmingTrailingSpaces()
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
