extension LedgerEvent {
    /// Who took this human action and when by the wall clock, when the event records it.
    public var operatorStamp: (name: String, wallClock: String)? {
        guard let name = data["operator"]?.stringValue, let wall = data["wall_clock"]?.stringValue else { return nil }
        return (name, wall)
    }

    /// "by alice at 2026-01-05 09:00:00 UTC", with the reviewer's note when there is one; nil
    /// for events no person took.
    public var byline: String? {
        guard let (name, wall) = operatorStamp else { return nil }
        let note = data["note"]?.stringValue.map { "; note: \(TerminalText.sanitize($0))" } ?? ""
        return "by \(TerminalText.sanitize(name)) at \(Self.readable(wall: wall))\(note)"
    }

    /// `2026-01-05T09:00:00Z` as `2026-01-05 09:00:00 UTC`.
    static func readable(wall: String) -> String {
        guard wall.hasSuffix("Z") else { return TerminalText.sanitize(wall) }
        return TerminalText.sanitize(String(wall.dropLast()).replacingOccurrences(of: "T", with: " ")) + " UTC"
    }
}
