import Foundation

/// A bounded first-in first-out hand-off from one producing thread to one consuming thread,
/// so two stages of a bulk run (say, appending to the ledger and projecting the same events)
/// use both cores while the order of what passes between them stays exactly the order it was
/// put in. Either side can cancel; the other then stops at its next `put` or `take`.
public final class Handoff<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var buffer: [Element?]
    private var head = 0
    private var count = 0
    private var finished = false
    private var cancelled = false

    /// A hand-off holding at most `capacity` elements; `put` waits while it is full.
    public init(capacity: Int) {
        buffer = Array(repeating: nil, count: max(capacity, 1))
    }

    /// Adds an element, waiting for room. False (and nothing added) once the hand-off is cancelled.
    @discardableResult
    public func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == buffer.count && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        buffer[(head + count) % buffer.count] = element
        count += 1
        condition.broadcast()
        return true
    }

    /// The producer has put everything: `take` answers nil once the rest is taken.
    public func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops both sides: pending elements are dropped, `put` answers false and `take` nil.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether either side cancelled.
    public var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// The oldest element, waiting for one; nil when the producer has finished and everything
    /// was taken, or when the hand-off was cancelled.
    public func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !finished && !cancelled { condition.wait() }
        guard !cancelled, count > 0 else { return nil }
        let element = buffer[head]
        buffer[head] = nil
        head = (head + 1) % buffer.count
        count -= 1
        condition.broadcast()
        return element
    }
}
