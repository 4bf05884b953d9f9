/// Turns a product body's HTML into the plain text moderation reads and people see.
public enum HTMLText {
    private static let blockTags: Set<String> = ["p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "table", "section"]
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "trade": "™", "reg": "®", "copy": "©", "deg": "°",
    ]

    /// Strips tags (dropping `<script>` and `<style>` bodies), decodes entities and collapses
    /// white space; block-level tags become a space so words never run together.
    public static func plain(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var scalars = html.unicodeScalars[...]
        var skipUntil: String?
        while let c = scalars.first {
            if c == "<" {
                guard let close = scalars.firstIndex(of: ">") else { break }
                let inner = String(scalars[scalars.index(after: scalars.startIndex)..<close]).lowercased()
                scalars = scalars[scalars.index(after: close)...]
                let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let waiting = skipUntil {
                    if inner.hasPrefix("/") && name == waiting { skipUntil = nil }
                    continue
                }
                if (name == "script" || name == "style") && !inner.hasPrefix("/") { skipUntil = name; continue }
                if blockTags.contains(name) { out += " " }
                continue
            }
            scalars = scalars.dropFirst()
            if skipUntil != nil { continue }
            if c == "&" {
                if let semi = scalars.prefix(10).firstIndex(of: ";") {
                    let name = String(scalars[scalars.startIndex..<semi])
                    if let decoded = decode(entity: name) {
                        out += decoded
                        scalars = scalars[scalars.index(after: semi)...]
                        continue
                    }
                }
                out += "&"
                continue
            }
            out.unicodeScalars.append(c)
        }
        return collapse(out)
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
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " "; pendingSpace = false }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
