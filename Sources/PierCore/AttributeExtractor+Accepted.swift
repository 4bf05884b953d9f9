/// Why a person's attribute value is not one TikTok Shop accepts, and what would be.
public struct AttributeRefusal: Error, Sendable, Equatable {
    public let message: String
}

extension AttributeExtractor {
    /// The properties a person can fill in the workbench, as TikTok's category rules name them.
    public static let fillable = ["brand", "colour", "material", "net_content", "size"]

    /// Materials a person may choose beyond those the extractor reads from text: TikTok's list
    /// is longer than the words that are safe to look for in a title ("iron", "stone" and
    /// "paper" name other things there).
    static let moreMaterials = [
        "Acrylic", "Aluminium", "Bronze", "Cardboard", "Cashmere", "Copper", "Crystal", "Denim", "Felt", "Iron", "Jute", "Marble", "Paper",
        "Porcelain", "Resin", "Rubber", "Silk", "Stone", "Suede", "Velvet", "Viscose",
    ]

    /// The values TikTok accepts for a property, offered first; empty when it takes free text
    /// (a brand, a colour) or a measure (`net_content`).
    public static func acceptedValues(_ name: String) -> [String] {
        switch name.lowercased() {
        case "material": materials.map(\.value) + moreMaterials
        case "size": ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "One size"]
        default: []
        }
    }

    /// A person's value for a property, in the form TikTok accepts it, or why it is not accepted.
    public static func accept(name: String, value: String) -> Result<String, AttributeRefusal> {
        let property = name.lowercased().trimmed()
        let v = value.trimmed()
        guard fillable.contains(property) else {
            return .failure(
                AttributeRefusal(message: "'\(name)' is not a property TikTok's category rules ask for: one of \(fillable.joined(separator: ", "))"))
        }
        guard !v.isEmpty else { return .failure(AttributeRefusal(message: "\(property) needs a value")) }
        guard v.count <= 100, !v.contains(where: \.isNewline), !v.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return .failure(AttributeRefusal(message: "\(property) is one line of at most 100 characters"))
        }
        switch property {
        case "material":
            let l = v.lowercased()
            if let m = materials.first(where: { $0.value.lowercased() == l || $0.words.contains(l) }) { return .success(m.value) }
            if let m = moreMaterials.first(where: { $0.lowercased() == l }) { return .success(m) }
            return .failure(
                AttributeRefusal(message: "TikTok Shop does not accept material '\(v)': one of \(acceptedValues("material").joined(separator: ", "))"))
        case "net_content":
            guard let q = quantity(in: v), q.count >= v.count - 1 else {
                return .failure(AttributeRefusal(message: "net_content is a quantity with its unit, such as 50 ml, 4 oz, 250 g or 30 capsules"))
            }
            return .success(q)
        case "size":
            guard isSize(v) || quantity(in: v) != nil else {
                return .failure(
                    AttributeRefusal(
                        message:
                            "TikTok Shop does not accept size '\(v)': a letter size (\(acceptedValues("size").joined(separator: ", "))), EU/UK/US and a number, or a measure"
                    ))
            }
            return .success(v)
        default:
            return .success(v)
        }
    }
}
