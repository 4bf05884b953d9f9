import PierCore

/// Copies a whole store into an empty one (SQLite into PostgreSQL, or back): every seller, its
/// ledger re-chained event by event from the stored bytes, its derived rows and imported
/// catalogue, and the roster, in one transaction on the target; then every seller's head is
/// verified to be the source's. A source chain that does not verify is not copied (a copy
/// would re-hash the altered events and hide the tampering).
public enum StoreCopy {
    /// What was copied.
    public struct Report: Sendable, Equatable {
        public struct Seller: Sendable, Equatable {
            public let id: String
            public let events: Int64
            public let head: String
        }
        public var sellers: [Seller] = []
        public var listings = 0
        public var catalogueItems = 0
        public var operators = 0
    }

    /// Why a copy was refused before anything was written.
    public enum Refusal: Error, CustomStringConvertible, Sendable {
        case targetNotEmpty(String)
        case sourceBroken(seller: String, problem: String)
        case headMismatch(seller: String, source: String, target: String)

        public var description: String {
            switch self {
            case .targetNotEmpty(let location):
                "\(location) already holds sellers or ledger events: copy into an empty store (a new file, or a new database)"
            case .sourceBroken(let seller, let problem): "seller \(seller)'s ledger does not verify in the source (\(problem)): not copied"
            case .headMismatch(let seller, let source, let target):
                "seller \(seller)'s head differs after the copy (source \(source.prefix(16))…, copy \(target.prefix(16))…): nothing kept"
            }
        }
    }

    /// Copies `source` into `target`, which must be empty.
    public static func copy(from source: any Store, to target: any Store) throws -> Report {
        guard try target.sellers().isEmpty, try target.ledgerSellers().isEmpty, try target.roster().isEmpty else {
            throw Refusal.targetNotEmpty(target.location)
        }
        let sellers = try source.sellers()
        let ledgerOnly = Set(try source.ledgerSellers()).subtracting(sellers.map(\.id)).sorted()
        var expected = [String: LedgerReport]()
        for id in sellers.map(\.id) + ledgerOnly {
            let report = try source.verifyLedger(seller: id)
            if let problem = report.problem { throw Refusal.sourceBroken(seller: id, problem: "\(problem)") }
            expected[id] = report
        }
        let roster = try source.roster()
        let heads = expected
        let counts = try target.transaction { t -> (value: Result<(Int, Int), Refusal>, commit: Bool) in
            let into = Held(session: t)
            var listings = 0
            var items = 0
            for seller in sellers { try t.upsert(seller) }
            for entry in roster { try t.putOperator(entry) }
            for id in sellers.map(\.id) + ledgerOnly {
                let copied = try source.read { s in try copySeller(id, from: s, to: into.session) }
                listings += copied.listings
                items += copied.items
                let head = try t.ledgerHead(seller: id).hash
                if let want = heads[id]?.head, head != want {
                    return (.failure(.headMismatch(seller: id, source: want, target: head)), false)
                }
            }
            return (.success((listings, items)), true)
        }
        let (listings, items) = try counts.get()
        var report = Report(listings: listings, catalogueItems: items, operators: roster.count)
        for id in sellers.map(\.id) + ledgerOnly {
            let copied = try target.verifyLedger(seller: id, expectedHead: expected[id]?.head)
            if let problem = copied.problem { throw Refusal.sourceBroken(seller: id, problem: "after the copy: \(problem)") }
            report.sellers.append(.init(id: id, events: copied.events, head: copied.head))
        }
        return report
    }

    /// One seller's ledger, derived rows and catalogue, from a read session into a write session.
    private static func copySeller(_ id: String, from s: any StoreSession, to t: any StoreSession) throws -> (listings: Int, items: Int) {
        var appender = try t.ledgerAppender(seller: id)
        try s.forEachEvent(seller: id) { e in
            try appender.append(at: e.at, type: e.type, actor: e.actor, sku: e.sku, dataCanonical: e.data.canonical)
            return true
        }
        var saver = try t.listingSaver()
        let listings = try s.listings(seller: id)
        for l in listings { try saver.save(l) }
        try t.saveFlags(try s.flags(seller: id))
        try t.saveConflicts(try s.conflicts(seller: id))
        try t.saveInstalls(try s.installs(seller: id))
        try t.saveOrders(try s.orders(seller: id))
        let writer = try t.catalogueWriter(seller: id)
        var items = 0
        try s.forEachCatalogueItem(seller: id) { sku, document, json in
            if try writer.insert(sku: sku, position: items, document: document, json: json) { items += 1 }
        }
        return (listings.count, items)
    }
}

/// A write session handed into the source's read: both run now, on this thread, one inside the
/// other, so the session never crosses threads although the closure type says it may.
private struct Held: @unchecked Sendable {
    let session: any StoreSession
}
