import GRDB
import PierCore

/// Chains events onto a seller's ledger one at a time inside the caller's transaction, with one
/// prepared statement and one reused byte buffer, so a million-event onboarding streams in.
public struct LedgerAppender: LedgerSink {
    private let insert: Statement
    private var chain: ChainCursor

    init(_ db: Database, seller: String) throws {
        let (seq, head) = try PierDatabase.ledgerHead(db, seller: seller)
        chain = ChainCursor(seller: seller, seq: seq, head: head)
        insert = try db.makeStatement(
            sql: """
                INSERT INTO ledger (seller_id, seq, at, type, actor, sku, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    /// The hash of the last event appended (or of the chain's head before any).
    public var head: String { chain.head }

    /// Appends one event whose data is already in canonical form.
    public mutating func append(at: Int64, type: String, actor: String, sku: String?, dataCanonical: String) throws {
        let link = chain.next(at: at, type: type, actor: actor, sku: sku, dataCanonical: dataCanonical)
        insert.setUncheckedArguments([chain.seller, link.seq, at, type, actor, sku, dataCanonical, link.prev, link.hash])
        try insert.execute()
    }
}
