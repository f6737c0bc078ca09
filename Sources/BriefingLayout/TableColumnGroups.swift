import BriefingCore

/// A table's columns cut into groups that each fit the width, for a table too wide for its page:
/// every group starts with the first (label) column, followed by a run of the other columns in
/// their order, so that each value is printed once, beside its row's label.
struct TableColumnGroups: Hashable, Sendable {
    /// Column indices, one array a group; a single group of every column when the table fits.
    var groups: [[Int]]
    /// Columns that do not fit beside the label column even alone: each is a group of its own,
    /// set narrower than its content.
    var tooWide: [Int]

    /// Groups for columns `minimum` points wide at the narrowest, in `width`. The fewest groups
    /// that fit, with the columns shared out as evenly as they allow.
    init(minimum: [Double], width: Double) {
        let count = minimum.count
        let slack = 1e-6
        guard count > 1, minimum.reduce(0, +) > width + slack else {
            groups = [Array(0..<count)]
            tooWide = count == 1 && minimum[0] > width + slack ? [0] : []
            return
        }
        let label = minimum[0]
        tooWide = (1..<count).filter { label + minimum[$0] > width + slack }
        // Filled greedily, the groups are as few as can be; filled again with the columns shared
        // out evenly among that many groups, their sizes differ by one column at most.
        let greedy = Self.fill(minimum, width: width - label + slack, groups: nil)
        let even = Self.fill(minimum, width: width - label + slack, groups: greedy.count)
        groups = (even.count == greedy.count ? even : greedy).map { [0] + $0 }
    }

    /// Columns 1... in runs that fit `width`, each with at most its even share of the columns
    /// left when there are to be `groups` runs; a column wider than `width` is a run of its own.
    private static func fill(_ minimum: [Double], width: Double, groups: Int?) -> [[Int]] {
        var runs: [[Int]] = []
        var run: [Int] = []
        var used = 0.0
        var share = Int.max
        for column in 1..<minimum.count {
            if !run.isEmpty && (used + minimum[column] > width || run.count == share) {
                runs.append(run)
                run = []
                used = 0
            }
            if run.isEmpty, let groups {
                let left = minimum.count - column
                let runsLeft = max(groups - runs.count, 1)
                share = (left + runsLeft - 1) / runsLeft
            }
            run.append(column)
            used += minimum[column]
        }
        runs.append(run)
        return runs
    }
}

extension TableBlock {
    /// The table with only `columns`, in that order, in every row.
    func selecting(_ columns: [Int]) -> TableBlock {
        func pick(_ rows: [[TableCell]]) -> [[TableCell]] {
            rows.map { row in columns.map { $0 < row.count ? row[$0] : .text(RichText("")) } }
        }
        var part = self
        part.columns = columns.map { self.columns[$0] }
        part.header = pick(header)
        part.body = pick(body)
        part.footer = pick(footer)
        return part
    }
}
