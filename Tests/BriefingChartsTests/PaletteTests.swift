import BriefingCore
import Foundation
import Testing

@testable import BriefingCharts

struct PaletteTests {
    static func lightness(_ color: Color) -> Double { GreyscaleTests.lightness(color) }

    static func minimumSeparation(_ colors: [Color]) -> Double {
        var least = Double.infinity
        for i in colors.indices {
            for j in colors.indices where j > i {
                least = min(least, abs(lightness(colors[i]) - lightness(colors[j])))
            }
        }
        return least
    }

    @Test func printPaletteStaysApartInGreyscale() {
        let palette = ChartTheme.standard.forPrint().palette
        #expect(palette.count >= 5)
        #expect(Self.minimumSeparation(palette) >= 15)
        // Nothing so light that it vanishes on white paper.
        #expect(palette.allSatisfy { Self.lightness($0) <= 92 })
    }

    @Test func colourPaletteSeparatesNeighboursNotEveryPairSoPrintNeedsItsOwn() {
        // Sand and cyan print as nearly the same grey (L* 82 and 79); they are never neighbours, but
        // lines and legends need the print palette's wider steps.
        #expect(Self.minimumSeparation(ChartTheme.tolMuted) < 10)
        #expect(GreyscaleTests.smallestStep(ChartTheme.tolMuted + [.white], ring: true) >= 15)
    }

    @Test func printThemeDashesLinesDifferentlyAndOutlinesBars() {
        let theme = ChartTheme.standard.forPrint()
        #expect(Set((0..<5).map(theme.seriesDash)).count == 5)
        #expect(theme.outlinesBars)
        #expect(abs(Self.lightness(theme.highlight) - Self.lightness(theme.seriesColor(0))) >= 15)
        #expect(ChartTheme.standard.seriesDash(3).isEmpty)
    }

    @Test func bulletBandsStayApartInGreyscale() {
        #expect(Self.minimumSeparation(BulletChart.bandGreys) >= 7)
    }
}
