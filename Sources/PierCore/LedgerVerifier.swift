import Crypto

/// Checks a seller's hash chain, event by event, and names the first bad event.
public struct LedgerVerifier: Sendable {
    /// What is wrong with a chain.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The event's stored hash does not match its contents (it was changed).
        case altered(seq: Int64)
        /// The event does not link to the previous event's hash (one was removed or reordered).
        case brokenLink(seq: Int64, expectedPrev: String)
        /// Sequence numbers are not contiguous (an event was removed or reordered).
        case gap(expected: Int64, found: Int64)
        /// The chain ends before the head digest the caller expected (truncated).
        case truncated(head: String, expectedHead: String, events: Int64)

        public var description: String {
            switch self {
            case .altered(let seq): "event \(seq): content does not match its hash (changed)"
            case .brokenLink(let seq, _): "event \(seq): does not link to the previous event (removed or reordered)"
            case .gap(let expected, let found): "event \(expected) missing: found \(found) (removed or reordered)"
            case .truncated(let head, let expected, let events):
                "head after \(events) events is \(head.prefix(16))…, not the expected \(expected.prefix(16))…: events were removed or added since that head was taken, or it is another seller's"
            }
        }

        /// The sequence number of the first bad event, when there is one.
        public var seq: Int64? {
            switch self {
            case .altered(let s), .brokenLink(let s, _): s
            case .gap(let expected, _): expected
            case .truncated: nil
            }
        }
    }

    private var expectedSeq: Int64 = 1
    private var prev = LedgerEvent.genesis
    private var buffer = [UInt8]()
    /// Events checked so far.
    public private(set) var count: Int64 = 0

    public init() {}

    /// The hash of the last good event (the genesis hash before any).
    public var head: String { prev }

    /// Feeds the next event, in stored order; returns the first problem found with it.
    public mutating func check(_ event: LedgerEvent) -> Problem? {
        check(seq: event.seq, prevHash: event.prevHash, hash: event.hash) {
            LedgerEvent.chainHash(
                prevHash: event.prevHash,
                body: LedgerEvent.canonicalBody(
                    seq: event.seq, seller: event.seller, at: event.at, type: event.type, actor: event.actor, sku: event.sku, data: event.data))
        }
    }

    /// Feeds the next event as stored: its data column is hashed as it is, byte for byte, so
    /// verification needs no JSON decoding and any change to the stored bytes is caught (the
    /// engine stores the canonical form).
    public mutating func check(
        seq: Int64, seller: String, at: Int64, type: String, actor: String, sku: String?,
        storedData: String, prevHash: String, hash: String
    ) -> Problem? {
        var body = buffer
        buffer = []
        defer { buffer = body }
        return check(seq: seq, prevHash: prevHash, hash: hash) {
            body.removeAll(keepingCapacity: true)
            LedgerEvent.writeBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: storedData, into: &body)
            return LedgerEvent.chainHash(prevHash: prevHash, bodyBytes: body)
        }
    }

    private mutating func check(seq: Int64, prevHash: String, hash: String, recompute: () -> String) -> Problem? {
        if seq != expectedSeq { return .gap(expected: expectedSeq, found: seq) }
        if prevHash != prev { return .brokenLink(seq: seq, expectedPrev: prev) }
        if recompute() != hash { return .altered(seq: seq) }
        prev = hash
        expectedSeq += 1
        count += 1
        return nil
    }

    /// Verifies a whole chain; `expectedHead`, if given, catches truncation.
    public static func verify<S: Sequence>(_ events: S, expectedHead: String? = nil) -> (head: String, count: Int64, problem: Problem?)
    where S.Element == LedgerEvent {
        var v = LedgerVerifier()
        for e in events {
            if let p = v.check(e) { return (v.head, v.count, p) }
        }
        if let expectedHead, expectedHead != v.head {
            return (v.head, v.count, .truncated(head: v.head, expectedHead: expectedHead, events: v.count))
        }
        return (v.head, v.count, nil)
    }
}

extension LedgerVerifier {
    /// The digest of a whole database's ledger: hex SHA-256 over one `seller:head` line per
    /// seller, sorted by seller id.
    public static func databaseHead(_ heads: [(seller: String, head: String)]) -> String {
        let text = heads.sorted { $0.seller < $1.seller }.map { "\($0.seller):\($0.head)\n" }.joined()
        return Hex.encode(SHA256.hash(data: Array(text.utf8)))
    }
}
