/// An amount of money in integer minor units (cents, pence) with its ISO 4217 currency.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Decimal places the currency uses (ISO 4217 exponents for the currencies Pier sees).
    public static func exponent(of currency: String) -> Int {
        switch currency {
        case "JPY", "KRW", "VND", "CLP", "ISK", "UGX": 0
        case "BHD", "KWD", "OMR", "JOD", "TND": 3
        default: 2
        }
    }

    /// "19.99 USD".
    public var description: String { "\(decimalString) \(currency)" }

    /// The amount as a plain decimal string, e.g. "19.99".
    public var decimalString: String {
        let exp = Money.exponent(of: currency)
        guard exp > 0 else { return String(minorUnits) }
        var divisor: Int64 = 1
        for _ in 0..<exp { divisor *= 10 }
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let whole = magnitude / UInt64(divisor)
        let frac = String(magnitude % UInt64(divisor))
        return "\(sign)\(whole).\(String(repeating: "0", count: exp - frac.count))\(frac)"
    }
}
