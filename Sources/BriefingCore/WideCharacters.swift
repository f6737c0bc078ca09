extension Unicode.Scalar {
    /// Whether the character is set a full em wide: CJK ideographs, kana, hangul and full-width
    /// forms (East Asian Width W and F, to the precision line breaking and keeping together need).
    public var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
