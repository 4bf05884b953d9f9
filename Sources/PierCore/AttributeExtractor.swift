import Foundation

/// Fills the product properties TikTok's category rules ask for from what real exports carry:
/// variant options (Size, Colour, Material, Volume, in several languages), metafield columns,
/// sizes and quantities in titles and bodies ("50ml", "4 oz", "XL", "EU 42"), materials named in
/// the text, and the vendor as the brand. Only fills what is missing; never overwrites the
/// merchant's value.
public enum AttributeExtractor {
    /// Option and metafield names that carry each property, lower case.
    static let names: [String: [String]] = [
        "net_content": [
            "net_content", "volume", "capacity", "content", "contenance", "contenido", "conteúdo", "inhalt", "volumen",
            "size", "taille", "tamaño", "tamanho", "größe", "quantity", "weight", "peso", "poids", "gewicht", "الحجم",
        ],
        "size": [
            "size", "taille", "talla", "tamaño", "tamanho", "größe", "grösse", "taglia", "maat", "shoe size", "size (uk)",
            "size (eu)", "ring size", "المقاس", "尺寸", "尺码",
        ],
        "material": [
            "material", "materials", "matière", "matiere", "materiale", "material_composition", "fabric", "fabric_type",
            "jewelry_material", "metal", "metal type", "tecido", "tejido", "stoff", "材质",
        ],
        "colour": ["color", "colour", "color_pattern", "couleur", "farbe", "cor", "colore", "اللون", "颜色", "顏色"],
    ]

    /// Words in a title or body that name a material, and the value TikTok accepts for it.
    static let materials: [(words: [String], value: String)] = [
        (["sterling silver", "925 silver", "s925", "925", "silver", "prata", "plata", "argent", "silber", "argento", "فضة", "银", "銀"], "Sterling silver"),
        (["stainless steel", "aço inoxidável", "acero inoxidable", "edelstahl", "inox"], "Stainless steel"),
        (["titanium", "titânio", "titanio", "titan"], "Titanium"),
        (["gold plated", "gold-plated", "18k", "14k", "gold", "ouro", "oro", "ذهب", "金"], "Gold plated"),
        (["leather", "couro", "cuero", "cuir", "leder", "جلد", "皮"], "Leather"),
        (["cotton", "algodão", "algodon", "algodón", "coton", "baumwolle", "قطن", "棉"], "Cotton"),
        (["polyester", "poliéster", "polyamide", "nylon", "spandex", "elastane", "lycra"], "Polyester"),
        (["silicone", "silicon", "silicona", "硅胶", "矽膠"], "Silicone"),
        (["tpu", "plastic", "plástico", "acrylic", "acrílico"], "Plastic"),
        (["wood", "wooden", "madeira", "madera", "bois", "holz", "木"], "Wood"),
        (["glass", "vidro", "vidrio", "verre", "glas", "玻璃"], "Glass"),
        (["ceramic", "cerâmica", "cerámica", "céramique", "keramik", "陶瓷"], "Ceramic"),
        (["brass", "copper", "latão", "cobre", "alloy", "liga", "aleación", "metal", "zinc"], "Alloy"),
        (["pearl", "pérola", "perla", "perle", "لؤلؤ", "珍珠"], "Pearl"),
        (["bamboo", "bambu", "bambú"], "Bamboo"),
        (["wool", "lã", "lana", "laine", "wolle"], "Wool"),
        (["linen", "linho", "lino", "lin", "leinen"], "Linen"),
    ]

    static let sizeWords: Set<String> = [
        "xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "one size",
        "onesize", "free size", "taille unique", "talla única", "tamanho único", "einheitsgröße",
        "p", "g", "gg", "pp", "small", "medium", "large", "extra large", "petite", "plus",
    ]

    /// `attributes` with what was missing filled in; `filled` names each property taken and where from.
    public static func fill(_ attributes: [String: String], title: String, body: String, vendor: String)
        -> (attributes: [String: String], filled: [String: String])
    {
        var out = attributes
        var filled = [String: String]()
        let lowered = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        for (property, keys) in names where (out[property] ?? "").trimmed().isEmpty {
            for key in keys {
                guard let v = lowered[key]?.trimmed(), !v.isEmpty else { continue }
                if property == "net_content" && quantity(in: v) == nil { continue }
                if property == "size" && !isSize(v) && quantity(in: v) == nil && !v.contains(where: \.isNumber) { continue }
                out[property] = v
                filled[property] = "option or metafield `\(key)`"
                break
            }
        }
        let start = String(body.prefix(600))
        func take(_ property: String, _ find: (String) -> String?) {
            guard (out[property] ?? "").trimmed().isEmpty else { return }
            if let v = find(title) {
                (out[property], filled[property]) = (v, "title")
            } else if !start.isEmpty, let v = find(start) {
                (out[property], filled[property]) = (v, "description")
            }
        }
        take("net_content", quantity(in:))
        take("size") { $0 == title ? sizeInTitle($0) : nil }
        take("material", material(in:))
        if (out["certifications"] ?? "").trimmed().isEmpty, let marks = certifications(in: title + " " + CategoryClassifier.prefix(body, words: 300)) {
            out["certifications"] = marks
            filled["certifications"] = "marks named in the title or description"
        }
        if (out["brand"] ?? "").trimmed().isEmpty {
            out["brand"] = vendor.trimmed().isEmpty ? "No brand" : vendor.trimmed()
            filled["brand"] = vendor.trimmed().isEmpty ? "TikTok's \"No brand\"" : "vendor"
        }
        return (out, filled)
    }

    /// Safety and conformity marks a listing names ("CE", "FCC", "UKCA", "EN71"), in a fixed order.
    static let marks = ["UKCA", "CE", "FCC", "UL", "ETL", "RoHS", "EN71", "EN 71", "ASTM F963", "CPSIA", "CPC", "MHRA", "FSA"]

    /// The marks as single words and as word pairs ("EN 71", "ASTM F963").
    static let singleMarks: Set<String> = Set(marks.filter { !$0.contains(" ") })
    static let pairMarks: Set<String> = Set(marks.filter { $0.contains(" ") })
    static let pairMarkStarts: Set<String> = Set(pairMarks.compactMap { $0.split(separator: " ").first.map(String.init) })

    public static func certifications(in text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var found = Set<String>()
        var previous: String?
        // Marks are short words of capitals and digits: nothing longer is looked up.
        forEachWord(text, lower: false, longest: 5) { w in
            if singleMarks.contains(w) { found.insert(w) }
            if let p = previous, pairMarkStarts.contains(p), pairMarks.contains(p + " " + w) { found.insert(p + " " + w) }
            previous = w
        }
        guard !found.isEmpty else { return nil }
        return marks.filter(found.contains).joined(separator: ", ")
    }

    /// Units a quantity is written in, longest first so `fl oz` wins over `oz`.
    static let units = [
        "fl oz", "fl. oz", "ml", "cl", "l", "ltr", "litre", "liter", "oz", "g", "gr", "gram", "grams", "kg", "lb", "lbs",
        "mg", "capsules", "caps", "tablets", "pcs", "pieces", "pack", "مل", "جرام", "غرام",
    ].sorted { ($0.count, $0) > ($1.count, $1) }

    /// A quantity with a unit (`50ml`, `4 oz`, `1.7 fl oz`, `250 g`, `2 kg`, `30 caps`), as written.
    public static func quantity(in text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiQuantity(Array(text.utf8)) }
        let scalars = Array(text.lowercased())
        var i = 0
        while i < scalars.count {
            guard scalars[i].isNumber, i == 0 || !scalars[i - 1].isLetter else { i += 1; continue }
            var j = i
            while j < scalars.count && (scalars[j].isNumber || ((scalars[j] == "." || scalars[j] == ",") && j + 1 < scalars.count && scalars[j + 1].isNumber)) {
                j += 1
            }
            var k = j
            while k < scalars.count && scalars[k] == " " { k += 1 }
            let rest = String(scalars[k..<min(scalars.count, k + 10)])
            for unit in units where rest.hasPrefix(unit) {
                let end = k + unit.count
                if end < scalars.count && scalars[end].isLetter { continue }
                return String(scalars[i..<j]) + (k > j ? " " : "") + unit
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// The ASCII units as bytes, longest first.
    static let asciiUnits: [[UInt8]] = units.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// `quantity(in:)` over ASCII bytes, without building characters.
    static func asciiQuantity(_ text: [UInt8]) -> String? {
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var i = 0
        while i < text.count {
            guard isDigit(text[i]), i == 0 || !isLetter(text[i - 1]) else { i += 1; continue }
            var j = i
            while j < text.count && (isDigit(text[j]) || ((text[j] == 0x2E || text[j] == 0x2C) && j + 1 < text.count && isDigit(text[j + 1]))) { j += 1 }
            var k = j
            while k < text.count && text[k] == 0x20 { k += 1 }
            units: for unit in asciiUnits {
                let end = k + unit.count
                guard end <= text.count else { continue }
                for (n, u) in unit.enumerated() where lower(text[k + n]) != u { continue units }
                if end < text.count && isLetter(text[end]) { continue }
                return String(decoding: text[i..<j], as: UTF8.self) + (k > j ? " " : "") + String(decoding: unit, as: UTF8.self)
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// Whether a value reads as a clothing or shoe size.
    static func isSize(_ v: String) -> Bool {
        let l = v.lowercased().trimmed()
        if sizeWords.contains(l) { return true }
        if l.hasPrefix("eu ") || l.hasPrefix("uk ") || l.hasPrefix("us ") { return true }
        return !l.isEmpty && l.count <= 5 && l.allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }
    }

    static func sizeInTitle(_ title: String) -> String? {
        for raw in title.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "(" || $0 == ")" || $0 == "," }) {
            let w = raw.lowercased()
            if ["xxs", "xs", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "one size"].contains(w) { return String(raw) }
        }
        let words = title.lowercased().split(separator: " ")
        for (w, n) in zip(words, words.dropFirst()) where ["eu", "uk", "us"].contains(w) && n.allSatisfy({ $0.isNumber || $0 == "." }) {
            return w.uppercased() + " " + n
        }
        return nil
    }

    /// The material words as `phrases` spells them, in the table's order, and the Han ones apart.
    static let materialWords: [(word: String, value: String)] = materials.flatMap { m in
        m.words.filter { !$0.unicodeScalars.contains(where: isHan) }.map { ($0.lowercased().replacingOccurrences(of: "-", with: " "), m.value) }
    }
    static let hanMaterialWords: [(word: String, value: String)] = materials.flatMap { m in
        m.words.filter { $0.unicodeScalars.contains(where: isHan) }.map { ($0, m.value) }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

    /// Material word or word pair → (its place in the table, the value TikTok accepts).
    static let materialLookup: [String: (rank: Int, value: String)] = {
        var out = [String: (rank: Int, value: String)]()
        for (rank, m) in materialWords.enumerated() where out[m.word] == nil { out[m.word] = (rank, m.value) }
        return out
    }()

    /// The first words of the two-word materials ("sterling", "stainless").
    static let materialPairStarts: Set<String> = Set(
        materialWords.compactMap { m in
            m.word.contains(" ") ? m.word.split(separator: " ").first.map(String.init) : nil
        })

    static func material(in text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var best: (rank: Int, value: String)?
        var previous: String?
        forEachWord(text, lower: true) { w in
            if let hit = materialLookup[w], hit.rank < best?.rank ?? .max { best = hit }
            if let p = previous, materialPairStarts.contains(p), let hit = materialLookup[p + " " + w], hit.rank < best?.rank ?? .max { best = hit }
            previous = w
        }
        if let best { return best.value }
        if text.unicodeScalars.contains(where: isHan) {
            for (w, value) in hanMaterialWords where text.contains(w) { return value }
        }
        return nil
    }

    /// Calls `body` with each word of a text (runs of letters and digits), lower-cased when `lower`;
    /// a word longer than `longest` (in UTF-8 bytes for ASCII text) is passed as "" so that pairs
    /// do not join across it, without building it.
    static func forEachWord(_ text: String, lower: Bool, longest: Int = .max, _ body: (String) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var current = [UInt8]()
            current.reserveCapacity(16)
            var length = 0
            func flush() {
                guard length > 0 else { return }
                body(length > longest ? "" : String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                length = 0
            }
            for b in text.utf8 {
                if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    length += 1
                    if length <= longest { current.append(lower && b >= 0x41 && b <= 0x5A ? b + 32 : b) }
                } else {
                    flush()
                }
            }
            flush()
            return
        }
        var current = ""
        for ch in lower ? text.lowercased() : text {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { body(current); current = "" }
        }
        if !current.isEmpty { body(current) }
    }
}
