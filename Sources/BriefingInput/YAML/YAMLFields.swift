import BriefingCore
import Yams

/// Reads a YAML mapping key by key, reporting wrong types, missing keys and unknown keys as
/// diagnostics at their place in the file instead of stopping at the first.
struct YAMLFields {
    let mapping: Node.Mapping
    let source: SourceText
    /// Where the mapping starts, for "missing key" errors.
    let location: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    private var known: [String] = []

    /// Nil (with an error in `diagnostics`) when `node` is not a mapping.
    init?(_ node: Node, what: String, source: SourceText, diagnostics: inout [Diagnostic]) {
        self.source = source
        self.location = source.location(of: node)
        guard let mapping = node.mapping else {
            diagnostics.append(
                source.error(
                    source.location(of: node), "expected \(what) to be a mapping of keys to values, found \(node.kind)")
            )
            return nil
        }
        self.mapping = mapping
    }

    /// The value under `key`; declares `key` as known.
    mutating func node(_ key: String) -> Node? {
        if !known.contains(key) { known.append(key) }
        return mapping.first { $0.key.string == key }?.value
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { missing(key, "text") }
            return nil
        }
        guard case .scalar(let scalar) = node, !node.isNull else {
            error(at: node, "expected '\(key)' to be text, found \(node.kind)")
            return nil
        }
        let printable = PrintableText(scalar.string, coverage: source.coverage)
        diagnostics += printable.warnings(
            at: source.location(of: node), in: source, prefix: "'\(key)': ", exact: scalar.style == .plain)
        return printable.text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.scalar.flatMap({ Bool.construct(from: $0) }) else {
            error(at: node, "expected '\(key)' to be true or false, found \(node.describedValue)")
            return nil
        }
        return value
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value) else {
            error(
                at: node,
                "expected '\(key)' to be a whole number from \(range.lowerBound) to \(range.upperBound), found \(node.describedValue)"
            )
            return nil
        }
        return value
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(key), let node = mapping.first(where: { $0.key.string == key })?.value else {
            return nil
        }
        if let value = T(rawValue: text) { return value }
        let options = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let hint = Suggestion.hint(for: text, among: T.allCases.map(\.rawValue))
        error(at: node, "expected '\(key)' to be one of \(options), found '\(text)'\(hint)")
        return nil
    }

    mutating func sequence(_ key: String) -> [Node]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else {
            error(at: node, "expected '\(key)' to be a list, found \(node.kind)")
            return nil
        }
        return Array(sequence)
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let items = sequence(key) else { return nil }
        var result: [String] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                error(at: item, "expected each item of '\(key)' to be text, found \(item.kind)")
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    mutating func missing(_ key: String, _ expected: String) {
        diagnostics.append(source.error(location, "missing key '\(key)': expected \(expected)"))
    }

    mutating func error(at node: Node, _ message: String) {
        diagnostics.append(source.error(source.location(of: node), message))
    }

    mutating func absorb(_ other: [Diagnostic]) { diagnostics += other }

    /// Reports every key that was not asked for, with a "did you mean" hint, and returns all diagnostics.
    mutating func finish(context: String) -> [Diagnostic] {
        for (key, _) in mapping {
            let name = key.string ?? ""
            guard !known.contains(name) else { continue }
            let hint = Suggestion.hint(for: name, among: known)
            let expected = known.map { "'\($0)'" }.joined(separator: ", ")
            error(at: key, "unknown key '\(name)' in \(context)\(hint) (expected one of \(expected))")
        }
        return diagnostics
    }
}

extension Node {
    /// What kind of YAML value this is, for messages.
    var kind: String {
        switch self {
        case .scalar: return isNull ? "nothing" : "text '\(scalar?.string ?? "")'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Whether the node is YAML's null (`~`, `null`, or nothing), written without quotes.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The value quoted for messages.
    var describedValue: String {
        if case .scalar(let scalar) = self { return "'\(scalar.string)'" }
        return kind
    }
}

extension SourceText {
    /// Where a YAML node starts.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location(line: 1, column: 1) }
        return location(line: mark.line, column: mark.column)
    }

    /// Turns a Yams error into a diagnostic at its position.
    func diagnostic(for error: Error) -> Diagnostic {
        if let expansion = error as? YAMLComposer.LimitError {
            return self.error(location(line: expansion.line, column: expansion.column), expansion.message)
        }
        guard let yamlError = error as? YamlError else {
            return self.error(location(line: 1, column: 1), "invalid YAML: \(error)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return self.error(
                location(line: mark.line, column: mark.column), "invalid YAML: \(YAMLComposer.describe(problem))")
        case .reader(let problem, _, _, _):
            return self.error(location(line: 1, column: 1), "invalid YAML: \(problem)")
        default:
            return self.error(location(line: 1, column: 1), "invalid YAML: \(yamlError)")
        }
    }
}

extension Resolver {
    /// Leaves every scalar as text: our readers convert values themselves, with their own messages,
    /// so the default resolver's regular expressions (about 1 ms to compile per process) buy nothing.
    static let plainScalars = Resolver.basic
}
