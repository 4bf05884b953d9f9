/// Median, extremes and a percentile of repeated measurements.
struct Stats {
    let values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var median: Double {
        guard !values.isEmpty else { return 0 }
        let n = values.count
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2
    }

    var min: Double { values.first ?? 0 }
    var max: Double { values.last ?? 0 }

    /// The nearest-rank percentile (p in 0…100).
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[Swift.max(0, Swift.min(values.count - 1, rank - 1))]
    }
}
