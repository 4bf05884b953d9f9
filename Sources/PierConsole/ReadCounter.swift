/// Numbers the reads of one list asked of the engine worker. Jobs run side by side and may
/// finish out of order: a read is taken only when it is newer than the one on screen, and a pane
/// knows a read is on its way (it says "Reading…" rather than "none").
struct ReadCounter: Sendable {
    /// The number of the last read asked for, and of the last read taken.
    private(set) var asked = 0
    private(set) var taken = 0

    /// Whether a read asked for has not arrived yet.
    var pending: Bool { asked > taken }

    /// Asks for a read: its number.
    mutating func ask() -> Int {
        asked += 1
        return asked
    }

    /// Asks for a read numbered elsewhere (several lists read by one job share its number).
    mutating func ask(_ number: Int) { asked = max(asked, number) }

    /// Whether the read numbered `number` is newer than the one taken.
    func isNewer(_ number: Int) -> Bool { number > taken }

    /// Takes the read numbered `number`.
    mutating func take(_ number: Int) { taken = max(taken, number) }
}
