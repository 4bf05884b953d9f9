/// A GCRA (generic cell rate algorithm) limiter on the virtual clock, in milliseconds.
///
/// `reserve(at:)` returns the earliest instant at or after `now` when one more request conforms,
/// and books it; requests are never dropped, only delayed, which is how Pier paces a sync.
public struct RateLimiter: Sendable {
    /// Milliseconds between conforming requests at the sustained rate.
    public let emissionInterval: Double
    /// How far ahead of the theoretical arrival time a burst may run.
    public let tolerance: Double
    private var theoreticalArrival: Double = 0

    public init(_ budget: RateBudget) {
        emissionInterval = 1000.0 / budget.perSecond
        tolerance = emissionInterval * Double(max(budget.burst - 1, 0))
    }

    /// Books one request wanted at `now` and returns when it may be sent.
    public mutating func reserve(at now: Int64) -> Int64 {
        let wanted = Double(now)
        let earliest = max(wanted, theoreticalArrival - tolerance)
        theoreticalArrival = max(theoreticalArrival, earliest) + emissionInterval
        return Int64(earliest.rounded(.up))
    }

    /// Whether a request at `now` would be sent without waiting; does not book it.
    public func conforms(at now: Int64) -> Bool {
        Double(now) >= theoreticalArrival - tolerance
    }
}
