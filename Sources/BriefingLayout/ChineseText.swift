/// Tells text written in Chinese from text that quotes a Chinese word or two.
enum ChineseText {
    /// Whether `text` is written in Chinese: it has at least two Han characters for every Latin
    /// word (run of Latin letters), a Chinese word being one to two characters long, so that
    /// `GDP增长7.7%` is Chinese and `The 统计公报 says so.` is not.
    static func isWrittenInChinese(_ text: String) -> Bool {
        var han = 0
        var latinWords = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let latin = scalar.properties.isAlphabetic && scalar.value < 0x0250
            if latin && !inWord { latinWords += 1 }
            inWord = latin
            if isHan(scalar) { han += 1 }
        }
        return han > 0 && han >= 2 * latinWords
    }

    /// CJK unified ideographs (with extension A) and compatibility ideographs.
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
