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

    public init(
        seq: Int64, seller: String, at: Int64, type: String, actor: String, sku: String?,
        data: JSONValue, prevHash: String, hash: String
    ) {
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
    public static func canonicalBody(
        seq: Int64, seller: String, at: Int64, type: String, actor: String,
        sku: String?, data: JSONValue
    ) -> String {
        canonicalBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: data.canonical)
    }

    /// The same bytes, given the data's canonical form already (keys in sorted order:
    /// actor, at, data, seller, seq, sku, type).
    public static func canonicalBody(
        seq: Int64, seller: String, at: Int64, type: String, actor: String,
        sku: String?, dataCanonical: String
    ) -> String {
        var out = [UInt8]()
        writeBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: dataCanonical, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the canonical body's bytes to `out`.
    public static func writeBody(
        seq: Int64, seller: String, at: Int64, type: String, actor: String,
        sku: String?, dataCanonical: String, into out: inout [UInt8]
    ) {
        out.reserveCapacity(out.count + dataCanonical.utf8.count + 160)
        out.append(contentsOf: "{\"actor\":".utf8)
        JSONValue.writeString(actor, into: &out)
        out.append(contentsOf: ",\"at\":".utf8)
        JSONValue.writeInt(at, into: &out)
        out.append(contentsOf: ",\"data\":".utf8)
        out.append(contentsOf: dataCanonical.utf8)
        out.append(contentsOf: ",\"seller\":".utf8)
        JSONValue.writeString(seller, into: &out)
        out.append(contentsOf: ",\"seq\":".utf8)
        JSONValue.writeInt(seq, into: &out)
        out.append(contentsOf: ",\"sku\":".utf8)
        if let sku { JSONValue.writeString(sku, into: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: ",\"type\":".utf8)
        JSONValue.writeString(type, into: &out)
        out.append(0x7D)
    }

    /// hex(SHA-256(prevHash ‖ "\n" ‖ canonical body)).
    public static func chainHash(prevHash: String, body: String) -> String {
        chainHash(prevHash: prevHash, bodyBytes: Array(body.utf8))
    }

    /// The same hash over a body already in bytes.
    public static func chainHash(prevHash: String, bodyBytes: [UInt8]) -> String {
        var hasher = SHA256()
        var prev = prevHash
        prev.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0x0A)) { hasher.update(bufferPointer: $0) }
        bodyBytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return Hex.encode(hasher.finalize())
    }

    /// Builds the next event in a chain.
    public static func make(
        seq: Int64, seller: String, at: Int64, type: String, actor: String, sku: String?,
        data: JSONValue, prevHash: String
    ) -> LedgerEvent {
        let body = canonicalBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, data: data)
        return LedgerEvent(
            seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, data: data,
            prevHash: prevHash, hash: chainHash(prevHash: prevHash, body: body))
    }

    /// The hash recomputed from the event's own fields.
    public var recomputedHash: String {
        LedgerEvent.chainHash(
            prevHash: prevHash,
            body: LedgerEvent.canonicalBody(
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
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
