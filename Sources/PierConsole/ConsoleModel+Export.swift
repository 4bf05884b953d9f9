import PierCore
import PierEngine
import PierStore

/// The Export pane: the onboarding's artifacts.
extension ConsoleModel {
    /// The Export pane's bindings (the onboarding's artifacts), with why each is disabled now.
    var exportBindings: [Binding] {
        let block = notOnboarded
        return [
            Binding(
                .exportWrite, .char("w"), "Write", help: "Write manifest, catalogue diff, ledger and install record", disabled: role.changeBlock ?? block),
            Binding(.exportFolder, .char("f"), "Folder", help: "Choose the folder", disabled: block),
        ]
    }

    /// Runs one of the Export pane's actions.
    func performExport(_ action: ConsoleAction) {
        switch action {
        case .exportWrite: export()
        case .exportFolder: input = TextInput(purpose: .exportFolder, prompt: "Export folder: ", text: exportFolder)
        default: break
        }
    }
}
