import PierCore
import PierEngine
import PierStore

/// The Export pane's keys: the onboarding's artifacts.
extension ExportPane: PaneComponent {
    static var hasList: Bool { false }

    /// The Export pane's bindings (the onboarding's artifacts), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let block = m.notOnboarded
        return [
            Binding(
                .exportWrite, .char("w"), "Write", help: "Write manifest, catalogue diff, ledger and install record", disabled: m.role.changeBlock ?? block),
            Binding(.exportFolder, .char("f"), "Folder", help: "Choose the folder", disabled: block),
        ]
    }

    /// Runs one of the Export pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .exportWrite: m.export()
        case .exportFolder: m.input = TextInput(purpose: .exportFolder, prompt: "Export folder: ", text: m.exportFolder)
        default: break
        }
    }
}
