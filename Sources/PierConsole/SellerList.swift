import PierEngine
import PierStore

/// Every seller (as stored, by id) and their health against the targets (worst first), read
/// together on the engine worker for the Overview and Sellers panes.
public struct SellerList: Sendable {
    public let sellers: [SellerRecord]
    public let health: [SellerHealth]

    /// Reads the roster and its health (the worker's side).
    static func read(from engine: PierEngine) -> Result<SellerList, OnboardingError> {
        do throws(OnboardingError) {
            let health = try engine.health()
            let sellers: [SellerRecord]
            do throws(StoreError) { sellers = try engine.db.sellers() } catch { throw .store(error.description) }
            return .success(SellerList(sellers: sellers, health: health))
        } catch {
            return .failure(error)
        }
    }
}
