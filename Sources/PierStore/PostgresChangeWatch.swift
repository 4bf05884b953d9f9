import Foundation
import PostgresNIO

/// Tells whether anyone has committed to a PostgreSQL store since the last look, from
/// `LISTEN pier_changes` on a connection of its own (every write transaction notifies on
/// commit). When the server drops the connection the watch connects again at the next look,
/// and says "changed", since commits may have landed while it was away.
public final class PostgresChangeWatch: StoreChangeWatch, @unchecked Sendable {
    private let address: PostgresAddress
    private let lock = NSLock()
    private var link: PostgresLink?
    private var heard = false

    /// Starts listening.
    public init(address: PostgresAddress) throws(StoreError) {
        self.address = address
        link = try listen()
    }

    deinit { link?.close() }

    private func listen() throws(StoreError) -> PostgresLink {
        let link = try PostgresLink.connect(address)
        link.connection.addListener(channel: PostgresStore.channel) { [weak self] _, _ in
            guard let self else { return }
            self.lock.lock()
            self.heard = true
            self.lock.unlock()
        }
        do {
            try link.run("LISTEN \(PostgresStore.channel)")
        } catch {
            link.close()
            throw StoreError.failed(PostgresLink.describe(error))
        }
        return link
    }

    /// True when a commit has been heard since the last call, or the connection had to be
    /// made again (false on the first call, and while the server cannot be reached).
    public func changed() -> Bool {
        if link?.isClosed ?? true {
            link = try? listen()
            return link != nil
        }
        lock.lock()
        defer { lock.unlock() }
        let was = heard
        heard = false
        return was
    }
}
