import Foundation

/// The person behind the human actions of one console or command, and the wall clock those
/// actions are stamped with. Every decision, appeal, install, import and onboarding start
/// carries both in its ledger event (`operator`, `wall_clock`) beside the virtual time. Demos and
/// tests pin the clock so their ledgers stay the same byte for byte.
public struct Operator: Sendable, Equatable {
    /// The operator's name: letters, digits and `. _ @ -`, at most 64 characters.
    public let name: String
    /// A fixed wall-clock instant (`2026-01-05T09:00:00Z`); nil reads the system clock.
    public let pinnedClock: String?

    /// Why a name or a clock was refused.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public init(name: String, pinnedClock: String? = nil) throws(Invalid) {
        guard Self.isValid(name: name) else {
            throw Invalid(
                description: "operator name '\(TerminalText.sanitize(name))' must be 1–64 letters, digits or . _ @ - (set --operator or PIER_OPERATOR)")
        }
        if let pinnedClock, Self.instant(pinnedClock) == nil {
            throw Invalid(
                description:
                    "wall clock '\(TerminalText.sanitize(pinnedClock))' is not a UTC instant like 2026-01-05T09:00:00Z (set --wall-clock or PIER_WALL_CLOCK)")
        }
        self.name = name
        self.pinnedClock = pinnedClock
    }

    /// A pinned operator from constants the code itself holds (tests, the benchmark); names and
    /// clocks from outside go through the checking initialiser.
    public static func pinned(_ name: String, at clock: String = "2026-01-05T09:00:00Z") -> Operator {
        Operator(unchecked: name, clock: clock)
    }

    private init(unchecked name: String, clock: String) {
        self.name = name
        pinnedClock = clock
    }

    static func isValid(name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { s in
                s.isASCII && (CharacterSet.alphanumerics.contains(s) || "._@-".unicodeScalars.contains(s))
            }
    }

    /// The seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ`, or nil.
    static func instant(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        guard text.hasSuffix("Z"), text.count == 20 else { return nil }
        return f.date(from: text)
    }

    /// The wall-clock time now, as `YYYY-MM-DDTHH:MM:SSZ`.
    public func now() -> String {
        if let pinnedClock { return pinnedClock }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    /// Seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
    public static func clockText(epochSeconds: Int64) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(epochSeconds)))
    }

    /// The wall-clock time now in seconds since 1970 (the pinned instant when there is one).
    public func epochSeconds() -> Int64 {
        Int64((pinnedClock.flatMap(Self.instant) ?? Date()).timeIntervalSince1970)
    }

    /// The fields a human action's event carries: who, and the wall clock.
    public func stamp() -> [String: JSONValue] { ["operator": .string(name), "wall_clock": .string(now())] }
}
