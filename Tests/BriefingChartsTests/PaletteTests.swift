import BriefingCore
import Foundation
import Testing

@testable import BriefingCharts

struct PaletteTests {
    /// CIE L* (0 black … 100 white) of a colour: how light it prints in greyscale.
    static func lightness(_ color: Color) -> Double {
        let y = color.luminance
        return y > 216.0 / 24389.0 ? 116 * cbrt(y) - 16 : y * 24389.0 / 27.0
    }

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

    @Test func colourPaletteDoesNotSeparateInGreyscaleSoPrintNeedsItsOwn() {
        // Okabe–Ito's orange and sky blue print as nearly the same grey: the reason for a print palette.
        #expect(Self.minimumSeparation(ChartTheme.okabeIto) < 10)
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
