import BriefingCore
import Foundation
import Yams

extension ManifestReader {
    /// A file name the manifest gives at `node`, recorded in `world` so that a refusal to read it
    /// (outside the brief's folder, not a regular file) points there.
    static func fileName(_ name: String, at node: Node, source: SourceText, world: inout BriefWorld) -> String {
        let location = source.location(of: node)
        world.refer(to: name, at: location, sourceLine: source.line(location.line))
        return name
    }

    /// The file name under `key` (`notes`, `theme`), recorded as ``fileName(_:at:source:world:)`` does.
    static func fileName(_ key: String, in fields: inout YAMLFields, world: inout BriefWorld) -> String? {
        guard let name = fields.string(key), let node = fields.node(key) else { return nil }
        return fileName(name, at: node, source: fields.source, world: &world)
    }

    /// The reading options of a `data:` table entry: `delimiter`, `encoding`, `decimal`, `sheet`.
    static func tableFormat(_ fields: inout YAMLFields) -> TableFormat {
        var format = TableFormat()
        if let text = fields.string("delimiter"), let node = fields.node("delimiter") {
            if text == "\\t" || text == "\t" {
                format.delimiter = "\t"
            } else if text.count == 1, let character = text.first, character.isASCII, character != "\"" {
                format.delimiter = character
            } else {
                fields.error(
                    at: node, "expected 'delimiter' to be one character such as ',', ';' or '\\t', found '\(text)'")
            }
        }
        if let text = fields.string("encoding"), let node = fields.node("encoding") {
            let normal = text.lowercased().replacingOccurrences(of: "_", with: "-")
            if let encoding = TableFormat.Encoding(rawValue: normal == "utf8" ? "utf-8" : normal) {
                format.encoding = encoding
            } else {
                let names = TableFormat.Encoding.allCases.map(\.rawValue)
                fields.error(
                    at: node,
                    "expected 'encoding' to be one of \(names.joined(separator: ", ")), found '\(text)'"
                        + Suggestion.hint(for: normal, among: names))
            }
        }
        if let text = fields.string("decimal"), let node = fields.node("decimal") {
            if text == "." || text == "," {
                format.decimalSeparator = Character(text)
            } else {
                fields.error(at: node, "expected 'decimal' to be '.' or ',', found '\(text)'")
            }
        }
        format.sheet = fields.string("sheet")
        return format
    }
}
