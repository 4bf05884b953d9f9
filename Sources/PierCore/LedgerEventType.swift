/// Every type of event the ledger records: the one place their names are spelled. The raw value
/// is the type as stored and hashed (`flag.decided`), so the canonical bytes of an event do not
/// depend on this enum.
public enum LedgerEventType: String, CaseIterable, Sendable {
    case appActivity = "app.activity"
    case appCallRefused = "app.call_refused"
    case appInstalled = "app.installed"
    case appUninstalled = "app.uninstalled"
    case appealDecided = "appeal.decided"
    case appealFiled = "appeal.filed"
    case catalogImported = "catalog.imported"
    case catalogSynced = "catalog.synced"
    case conflictDecided = "conflict.decided"
    case conflictQueued = "conflict.queued"
    case conflictResolved = "conflict.resolved"
    case connectCompleted = "connect.completed"
    case fixApplied = "fix.applied"
    case fixReverted = "fix.reverted"
    case flagDecided = "flag.decided"
    case flagRaised = "flag.raised"
    case flagWithdrawn = "flag.withdrawn"
    case fulfilmentDelivered = "fulfilment.delivered"
    case fulfilmentFailed = "fulfilment.failed"
    case fulfilmentLabelled = "fulfilment.labelled"
    case fulfilmentRouted = "fulfilment.routed"
    case fulfilmentShipped = "fulfilment.shipped"
    case listingChanged = "listing.changed"
    case listingLive = "listing.live"
    case listingRemoved = "listing.removed"
    case oauthAuthorized = "oauth.authorized"
    case oauthTokenIssued = "oauth.token_issued"
    case onboardingCompleted = "onboarding.completed"
    case onboardingStarted = "onboarding.started"
    case orderCancelled = "order.cancelled"
    case orderCreated = "order.created"
    case orderStatus = "order.status"
    case productCreated = "product.created"
    case productUpdated = "product.updated"
    case returnApproved = "return.approved"
    case returnRejected = "return.rejected"
    case returnRequested = "return.requested"
    case sellerRegistered = "seller.registered"
    case shopActivated = "shop.activated"
    case shopAuthorized = "shop.authorized"
    case skuImported = "sku.imported"
    case skuMapped = "sku.mapped"
    case skuModerated = "sku.moderated"
    case skuSkipped = "sku.skipped"
    case skuUnmapped = "sku.unmapped"
    case syncCompleted = "sync.completed"
    case tierReserved = "tier.reserved"
    case tradingCompleted = "trading.completed"
    case tradingStarted = "trading.started"
    case webhookRejected = "webhook.rejected"
    case webhooksRegistered = "webhooks.registered"
}

extension LedgerEventType {
    /// The families of types, as type prefixes in the order the cases are declared
    /// (`webhook` stands for `webhook.` and `webhooks.`).
    public static let families: [String] = {
        var out = [String]()
        for t in allCases {
            var family = String(t.rawValue.prefix { $0 != "." }) + "."
            if family.hasPrefix("webhook") { family = "webhook" }
            if !out.contains(family) { out.append(family) }
        }
        return out
    }()
}

extension LedgerEvent {
    /// The event's type, when it is one this version knows.
    public var kind: LedgerEventType? { LedgerEventType(rawValue: type) }
}
