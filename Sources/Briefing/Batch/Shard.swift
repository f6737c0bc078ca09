/// One part of a batch split across machines: shard `index` of `count` (1-based) takes every
/// `count`-th report of the batch's ordered list, starting with report `index`. The parts are
/// disjoint, cover the batch, and differ in size by at most one.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// 1...count
    public var index: Int
    public var count: Int

    /// Nil unless `1 <= index <= count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.init(unchecked: index, count: count)
    }

    /// Parses `K/N`, e.g. `2/8`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// The shard a Kubernetes Indexed Job's pod runs: `JOB_COMPLETION_INDEX` is 0-based.
    public init?(completionIndex: String, count: Int) {
        guard let zeroBased = Int(completionIndex) else { return nil }
        self.init(index: zeroBased + 1, count: count)
    }

    /// The whole batch.
    public static let all = Shard(unchecked: 1, count: 1)

    private init(unchecked index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// The items of `items` (in their order) that belong to this shard.
    public func select<T>(_ items: [T]) -> [T] {
        items.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    /// `2/8`.
    public var description: String { "\(index)/\(count)" }
}
