import BriefingCore
import Yams

/// Reads one chart of a manifest's `charts` section: its kind, what it shows and its options,
/// each checked against what the kind accepts.
enum ChartSpecReader {
    typealias Kind = Manifest.ChartSpec.Kind

    /// The options each kind accepts beyond `id`, `kind`, `title` and `data-table`.
    static let options: [Kind: [String]] = [
        .ranking: ["indicator"], .monthly: ["indicator"], .growthVsTarget: [], .yearComparison: ["indicator"],
        .bar: ["indicator", "orientation", "sort", "highlight", "year"],
        .stackedBar: ["indicators", "sort", "year"], .line: ["indicator", "indicators"],
        .area: ["indicator", "indicators"], .bullet: ["indicators"], .waterfall: ["indicator", "sort", "year"],
        .donut: ["indicator", "top", "year"], .growth: ["indicator", "sort"],
    ]

    static func read(_ node: Node, source: SourceText, diagnostics: inout [Diagnostic]) -> Manifest.ChartSpec? {
        guard var fields = YAMLFields(node, what: "a chart", source: source, diagnostics: &diagnostics) else {
            return nil
        }
        let id = fields.string("id", required: true)
        // `briefing chart` names its files by the id: one rule for check, build and chart.
        if let id, let node = fields.node("id"), let problem = FileName.problem(id) {
            fields.error(at: node, "chart id \(FileName.quoted(id)) cannot name a file: \(problem)")
        }
        let kind = fields.choice("kind", Kind.self)
        if fields.node("kind") == nil {
            fields.missing("kind", "one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var indicator: Manifest.IndicatorReference?
        if let text = fields.string("indicator"), let node = fields.node("indicator") {
            indicator = Manifest.IndicatorReference(id: text, location: source.location(of: node))
        }
        var indicators: [Manifest.IndicatorReference] = []
        for item in fields.sequence("indicators") ?? [] {
            guard let text = item.scalar?.string else {
                fields.error(at: item, "expected an indicator id, found \(item.kind)")
                continue
            }
            indicators.append(Manifest.IndicatorReference(id: text, location: source.location(of: item)))
        }
        let title = fields.string("title")
        let orientation = fields.choice("orientation", Manifest.ChartSpec.Orientation.self)
        let sort = fields.choice("sort", Manifest.ChartSpec.Sort.self)
        var highlight: Manifest.EntityReference?
        if let text = fields.string("highlight"), let node = fields.node("highlight") {
            highlight = Manifest.EntityReference(id: text, location: source.location(of: node))
        }
        let year = fields.int("year", in: 1900...2200)
        let top = fields.int("top", in: 1...20)
        let dataTable = fields.bool("data-table") ?? false
        if let kind {
            checkOptions(of: kind, in: node, fields: &fields)
            let several = fields.node("indicators") != nil
            switch kind {
            case .growthVsTarget, .bullet:
                break
            case .stackedBar:
                if !several { fields.missing("indicators", "the list of indicators a stacked-bar chart stacks") }
            case .line, .area:
                if indicator == nil && !several {
                    fields.missing("indicator", "the indicator a \(kind.rawValue) chart shows (or 'indicators')")
                }
            default:
                if indicator == nil && fields.node("indicator") == nil {
                    fields.missing("indicator", "the indicator a \(kind.rawValue) chart shows")
                }
            }
            if indicator != nil && several, let node = fields.node("indicators") {
                fields.error(at: node, "give either 'indicator' or 'indicators', not both")
            }
        }
        diagnostics += fields.finish(context: "a chart")
        guard let id, let kind else { return nil }
        var spec = Manifest.ChartSpec(
            id: id, kind: kind, indicator: indicator, title: title, location: source.location(of: node))
        spec.indicators = indicators
        spec.orientation = orientation ?? .horizontal
        spec.sort = sort ?? .descending
        spec.highlight = highlight
        spec.year = year
        spec.top = top
        spec.topLocation = fields.node("top").map { source.location(of: $0) }
        spec.dataTable = dataTable
        return spec
    }

    /// Reports options the chart's kind does not take, naming the kinds that do.
    private static func checkOptions(of kind: Kind, in node: Node, fields: inout YAMLFields) {
        let general = ["id", "kind", "title", "data-table"]
        let allowed = general + (options[kind] ?? [])
        for (key, _) in node.mapping ?? [:] {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let takers = Kind.allCases.filter { options[$0]?.contains(name) == true }.map(\.rawValue)
            guard !takers.isEmpty else { continue }  // an unknown key: `finish` reports it
            fields.error(
                at: key,
                "'\(name)' does not apply to a \(kind.rawValue) chart (it is an option of \(takers.joined(separator: ", ")))"
            )
        }
    }
}
