import BriefingCore
internal import CFontconfig

/// The characters the pinned fonts (`FontConfiguration`) have glyphs for: the union of every
/// configured font's character set, copied into Swift so it can be asked from any task.
public struct FontCoverage: GlyphCoverage {
    /// 256-character pages of the union, as fontconfig keeps them: bit `c % 32` of word
    /// `(c % 256) / 32` of page `c / 256`.
    private let pages: [UInt32: [UInt32]]

    /// The coverage of the current configuration.
    /// - Throws: if fonts have not been configured (`FontConfiguration.use`).
    public init() throws(RenderError) {
        guard FontConfiguration.isConfigured else {
            throw RenderError("FontCoverage", "fonts are not configured: call FontConfiguration.use first")
        }
        var pages: [UInt32: [UInt32]] = [:]
        if let set = FcConfigGetFonts(nil, FcSetSystem)?.pointee, let fonts = set.fonts {
            for index in 0..<Int(set.nfont) {
                var charset: OpaquePointer?
                guard FcPatternGetCharSet(fonts[index], FC_CHARSET, 0, &charset) == FcResultMatch, let charset
                else { continue }
                Self.add(charset, to: &pages)
            }
        }
        self.pages = pages
    }

    private static func add(_ charset: OpaquePointer, to pages: inout [UInt32: [UInt32]]) {
        let words = 8  // FC_CHARSET_MAP_SIZE
        var map = [FcChar32](repeating: 0, count: words)
        var next: FcChar32 = 0
        var base = FcCharSetFirstPage(charset, &map, &next)
        while base != FcChar32.max {  // FC_CHARSET_DONE
            var page = pages[base >> 8] ?? [UInt32](repeating: 0, count: words)
            for word in 0..<words { page[word] |= map[word] }
            pages[base >> 8] = page
            base = FcCharSetNextPage(charset, &map, &next)
        }
    }

    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard let page = pages[value >> 8] else { return false }
        return page[Int((value & 0xFF) >> 5)] & (1 << (value & 31)) != 0
    }
}
