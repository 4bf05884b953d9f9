import Foundation
import PierCore
import PierEngine
import PierStore
import Synchronization

/// What a background job reports back to the console loop.
public enum JobResult: Sendable {
    /// Each tier's reservation for a seller, the app set and the seed it was worked out for.
    case reservations(seller: String, apps: [String], seed: UInt64, [Tier: Result<RateReservation, OnboardingError>])
    case onboarded(seller: String, Result<OnboardingReport, OnboardingError>)
    case changed(seller: String, message: String)
    case failed(String)
    case exported([String])
    case verified([LedgerReport])
    case replayed(ReplayReport)
    case imported(seller: String, lines: [String], synced: Bool)
    /// A page of the Ledger pane's list, for the seller and filter it was asked for.
    case ledgerPage(LedgerWindow.Page)
    /// The listing fields one ledger event changed, or why they could not be read.
    case fieldChanges(seller: String, seq: Int64, Result<[FieldChangeRow], OnboardingError>)
    /// The ledger events of one order, for the Orders pane's detail.
    case orderEvents(seller: String, order: String, Result<[LedgerEvent], StoreError>)
    /// Every event type a seller's ledger holds, for the Ledger pane's type picker.
    case ledgerTypes(seller: String, Result<[String], StoreError>)
    /// Every seller and their health, for the read numbered `generation`.
    case sellers(generation: Int, Result<SellerList, OnboardingError>)
    /// The Catalogue pane's worklist inputs, read for a seller and grouping.
    case workbench(seller: String, generation: Int, Result<WorkbenchRead, OnboardingError>)
    /// The Catalogue pane's detail of one SKU.
    case workbenchDetail(seller: String, sku: String, Result<CatalogueWorkbench.Detail, OnboardingError>)
    /// A seller's ledger, ready to play in the Sync pane.
    case playback(seller: String, Result<Playback, StoreError>)
    /// The flags of every seller matching the Overview's search `query`.
    case flagHits(query: String, Result<[FlagRecord], StoreError>)
    /// The selected seller's lists (flags, orders, conflicts, installed apps) as asked.
    case sellerData(SellerData)
    /// The Review pane's detail of one flag, or why it could not be read.
    case flagDetail(seller: String, flag: Int64, Result<FlagDetail, StoreError>)
}

/// Runs engine work off the UI thread; the loop collects results between frames, so the UI
/// never blocks on the engine.
public final class EngineWorker: Sendable {
    public let engine: PierEngine
    private let results = Mutex<[JobResult]>([])
    private let running = Mutex<Int>(0)

    public init(engine: PierEngine) { self.engine = engine }

    /// Jobs still running, or finished with a result the loop has not drained yet: a scripted
    /// demo must not take its next step between a job's end and the loop taking its result.
    public var busy: Bool { running.withLock { $0 > 0 } || results.withLock { !$0.isEmpty } }

    /// Runs `job` on a background thread and queues its result.
    public func submit(_ job: @escaping @Sendable (PierEngine) -> JobResult) {
        running.withLock { $0 += 1 }
        let engine = engine
        Thread.detachNewThread { [self] in
            let r = job(engine)
            results.withLock { $0.append(r) }
            running.withLock { $0 -= 1 }
        }
    }

    /// Results that arrived since the last call.
    public func drain() -> [JobResult] {
        results.withLock { r in
            defer { r = [] }; return r
        }
    }

    /// Waits until every job has finished and queued its result (tests and scripted demos).
    public func waitIdle(timeout: TimeInterval = 60) {
        let deadline = Date().addingTimeInterval(timeout)
        while running.withLock({ $0 > 0 }) && Date() < deadline { Thread.sleep(forTimeInterval: 0.0002) }
    }
}
