import BriefingCore
import BriefingData
import BriefingLayout
import Foundation

/// The figures of a brief over one window (the reporting year or year to date, or a chart's own
/// year), worded by indicator kind: a stock's level "at end of" the window, an average's, a
/// rate's or an index's mean over it, and the change on the base window as growth, or for a rate
/// as a difference (percentage points with one decimal, like growth, when the rate is in %).
struct WindowFigures {
    let figures: Figures
    let formatter: ValueFormatter
    let strings: Wording
    let window: Figures.Window

    /// The window the change is measured on: the same window a year before, or the previous year
    /// with data (``Figures/baseWindow(of:)``).
    var base: Figures.Window { figures.baseWindow(of: window) }

    /// en `2008`, `Q1–Q3 2009`; zh `2008年`, `2009年前三季度`.
    var label: String { formatter.window(window) }

    /// From the base to the window: en `2012–2013`, `Q1–Q3 2008–Q1–Q3 2009`; zh `2012—2013年`.
    var span: String {
        if case .year = window, case .year(let earlier) = base {
            return formatter.language.range(String(earlier), label)
        }
        return formatter.language.range(formatter.window(base), label)
    }

    /// The base as a change is said to be "on" it: en `2007`, `Q1–Q3 2008`, `2002`; zh `上年`,
    /// `上年同期` for the same window a year before, else `2002年`.
    var baseLabel: String {
        guard formatter.language == .zh, base == window.previousYear else { return formatter.window(base) }
        if case .year = window { return "上年" }
        return "上年同期"
    }

    /// Whether `indicator`'s figures over the window are read at its end rather than over it: a
    /// stock over part of a year (its level at end of June, never "January–June").
    func isReadAtEnd(_ indicator: Indicator?) -> Bool {
        guard indicator?.kind == .stock, case .yearToDate(let period) = window else { return false }
        return period.index < period.frequency.periodsPerYear
    }

    /// ``label`` as `indicator`'s figures cover the window: en `end of June 2014` for a stock over
    /// part of a year, else the window.
    func label(for indicator: Indicator?) -> String { isReadAtEnd(indicator) ? formatter.endOf(window) : label }

    /// The base window named as ``label(for:)`` names the window.
    func baseName(for indicator: Indicator?) -> String {
        isReadAtEnd(indicator) ? formatter.endOf(base) : formatter.window(base)
    }

    /// ``baseLabel`` for `indicator`: a stock over part of a year is on its level a year before
    /// (en `end of June 2013`, zh `上年同期`).
    func baseLabel(for indicator: Indicator?) -> String {
        guard isReadAtEnd(indicator), formatter.language == .en || base != window.previousYear else { return baseLabel }
        return formatter.endOf(base)
    }

    /// ``span`` for `indicator`: en `end of June 2013–end of June 2014` for a stock over part of a year.
    func span(for indicator: Indicator?) -> String {
        isReadAtEnd(indicator) ? formatter.language.range(baseName(for: indicator), label(for: indicator)) : span
    }

    /// Whether the change of `indicator` is a difference (a rate) rather than growth in %.
    static func changesByDifference(_ indicator: Indicator) -> Bool { indicator.changesByDifference }

    /// Whether a rate's difference is in percentage points: its unit is `%`.
    static func inPoints(_ indicator: Indicator) -> Bool {
        indicator.units.en.trimmingCharacters(in: .whitespaces) == "%"
    }

    /// What the value of `indicator` over the window is, when the name alone does not say: en
    /// `end of 2008` for a stock, `2008 average` for an average, a rate or an index; nil for a flow
    /// or a derived indicator.
    func qualifier(of indicator: Indicator) -> String? {
        switch indicator.kind {
        case .stock: return formatter.endOf(window)
        case .average, .rate, .index: return strings.average(label)
        case .flow, .ratio, .perCapita: return nil
        }
    }

    /// The indicator's name with its ``qualifier(of:)``: en `Money stock M1, end of 2008`, zh
    /// `货币供应量M1（2008年末）`.
    func qualifiedName(_ indicator: Indicator) -> String {
        let name = indicator.names[formatter.language]
        return qualifier(of: indicator).map { strings.qualified(name, $0) } ?? name
    }

    /// The change of `indicator` for `scope` over `window` on its base: growth as a ratio, or for a
    /// rate the difference in its unit.
    func change(of indicator: Indicator, for scope: Figures.Scope, in window: Figures.Window? = nil) -> Double? {
        let window = window ?? self.window
        return Self.changesByDifference(indicator)
            ? figures.change(of: indicator.id, for: scope, in: window)
            : figures.growth(of: indicator.id, for: scope, in: window)
    }

    /// The change as a tile or a sentence says it, without its base: en `+0.4%`, `−3.0 pp`,
    /// `+1.7 years`; zh `增长0.4%`, `下降3.0个百分点`, `增加1.7岁`.
    func changeWording(_ change: Double, of indicator: Indicator) -> String {
        guard Self.changesByDifference(indicator) else { return formatter.growthWording(change) }
        if Self.inPoints(indicator) {
            guard formatter.language == .zh else { return formatter.points(change / 100) }
            let size = formatter.points(abs(change) / 100)
            return (change < 0 ? "下降" : "上升") + (size.hasPrefix("+") ? size.dropFirst() : Substring(size))
        }
        guard formatter.language == .zh else { return formatter.value(change, indicator: indicator, signed: true) }
        return (change < 0 ? "减少" : "增加") + formatter.value(abs(change), indicator: indicator)
    }

    /// The change as a table cell says it, under a heading naming its kind: `+0.4%`, `−3.0 pp`,
    /// `+1.7`; `—` when missing.
    func changeCell(_ change: Double?, of indicator: Indicator) -> String {
        guard Self.changesByDifference(indicator) else { return formatter.growth(change) }
        if Self.inPoints(indicator) { return formatter.points(change.map { $0 / 100 }) }
        let decimals = formatter.displayDecimals(of: indicator)
        return formatter.signedNumber(change.map { formatter.displayValue($0, indicator: indicator) }, decimals: decimals)
    }

    /// A tile's change line (en `+0.4% on 2007`, zh `比上年增长0.4%`) and its arrow.
    func tileChange(of indicator: Indicator) -> (text: String?, trend: Tile.Trend) {
        guard let change = change(of: indicator, for: .total) else { return (nil, .flat) }
        let text = strings.change(
            changeWording(change, of: indicator), on: baseLabel(for: indicator), since: isReadAtEnd(indicator))
        guard Self.changesByDifference(indicator) else { return (text, Tile.Trend(growth: change)) }
        // A difference is flat when it rounds to zero as shown.
        let shown = changeCell(change, of: indicator)
        let zero = changeCell(0, of: indicator)
        return (text, shown == zero ? .flat : change > 0 ? .up : .down)
    }
}
