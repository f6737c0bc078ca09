import BriefingCore
import Yams

/// Finds the YAML front matter at the top of a notes file and reads it into a flat map.
enum NoteFrontMatterReader {
    /// Where the front matter is: its YAML text and the lines it takes.
    struct Split {
        /// The YAML between the fences, lines joined with `\n`; nil when the file has no front matter.
        var yaml: String?
        /// The 1-based file line of the first YAML line.
        var yamlFirstLine: Int
        /// How many lines, fences included, the front matter takes from the top of the file.
        var lineCount: Int
    }

    /// Finds the front matter: a first line `---` and the YAML up to the next `---` (or `...`) line.
    static func split(_ source: SourceText) throws(DiagnosticError) -> Split {
        guard let first = source.lines.first, isFence(first, closing: false) else {
            return Split(yaml: nil, yamlFirstLine: 1, lineCount: 0)
        }
        guard let closing = source.lines.indices.dropFirst().first(where: { isFence(source.lines[$0], closing: true) })
        else {
            throw DiagnosticError([
                source.error(
                    source.location(line: 1, column: 1),
                    "unterminated front matter: expected a closing '---' line after line 1, found the end of the file")
            ])
        }
        let yaml = source.lines[1..<closing].joined(separator: "\n")
        return Split(yaml: yaml, yamlFirstLine: 2, lineCount: closing + 1)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }

    /// Reads the YAML of the front matter; problems are reported at their place in the notes file.
    static func read(_ split: Split, source: SourceText) -> (NoteFrontMatter, [Diagnostic]) {
        guard let yaml = split.yaml else { return (NoteFrontMatter(), []) }
        let lineOffset = split.yamlFirstLine - 1
        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return source.location(line: split.yamlFirstLine, column: 1) }
            return source.location(line: mark.line + lineOffset, column: mark.column)
        }

        let root: Node?
        do {
            root = try YAMLComposer.compose(yaml)
        } catch let error as YAMLComposer.LimitError {
            return (
                NoteFrontMatter(),
                [source.error(source.location(line: error.line + lineOffset, column: error.column), error.message)]
            )
        } catch let error as YamlError {
            return (
                NoteFrontMatter(),
                [diagnostic(for: error, yaml: yaml, lineOffset: lineOffset, location: location, source: source)]
            )
        } catch {
            return (NoteFrontMatter(), [source.error(location(nil), "invalid front matter: \(error)")])
        }
        guard let root else { return (NoteFrontMatter(), []) }
        guard let mapping = root.mapping else {
            return (
                NoteFrontMatter(),
                [
                    source.error(
                        location(root.mark),
                        "expected the front matter to be a mapping of keys to values, found \(describe(root))")
                ]
            )
        }

        var entries: [NoteFrontMatter.Entry] = []
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(
                    source.error(
                        location(keyNode.mark), "expected a front matter key to be text, found \(describe(keyNode))"))
                continue
            }
            if let value = text(of: valueNode) {
                let printable = PrintableText(value, coverage: source.coverage)
                diagnostics += printable.warnings(
                    at: location(valueNode.mark), in: source, prefix: "front matter key '\(key)': ")
                entries.append(
                    NoteFrontMatter.Entry(key: key, value: printable.text, location: location(valueNode.mark)))
            } else if let items = valueNode.sequence {
                var values: [String] = []
                for item in items {
                    if let value = text(of: item) {
                        values.append(value)
                    } else {
                        diagnostics.append(
                            source.error(
                                location(item.mark),
                                "expected the items of front matter key '\(key)' to be text, found \(describe(item))"))
                    }
                }
                entries.append(
                    NoteFrontMatter.Entry(
                        key: key, value: values.joined(separator: "; "), location: location(valueNode.mark)))
            } else {
                diagnostics.append(
                    source.error(
                        location(valueNode.mark),
                        "expected the value of front matter key '\(key)' to be text or a list of text, found \(describe(valueNode))"
                    ))
            }
        }
        return (NoteFrontMatter(entries: entries), diagnostics)
    }

    /// The text of a scalar as written; the empty string for null.
    private static func text(of node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return "" }
        return scalar.string
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private static func diagnostic(
        for error: YamlError, yaml: String, lineOffset: Int, location: (Mark?) -> SourceLocation,
        source: SourceText
    ) -> Diagnostic {
        func context(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) on line \(location(context.mark).line))"
        }
        switch error {
        case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
            .composer(let ctx, let problem, let mark, _):
            return source.error(
                location(mark), "invalid front matter: \(YAMLComposer.describe(problem))\(context(ctx))")
        case .duplicatedKeysInMapping(let duplicates, let ctx):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "key" : "keys"
            return source.error(
                location(ctx.mark), "duplicate front matter \(noun) \(keys): expected each key once")
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return source.error(
                source.location(line: line + lineOffset, column: column), "invalid front matter: \(problem)")
        default:
            return source.error(location(nil), "invalid front matter: \(error)")
        }
    }

    /// The line and column of the `offset`-th character of `text`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
