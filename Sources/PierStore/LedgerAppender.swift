import GRDB
import PierCore

/// Chains events onto a seller's ledger one at a time inside the caller's transaction, with one
/// prepared statement and one reused byte buffer, so a million-event onboarding streams in.
public struct LedgerAppender: LedgerSink {
    private let insert: Statement
    private let seller: String
    private var seq: Int64
    private var prev: String
    private var body = [UInt8]()

    init(_ db: Database, seller: String) throws {
        (seq, prev) = try PierDatabase.ledgerHead(db, seller: seller)
        self.seller = seller
        insert = try db.makeStatement(
            sql: """
                INSERT INTO ledger (seller_id, seq, at, type, actor, sku, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    /// The hash of the last event appended (or of the chain's head before any).
    public var head: String { prev }

    /// Appends one event whose data is already in canonical form.
    public mutating func append(at: Int64, type: String, actor: String, sku: String?, dataCanonical: String) throws {
        seq += 1
        body.removeAll(keepingCapacity: true)
        LedgerEvent.writeBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: dataCanonical, into: &body)
        let hash = LedgerEvent.chainHash(prevHash: prev, bodyBytes: body)
        insert.setUncheckedArguments([seller, seq, at, type, actor, sku, dataCanonical, prev, hash])
        try insert.execute()
        prev = hash
    }
}
