import PierConsole
import PierCore
import PierEngine
import PierStore

/// Frame timings of the console's busiest panes, rendered into the cell buffer (the part of a
/// frame the console controls; curses then writes only the cells that changed).
struct Frames {
    let engine: PierEngine
    let seller: String
    let width = 120
    let height = 40

    struct Timing {
        let render: Stats
        let pageDown: Stats
        let rows: Int
    }

    private func model() -> ConsoleModel {
        let m = ConsoleModel(worker: EngineWorker(engine: engine), role: .ops)
        m.width = width
        m.height = height
        m.select(seller)
        // The seller's lists are read on the engine worker: let them arrive before measuring.
        _ = Screen.settledFrame(m)
        return m
    }

    private func measure(_ m: ConsoleModel, frames: Int, rows: () -> Int) -> Timing {
        for _ in 0..<20 { _ = Screen.settledFrame(m) }
        var render = [Double]()
        for _ in 0..<frames {
            let t = StageClock.now()
            _ = Screen.frame(m)
            render.append(Double(StageClock.now() - t) / 1e6)
        }
        var paging = [Double]()
        for _ in 0..<frames {
            let t = StageClock.now()
            _ = m.handle(.key(.pageDown))
            _ = Screen.settledFrame(m)
            paging.append(Double(StageClock.now() - t) / 1e6)
        }
        return Timing(render: Stats(render), pageDown: Stats(paging), rows: rows())
    }

    /// The ledger pane over the seller's whole ledger, fetched a window at a time from SQLite.
    func ledger(frames: Int) -> Timing {
        let m = model()
        m.pane = .ledger
        return measure(m, frames: frames) { m.ledger.count }
    }

    /// The moderation queue with `rows` open flags: the seller's real flags, repeated under
    /// new ids until the queue is that long (a 100K-SKU catalogue raises a few thousand).
    func moderationQueue(rows: Int, frames: Int) -> Timing {
        let m = model()
        m.pane = .review
        let real =
            m.review.flags.isEmpty
            ? [
                FlagRecord(
                    id: 1, sellerID: seller, sku: "SKU", ruleID: "rule", ruleCategory: "health-claim",
                    severity: .hold, field: "description", matched: "cures", spanStart: 0, spanEnd: 5,
                    state: .open, appeals: 0, raisedAt: 0, decidedBy: nil, decidedAt: nil)
            ] : m.review.flags
        var many = [FlagRecord]()
        many.reserveCapacity(rows)
        for i in 0..<rows {
            var f = real[i % real.count]
            f.id = Int64(i + 1)
            f.state = .open
            many.append(f)
        }
        m.review.flags = many
        return measure(m, frames: frames) { m.review.visible.count }
    }
}
