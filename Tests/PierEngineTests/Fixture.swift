import Foundation
import PierTestSupport

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Onboardings shared by the engine tests: each runs once per test process.
enum Fixture {
    struct Run: Sendable {
        let tmp: TempDatabase
        let engine: PierEngine
        let report: OnboardingReport
        var metrics: OnboardingMetrics { report.metrics }
    }

    static let resources: EngineResources = {
        do { return try EngineResources.bundled() } catch { fatalError("resources: \(error)") }
    }()

    static func onboard(_ seller: String, _ tier: Tier, _ apps: [String], seed: UInt64 = 1) throws -> Run {
        let tmp = TempDatabase()
        let engine = PierEngine(db: try tmp.open(), resources: resources, operator: .pinned("tester"))
        try engine.seedSellersIfNeeded()
        let report = try engine.onboard(seller: seller, tier: tier, apps: apps, seed: seed)
        return Run(tmp: tmp, engine: engine, report: report)
    }

    static let lumina = Result { try onboard("lumina", .standard, ["yotpo", "klaviyo", "shipstation"]) }
    static let pixelgrid = Result { try onboard("pixelgrid", .premium, ["rithum", "zendesk"]) }
    static let prairie = Result { try onboard("prairie", .lite, ["klaviyo"]) }

    static func percent(_ bp: Int64) -> Double { Double(bp) / 100 }
    static func minutes(_ ms: Int64) -> Double { Double(ms) / 60_000 }
}
