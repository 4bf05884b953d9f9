import Foundation
import PierCore

/// The data Pier ships: the moderation rule pack, the category mapping and the marketplace.
public struct EngineResources: Sendable {
    public let rules: RulePack
    public let mapping: CategoryMapping
    public let apps: [PartnerApp]

    /// A resource that is missing or malformed.
    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let reason: String
        public var description: String { "cannot load \(file): \(reason)" }
    }

    /// Loads the shipped resources.
    public static func bundled() throws(LoadError) -> EngineResources {
        EngineResources(
            rules: try load(RulePack.self, "rules"),
            mapping: try load(CategoryMapping.self, "category-map"),
            apps: try load([PartnerApp].self, "apps"))
    }

    /// Loads a rule pack from a file (for replay under another pack).
    public static func rulePack(at path: String) throws(LoadError) -> RulePack {
        try decode(RulePack.self, URL(fileURLWithPath: path), name: path)
    }

    private static func load<T: Decodable>(_ type: T.Type, _ name: String) throws(LoadError) -> T {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "json")
        else {
            throw LoadError(file: "\(name).json", reason: "not found in the PierEngine resource bundle")
        }
        return try decode(type, url, name: "\(name).json")
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL, name: String) throws(LoadError) -> T {
        do {
            let data = try Data(contentsOf: url)
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw LoadError(file: name, reason: "missing key '\(key.stringValue)' at \(path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw LoadError(file: name, reason: "\(context.debugDescription) at \(path(context.codingPath))")
        } catch {
            throw LoadError(file: name, reason: error.localizedDescription)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    /// The app with an id.
    public func app(_ id: String) -> PartnerApp? { apps.first { $0.id == id } }
}
