import Foundation

/// Errors gathered from several threads, read once they are joined.
public final class ThreadFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var list = [String]()

    public init() {}

    public func add(_ s: String) {
        lock.lock()
        list.append(s)
        lock.unlock()
    }

    public var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
