/// A hybrid logical clock timestamp: virtual wall time in milliseconds plus a counter that
/// orders events within the same millisecond.
public struct HLC: Sendable, Hashable, Comparable, Codable {
    public let wall: Int64
    public let counter: Int32

    public init(wall: Int64, counter: Int32 = 0) {
        self.wall = wall
        self.counter = counter
    }

    public static func < (a: HLC, b: HLC) -> Bool {
        (a.wall, a.counter) < (b.wall, b.counter)
    }

    /// The timestamp of a local event after `self`, at physical time `now`.
    public func tick(now: Int64) -> HLC {
        now > wall ? HLC(wall: now, counter: 0) : HLC(wall: wall, counter: counter + 1)
    }

    /// The timestamp after receiving `remote` at physical time `now`.
    public func receive(_ remote: HLC, now: Int64) -> HLC {
        let w = max(wall, remote.wall, now)
        if w == wall && w == remote.wall { return HLC(wall: w, counter: max(counter, remote.counter) + 1) }
        if w == wall { return HLC(wall: w, counter: counter + 1) }
        if w == remote.wall { return HLC(wall: w, counter: remote.counter + 1) }
        return HLC(wall: w, counter: 0)
    }
}
