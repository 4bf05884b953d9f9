import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// Asks the engine worker for the selected seller's worklist (the SKUs not live, the counts,
    /// the fixes; the items when grouped by vendor or type); `receiveWorkbench` builds it.
    public func reloadWorkbench() {
        guard let id = selectedSeller else { workbench = CatalogueWorkbench(); return }
        let generation = workbenchReads.ask()
        let grouping = workbench.grouping
        worker.submit { engine in
            .workbench(seller: id, generation: generation, WorkbenchRead.read(seller: id, generation: generation, grouping: grouping, from: engine))
        }
    }

    /// Whether the worklist asked for has not arrived yet.
    public var workbenchPending: Bool { workbenchReads.pending }

    /// Builds the worklist from a read, for the seller and grouping on screen and newer than
    /// the worklist shown; anything else is dropped.
    func receiveWorkbench(seller: String, generation: Int, _ result: Result<WorkbenchRead, OnboardingError>) {
        guard seller == selectedSeller, workbenchReads.isNewer(generation) else { return }
        switch result {
        case .success(let r):
            guard r.grouping == workbench.grouping else { return }
            workbenchReads.take(generation)
            workbench.load(waiting: r.waiting, counts: r.counts, fixes: r.fixes, seller: seller, items: r.items)
            if let problem = r.itemsProblem { say(problem, error: true) }
            loadWorkbenchDetail()
        case .failure(let error):
            workbenchReads.take(generation)
            say(error.description, error: true)
        }
    }

    /// The row under the cursor changed: its detail (the classifier's candidates, the fixes
    /// that touched it) starts at the top and is read on the engine worker before the next
    /// frame (see `prepareFrame`).
    public func loadWorkbenchDetail() {
        workbench.detailScroll = 0
        workbenchDetailAsked = nil
    }

    /// The SKU whose detail the row under the cursor shows.
    var workbenchDetailSKU: String? { (workbench.currentSKU ?? workbench.currentGroup?.skus.first)?.sku }

    /// Asks the worker for the detail of the row under the cursor, once per SKU.
    func requestWorkbenchDetail(seller id: String) {
        guard let sku = workbenchDetailSKU, workbenchDetailAsked.map({ $0.seller != id || $0.sku != sku }) ?? true else { return }
        workbenchDetailAsked = (id, sku)
        let fixes = workbench.fixes
        worker.submit { engine in
            do throws(OnboardingError) {
                return .workbenchDetail(seller: id, sku: sku, .success(try CatalogueWorkbench.Detail.read(seller: id, sku: sku, among: fixes, from: engine)))
            } catch {
                return .workbenchDetail(seller: id, sku: sku, .failure(error))
            }
        }
    }

    /// Takes a SKU's detail the worker read, while that seller is on screen.
    func receiveWorkbenchDetail(seller: String, sku: String, _ result: Result<CatalogueWorkbench.Detail, OnboardingError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let d): workbench.detail = d
        case .failure(let error): say("\(sku)'s history could not be read: \(error.description)", error: true)
        }
    }

    /// Keys while the category picker is open.
    func categoryPickerKey(_ key: Key) -> Bool {
        guard var p = categoryPicker else { return false }
        let search = categorySearch
        switch key {
        case .escape: categoryPicker = nil; return true
        case .up: p.cursor = max(0, p.cursor - 1)
        case .down: p.cursor = min(max(0, p.rows.count - 1), p.cursor + 1)
        case .pageUp: p.cursor = max(0, p.cursor - 10)
        case .pageDown: p.cursor = min(max(0, p.rows.count - 1), p.cursor + 10)
        case .backspace, .delete:
            if !p.query.isEmpty { p.query.removeLast() }
            p.refresh(search)
        case .char(let c):
            if p.query.count < 100 { p.query.append(c) }
            p.refresh(search)
        case .enter:
            let rows = p.rows
            guard rows.indices.contains(p.cursor), let t = workbench.fixTarget else { return true }
            let choice = rows[p.cursor]
            categoryPicker = nil
            dialog = Dialog(
                title: "Set TikTok category",
                lines: [
                    "\(choice.id) \(choice.path)", "for \(t.text)?",
                    "The SKUs are mapped again and what passes moderation is published (incremental sync, rate budget respected).",
                    "Recorded in the ledger as \(reviewer)'s fix.",
                ], action: .fix(t.target, .category(choice.id), reason: nil, expecting: t.expecting))
            return true
        default: return false
        }
        categoryPicker = p
        return true
    }

    /// Text the workbench asked for: the filter, a property and its value, an eligibility reason.
    func commitCatalogue(_ field: TextInput) {
        switch field.purpose {
        case .catalogueFilter:
            workbench.filter = field.text.trimmed()
            workbench.cursor = 0
            reloadWorkbench()
        case .fixAttributeName:
            let name = field.text.trimmed().lowercased()
            guard AttributeExtractor.fillable.contains(name) else {
                say(
                    "'\(field.text)' is not a property TikTok's category rules ask for: one of \(AttributeExtractor.fillable.joined(separator: ", "))",
                    error: true)
                return
            }
            let accepted = AttributeExtractor.acceptedValues(name)
            input = TextInput(
                purpose: .fixAttributeValue(name: name),
                prompt: accepted.isEmpty ? "\(name) value: " : "\(name) (\(accepted.prefix(9).joined(separator: ", "))…): ", text: "")
        case .fixAttributeValue(let name):
            guard let t = workbench.fixTarget else { return }
            switch AttributeExtractor.accept(name: name, value: field.text) {
            case .failure(let why): say(why.message, error: true)
            case .success(let value):
                dialog = Dialog(
                    title: "Fill \(name)", lines: ["\(name) = \(value)", "for \(t.text)?", "Recorded in the ledger as \(reviewer)'s fix."],
                    action: .fix(t.target, .attribute(name: name, value: value), reason: nil, expecting: t.expecting))
            }
        case .fixEligibilityReason(let eligible):
            let reason = field.text.trimmed()
            guard !reason.isEmpty else { say("an eligibility call needs a reason", error: true); return }
            guard let t = workbench.fixTarget else { return }
            dialog = Dialog(
                title: eligible ? "Call eligible" : "Call not eligible",
                lines: [
                    "\(eligible ? "Eligible for TikTok Shop, against the engine's call" : "Not eligible for TikTok Shop"): \(t.text)?",
                    "Reason: \(reason)",
                    eligible ? "The SKUs are classified again without the eligibility phrases." : "Live SKUs among them are taken off TikTok Shop.",
                    "Recorded in the ledger as \(reviewer)'s fix.",
                ], action: .fix(t.target, .eligibility(eligible), reason: reason, expecting: t.expecting))
        default: break
        }
    }

    /// Applies a fix on the engine worker.
    func applyFix(_ target: CatalogueFix.Target, _ change: CatalogueFix.Change, reason: String?, expecting: [String: String]) {
        guard let id = selectedSeller else { return }
        workbench.marked = []
        worker.submit { engine in
            do throws(OnboardingError) {
                let outcome = try engine.applyFix(seller: id, target: target, change: change, reason: reason, expecting: expecting)
                return .changed(seller: id, message: outcome.summary)
            } catch { return .failed(error.description) }
        }
    }

    /// Reverts a fix on the engine worker.
    func undoFix(_ fix: Int64) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                let outcome = try engine.revertFix(seller: id, fix: fix)
                return .changed(seller: id, message: "undone: " + outcome.summary)
            } catch { return .failed(error.description) }
        }
    }
}
