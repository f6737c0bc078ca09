extension Figures {
    /// What entities are ranked by.
    public enum RankingKey: Hashable, Sendable {
        /// The value over the window (the same order as the share of the total).
        case value
        /// Year-on-year growth over the window.
        case growth
    }

    /// One row of a ranking.
    public struct Ranked: Hashable, Sendable {
        public var entity: String
        /// The figure ranked by (a value, or a growth ratio); nil when missing.
        public var figure: Double?
        /// 1 for the largest; tied figures share a rank and the next rank is skipped (1, 2, 2, 4).
        /// Nil when the figure is missing.
        public var rank: Int?

        public init(entity: String, figure: Double?, rank: Int?) {
            self.entity = entity
            self.figure = figure
            self.rank = rank
        }
    }

    /// Every entity of the dataset ranked by `key` over `window`, largest first; ties keep
    /// catalogue order, entities with a missing figure come last (catalogue order, rank nil).
    public func ranking(of indicator: String, in window: Window, by key: RankingKey = .value) -> [Ranked] {
        let figures: [Double?] = dataset.entities.map { entity in
            switch key {
            case .value: return value(of: indicator, for: .entity(entity.id), in: window)
            case .growth: return growth(of: indicator, for: .entity(entity.id), in: window)
            }
        }
        let ranks = Self.ranks(of: figures)
        let rows = dataset.entities.indices.map {
            (order: $0, row: Ranked(entity: dataset.entities[$0].id, figure: figures[$0], rank: ranks[$0]))
        }
        return rows.sorted { a, b in
            switch (a.row.rank, b.row.rank) {
            case (let x?, let y?): return x != y ? x < y : a.order < b.order
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.order < b.order
            }
        }.map(\.row)
    }

    /// The rank of `entity` by `key` over `window` among all entities; nil when its figure is missing.
    public func rank(
        of indicator: String, for entity: String, in window: Window, by key: RankingKey = .value
    ) -> Int? {
        ranking(of: indicator, in: window, by: key).first { $0.entity == entity }?.rank
    }

    /// Competition ranks of `figures` (1 = largest; equal figures share a rank and the following
    /// rank is skipped: 1, 2, 2, 4), in the order given; nil for nil. Figures closer than a
    /// billionth of their size count as equal, so that sums added in another order still tie.
    public static func ranks(of figures: [Double?]) -> [Int?] {
        figures.map { figure in
            guard let figure else { return nil }
            let larger = figures.lazy.compactMap { $0 }.filter { other in
                other > figure && !Self.areTied(other, figure)
            }.count
            return larger + 1
        }
    }

    static func areTied(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
