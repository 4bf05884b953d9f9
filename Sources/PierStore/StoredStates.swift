import GRDB
import PierCore

// The domain's states are stored as their raw values (TEXT columns).
extension FlagState: DatabaseValueConvertible {}
extension SKUStatus: DatabaseValueConvertible {}
extension SellerStatus: DatabaseValueConvertible {}
extension ConflictState: DatabaseValueConvertible {}
