import Foundation
import PierTestSupport
import Testing

@testable import PierConsole
@testable import PierEngine

/// The engine worker as the console loop and a scripted demo see it.
@Suite struct EngineWorkerTests {
    /// A demo steps only when the worker is not busy; a result queued but not yet drained
    /// is still work in flight (the demo otherwise ran "speed" before the playback arrived).
    @Test func aFinishedJobIsBusyUntilItsResultIsDrained() throws {
        let tmp = TempDatabase()
        let worker = EngineWorker(engine: PierEngine(db: try tmp.open(), resources: ConsoleFixture.resources, operator: .pinned("tester")))
        #expect(!worker.busy)
        worker.submit { _ in .failed("done") }
        worker.waitIdle()
        #expect(worker.busy, "the job has finished but its result is not drained")
        let drained = worker.drain()
        #expect(drained.count == 1)
        #expect(!worker.busy)
    }
}
