import BriefingCore
import BriefingData

/// One report of a batch: an entity, a month, a language, and the file it goes to.
public struct BatchJob: Hashable, Sendable, Codable {
    public var entity: String
    public var period: Period
    public var language: Language
    /// The output path relative to the output folder.
    public var output: String

    public init(entity: String, period: Period, language: Language, output: String) {
        self.entity = entity
        self.period = period
        self.language = language
        self.output = output
    }

    /// Names the report in messages: `'hitech' 2013-05 en`, the entity id quoted by
    /// `FileName.quoted` so that a control character in it is shown, not acted on by a terminal.
    public var name: String { "\(FileName.quoted(entity)) \(period) \(language.rawValue)" }
}

extension Period: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
