import BriefingCore
import Foundation
import Yams

/// What each value of a theme file may be: numbers finite and within a range for their kind,
/// colours `#rrggbb`, lists holding a bounded number of items, and margins that leave a text area
/// on the page. ``ThemeReader`` checks every file's values at their YAML nodes before decoding.
public struct ThemeRules: Sendable {
    /// What one value may be.
    public indirect enum Value: Sendable {
        /// A number in `range`; `what` names it for messages ("a font size", "a multiple of the font size").
        case number(ClosedRange<Double>, what: String, unit: String)
        /// A whole number in `range`; `what` names it ("a whole number of lines").
        case wholeNumber(ClosedRange<Int>, what: String)
        /// `#rrggbb`.
        case colour
        /// Text of 1 to `maximumLength` characters.
        case text(maximumLength: Int)
        /// One of these words.
        case choice([String])
        /// A list of `count` items, each an `item`.
        case list(count: ClosedRange<Int>, item: Value)
    }

    /// The page the margins must leave a text area on.
    public struct Margins: Sendable {
        /// The key path of the mapping holding `top`, `right`, `bottom` and `left`.
        public var path: [String]
        public var page: Size
        /// The smallest text area the margins may leave.
        public var minimumText: Size

        public init(path: [String], page: Size, minimumText: Size) {
            self.path = path
            self.page = page
            self.minimumText = minimumText
        }
    }

    /// Numbers that must get strictly smaller from one key to the next, and why.
    public struct Descending: Sendable {
        /// The key paths, largest first (`sizes.heading-1`, `sizes.heading-2`…).
        public var paths: [[String]]
        /// After each number in messages: `" points"`.
        public var unit: String
        /// Why, for messages: "so that each heading level looks different".
        public var reason: String

        /// Key paths of lists, item by item parallel to `paths` (`headings.fonts`): two neighbours
        /// may be equal when one of these lists tells them apart.
        public var distinguishedBy: [[String]]

        public init(_ paths: [String], unit: String, reason: String, distinguishedBy: [String] = []) {
            self.paths = paths.map { $0.split(separator: ".").map(String.init) }
            self.unit = unit
            self.reason = reason
            self.distinguishedBy = distinguishedBy.map { $0.split(separator: ".").map(String.init) }
        }
    }

    /// Rules by key path, `*` standing for any key (`sizes.*`, `fonts.*.sans`).
    public var values: [(path: [String], value: Value)]
    public var margins: Margins?
    public var descending: [Descending]

    public init(values: [(path: String, value: Value)], margins: Margins?, descending: [Descending] = []) {
        self.values = values.map { ($0.path.split(separator: ".").map(String.init), $0.value) }
        self.margins = margins
        self.descending = descending
    }

    /// Every value of `node` (a whole theme file) that breaks its rule, at its place in `source`.
    func problems(in node: Node, source: SourceText) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        walk(node, path: [], source: source, into: &problems)
        return problems
    }

    private func walk(_ node: Node, path: [String], source: SourceText, into problems: inout [Diagnostic]) {
        if let rule = rule(for: path) {
            problems += check(node, against: rule, subject: "'\(path.joined(separator: "."))'", source: source)
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                walk(value, path: path + [name], source: source, into: &problems)
            }
        }
    }

    private func rule(for path: [String]) -> Value? {
        values.first { rule in
            rule.path.count == path.count && zip(rule.path, path).allSatisfy { $0 == "*" || $0 == $1 }
        }?.value
    }

    /// - Parameter subject: what the node is, for messages: `'sizes.body'`, `each item of 'colors.chart-palette'`.
    private func check(_ node: Node, against rule: Value, subject: String, source: SourceText) -> [Diagnostic] {
        func problem(_ expected: String) -> [Diagnostic] {
            [
                source.error(
                    source.location(of: node),
                    "expected \(subject) in the theme to be \(expected), found \(node.describedValue)")
            ]
        }
        switch rule {
        case .number(let range, let what, let unit):
            let expected = "\(what) from \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound))\(unit)"
            guard let scalar = node.scalar, let value = Double.construct(from: scalar), value.isFinite,
                range.contains(value)
            else { return problem(expected) }
            return []
        case .wholeNumber(let range, let what):
            guard let scalar = node.scalar, let value = Int.construct(from: scalar), range.contains(value) else {
                return problem("\(what) from \(range.lowerBound) to \(range.upperBound)")
            }
            return []
        case .colour:
            guard let scalar = node.scalar, Color(hex: scalar.string) != nil else { return problem("a colour #rrggbb") }
            return []
        case .text(let maximumLength):
            guard let scalar = node.scalar, !node.isNull, (1...maximumLength).contains(scalar.string.count) else {
                return problem("text of 1 to \(maximumLength) characters")
            }
            return []
        case .choice(let words):
            guard let scalar = node.scalar, words.contains(scalar.string) else {
                return problem("one of " + words.map { "'\($0)'" }.joined(separator: ", "))
            }
            return []
        case .list(let count, let item):
            guard let items = node.sequence, count.contains(items.count) else {
                let noun = count.upperBound == 1 ? "item" : "items"
                let found =
                    node.sequence.map { $0.isEmpty ? "an empty list" : "a list of \($0.count) items" } ?? node.kind
                return [
                    source.error(
                        source.location(of: node),
                        "expected \(subject) in the theme to be a list of \(count.lowerBound) to \(count.upperBound) "
                            + "\(noun), found \(found)")
                ]
            }
            return items.flatMap { check($0, against: item, subject: "each item of \(subject)", source: source) }
        }
    }

    /// The problem with the margins of `merged` (the theme with the brief's file laid over the
    /// default), reported at the margins of `override` when it sets them, else of `base`.
    func marginProblems(merged: Node, override: (Node, SourceText)?, base: (Node, SourceText)) -> [Diagnostic] {
        guard let margins, let mapping = node(at: margins.path, in: merged) else { return [] }
        // A side that breaks its own rule is reported where it is written, not here.
        func side(_ key: String) -> Double? {
            guard let node = mapping.mapping?[key], let scalar = node.scalar else { return nil }
            if let rule = rule(for: margins.path + [key]),
                !check(node, against: rule, subject: key, source: base.1).isEmpty
            {
                return nil
            }
            return Double.construct(from: scalar)
        }
        guard let top = side("top"), let right = side("right"), let bottom = side("bottom"), let left = side("left")
        else { return [] }
        let width = margins.page.width - left - right
        let height = margins.page.height - top - bottom
        guard width < margins.minimumText.width || height < margins.minimumText.height else { return [] }
        let (file, source) =
            override.flatMap { file in node(at: margins.path, in: file.0).map { ($0, file.1) } }
            ?? (node(at: margins.path, in: base.0) ?? base.0, base.1)
        let name = margins.path.joined(separator: ".")
        return [
            source.error(
                source.location(of: file),
                "expected '\(name)' in the theme to leave a text area at least \(Self.text(margins.minimumText.width)) "
                    + "points wide and \(Self.text(margins.minimumText.height)) points tall, found "
                    + "\(Self.text(width)) × \(Self.text(height)) points on a page of "
                    + "\(Self.text(margins.page.width)) × \(Self.text(margins.page.height))")
        ]
    }

    /// The neighbours of a `descending` list in `merged` that are not in order, each reported at
    /// the one of the two that `override` sets (the later when it sets both), else in `base`.
    func orderProblems(merged: Node, override: (Node, SourceText)?, base: (Node, SourceText)) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for order in descending {
            // A value that breaks its own rule is reported where it is written, not here.
            let values = order.paths.map { path -> Double? in
                guard let node = node(at: path, in: merged), let scalar = node.scalar,
                    let rule = rule(for: path), check(node, against: rule, subject: "", source: base.1).isEmpty
                else { return nil }
                return Double.construct(from: scalar)
            }
            let lists = order.distinguishedBy.compactMap { node(at: $0, in: merged)?.sequence?.map(\.string) }
            for index in order.paths.indices.dropLast() {
                let distinct = lists.contains { $0.count > index + 1 && $0[index] != $0[index + 1] }
                guard let larger = values[index], let smaller = values[index + 1],
                    larger < smaller || (larger == smaller && !distinct)
                else { continue }
                let (above, below) = (order.paths[index], order.paths[index + 1])
                let name = { (path: [String]) in "'" + path.joined(separator: ".") + "'" }
                let text = { (value: Double) in Self.text(value) + order.unit }
                if let file = override, let written = node(at: above, in: file.0), node(at: below, in: file.0) == nil {
                    problems.append(
                        file.1.error(
                            file.1.location(of: written),
                            "expected \(name(above)) in the theme to be larger than \(name(below)) "
                                + "(\(text(smaller))), \(order.reason), found \(text(larger))"))
                    continue
                }
                let (file, source) =
                    override.flatMap { file in node(at: below, in: file.0).map { ($0, file.1) } }
                    ?? (node(at: below, in: base.0) ?? base.0, base.1)
                let message =
                    "expected \(name(below)) in the theme to be smaller than \(name(above)) "
                    + "(\(text(larger))), \(order.reason), found \(text(smaller))"
                problems.append(source.error(source.location(of: file), message))
            }
        }
        return problems
    }

    private func node(at path: [String], in root: Node) -> Node? {
        path.reduce(Optional(root)) { $0?.mapping?[$1] }
    }

    /// `72`, `0.8`, `595.3`: a number for messages, at most one decimal.
    private static func text(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(format: "%.0f", rounded) : String(format: "%.1f", rounded)
    }
}
