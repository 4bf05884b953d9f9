import PierCore

/// The growing end of a seller's chain while events are appended: each event gets the next
/// seq and its hash over the previous one, computed in one reused byte buffer. Both stores'
/// appenders chain through it, so the bytes hashed are the same whatever stores them.
struct ChainCursor {
    let seller: String
    private(set) var seq: Int64
    /// The hash of the last event chained (the head before any).
    private(set) var head: String
    private var body = [UInt8]()

    init(seller: String, seq: Int64, head: String) {
        self.seller = seller
        self.seq = seq
        self.head = head
    }

    /// Chains one event whose data is already canonical; returns its seq, the hash it links
    /// to and its own hash.
    mutating func next(at: Int64, type: String, actor: String, sku: String?, dataCanonical: String) -> (seq: Int64, prev: String, hash: String) {
        seq += 1
        body.removeAll(keepingCapacity: true)
        LedgerEvent.writeBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: dataCanonical, into: &body)
        let prev = head
        head = LedgerEvent.chainHash(prevHash: prev, bodyBytes: body)
        return (seq, prev, head)
    }
}
