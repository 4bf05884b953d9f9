import PierCore
import PierStore

/// The selected seller's lists the panes show (its flags and their claims, orders, conflicts
/// and installed apps), read on the engine worker and delivered as one result, so the input
/// thread never waits on a seller of 100K SKUs.
public struct SellerData: Sendable {
    /// Which lists a read brings.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let flags = Parts(rawValue: 1 << 0)
        public static let orders = Parts(rawValue: 1 << 1)
        public static let conflicts = Parts(rawValue: 1 << 2)
        public static let installs = Parts(rawValue: 1 << 3)
        public static let all: Parts = [.flags, .orders, .conflicts, .installs]
        /// Each part on its own, in a fixed order.
        static let each: [Parts] = [.flags, .orders, .conflicts, .installs]
    }

    public let seller: String
    /// The request's number: a part read before one the console already took is dropped
    /// (worker jobs run side by side and may finish out of order).
    public let generation: Int
    /// The parts read; a part that failed is in `failed` instead.
    public private(set) var parts: Parts = []
    public private(set) var failed: Parts = []
    /// Why the failed parts could not be read, for the status line.
    public private(set) var problems: [String] = []
    /// Moderation flags above a warning (the Review pane lists no warnings).
    public private(set) var flags: [FlagRecord] = []
    /// Claims held now on the seller's flags.
    public private(set) var claims: [FlagClaim] = []
    public private(set) var orders: [OrderRecord] = []
    /// The conflict queue (open first) or every resolution, as `conflictQueueOnly` asked.
    public private(set) var conflicts: [ConflictRecord] = []
    public let conflictQueueOnly: Bool
    /// The apps installed now (not revoked).
    public private(set) var installed: Set<String> = []

    /// Reads `parts` of a seller (the worker's side); a part that fails is named, not left empty.
    static func read(
        seller: String, generation: Int, parts: Parts, conflictQueueOnly: Bool, now: Int64, from db: any Store
    ) -> SellerData {
        var d = SellerData(seller: seller, generation: generation, conflictQueueOnly: conflictQueueOnly)
        for part in Parts.each where parts.contains(part) {
            do throws(StoreError) {
                switch part {
                case .flags:
                    d.flags = try db.flags(seller: seller).filter { $0.severity != .warn }
                    d.claims = try db.claims(seller: seller, now: now)
                case .orders:
                    d.orders = try db.orders(seller: seller)
                case .conflicts:
                    let all = try db.conflicts(seller: seller, queueOnly: conflictQueueOnly)
                    d.conflicts = conflictQueueOnly ? all.filter { $0.state == .open } + all.filter { $0.state != .open } : all
                default:
                    d.installed = Set(try db.installs(seller: seller).filter { $0.revokedAt == nil }.map(\.appID))
                }
                d.parts.insert(part)
            } catch {
                d.failed.insert(part)
                d.problems.append("\(seller)'s \(part.name) could not be read: \(error.description)")
            }
        }
        return d
    }
}

extension SellerData.Parts {
    /// What the part is called on the status line.
    var name: String {
        switch self {
        case .flags: "flags"
        case .orders: "orders"
        case .conflicts: "conflicts"
        default: "installed apps"
        }
    }
}
