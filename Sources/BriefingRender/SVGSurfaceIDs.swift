/// Makes cairo's SVG output independent of what the process drew before: cairo names groups
/// `surfaceN` after a counter of every surface the process ever made, so the same chart gets
/// other ids (and bytes) when exported after others. Renumbering them 1, 2, … in order of first
/// appearance, references included, gives the same bytes for the same chart. Text is drawn as
/// glyph outlines, so no user text can contain the pattern.
enum SVGSurfaceIDs {
    private static let prefix = Array("surface".utf8)

    /// `svg` with every `surface` + digits renumbered from 1 in order of first appearance.
    static func renumbered(_ svg: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index < svg.count {
            let digitsStart = index + prefix.count
            guard svg[index] == prefix[0], digitsStart < svg.count, svg[index..<digitsStart].elementsEqual(prefix),
                isDigit(svg[digitsStart])
            else {
                output.append(svg[index])
                index += 1
                continue
            }
            var end = digitsStart
            while end < svg.count, isDigit(svg[end]) { end += 1 }
            let number = numbers[svg[digitsStart..<end], default: numbers.count + 1]
            numbers[svg[digitsStart..<end]] = number
            output += prefix + Array(String(number).utf8)
            index = end
        }
        return output
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
