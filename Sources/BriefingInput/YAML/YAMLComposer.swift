import BriefingData
internal import CYaml
import Yams

/// The one place YAML text becomes a node tree: manifests, report manifests, themes, note front
/// matter and JSON tables all compose through here.
///
/// Before composing, the text's events are read once to measure what its aliases stand for, so a
/// file of a few kilobytes cannot stand for gigabytes (`[&a "<100 KB>", *a, *a, …]`, or anchors of
/// lists of aliases nested like the "billion laughs"). This pass keeps one size per anchor, so its
/// time and memory grow with the text, not with what the aliases would expand to.
enum YAMLComposer {
    /// The most aliases (`*name`) one file may use.
    static let maximumAliases = 1_000
    /// The most values (scalars, lists and mappings) all aliases of one file may stand for together.
    static let maximumAliasedValues = 100_000
    /// The most bytes of scalar text all aliases of one file may stand for together.
    static let maximumAliasedBytes = 1_000_000

    /// An alias beyond the limits, at its `*name`, or a list or mapping nested too deep, at its start.
    struct LimitError: Error {
        /// 1-based, like Yams' marks.
        var line: Int
        var column: Int
        var message: String
    }

    /// The single document in `text`; nil when there is none.
    /// - Throws: `LimitError` at the first alias beyond the limits or the first list or mapping
    ///   nested too deep, else Yams' `YamlError`.
    static func compose(_ text: String, resolver: Resolver = .plainScalars) throws -> Node? {
        try checkAliases(text)
        return try Yams.compose(yaml: text, resolver)
    }

    /// What an anchored node stands for.
    private struct Size {
        var values = 0
        var bytes = 0

        static func += (a: inout Size, b: Size) {
            a.values += b.values
            a.bytes += b.bytes
        }
    }

    /// Throws at the first alias beyond the limits. Text libyaml cannot parse passes, for Yams to
    /// report when it composes.
    static func checkAliases(_ text: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var utf8 = Array(text.utf8)
        try utf8.withUnsafeMutableBufferPointer { buffer throws in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchors: [String: Size] = [:]
            // The open lists and mappings: their anchor and their size so far.
            var open: [(anchor: String?, size: Size)] = []
            var aliases = 0
            var aliased = Size()
            func add(_ size: Size) {
                if open.isEmpty { return }
                open[open.count - 1].size += size
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_SCALAR_EVENT:
                    let size = Size(values: 1, bytes: event.data.scalar.length)
                    if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = size }
                    add(size)
                case YAML_SEQUENCE_START_EVENT:
                    try checkDepth(open.count, at: event)
                    open.append((name(event.data.sequence_start.anchor), Size(values: 1)))
                case YAML_MAPPING_START_EVENT:
                    try checkDepth(open.count, at: event)
                    open.append((name(event.data.mapping_start.anchor), Size(values: 1)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { break }
                    if let anchor = closed.anchor { anchors[anchor] = closed.size }
                    add(closed.size)
                case YAML_ALIAS_EVENT:
                    // An alias of an anchor not yet complete is Yams' "found undefined alias".
                    guard let anchor = name(event.data.alias.anchor), let size = anchors[anchor] else { break }
                    aliases += 1
                    aliased += size
                    add(size)
                    let (line, column) = (event.start_mark.line + 1, event.start_mark.column + 1)
                    if aliases > maximumAliases {
                        throw LimitError(
                            line: line, column: column,
                            message: "too many aliases: '*\(anchor)' is alias number \(count(aliases)) in this file "
                                + "(expected at most \(count(maximumAliases)))")
                    }
                    if aliased.values > maximumAliasedValues || aliased.bytes > maximumAliasedBytes {
                        throw LimitError(
                            line: line, column: column,
                            message: "alias '*\(anchor)' repeats too much: the aliases up to here stand "
                                + "for \(count(aliased.values)) values and \(count(aliased.bytes)) bytes of text "
                                + "(expected at most \(count(maximumAliasedValues)) values and "
                                + "\(count(maximumAliasedBytes)) bytes in a file)")
                    }
                default:
                    break
                }
            }
        }
    }

    /// Throws when a list or mapping opening inside `depth` open ones nests deeper than
    /// `TableLimits.nestingDepth` (composing recurses once per level).
    private static func checkDepth(_ depth: Int, at event: yaml_event_t) throws {
        guard depth >= TableLimits.nestingDepth else { return }
        throw LimitError(
            line: event.start_mark.line + 1, column: event.start_mark.column + 1,
            message: nestingMessage)
    }

    private static let nestingMessage =
        "nesting too deep: expected at most \(TableLimits.nestingDepth) levels of lists and mappings"

    /// libyaml's description of a problem, in our words where its own names a C function
    /// ("Maximum nesting level reached, set with yaml_set_max_nest_level()").
    static func describe(_ problem: String) -> String {
        problem.hasPrefix("Maximum nesting level reached")
            ? nestingMessage : problem
    }

    /// `1,000,000`.
    private static func count(_ number: Int) -> String {
        ValueFormatter(language: .en).number(Double(number), decimals: 0)
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
