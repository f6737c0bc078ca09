import BriefingCore
import Foundation
import Yams

extension ManifestReader {
    /// The highest issue number and print run taken.
    static let largestIssue = 9999
    static let largestPrintRun = 1_000_000

    /// `bulletin`, `issue`, `distribution`, `printed-by` and `print-run`.
    static func bulletin(_ fields: inout YAMLFields) -> Bulletin {
        var bulletin = Bulletin()
        bulletin.name = fields.string("bulletin")
        bulletin.issue = issue(&fields)
        bulletin.distribution = distribution(&fields)
        bulletin.printedBy = fields.string("printed-by")
        bulletin.printRun = fields.int("print-run", in: 1...largestPrintRun)
        return bulletin
    }

    /// A whole number from 1, or text holding one (`2014年第3期`, `No. 3/2014`).
    private static func issue(_ fields: inout YAMLFields) -> Bulletin.Issue? {
        guard let node = fields.node("issue") else { return nil }
        let expected =
            "expected 'issue' to be a whole number from 1 to \(largestIssue) (set as 第3期) or text holding the number such as '2014年第3期'"
        guard case .scalar(let scalar) = node, !node.isNull else {
            fields.error(at: node, "\(expected), found \(node.kind)")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if scalar.style == .plain, let number = Int(text) {
            guard (1...largestIssue).contains(number) else {
                fields.error(at: node, "\(expected), found '\(text)'")
                return nil
            }
            return .number(number)
        }
        guard
            text.unicodeScalars.contains(where: {
                ("1"..."9").contains($0) || "一二三四五六七八九十百".unicodeScalars.contains($0)
            }),
            let checked = fields.string("issue")
        else {
            fields.error(at: node, "\(expected), found '\(text)'")
            return nil
        }
        return .text(checked.trimmingCharacters(in: .whitespaces))
    }

    /// `distribution: {报: [...], 送: [...], 发: [...]}`, or the English keys `report`, `copy`,
    /// `send`; each a name or a list of names.
    private static func distribution(_ fields: inout YAMLFields) -> [Bulletin.Recipients: [String]] {
        guard let node = fields.node("distribution") else { return [:] }
        var diagnostics: [Diagnostic] = []
        defer { fields.absorb(diagnostics) }
        guard var lines = YAMLFields(node, what: "'distribution'", source: fields.source, diagnostics: &diagnostics)
        else { return [:] }
        var result: [Bulletin.Recipients: [String]] = [:]
        for recipients in Bulletin.Recipients.allCases {
            let chinese = lines.node(recipients.rawValue)
            let english = lines.node(recipients.englishKey)
            if chinese != nil, let english {
                lines.error(
                    at: english,
                    "'\(recipients.englishKey)' and '\(recipients.rawValue)' are the same line of the distribution: give one of them"
                )
                continue
            }
            let key = chinese == nil ? recipients.englishKey : recipients.rawValue
            guard let value = chinese ?? english else { continue }
            if let names = names(value, key: key, in: &lines) { result[recipients] = names }
        }
        diagnostics += lines.finish(context: "'distribution'")
        return result
    }

    /// A name or a non-empty list of names, none blank.
    private static func names(_ node: Node, key: String, in fields: inout YAMLFields) -> [String]? {
        let items = node.sequence.map(Array.init) ?? [node]
        let expected = "expected '\(key)' to be a name or a list of names"
        guard !items.isEmpty else {
            fields.error(at: node, "\(expected), found an empty list")
            return nil
        }
        var names: [String] = []
        for item in items {
            guard case .scalar(let scalar) = item, !item.isNull else {
                fields.error(at: item, "\(expected), found \(item.kind)")
                return nil
            }
            let printable = PrintableText(scalar.string, coverage: fields.source.coverage)
            fields.absorb(
                printable.warnings(
                    at: fields.source.location(of: item), in: fields.source, prefix: "'\(key)': ",
                    exact: scalar.style == .plain))
            let name = printable.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                fields.error(at: item, "\(expected), found blank text")
                return nil
            }
            names.append(name)
        }
        return names
    }
}
