import Foundation
import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// The selected seller's lists asked of the worker and not yet arrived: a pane shows
    /// "reading…" rather than "none" for them.
    public var sellerDataPending: SellerData.Parts {
        var out: SellerData.Parts = []
        for part in SellerData.Parts.each where sellerDataReads[part.rawValue]?.pending == true { out.insert(part) }
        return out
    }

    /// Asks the engine worker to read `parts` of the selected seller; the result comes back
    /// through `tick` and is taken only while that seller is still the one on screen.
    public func requestSellerData(_ parts: SellerData.Parts) {
        guard let id = selectedSeller else { return }
        sellerDataGeneration += 1
        let generation = sellerDataGeneration
        for part in SellerData.Parts.each where parts.contains(part) { sellerDataReads[part.rawValue, default: ReadCounter()].ask(generation) }
        let queueOnly = conflictQueue.queueOnly
        worker.submit { engine in
            .sellerData(
                SellerData.read(
                    seller: id, generation: generation, parts: parts, conflictQueueOnly: queueOnly, now: engine.who.epochSeconds(),
                    from: engine.db))
        }
    }

    /// Asks for the parts a pane shows unless a read of them is already on its way.
    func refreshSellerData(_ parts: SellerData.Parts) {
        let wanted = parts.subtracting(sellerDataPending)
        if !wanted.isEmpty { requestSellerData(wanted) }
    }

    /// Takes what the worker read: dropped when another seller is on screen, part by part when
    /// a later read of that part was already taken, and conflicts read for the other view.
    func receiveSellerData(_ d: SellerData) {
        guard d.seller == selectedSeller else { return }
        for part in SellerData.Parts.each where d.parts.contains(part) || d.failed.contains(part) {
            guard sellerDataReads[part.rawValue, default: ReadCounter()].isNewer(d.generation) else { continue }
            sellerDataReads[part.rawValue, default: ReadCounter()].take(d.generation)
            guard d.parts.contains(part) else { continue }
            switch part {
            case .flags:
                review.take(d.flags, claims: d.claims)
            case .orders:
                ordersList.take(d.orders)
            case .conflicts:
                conflictQueue.take(d.conflicts, queueOnly: d.conflictQueueOnly)
            default:
                installed = d.installed
            }
        }
        if let problem = d.problems.first { say(problem, error: true) }
    }
}
