/// "Did you mean …?" for misspelt names: ids, keys, section names.
public enum Suggestion {
    /// The candidate closest to `word` within edit distance 2 (the first one on ties), if any.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(target, Array(candidate.unicodeScalars), limit: 2)
            if distance <= 2, distance < (best?.distance ?? 3), distance < max(target.count, 1) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance; returns `limit + 1` as soon as it is sure to exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` for the closest candidate, or nothing.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
