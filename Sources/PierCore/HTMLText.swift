/// Turns a product body's HTML into the plain text moderation reads and people see.
public enum HTMLText {
    private static let blockTags: Set<String> = ["p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "table", "section"]
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "trade": "™", "reg": "®", "copy": "©", "deg": "°",
    ]

    /// Strips tags (dropping `<script>` and `<style>` bodies), decodes entities and collapses
    /// white space; block-level tags become a space so words never run together. Works on the
    /// UTF-8 bytes: it runs over every description of a 100K-SKU catalogue.
    public static func plain(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let n = bytes.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var skipUntil: [UInt8]?
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x3C {
                guard let close = bytes[(i + 1)...].firstIndex(of: 0x3E) else { break }
                var j = i + 1
                let closing = j < close && bytes[j] == 0x2F
                while j < close && bytes[j] == 0x2F { j += 1 }
                var name = [UInt8]()
                while j < close, isNameByte(bytes[j]) {
                    name.append(bytes[j] >= 0x41 && bytes[j] <= 0x5A ? bytes[j] + 32 : bytes[j])
                    j += 1
                }
                i = close + 1
                if let waiting = skipUntil {
                    if closing && name == waiting { skipUntil = nil }
                    continue
                }
                if (name == Array("script".utf8) || name == Array("style".utf8)) && !closing { skipUntil = name; continue }
                if blockTags.contains(String(decoding: name, as: UTF8.self)) { out.append(0x20) }
                continue
            }
            i += 1
            if skipUntil != nil { continue }
            if b == 0x26, let semi = bytes[i..<min(n, i + 10)].firstIndex(of: 0x3B),
                let decoded = decode(entity: String(decoding: bytes[i..<semi], as: UTF8.self))
            {
                out.append(contentsOf: decoded.utf8)
                i = semi + 1
                continue
            }
            out.append(b)
        }
        return collapse(bytes: out)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    private static func decode(entity name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return entities[name]
    }

    /// Collapses runs of white space to one space and trims the ends.
    public static func collapse(_ text: String) -> String {
        collapse(bytes: Array(text.utf8))
    }

    private static func collapse(bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let w = whitespaceLength(bytes, i)
            if w > 0 {
                pendingSpace = !out.isEmpty
                i += w
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte length of the Unicode white-space character at `i`, or 0: ASCII tab to
    /// carriage return and space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000 (the White_Space property).
    private static func whitespaceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2 where i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0): return 2
        case 0xE1 where i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80: return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] <= 0x8A || b[i + 2] == 0xA8 || b[i + 2] == 0xA9 || b[i + 2] == 0xAF): return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0x9F: return 3
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        default: return 0
        }
    }
}
