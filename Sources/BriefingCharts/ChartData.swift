/// The numbers a chart shows, as a small table of formatted cells: for a data table under the
/// figure ("data-table: true") and for readers who want the values rather than the picture.
public struct ChartData: Hashable, Sendable {
    /// Column headings; the first names the categories (or periods).
    public var columns: [String]
    /// One row per category, each as long as `columns`; missing values are empty strings.
    public var rows: [[String]]

    public init(columns: [String] = [], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { rows.isEmpty }

    /// A table with a first column of `labels` and one column per series of `values`
    /// (`values[series][row]`), formatted with `decimals`; nil values are empty cells.
    static func table(
        heading: String, labels: [String], series: [(name: String, values: [Double?])], decimals: Int,
        format: NumberLabel
    ) -> ChartData {
        ChartData(
            columns: [heading] + series.map(\.name),
            rows: labels.indices.map { row in
                [labels[row]]
                    + series.map { one in
                        one.values.indices.contains(row)
                            ? one.values[row].map { format($0, decimals: decimals) } ?? "" : ""
                    }
            })
    }

    /// A table of categories (rows) by series (columns).
    static func table(
        heading: String, categories: [GroupedBarChart.Category], seriesNames: [String], decimals: Int,
        format: NumberLabel
    ) -> ChartData {
        table(
            heading: heading, labels: categories.map(\.label),
            series: seriesNames.indices.map { s in
                (seriesNames[s], categories.map { $0.values.indices.contains(s) ? $0.values[s] : nil })
            }, decimals: decimals, format: format)
    }
}
