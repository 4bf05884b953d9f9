import PierStore

/// The Conflicts pane's own state: the selected seller's conflicts as last read (the queue
/// waiting for a person, open first, or every resolution) and the cursor on them. The model
/// fills it from the worker's reads; the pane draws it.
public struct ConflictQueue: Sendable {
    /// The conflicts as last read, in the order the read gave.
    public private(set) var conflicts: [ConflictRecord] = []
    /// Index into `conflicts`.
    public var cursor = 0
    /// Whether the list is the queue (open first) rather than every resolution.
    public private(set) var queueOnly = true

    public init() {}

    /// The conflict under the cursor.
    public var current: ConflictRecord? { conflicts.indices.contains(cursor) ? conflicts[cursor] : nil }

    /// Takes conflicts the worker read for the list on screen (queue or all); a read for the
    /// other list is dropped. The cursor stays within the list.
    mutating func take(_ read: [ConflictRecord], queueOnly asked: Bool) {
        guard asked == queueOnly else { return }
        conflicts = read
        cursor = min(cursor, max(0, conflicts.count - 1))
    }

    /// Switches between the queue and every resolution, from the top; the list is read again.
    mutating func toggleView() {
        queueOnly.toggle()
        cursor = 0
    }
}
