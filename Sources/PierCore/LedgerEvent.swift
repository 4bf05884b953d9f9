import Crypto

/// One immutable event in a seller's audit ledger.
///
/// Its hash covers the previous event's hash and the event's canonical bytes, so changing,
/// removing or reordering any event breaks the chain from that point on.
public struct LedgerEvent: Sendable, Hashable {
    /// Position in the seller's chain, from 1, without gaps.
    public let seq: Int64
    public let seller: String
    /// Virtual time of the event, in milliseconds since the run's epoch.
    public let at: Int64
    /// Dotted event type, e.g. `sku.imported`, `flag.decided`.
    public let type: String
    /// Who or what caused it, e.g. `engine:moderation`, `tiktok:review`, `ops:alice`.
    public let actor: String
    /// The SKU it concerns, if any.
    public let sku: String?
    public let data: JSONValue
    public let prevHash: String
    public let hash: String

    public init(seq: Int64, seller: String, at: Int64, type: String, actor: String, sku: String?,
                data: JSONValue, prevHash: String, hash: String) {
        self.seq = seq
        self.seller = seller
        self.at = at
        self.type = type
        self.actor = actor
        self.sku = sku
        self.data = data
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The all-zero hash that the first event of every chain links to.
    public static let genesis = String(repeating: "0", count: 64)

    /// The canonical bytes that are hashed (everything but the hashes).
    public static func canonicalBody(seq: Int64, seller: String, at: Int64, type: String, actor: String,
                                     sku: String?, data: JSONValue) -> String {
        canonicalBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: data.canonical)
    }

    /// The same bytes, given the data's canonical form already (keys in sorted order:
    /// actor, at, data, seller, seq, sku, type).
    public static func canonicalBody(seq: Int64, seller: String, at: Int64, type: String, actor: String,
                                     sku: String?, dataCanonical: String) -> String {
        var out = "{\"actor\":"
        out.reserveCapacity(dataCanonical.utf8.count + 128)
        JSONValue.writeString(actor, into: &out)
        out += ",\"at\":\(at),\"data\":"
        out += dataCanonical
        out += ",\"seller\":"
        JSONValue.writeString(seller, into: &out)
        out += ",\"seq\":\(seq),\"sku\":"
        if let sku { JSONValue.writeString(sku, into: &out) } else { out += "null" }
        out += ",\"type\":"
        JSONValue.writeString(type, into: &out)
        out += "}"
        return out
    }

    /// hex(SHA-256(prevHash ‖ "\n" ‖ canonical body)).
    public static func chainHash(prevHash: String, body: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(prevHash.utf8))
        hasher.update(data: [0x0A])
        hasher.update(data: Array(body.utf8))
        return Hex.encode(hasher.finalize())
    }

    /// Builds the next event in a chain.
    public static func make(seq: Int64, seller: String, at: Int64, type: String, actor: String, sku: String?,
                            data: JSONValue, prevHash: String) -> LedgerEvent {
        let body = canonicalBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, data: data)
        return LedgerEvent(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, data: data,
                           prevHash: prevHash, hash: chainHash(prevHash: prevHash, body: body))
    }

    /// The hash recomputed from the event's own fields.
    public var recomputedHash: String {
        LedgerEvent.chainHash(prevHash: prevHash, body: LedgerEvent.canonicalBody(
            seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, data: data))
    }

    /// One JSON line: the canonical body plus `prev_hash` and `hash`.
    public var jsonLine: String {
        JSONValue.object([
            "seq": .int(seq), "seller": .string(seller), "at": .int(at), "type": .string(type),
            "actor": .string(actor), "sku": .optional(sku), "data": data,
            "prev_hash": .string(prevHash), "hash": .string(hash),
        ]).canonical
    }
}

/// Lower-case hexadecimal encoding.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out = [UInt8]()
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
