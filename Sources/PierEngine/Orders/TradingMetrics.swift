import PierCore

/// The figures of the days after go-live, all counted from the simulation's events.
public struct TradingMetrics: Sendable, Equatable {
    public var days = 0
    public var orders = 0
    public var paid = 0
    /// Orders Pier cancelled because the region had no stock left (no oversell survives).
    public var cancelledOutOfStock = 0
    public var delivered = 0
    public var failedDeliveries = 0
    public var lateDispatches = 0
    /// Orders whose fulfilment ended (delivered or failed) within the window.
    public var fulfilmentOutcomes = 0
    /// Delivered and dispatched within the SLA.
    public var fulfilledOnTime = 0
    public var returns = 0
    public var returnsApproved = 0
    public var returnsRejected = 0
    public var restockedUnits = 0
    public var revenueMinor: Int64 = 0
    /// Virtual milliseconds from the first listing going live to the first paid order; -1 when none.
    public var firstSaleMillis: Int64 = -1
    public var webhooksReceived = 0
    public var webhooksRejected = 0
    public var duplicatesIgnored = 0
    /// Status changes Pier learned by polling because their webhook never came.
    public var reconciled = 0
    public var appActivity: [String: Int] = [:]
    public var appRefusals = 0
    /// Who fulfilled: an app id, or "merchant".
    public var fulfilledBy = "merchant"

    public init() {}

    public var fulfilmentSuccessBP: Int64 { OnboardingMetrics.basisPoints(fulfilledOnTime, fulfilmentOutcomes) }
    public var returnRateBP: Int64 { OnboardingMetrics.basisPoints(returns, delivered) }

    /// The figures as people read them; a rate over nothing is "n/a", not 0%.
    public var firstSaleText: String { firstSaleMillis < 0 ? "none yet" : Format.duration(firstSaleMillis) }
    public var fulfilmentSuccessText: String { fulfilmentOutcomes == 0 ? "n/a" : Format.percent(fulfilmentSuccessBP) }
    public var returnRateText: String { delivered == 0 ? "n/a" : Format.percent(returnRateBP) }

    /// The canonical JSON kept in the ledger and the manifest.
    public var json: JSONValue {
        .object([
            "days": .number(days), "orders": .number(orders), "paid": .number(paid), "cancelled_out_of_stock": .number(cancelledOutOfStock),
            "delivered": .number(delivered), "failed_deliveries": .number(failedDeliveries), "late_dispatches": .number(lateDispatches),
            "fulfilment_outcomes": .number(fulfilmentOutcomes), "fulfilled_on_time": .number(fulfilledOnTime),
            "fulfilment_success_bp": .int(fulfilmentSuccessBP), "returns": .number(returns), "returns_approved": .number(returnsApproved),
            "returns_rejected": .number(returnsRejected), "restocked_units": .number(restockedUnits), "return_rate_bp": .int(returnRateBP),
            "revenue_minor": .int(revenueMinor), "first_sale_ms": .int(firstSaleMillis), "webhooks_received": .number(webhooksReceived),
            "webhooks_rejected": .number(webhooksRejected), "duplicates_ignored": .number(duplicatesIgnored), "reconciled": .number(reconciled),
            "app_activity": .object(appActivity.mapValues { .number($0) }), "app_refusals": .number(appRefusals), "fulfilled_by": .string(fulfilledBy),
        ])
    }

    public init(json: JSONValue) {
        func i(_ k: String) -> Int { Int(json[k]?.intValue ?? 0) }
        days = i("days"); orders = i("orders"); paid = i("paid"); cancelledOutOfStock = i("cancelled_out_of_stock")
        delivered = i("delivered"); failedDeliveries = i("failed_deliveries"); lateDispatches = i("late_dispatches")
        fulfilmentOutcomes = i("fulfilment_outcomes"); fulfilledOnTime = i("fulfilled_on_time"); returns = i("returns")
        returnsApproved = i("returns_approved"); returnsRejected = i("returns_rejected"); restockedUnits = i("restocked_units")
        revenueMinor = json["revenue_minor"]?.intValue ?? 0; firstSaleMillis = json["first_sale_ms"]?.intValue ?? -1
        webhooksReceived = i("webhooks_received"); webhooksRejected = i("webhooks_rejected"); duplicatesIgnored = i("duplicates_ignored")
        reconciled = i("reconciled"); appRefusals = i("app_refusals"); fulfilledBy = json["fulfilled_by"]?.stringValue ?? "merchant"
        appActivity = (json["app_activity"]?.objectValue ?? [:]).mapValues { Int($0.intValue ?? 0) }
    }
}
