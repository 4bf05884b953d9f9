import Foundation
import PierTestSupport

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// A console model over a fresh database, with prairie onboarded when asked.
enum ConsoleFixture {
    static let resources: EngineResources = {
        do { return try EngineResources.bundled() } catch { fatalError("\(error)") }
    }()

    static func model(role: ConsoleRole = .ops, onboardPrairie: Bool = true, width: Int = 120, height: Int = 40) throws -> (ConsoleModel, TempDatabase) {
        let tmp = TempDatabase()
        let engine = PierEngine(db: try tmp.open(), resources: resources, operator: .pinned("tester"))
        try engine.seedSellersIfNeeded()
        if onboardPrairie { _ = try engine.onboard(seller: "prairie", tier: .lite, apps: ["klaviyo"], seed: 1) }
        let m = ConsoleModel(worker: EngineWorker(engine: engine), role: role)
        m.width = width
        m.height = height
        settle(m)
        return (m, tmp)
    }

    static func press(_ m: ConsoleModel, _ keys: Key...) {
        for k in keys { m.handle(.key(k)) }
    }

    /// Picks a seller and opens a pane once the seller's lists, read on the engine worker, are in.
    static func open(_ m: ConsoleModel, _ seller: String, _ pane: PaneID) {
        m.select(seller)
        m.show(pane)
        settle(m)
    }

    /// Lets the engine worker finish and the console take every result, including the reads a
    /// result asks for in turn (a decision's commit, then the seller's lists read again).
    static func settle(_ m: ConsoleModel) {
        for _ in 0..<8 {
            m.worker.waitIdle()
            guard m.tick(realMillis: 0) else { return }
        }
    }

    /// A frame as the console shows it once the engine worker has delivered what the frame
    /// asked for (the Ledger pane's page, an event's field changes).
    static func frame(_ m: ConsoleModel) -> CellBuffer { Screen.settledFrame(m) }
}
