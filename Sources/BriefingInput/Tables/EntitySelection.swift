import BriefingCore

/// The entities a brief or report is about: those listed (`entities: [a, b]`), or all but those
/// listed (`exclude: [c]`). Applied when the tables are read, so that the dataset holds only the
/// selected entities.
public enum EntitySelection: Hashable, Sendable {
    case only([ManifestID])
    case excluding([ManifestID])

    /// The ids listed, in order.
    public var ids: [ManifestID] {
        switch self {
        case .only(let ids), .excluding(let ids): return ids
        }
    }

    /// The ids of `known` (in their order) that are selected. An id listed that is not in `known`
    /// is an error at the id with a "did you mean"; so is the total's entity, which is not one of
    /// the parts. `source` says where the ids come from in messages ("the entity catalogue has").
    func selected(
        from known: [String], total: String?, source: String, into bag: inout DiagnosticBag
    ) -> [String] {
        let knownSet = Set(known)
        var seen: Set<String> = []
        for listed in ids {
            if !seen.insert(listed.id).inserted {
                bag.append(listed.error("entity '\(listed.id)' is listed twice"))
            } else if listed.id == total {
                bag.append(
                    listed.error(
                        "entity '\(listed.id)' is the total ('total' under 'data'), not one of the entities to select"))
            } else if !knownSet.contains(listed.id) {
                bag.append(
                    listed.error(
                        "unknown entity '\(listed.id)'\(Suggestion.hint(for: listed.id, among: known)) "
                            + "(\(source) \(CSVTable.list(known, shown: 12)))"))
            }
        }
        let listed = Set(ids.map(\.id))
        switch self {
        case .only: return known.filter(listed.contains)
        case .excluding:
            let kept = known.filter { !listed.contains($0) }
            if kept.isEmpty, let last = ids.last, !known.isEmpty {
                bag.append(last.error("'exclude' leaves no entity to report on (expected at least one left)"))
            }
            return kept
        }
    }
}
