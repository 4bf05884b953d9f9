import Foundation
import PierCore
import PierEngine
import PierStore

/// A one-line text field the console is collecting (a filter, an appeal, a folder).
public struct TextInput: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case sellerFilter, flagFilter, ledgerSearch, exportFolder, importFile, orderFilter, jump, flagSearch, catalogueFilter
        /// The property a catalogue fix fills; its value is asked next.
        case fixAttributeName
        case fixAttributeValue(name: String)
        /// The reason for an eligibility call in the catalogue workbench.
        case fixEligibilityReason(eligible: Bool)
        case appealStatement(flag: Int64)
        case appealEvidence(flag: Int64, statement: String)
        /// The reason for a conflict decision; the confirmation follows.
        case conflictReason(ConflictRecord, ConflictChoice)
        /// A note for the decision the dialog is confirming; the dialog comes back with it.
        case decisionNote(Dialog)
    }
    public var purpose: Purpose
    public var prompt: String
    public var text: String
}

/// What a confirmation dialog will do on `y`.
public enum PendingAction: Sendable, Equatable {
    case decide([Int64], FlagDecision, note: String?)
    case install(String)
    /// Install an app for the onboarded seller now, consenting to its scopes.
    case installNow(String)
    /// Uninstall an app of the onboarded seller, revoking its scopes.
    case uninstall(String)
    case onboard(Tier, [String])
    case appealDecision(Int64, AppealDecision, note: String?)
    /// Decide a queued conflict.
    case conflict(ConflictRecord, ConflictChoice, reason: String)
    case fileAppeal(Int64, statement: String, evidence: String)
    /// Trade the selected seller for this many virtual days after go-live.
    case trade(days: Int)
    /// Apply a catalogue workbench fix; `expecting` is the state each SKU had on screen.
    case fix(CatalogueFix.Target, CatalogueFix.Change, reason: String?, expecting: [String: String])
    /// Revert a catalogue fix with a compensating event.
    case undoFix(Int64)
    /// An information box: either answer just closes it.
    case dismiss
}

extension PendingAction {
    /// Whether `n` in the confirmation adds a note (a reviewer's decision) rather than cancels.
    public var takesNote: Bool {
        switch self {
        case .decide, .appealDecision: true
        default: false
        }
    }

    /// The reviewer's note the decision carries.
    public var note: String? {
        switch self {
        case .decide(_, _, let note), .appealDecision(_, _, let note): note
        default: nil
        }
    }

    /// The same decision carrying `note`.
    func with(note: String?) -> PendingAction {
        switch self {
        case .decide(let ids, let d, _): .decide(ids, d, note: note)
        case .appealDecision(let id, let d, _): .appealDecision(id, d, note: note)
        default: self
        }
    }
}

/// A yes/no question guarding a consequential action.
public struct Dialog: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    public var action: PendingAction
}

/// Everything the console shows, and the rules for changing it. Lives on the UI thread; the
/// engine's slow work goes through the worker and comes back as `JobResult`s.
public final class ConsoleModel {
    public let worker: EngineWorker
    public var engine: PierEngine { worker.engine }
    public let role: ConsoleRole
    public let seed: UInt64
    /// Who is deciding at this console (the engine's operator).
    public var reviewer: String { engine.who.name }

    /// Who else holds the flag, and until when, when someone does.
    public func heldByOther(_ flag: FlagRecord) -> String? {
        guard flag.state == .open, let c = review.claims[flag.id], c.operatorName != reviewer else { return nil }
        return "held by \(c.operatorName) until \(Operator.clockText(epochSeconds: c.expiresAt))"
    }
    public var keymap: Keymap
    public var pane: PaneID = .overview
    public var width = 80
    public var height = 24
    public var status = ""
    public var statusIsError = false
    /// A change's message, said when the reads it asked for have arrived.
    var deferredStatus: String?
    public var quitRequested = false
    public var input: TextInput?
    public var dialog: Dialog?
    public var helpOpen = false
    public var helpQuery = ""
    /// The first help row on screen.
    public var helpScroll = 0
    /// A caption line (presenter mode).
    public var caption: String?
    /// The presenter script being played, if any.
    public var demo: DemoPlayer?

    /// The Sellers pane's component: every seller, the filter, order and cursor.
    public var sellerTable = SellerTable()
    public var selectedSeller: String?
    /// The reads of the sellers asked of the worker.
    var sellersReads = ReadCounter()
    /// The reads of the Catalogue pane's worklist asked of the worker, and the SKU whose detail
    /// was last asked for (nil: ask again).
    var workbenchReads = ReadCounter()
    var workbenchDetailAsked: (seller: String, sku: String)?

    /// The Configure pane's component: the tier and apps chosen, and what each tier would reserve.
    public var plan = OnboardingPlan()
    public var onboarding: String?

    public var playback: Playback?

    /// The Review pane's component: the flags, their claims, filter, order, cursor, marks, detail.
    public var review = ReviewQueue()
    /// The number of the last read of the selected seller's lists, and per part
    /// (`Parts.rawValue`) the reads asked and taken: one job reads several parts under one number.
    var sellerDataGeneration = 0
    var sellerDataReads: [Int: ReadCounter] = [:]
    /// How many flags `C` claims at a time in the Review pane.
    public static let claimBatch = 25
    /// The Orders pane detail's events line until the engine worker has read them.
    static let orderEventsPending = "events: reading the ledger…"

    /// The current flag's listing, once the worker has read it.
    public var flagListing: ListingRecord? { review.currentDetail(seller: selectedSeller)?.listing }
    /// The events of the current flag's life, once the worker has read them.
    public var flagHistory: [LedgerEvent] { review.currentDetail(seller: selectedSeller)?.history ?? [] }

    public var ledger = LedgerWindow()
    private var changesCache: (seq: Int64, rows: [FieldChangeRow])?
    /// The event whose field changes were last asked of the worker.
    private var changesAsked: Int64?
    /// A SKU a `:` jump filtered the ledger by: its count is said when the page arrives.
    var skuJump: String?
    /// The Orders pane's component: the orders, their view, filter, order and cursor.
    public var ordersList = OrdersList()
    public var exportFolder: String = ""
    /// The Overview pane's component: every seller's health, the search across their flags, the cursor.
    public var overview = OverviewBoard()
    /// The Conflicts pane's component: the selected seller's conflicts (the queue, or all) and the cursor.
    public var conflictQueue = ConflictQueue()
    /// The Ledger pane's picker of every event type, while open.
    public var typePicker: TypePicker?
    /// Text waiting to be put on the terminal's clipboard (OSC 52) by the app loop.
    public var clipboard: String?
    /// The Catalogue pane's state: the worklist, open groups, cursor, marks, detail.
    public var workbench = CatalogueWorkbench()
    /// The Catalogue pane's category picker, while open.
    public var categoryPicker: CategoryPicker?
    /// The TikTok tree, searchable (built when the picker first opens).
    lazy var categorySearch = CategorySearch(engine.resources.mapping.categories)
    /// The apps the selected seller has installed now.
    public var installed: Set<String> = []
    public var exportPaths: [String] = []
    /// Sees commits by other writers, so the panes follow them without a key press.
    let storeWatch: (any StoreChangeWatch)?
    var sinceStoreLook: Int64 = 0

    public init(worker: EngineWorker, role: ConsoleRole, seed: UInt64 = 1, keymap: Keymap = Keymap()) {
        self.worker = worker
        self.role = role
        self.seed = seed
        self.keymap = keymap
        var watchProblem: String?
        do {
            storeWatch = try worker.engine.db.changeWatch()
            _ = storeWatch?.changed()
        } catch {
            storeWatch = nil
            watchProblem = error.description
        }
        reloadSellers()
        // The catalogue workbench's map and moderator are built off the UI thread while the
        // operator looks around, so the first fix does not wait for them.
        let engine = worker.engine
        Thread.detachNewThread { engine.prepareCatalogueTools() }
        if let watchProblem { say("live refresh off: \(watchProblem)", error: true) }
    }

    public func say(_ text: String, error: Bool = false) {
        status = text
        statusIsError = error
    }

    public var seller: SellerRecord? { sellerTable.sellers.first { $0.id == selectedSeller } }

    /// Makes a seller current and loads what its panes show.
    public func select(_ id: String) {
        selectedSeller = id
        // Another seller's flags never stay on screen while this one's are read.
        review = ReviewQueue()
        ordersList = OrdersList()
        plan.chosenApps = seller?.apps ?? []
        conflictQueue = ConflictQueue()
        if let t = seller?.tier { plan.choose(t) }
        ledger = LedgerWindow()
        ledger.seller = id
        changesCache = nil
        installed = []
        requestSellerData(.all)
        if seller?.status == .new, plan.reservationsFor != id { requestReservations() }
        exportFolder = FileManager.default.currentDirectoryPath + "/pier-export/\(id)"
    }

    /// Asks the worker for the selected seller's conflicts: the queue (open first), or every resolution.
    public func reloadConflicts() { requestSellerData(.conflicts) }

    /// Asks the worker for the apps the selected seller has installed now (after onboarding,
    /// apps come and go: the onboarding's choice is not the current state).
    public func reloadInstalls() { requestSellerData(.installs) }

    /// Asks the engine worker for what the next frames draw and a render must not read: the
    /// Review pane's flag detail, the Ledger pane's visible page and the selected event's field
    /// changes. Nothing is read here; the results arrive through `tick`.
    public func prepareFrame() {
        guard let id = selectedSeller, width >= Screen.minWidth, height >= Screen.minHeight else { return }
        if pane == .review { requestFlagDetail(seller: id) }
        if pane == .catalogue { requestWorkbenchDetail(seller: id) }
        guard pane == .ledger else { return }
        if let r = ledger.request(visibleRows: LedgerPane.visibleRows(self)) {
            worker.submit { engine in .ledgerPage(LedgerWindow.fetch(r, from: engine.db)) }
        }
        guard ledger.showDetail, let e = ledger.current, let sku = e.sku, changesCache?.seq != e.seq, changesAsked != e.seq else { return }
        changesAsked = e.seq
        worker.submit { engine in
            do throws(OnboardingError) {
                return .fieldChanges(seller: id, seq: e.seq, .success(try engine.fieldChanges(seller: id, sku: sku, seq: e.seq)))
            } catch {
                return .fieldChanges(seller: id, seq: e.seq, .failure(error))
            }
        }
    }

    /// Takes the field changes the worker read for an event of the seller on screen.
    func receiveChanges(seller: String, seq: Int64, _ result: Result<[FieldChangeRow], OnboardingError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let rows): changesCache = (seq, rows)
        case .failure(let error): say("event \(seq)'s field changes could not be read: \(error.description)", error: true)
        }
    }

    /// The field changes the worker read for an event (none until they arrive).
    func preparedChanges(for e: LedgerEvent) -> [FieldChangeRow] {
        changesCache.flatMap { $0.seq == e.seq ? $0.rows : nil } ?? []
    }
}
