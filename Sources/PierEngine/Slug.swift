/// URL-style identifiers: lower-case ASCII letters and digits, any other run becomes one dash,
/// no dash at either end ("Fern & Co" → "fern-co"). Shopify handles, derived SKUs and seller
/// ids all use it.
enum Slug {
    static func make(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { out.unicodeScalars.append(c) } else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }
}
