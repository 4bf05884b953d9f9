/// `fix.applied`: a person's fix to a seller's catalogue in the workbench (a TikTok category, an
/// attribute value or an eligibility call, for some SKUs or as a rule over a source category, a
/// product type or a vendor). Who and when are the event's operator stamp, beside these keys.
public struct FixApplied: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fixApplied
    /// Which SKUs a fix is for.
    public enum Target: Sendable, Hashable {
        /// These SKUs.
        case skus([String])
        /// Every SKU whose merchant category is this one (its label, `shopify:…`, or its path).
        case sourceCategory(String)
        /// Every SKU whose product type (a Shopify type, an Amazon product type) is this one.
        case productType(String)
        /// Every SKU of this vendor (brand).
        case vendor(String)

        /// Whether the fix is a rule (it also governs SKUs a later re-import brings).
        public var isRule: Bool { if case .skus = self { false } else { true } }

        /// The target's kind as the ledger spells it.
        public var by: String {
            switch self {
            case .skus: "sku"
            case .sourceCategory: "source_category"
            case .productType: "product_type"
            case .vendor: "vendor"
            }
        }

        /// What a person reads: "SKU A-1", "source category shopify:…", "vendor Acme".
        public var text: String {
            switch self {
            case .skus(let skus): skus.count == 1 ? "SKU \(skus[0])" : "\(skus.count) SKUs"
            case .sourceCategory(let c): "source category \(c)"
            case .productType(let t): "product type \(t)"
            case .vendor(let v): "vendor \(v)"
            }
        }

        /// Whether a catalogue item is one this target names (case does not matter for rules).
        public func matches(_ item: CatalogItem) -> Bool {
            switch self {
            case .skus(let skus): return skus.contains(item.sku)
            case .sourceCategory: return matches(label: item.category.label)
            case .productType(let t):
                let want = t.lowercased()
                switch item.category {
                case .freeText(let own), .amazon(let own): if own.lowercased() == want { return true }
                default: break
                }
                return item.attributes["product_type"]?.lowercased() == want
            case .vendor(let v): return item.attributes["brand"]?.lowercased() == v.lowercased()
            }
        }

        /// Whether a merchant category label (`shopify:…`) is the one a source-category rule
        /// names, by its label or its path, whatever the case.
        public func matches(label: String) -> Bool {
            guard case .sourceCategory(let c) = self else { return false }
            let want = c.lowercased()
            return label.lowercased() == want || SourceCategory(label: label).text.lowercased() == want
        }

        /// A raw catalogue row's text can hold a match: a cheap test before its JSON is read
        /// (ASCII letters compared without case, bytes as they are otherwise; a value JSON
        /// would escape is not pre-tested).
        public func mayMatch(rawJSON: String) -> Bool {
            switch self {
            case .skus: return true
            case .sourceCategory(let c), .productType(let c), .vendor(let c):
                return Self.containsFolded(rawJSON, c)
            }
        }

        static func containsFolded(_ hay: String, _ needle: String) -> Bool {
            let n = Array(needle.lowercased().utf8)
            guard !n.isEmpty, n.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }), needle.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
            func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
            let found = hay.utf8.withContiguousStorageIfAvailable { h -> Bool in
                guard h.count >= n.count else { return false }
                for i in 0...(h.count - n.count) where fold(h[i]) == n[0] {
                    var k = 1
                    while k < n.count && fold(h[i + k]) == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
            return found ?? (hay.range(of: needle, options: .caseInsensitive) != nil)
        }
    }

    /// What a fix sets.
    public enum Change: Sendable, Hashable {
        /// The SKUs' TikTok Shop leaf category.
        case category(Int64)
        /// A property TikTok's category rules ask for (`brand`, `size`, `material`…).
        case attribute(name: String, value: String)
        /// Eligible for TikTok Shop against the engine's call, or not eligible.
        case eligibility(Bool)

        /// The change's kind as the ledger and `pier fix` spell it.
        public var kind: String {
            switch self {
            case .category: "category"
            case .attribute: "attribute"
            case .eligibility: "eligibility"
            }
        }

        /// What a person reads: "category 601226", "brand = Acme", "not eligible".
        public var text: String {
            switch self {
            case .category(let id): "category \(id)"
            case .attribute(let name, let value): "\(name) = \(value)"
            case .eligibility(let eligible): eligible ? "eligible" : "not eligible"
            }
        }
    }

    /// The seller's fix number, from 1.
    public var fix: Int64
    public var target: Target
    public var change: Change
    /// How many SKUs it matched when it was applied.
    public var matched: Int
    /// Why, in the operator's words (required for an eligibility call).
    public var reason: String?

    public init(fix: Int64, target: Target, change: Change, matched: Int, reason: String?) {
        self.fix = fix
        self.target = target
        self.change = change
        self.matched = matched
        self.reason = reason
    }

    public var data: [String: JSONValue] {
        var out: [String: JSONValue] = ["fix": .int(fix), "by": .string(target.by), "kind": .string(change.kind), "matched": .number(matched)]
        switch target {
        case .skus(let skus): out["skus"] = .array(skus.map(JSONValue.string))
        case .sourceCategory(let v), .productType(let v), .vendor(let v): out["value"] = .string(v)
        }
        switch change {
        case .category(let id): out["category_id"] = .int(id)
        case .attribute(let name, let value):
            out["attribute"] = .string(name)
            out["attribute_value"] = .string(value)
        case .eligibility(let eligible): out["eligible"] = .bool(eligible)
        }
        if let reason { out["reason"] = .string(reason) }
        return out
    }

    public init?(data: JSONValue) {
        guard let fix = data["fix"]?.intValue, let by = data["by"]?.stringValue, let kind = data["kind"]?.stringValue else { return nil }
        let value = data["value"]?.stringValue ?? ""
        let target: Target
        switch by {
        case "sku": target = .skus((data["skus"]?.arrayValue ?? []).compactMap(\.stringValue))
        case "source_category": target = .sourceCategory(value)
        case "product_type": target = .productType(value)
        case "vendor": target = .vendor(value)
        default: return nil
        }
        let change: Change
        switch kind {
        case "category":
            guard let c = data["category_id"]?.intValue else { return nil }
            change = .category(c)
        case "attribute":
            guard let name = data["attribute"]?.stringValue, let v = data["attribute_value"]?.stringValue else { return nil }
            change = .attribute(name: name, value: v)
        case "eligibility": change = .eligibility(data["eligible"]?.boolValue ?? false)
        default: return nil
        }
        self.init(fix: fix, target: target, change: change, matched: Int(data["matched"]?.intValue ?? 0), reason: data["reason"]?.stringValue)
    }
}
