/// The end of a run (onboarding, or a spell of trading) and its figures, told apart by `Kind`.
/// The figures are the run's own metrics in their canonical JSON form (the engine's
/// `OnboardingMetrics` and `TradingMetrics` read and write it).
public struct RunCompleted<Kind: PayloadKind>: LedgerPayload, Equatable {
    public static var type: LedgerEventType { Kind.type }
    public var metrics: JSONValue

    public init(metrics: JSONValue) { self.metrics = metrics }

    public var data: [String: JSONValue] { ["metrics": metrics] }

    public init?(data: JSONValue) {
        guard let metrics = data["metrics"] else { return nil }
        self.init(metrics: metrics)
    }
}

/// `onboarding.completed`: the onboarding ended; the seller is onboarded with these metrics.
public typealias OnboardingCompleted = RunCompleted<OnboardingCompletedKind>
/// `trading.completed`: a spell of trading ended with these metrics.
public typealias TradingCompleted = RunCompleted<TradingCompletedKind>

public enum OnboardingCompletedKind: PayloadKind { public static var type: LedgerEventType { .onboardingCompleted } }
public enum TradingCompletedKind: PayloadKind { public static var type: LedgerEventType { .tradingCompleted } }
