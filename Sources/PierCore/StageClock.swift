#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall time spent in each named stage of a pipeline (import, map, moderate…), summed over
/// many short intervals. The benchmark reads it; the engine keeps one per onboarding because
/// a clock read costs tens of nanoseconds against microseconds of work per SKU.
public struct StageClock: Sendable, Equatable {
    /// Nanoseconds per stage.
    public private(set) var nanos: [String: UInt64] = [:]
    /// Stages in the order they were first timed.
    public private(set) var order: [String] = []

    public init() {}

    /// Monotonic nanoseconds.
    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Adds an interval to a stage.
    public mutating func add(_ stage: String, nanos ns: UInt64) {
        if nanos[stage] == nil { order.append(stage) }
        nanos[stage, default: 0] += ns
    }

    /// Adds the time since `start` (a `now()` reading) to a stage and returns the new reading.
    @discardableResult
    public mutating func lap(_ stage: String, since start: UInt64) -> UInt64 {
        let end = Self.now()
        add(stage, nanos: end &- start)
        return end
    }

    /// Times a body under a stage.
    public mutating func time<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = Self.now()
        defer { lap(stage, since: start) }
        return try body()
    }

    /// Adds every stage of another clock.
    public mutating func merge(_ other: StageClock) {
        for s in other.order { add(s, nanos: other.nanos[s] ?? 0) }
    }
}
