extension LedgerEvent {
    /// The flag an event of a flag's life is about (raised, decided, withdrawn, appealed, appeal
    /// decided); nil for any other event.
    public var flagID: Int64? {
        switch kind {
        case .flagRaised?, .flagDecided?, .flagWithdrawn?, .appealFiled?, .appealDecided?: data["flag"]?.intValue
        default: nil
        }
    }
}
