import BriefingCore
import Foundation
import Yams

extension ManifestReader {
    /// The file of a `data:` table entry, resolved against the manifest's folder; nil (with an
    /// error at `node`) when it lies outside that folder.
    static func tableFile(
        _ file: String, at node: Node, source: SourceText, resolve: (String) -> String,
        diagnostics: inout [Diagnostic]
    ) -> String? {
        let resolved = resolve(file)
        let folder = (source.path as NSString).deletingLastPathComponent
        if let problem = BriefFolder.problem(with: resolved, written: file, folder: folder) {
            diagnostics.append(source.error(source.location(of: node), problem))
            return nil
        }
        return resolved
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
