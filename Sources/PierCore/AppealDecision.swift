/// A reviewer's decision on an appeal.
public enum AppealDecision: String, Sendable {
    case grant, deny
}
