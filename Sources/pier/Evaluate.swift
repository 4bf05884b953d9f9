import ArgumentParser
import Foundation
import PierCore
import PierEngine

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the catalogue pipeline on hand-labelled real exports: import and onboard each, judge every labelled product.",
        discussion: """
            DIR holds labels.csv and the exports as <platform>/<store>/<file>.csv (the dev set's layout, rules in its \
            LABELS.md). Each store is imported and onboarded (Premium, no apps, seed 1) into a scratch database that \
            is removed afterwards; your own database is not touched. Prints, per store and in total: eligible products \
            live in the right first two levels, leaf accuracy, claims held, prohibited rejected, ineligible and \
            uncategorisable kept off.
            """)
    @Argument(help: "The labelled dev set directory.") var dir = "../shared/data/catalogs/dev"
    @Option(help: "Only this store (repeatable).") var store: [String] = []
    @Flag(help: "List every product judged wrong, with what the engine did.") var misses = false

    func run() throws {
        let resources = try CLI.resources()
        let labelsPath = (dir as NSString).appendingPathComponent("labels.csv")
        let labels: [CatalogueEvaluation.Label]
        do {
            labels = try CatalogueEvaluation.labels(at: labelsPath, knownCategories: Set(resources.mapping.categories.map(\.id)))
        } catch { throw CLI.fail(error.description, code: 2) }
        var stores = [String]()
        for l in labels where !stores.contains(l.store) { stores.append(l.store) }
        if !store.isEmpty {
            for s in store where !stores.contains(s) { throw CLI.fail("no labels for store \(s) in \(labelsPath)", code: 2) }
            stores = stores.filter(store.contains)
        }
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("pier-evaluate-\(getpid())")
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let evaluation = CatalogueEvaluation(resources: resources)
        var results = [CatalogueEvaluation.StoreResult]()
        for s in stores {
            guard let export = CatalogueEvaluation.export(store: s, in: dir) else {
                throw CLI.fail("no export for store \(s) under \(dir)/<platform>/\(s)/", code: 2)
            }
            do {
                results.append(
                    try evaluation.evaluate(
                        store: s, platform: export.platform, path: export.path,
                        labels: labels.filter { $0.store == s }, scratch: scratch))
            } catch {
                throw CLI.fail("\(s): \(error)", code: 1)
            }
        }
        print(EvaluationTable.render(results))
        if misses {
            for r in results {
                for o in r.outcomes where !o.good || (o.label.label == .list && !o.leafRight) {
                    let mark = o.good ? "leaf" : "MISS"
                    print(
                        "\(mark) \(r.store) \(TerminalText.sanitize(o.label.key)) [\(o.label.label.rawValue) \(o.label.categories.map(String.init).joined(separator: ";"))] \(TerminalText.sanitize(o.label.note)) → \(TerminalText.sanitize(o.what))"
                    )
                    print("     text: \(TerminalText.sanitize(o.candidates))")
                }
            }
        }
    }
}
