/// A JSON value with a canonical byte encoding: object keys sorted by their UTF-8 bytes, no
/// insignificant white space, integers only (money is in minor units), minimal string escapes.
///
/// The ledger hashes these canonical bytes, so the encoding must never change for a given value.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The canonical encoding as a string.
    public var canonical: String {
        String(decoding: canonicalBytes, as: UTF8.self)
    }

    /// The canonical encoding as UTF-8 bytes.
    public var canonicalBytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(128)
        write(into: &out)
        return out
    }

    /// Appends the canonical encoding to `out`.
    public func write(into out: inout String) {
        out += canonical
    }

    /// Appends the canonical encoding's bytes to `out`.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): JSONValue.writeInt(i, into: &out)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.write(into: &out)
            }
            out.append(0x5D)
        case .object(let fields):
            out.append(0x7B)
            if fields.count == 1, let (key, value) = fields.first {
                JSONValue.writeString(key, into: &out)
                out.append(0x3A)
                value.write(into: &out)
            } else {
                let sorted = fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                for (i, field) in sorted.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    JSONValue.writeString(field.key, into: &out)
                    out.append(0x3A)
                    field.value.write(into: &out)
                }
            }
            out.append(0x7D)
        }
    }

    static func writeInt(_ value: Int64, into out: inout [UInt8]) {
        if value == 0 { out.append(0x30); return }
        if value == .min { out.append(contentsOf: String(value).utf8); return }
        var v = value.magnitude
        if value < 0 { out.append(0x2D) }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 {
                buf[n] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                n += 1
            }
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buf[i]) }
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        var bytes = [UInt8]()
        writeString(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        let plain: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain == true {
            out.append(0x22)
            return
        }
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    // MARK: Accessors

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension JSONValue {
    /// A string value, or null for nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    /// An integer value from any integer.
    public static func number<I: BinaryInteger>(_ i: I) -> JSONValue { .int(Int64(i)) }
}
