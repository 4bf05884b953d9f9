import Foundation

/// A piece of work on a thread of its own, started at once; `join` waits for its result.
/// Used with `Handoff` to put a bulk run's second stage on the machine's second core.
public final class Worker<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result?

    /// Starts `body` on a new thread (with a stack large enough for deep catalogue JSON).
    public init(name: String, _ body: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            let value = body()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Waits for the work to end and returns what it produced.
    public func join() -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}
