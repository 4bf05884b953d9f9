import Foundation
import PierCore
import PierStore

/// Scores the catalogue pipeline against hand-labelled real store exports (`labels.csv`, rules
/// in the dev set's `LABELS.md`): each labelled export is imported and onboarded into a scratch
/// database exactly as a user would, and each labelled product is judged by what happened to its
/// SKUs.
public struct CatalogueEvaluation: Sendable {
    /// The hand label of one product.
    public enum LabelClass: String, Sendable, CaseIterable {
        case list = "LIST", hold = "HOLD", prohibited = "PROHIBITED", notEligible = "NOT_ELIGIBLE", noCategory = "NO_CATEGORY"
    }

    /// One row of `labels.csv`.
    public struct Label: Sendable {
        public let store: String
        public let key: String
        public let label: LabelClass
        public let categories: [Int64]
        public let note: String
        public let line: Int
    }

    /// What the engine did with one labelled product.
    public struct Outcome: Sendable {
        public let label: Label
        public let good: Bool
        /// Live in one of the labelled leaves.
        public let leafRight: Bool
        /// Live in a leaf sharing the first two levels with a labelled one.
        public let levelTwoRight: Bool
        /// What the engine did: `live 601925 Phones & Electronics>…`, `rejected: PG-001`, `needs a category: …`.
        public let what: String
        /// The text classifier's candidates for the product's first SKU, for tuning.
        public let candidates: String
    }

    /// One store's outcomes.
    public struct StoreResult: Sendable {
        public let store: String
        public let file: String
        public let outcomes: [Outcome]
        /// SKUs in the store, and how many went live.
        public let skus: Int
        public let live: Int
    }

    /// A labels file or store that cannot be evaluated.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public let resources: EngineResources

    public init(resources: EngineResources) { self.resources = resources }

    /// Reads `labels.csv`; a bad row is an error naming the file and line.
    public static func labels(at path: String, knownCategories: Set<Int64>) throws(Failure) -> [Label] {
        var reader: CSVReader
        do { reader = try CSVReader(path: path, delimiter: UInt8(ascii: ",")) } catch { throw Failure(message: "\(path): cannot read the file") }
        var out = [Label]()
        do {
            guard let header = try reader.read() else { throw Failure(message: "\(path): the file is empty") }
            guard header.fields.map({ $0.trimmed() }) == ["store", "product_key", "class", "category_ids", "note"] else {
                throw Failure(message: "\(path), line \(header.line): expected the header store,product_key,class,category_ids,note")
            }
            while let r = try reader.read() {
                if r.fields.count == 1 && r.fields[0].isEmpty { continue }
                guard r.fields.count == 5 else {
                    throw Failure(message: "\(path), line \(r.line): \(r.fields.count) fields, expected 5")
                }
                guard let c = LabelClass(rawValue: r.fields[2].trimmed()) else {
                    throw Failure(
                        message: "\(path), line \(r.line): class `\(r.fields[2])` is not one of "
                            + LabelClass.allCases.map(\.rawValue).joined(separator: ", "))
                }
                var ids = [Int64]()
                for part in r.fields[3].split(separator: ";") {
                    guard let id = Int64(part.trimmed()), knownCategories.contains(id) else {
                        throw Failure(message: "\(path), line \(r.line): category id `\(part)` is not a TikTok Shop leaf")
                    }
                    ids.append(id)
                }
                if (c == .list || c == .hold) && ids.isEmpty {
                    throw Failure(message: "\(path), line \(r.line): a \(c.rawValue) label needs at least one category id")
                }
                out.append(Label(store: r.fields[0].trimmed(), key: r.fields[1].trimmed(), label: c, categories: ids, note: r.fields[4], line: r.line))
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "\(path): \(error)")
        }
        return out
    }

    /// The export of a store in a dev-set directory: `<dir>/<platform>/<store>/<file>.csv`.
    public static func export(store: String, in dir: String) -> (platform: SourcePlatform, path: String)? {
        let fm = FileManager.default
        for platform in [SourcePlatform.shopify, .woocommerce] {
            let folder = (dir as NSString).appendingPathComponent("\(platform.rawValue)/\(store)")
            guard let files = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            if let csv = files.filter({ $0.hasSuffix(".csv") }).sorted().first {
                return (platform, (folder as NSString).appendingPathComponent(csv))
            }
        }
        return nil
    }

    /// Imports and onboards one store's export into a scratch database and judges its labels.
    public func evaluate(store: String, platform: SourcePlatform, path: String, labels: [Label], scratch: String) throws -> StoreResult {
        let dbPath = (scratch as NSString).appendingPathComponent("\(store).sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        let db = try PierDatabase(path: dbPath)
        let engine = PierEngine(db: db, resources: resources, operator: .pinned("pier-evaluate"))
        _ = try engine.importCatalogue(platform: platform, file: path, seller: store, region: .uk, currency: "GBP")
        let seller = PierEngine.sellerID(store)
        _ = try engine.onboard(seller: seller, tier: .premium, apps: [], seed: 1)
        let listings = try db.listings(seller: seller)
        var byProduct = [String: [ListingRecord]]()
        for l in listings { byProduct[l.productID, default: []].append(l) }
        let flags = try db.flags(seller: seller)
        var rulesBySKU = [String: [String]]()
        for f in flags where f.severity != .warn { rulesBySKU[f.sku, default: []].append(f.ruleID) }
        let tree = Dictionary(resources.mapping.categories.map { ($0.id, $0.path) }, uniquingKeysWith: { a, _ in a })
        func levelTwo(_ id: Int64) -> String? { tree[id].map { $0.split(separator: ">").prefix(2).joined(separator: ">") } }

        let mapper = TaxonomyMapper(mapping: resources.mapping)
        var outcomes = [Outcome]()
        for label in labels {
            let skus = byProduct[label.key] ?? byProduct["id:" + label.key] ?? []
            let live = skus.filter { $0.status == .live }
            let rejected = skus.contains { $0.status == .rejected }
            let leafRight = live.contains { l in l.tiktokCategoryID.map(label.categories.contains) ?? false }
            let wanted = Set(label.categories.compactMap(levelTwo))
            let levelTwoRight = live.contains { l in l.tiktokCategoryID.flatMap(levelTwo).map(wanted.contains) ?? false }
            let good: Bool =
                switch label.label {
                case .list: levelTwoRight
                case .hold, .notEligible, .noCategory: live.isEmpty
                case .prohibited: skus.isEmpty || (rejected && live.isEmpty)
                }
            let what: String
            if let l = live.first {
                what = "live \(l.tiktokCategoryID.map(String.init) ?? "?") \(l.tiktokCategoryPath ?? "") (source \(l.sourceCategory))"
            } else if let l = skus.first {
                let rules = Array(Set(skus.flatMap { rulesBySKU[$0.sku] ?? [] })).sorted()
                what = "\(l.status)\(rules.isEmpty ? "" : " " + rules.joined(separator: ",")): \(l.coverageReason ?? "") (source \(l.sourceCategory))"
            } else {
                what = "not imported"
            }
            var candidates = ""
            if let l = skus.first {
                let type: String = if case .freeText(let t) = SourceCategory(label: l.sourceCategory) { t } else { "" }
                let input = CategoryClassifier.Input(title: l.title, productType: type, tags: l.tags, body: l.description)
                candidates = mapper.classifier.classify(input).map { c in
                    "\(c.id) \(tree[c.id].map { String($0.split(separator: ">").last ?? "") } ?? mapper.outcome(c.id)?.kind.rawValue ?? "?") \(c.score) [\(c.words.joined(separator: ","))]"
                }.joined(separator: " | ")
            }
            outcomes.append(Outcome(label: label, good: good, leafRight: leafRight, levelTwoRight: levelTwoRight, what: what, candidates: candidates))
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        return StoreResult(
            store: store, file: (path as NSString).lastPathComponent, outcomes: outcomes, skus: listings.count,
            live: listings.filter { $0.status == .live }.count)
    }
}
