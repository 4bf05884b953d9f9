import PierCore
import PierEngine
import PierStore

/// The Catalogue pane's own state: the seller's worklist (every SKU that is not live, grouped
/// by reason and by what the SKUs share), which groups are open, the cursor, the marked SKUs,
/// the filter, and the detail of the row under the cursor. The model loads it; the pane draws it.
public struct CatalogueWorkbench: Sendable, Equatable {
    /// A row of the list: a group, or one SKU of an open group.
    public enum Row: Sendable, Equatable {
        case group(Int)
        case sku(group: Int, index: Int)
    }

    /// What the detail box shows of the SKU under the cursor (or a group's first SKU): its
    /// classifier candidates and the fixes that touched it.
    public struct Detail: Sendable, Equatable {
        public var sku: String
        public var candidates: [(id: Int64, path: String, score: String, words: [String])]
        public var history: [CatalogueFix]

        public static func == (a: Detail, b: Detail) -> Bool {
            a.sku == b.sku && a.candidates.map(\.id) == b.candidates.map(\.id) && a.history == b.history
        }
    }

    public var worklist = CatalogueWorklist([])
    /// The groups shown open, by their key (reason and what they share).
    public var open = Set<String>()
    public var cursor = 0
    /// SKUs marked for one fix together.
    public var marked = Set<String>()
    public var filter = ""
    public var detailScroll = 0
    public var detail: Detail?
    /// The seller the worklist was read for.
    public var seller: String?
    /// What the groups within a reason share (`g` cycles it).
    public var grouping = CatalogueWorklist.Grouping.category
    /// Whether the list shows the seller's fixes (to read or undo them) instead of what waits.
    public var showFixes = false
    /// The seller's fixes, newest first, as the fixes view lists them.
    public var fixes: [CatalogueFix] = []
    /// The cursor in the fixes view.
    public var fixCursor = 0

    /// The fix under the cursor in the fixes view.
    public var currentFix: CatalogueFix? { showFixes && fixes.indices.contains(fixCursor) ? fixes[fixCursor] : nil }

    public init() {}

    static func key(_ g: CatalogueWorklist.Group) -> String { "\(g.reason.text)\u{1F}\(g.shared)" }

    /// The rows on screen, in order: each group, then its SKUs when it is open.
    public var rows: [Row] {
        var out = [Row]()
        for (i, g) in worklist.groups.enumerated() {
            out.append(.group(i))
            if open.contains(Self.key(g)) { out += g.skus.indices.map { .sku(group: i, index: $0) } }
        }
        return out
    }

    public var currentRow: Row? {
        let r = rows
        return r.indices.contains(cursor) ? r[cursor] : nil
    }

    /// The group under the cursor (a SKU row's own group).
    public var currentGroup: CatalogueWorklist.Group? {
        switch currentRow {
        case .group(let g)?, .sku(let g, _)?: worklist.groups[g]
        case nil: nil
        }
    }

    /// The SKU under the cursor, when the cursor is on one.
    public var currentSKU: ListingRecord? {
        guard case .sku(let g, let i)? = currentRow else { return nil }
        return worklist.groups[g].skus[i]
    }

    /// What a fix chosen now is for: the marked SKUs, else the SKU under the cursor, else the
    /// group (a rule over its merchant category, or its SKUs), with the state each SKU had on screen.
    public var fixTarget: (target: CatalogueFix.Target, expecting: [String: String], text: String)? {
        if !marked.isEmpty {
            let skus = marked.sorted()
            let shown = Dictionary(worklist.groups.flatMap(\.skus).map { ($0.sku, $0.fixToken) }) { a, _ in a }
            return (.skus(skus), shown.filter { marked.contains($0.key) }, "\(skus.count) marked SKU\(skus.count == 1 ? "" : "s")")
        }
        if let l = currentSKU { return (.skus([l.sku]), [l.sku: l.fixToken], "SKU \(l.sku)") }
        guard let g = currentGroup else { return nil }
        if g.byRule {
            let reach =
                g.ruleReach.map { " (\(Format.count($0)) SKU\($0 == 1 ? "" : "s") now, and at the next re-import)" } ?? " (now and at the next re-import)"
            return (g.target, [:], "every SKU of \(g.shared)\(reach)")
        }
        return (g.target, Dictionary(g.skus.map { ($0.sku, $0.fixToken) }) { a, _ in a }, "the \(g.skus.count) SKU(s) of \(g.shared)")
    }

    /// Opens or closes the group under the cursor.
    public mutating func toggleOpen() {
        guard let g = currentGroup, case .group? = currentRow else { return }
        let k = Self.key(g)
        if open.contains(k) { open.remove(k) } else { open.insert(k) }
    }

    /// Replaces the worklist, keeping the cursor on the same group or SKU where it still is.
    public mutating func load(
        waiting: [ListingRecord], counts: ListingCounts, fixes: [CatalogueFix], seller: String, items: [String: CatalogItem] = [:]
    ) {
        let here: (group: String?, sku: String?) = (currentGroup.map(Self.key), currentSKU?.sku)
        if self.seller != seller {
            let grouping = self.grouping
            self = CatalogueWorkbench()
            self.seller = seller
            self.grouping = grouping
        }
        worklist = CatalogueWorklist(waiting: waiting, counts: counts, matching: filter, by: grouping, items: items)
        self.fixes = fixes.reversed()
        fixCursor = max(0, min(fixCursor, self.fixes.count - 1))
        let waiting = Set(worklist.groups.flatMap { $0.skus.map(\.sku) })
        marked = marked.intersection(waiting)
        let r = rows
        if let sku = here.sku,
            let i = r.firstIndex(where: { row in
                if case .sku(let g, let n) = row { return worklist.groups[g].skus[n].sku == sku }
                return false
            })
        {
            cursor = i
        } else if let k = here.group,
            let i = r.firstIndex(where: { row in
                if case .group(let g) = row { return Self.key(worklist.groups[g]) == k }
                return false
            })
        {
            cursor = i
        }
        cursor = max(0, min(cursor, r.count - 1))
    }
}
