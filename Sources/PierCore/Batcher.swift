/// The producing side of a `Handoff` of arrays: collects items and hands them over `size` at a
/// time, so the two threads meet once a batch instead of once an item.
public struct Batcher<Item: Sendable> {
    private let handoff: Handoff<[Item]>
    private let size: Int
    private var pending: [Item]

    public init(_ handoff: Handoff<[Item]>, size: Int) {
        self.handoff = handoff
        self.size = max(size, 1)
        pending = []
        pending.reserveCapacity(self.size)
    }

    /// Adds one item, handing a full batch over (waiting for room). False once the hand-off
    /// was cancelled.
    @discardableResult
    public mutating func add(_ item: Item) -> Bool {
        pending.append(item)
        guard pending.count >= size else { return true }
        defer { pending.removeAll(keepingCapacity: true) }
        return handoff.put(pending)
    }

    /// Hands over what is left and tells the consumer that nothing more is coming.
    @discardableResult
    public mutating func finish() -> Bool {
        defer { handoff.finish() }
        return pending.isEmpty || handoff.put(pending)
    }
}
