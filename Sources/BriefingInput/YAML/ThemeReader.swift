import BriefingCore
import Foundation
import Yams

/// Reads a theme: the default theme file, with a brief's own theme file laid over it key by key.
/// The default file is also the schema: a key it does not have is reported as unknown.
public enum ThemeReader {
    /// The theme at `defaultFile` (a path: the bundled default) with the theme file `override`
    /// of `world` (a brief's folder) laid over it, every value of both files checked against
    /// `rules` at its place in its file.
    public static func read<T: Decodable>(
        _ type: T.Type, defaultFile: String, override: String?, in world: BriefWorld, rules: ThemeRules
    ) throws(DiagnosticError) -> T {
        let defaults = defaultFile as NSString
        let (base, baseSource) = try load(
            defaults.lastPathComponent, in: BriefWorld(folder: defaults.deletingLastPathComponent))
        var merged = base
        var diagnostics = rules.problems(in: base, source: baseSource)
        var overrideFile: (Node, SourceText)?
        if let override {
            let (node, source) = try load(override, in: world)
            overrideFile = (node, source)
            diagnostics += unknownKeys(in: node, schema: base, source: source, context: "the theme")
            diagnostics += rules.problems(in: node, source: source)
            merged = merge(node, over: base)
        }
        diagnostics += rules.marginProblems(merged: merged, override: overrideFile, base: (base, baseSource))
        diagnostics += rules.orderProblems(merged: merged, override: overrideFile, base: (base, baseSource))
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        let overrideSource = overrideFile?.1
        do {
            return try YAMLDecoder().decode(T.self, from: merged)
        } catch {
            let source = overrideSource ?? baseSource
            var message = "invalid theme: \(error)"
            var location = source.location(line: 1, column: 1)
            if case .dataCorrupted(let context) = error as? DecodingError {
                message =
                    "invalid theme value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
                if let node = node(at: context.codingPath, in: merged), let mark = node.mark {
                    location = source.location(line: mark.line, column: mark.column)
                }
            } else if case .typeMismatch(let expected, let context) = error as? DecodingError {
                message =
                    "expected '\(context.codingPath.map(\.stringValue).joined(separator: "."))' in the theme to be \(describe(expected))"
                if let node = node(at: context.codingPath, in: merged), let mark = node.mark {
                    location = source.location(line: mark.line, column: mark.column)
                    message += ", found \(node.kind)"
                }
            }
            throw DiagnosticError([source.error(location, message)])
        }
    }

    private static func load(_ name: String, in world: BriefWorld) throws(DiagnosticError) -> (Node, SourceText) {
        let text: String
        switch world.text(name, as: .theme) {
        case .success(let read): text = read
        case .failure(let error): throw error
        }
        let source = SourceText(path: world.path(of: name), text: text)
        do {
            guard let node = try YAMLComposer.compose(text) else { return (Node.mapping(Node.Mapping([])), source) }
            return (node, source)
        } catch {
            throw DiagnosticError([source.diagnostic(for: error)])
        }
    }

    /// `top` with every mapping merged recursively into `base`'s.
    static func merge(_ top: Node, over base: Node) -> Node {
        guard let topMapping = top.mapping, var baseMapping = base.mapping else { return top }
        for (key, value) in topMapping {
            if let existing = baseMapping[key] {
                baseMapping[key] = merge(value, over: existing)
            } else {
                baseMapping[key] = value
            }
        }
        return .mapping(baseMapping)
    }

    private static func unknownKeys(in node: Node, schema: Node, source: SourceText, context: String) -> [Diagnostic] {
        guard let mapping = node.mapping, let schemaMapping = schema.mapping else { return [] }
        let known = Array(schemaMapping.keys.compactMap(\.string))
        // Mappings keyed by language (fonts, line-height) take any key the schema's entries have the shape of.
        let open = known.allSatisfy { $0.count == 2 }
        var result: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let expected = schemaMapping[key] {
                result += unknownKeys(in: value, schema: expected, source: source, context: "'\(name)'")
            } else if open, let first = schemaMapping.values.first {
                result += unknownKeys(in: value, schema: first, source: source, context: "'\(name)'")
            } else {
                let hint = Suggestion.hint(for: name, among: known)
                result.append(source.error(source.location(of: key), "unknown key '\(name)' in \(context)\(hint)"))
            }
        }
        return result
    }

    private static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current: Node? = root
        for key in path {
            if let index = key.intValue, let sequence = current?.sequence {
                current = index < sequence.count ? sequence[index] : nil
            } else {
                current = current?.mapping?[key.stringValue]
            }
        }
        return current
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is String.Type: return "text"
        default: return "a \(type)"
        }
    }
}
