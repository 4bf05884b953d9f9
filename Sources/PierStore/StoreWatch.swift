import GRDB

/// Tells whether anyone (another console, a `pier` command, this process's own writer) has
/// committed to the store since the last look, from SQLite's `PRAGMA data_version` on a
/// connection of its own: a few microseconds a look, no table read, no lock held.
public final class StoreWatch: StoreChangeWatch, @unchecked Sendable {
    private let queue: DatabaseQueue
    private var last: Int64?

    /// Watches the store at `path` (which must exist).
    public init(path: String) throws(StoreError) {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(1)
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.unreadable(path: path, reason: PierDatabase.describe(error))
        }
    }

    /// True when a commit has landed since the last call (false on the first call); a store
    /// that cannot be read right now counts as unchanged and is looked at again next time.
    public func changed() -> Bool {
        guard let version = try? queue.read({ db in try Int64.fetchOne(db, sql: "PRAGMA data_version") }) else { return false }
        defer { last = version }
        return last.map { $0 != version } ?? false
    }
}
