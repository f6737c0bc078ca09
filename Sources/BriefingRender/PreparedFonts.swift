import Foundation
import Synchronization

/// The cairo font faces documents are drawn with, prepared so that cairo's PDF backend copies
/// kilobytes instead of whole fonts: subsets cut by HarfBuzz that keep the whole font's glyph ids,
/// so text shaped with the whole font draws unchanged with them. One instance serves a process
/// (a batch's workers share it); it is safe to use from several threads.
///
/// What a document gets depends only on the document (its glyphs), never on what was drawn
/// before, so its PDF is the same whichever documents a process made first.
public final class PreparedFonts: Sendable {
    /// Which face a document's glyphs of a font are drawn with.
    public enum Policy: Sendable {
        /// The whole face, opened once per process: what cairo embeds is cut from the whole font
        /// for every document.
        case wholeFaces
        /// A subset of the glyphs the document draws, cut for each document from the face opened
        /// once: the smallest PDFs, but cutting costs more than the whole face saves.
        case perDocument
        /// One subset per face and process, of ``CommonCharacters`` (ASCII, Latin-1, GB 2312's
        /// symbols and level 1 hanzi) and what the font's substitutions make of them, cut on first
        /// use or read from the cache folder; a document drawing any glyph outside it gets the
        /// whole face.
        case commonSet
    }

    public let policy: Policy
    /// Where common subsets are kept between processes, if anywhere.
    private let cache: FontSubsetCache?
    private let state = Mutex(State())

    private struct State {
        /// Whole faces and common subsets, by font and emboldening.
        var wholeFaces: [FontSource: PreparedFace] = [:]
        var commonFaces: [FontSource: PreparedFace] = [:]
        /// Common subsets and subsetters, by font file and face (emboldening is cairo's).
        var commonSubsets: [FontSource: FontSubset] = [:]
        var subsetters: [FontSource: FontSubsetter] = [:]
    }

    /// - Parameter cacheFolder: a folder to keep common subsets in between processes (made when
    ///   missing); see ``defaultCacheFolder``. Nil makes them in every process.
    public init(policy: Policy, cacheFolder: String? = nil) {
        self.policy = policy
        self.cache = cacheFolder.map(FontSubsetCache.init)
    }

    /// `$BRIEFING_CACHE/fonts`, else `$XDG_CACHE_HOME/briefing/fonts`, else
    /// `~/.cache/briefing/fonts`; nil when none is known.
    public static var defaultCacheFolder: String? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["BRIEFING_CACHE"], !folder.isEmpty { return folder + "/fonts" }
        if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty { return folder + "/briefing/fonts" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/briefing/fonts" }
        return nil
    }

    /// The face to draw a document's glyphs of `source` with.
    /// - Parameters:
    ///   - glyphs: every glyph id the document draws with `source` (shaped with the whole face).
    ///   - codePoints: the characters those glyphs show; a per-document subset keeps their cmap
    ///     entries, which only text drawn without its characters (`cairo_show_glyphs`) needs.
    public func face(for source: FontSource, glyphs: Set<UInt32>, codePoints: Set<UInt32> = []) throws(RenderError)
        -> PreparedFace
    {
        switch policy {
        case .wholeFaces:
            return try wholeFace(source)
        case .perDocument:
            let subsetter = try state.withLock { state throws(RenderError) in
                try Self.cached(&state.subsetters, Self.file(of: source)) { () throws(RenderError) in
                    try FontSubsetter(Self.file(of: source))
                }
            }
            return try PreparedFace(subsetter.subset(glyphs: glyphs, codePoints: codePoints), of: source)
        case .commonSet:
            let common = try commonFace(source)
            return try common.subset?.holds(glyphs) == true ? common : wholeFace(source)
        }
    }

    /// `source`'s whole face, opened once.
    public func wholeFace(_ source: FontSource) throws(RenderError) -> PreparedFace {
        try state.withLock { state throws(RenderError) in
            try Self.cached(&state.wholeFaces, source) { () throws(RenderError) in try PreparedFace(wholeFace: source)
            }
        }
    }

    /// `source`'s common subset, read from the cache or cut on first use (other threads wait
    /// for it).
    private func commonFace(_ source: FontSource) throws(RenderError) -> PreparedFace {
        try state.withLock { state throws(RenderError) in
            try Self.cached(&state.commonFaces, source) { () throws(RenderError) in
                let file = Self.file(of: source)
                if let subset = state.commonSubsets[file] { return try PreparedFace(subset, of: source) }
                // A cached subset FreeType cannot load is made again.
                if let subset = cache?.load(file), let face = try? PreparedFace(subset, of: source) {
                    state.commonSubsets[file] = subset
                    return face
                }
                let subsetter = try FontSubsetter(file)
                let subset = try subsetter.subset(glyphs: [], codePoints: CommonCharacters.codePoints)
                cache?.store(subset, glyphCount: subsetter.glyphCount, of: file)
                state.commonSubsets[file] = subset
                return try PreparedFace(subset, of: source)
            }
        }
    }

    /// `source` not emboldened: the font file and face subsets are cut from.
    private static func file(of source: FontSource) -> FontSource {
        FontSource(path: source.path, index: source.index)
    }

    private static func cached<Value>(
        _ cache: inout [FontSource: Value], _ key: FontSource, make: () throws(RenderError) -> Value
    ) throws(RenderError) -> Value {
        if let value = cache[key] { return value }
        let value = try make()
        cache[key] = value
        return value
    }
}
