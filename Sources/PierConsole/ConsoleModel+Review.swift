import PierCore
import PierEngine
import PierStore

/// The Review pane: the moderation queue: decisions, marks, appeals, claims, filters.
extension ConsoleModel {

    /// Asks the worker for the selected seller's flags and the claims on them.
    public func reloadFlags() { requestSellerData(.flags) }

    /// The cursor moved to another flag, or the flag changed: its detail starts at the top and
    /// is read again, on the engine worker, before the next frame (see `prepareFrame`).
    public func loadFlagDetail() { review.forgetDetail() }

    /// Asks the worker for the current flag's listing and history, once per flag.
    func requestFlagDetail(seller id: String) {
        guard let f = review.current, review.detailAsked.map({ $0.seller != id || $0.flag != f.id }) ?? true else { return }
        review.detailAsked = (id, f.id)
        worker.submit { engine in
            do throws(StoreError) {
                return .flagDetail(seller: id, flag: f.id, .success(try FlagDetail.read(seller: id, flag: f, from: engine.db)))
            } catch {
                return .flagDetail(seller: id, flag: f.id, .failure(error))
            }
        }
    }

    /// Takes a flag's detail the worker read, for the seller on screen.
    func receiveFlagDetail(seller: String, flag: Int64, _ result: Result<FlagDetail, StoreError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let d): review.detail = d
        case .failure(let error): say("flag #\(flag)'s listing and history could not be read: \(error.description)", error: true)
        }
    }
}
