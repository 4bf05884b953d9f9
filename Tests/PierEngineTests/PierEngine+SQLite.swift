import PierStore

@testable import PierEngine

extension PierEngine {
    /// The SQLite store the fixtures open, for tests that read or tamper with its tables.
    var sqlite: PierDatabase { db as! PierDatabase }
}
