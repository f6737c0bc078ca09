internal import CHyphen
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An owning wrapper of a libhyphen dictionary: Liang's patterns as LibreOffice uses them, from
/// Debian's hyphen-en-us (`/usr/share/hyphen`). Loaded once per process and shared by every
/// worker: once loaded, libhyphen only reads a dictionary (`hnj_hyphen_hyphenate2` keeps its state
/// in buffers of its own), so threads may hyphenate with it at the same time.
final class HyphenationDictionary: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<CHyphen.HyphenDict>

    /// American English, as the dictionary for the language tag `en`; nil when the file is
    /// missing (hyphen-en-us not installed), and text is then set without hyphenation.
    static let english = HyphenationDictionary(path: "/usr/share/hyphen/hyph_en_US.dic")

    /// Starts loading `english` on another thread (about 5 ms of parsing patterns), so that it
    /// overlaps reading a brief; the first paragraph to need it waits for it if it is not done.
    static func loadInBackground() {
        DispatchQueue.global().async { _ = english }
    }

    /// Loads the pattern file at `path`; nil when it cannot be read.
    init?(path: String) {
        guard let pointer = hnj_hyphen_load(path) else { return nil }
        self.pointer = pointer
    }

    deinit { hnj_hyphen_free(pointer) }

    /// Where `word` may be hyphenated, as counts of its Unicode scalars before each break, in the
    /// dictionary's limits (two letters at least before a break and three after, for English).
    /// The word is looked up in lower case; empty when lower-casing changes its length.
    func breaks(in word: Substring) -> [Int] {
        let lower = word.lowercased()
        let scalars = lower.unicodeScalars.count
        guard scalars == word.unicodeScalars.count else { return [] }
        let size = lower.utf8.count
        var hyphens = [CChar](repeating: 0, count: size + 5)
        // libhyphen allocates the replacement vectors when a pattern has one (never in English)
        // and needs somewhere to put them.
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let status = hnj_hyphen_hyphenate2(
            pointer, lower, Int32(size), &hyphens, nil, &replacements, &positions, &cuts)
        if let replacements {
            for index in 0..<size { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return [] }
        // For a UTF-8 dictionary the vector is indexed by character: an odd digit at `i` allows a
        // break after character `i`.
        return (0..<(scalars - 1)).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
    }
}
