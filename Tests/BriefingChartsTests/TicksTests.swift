import Testing

@testable import BriefingCharts

/// Table tests in the style of d3-array's `ticks-test.js` and `nice-test.js`.
struct TicksTests {
    @Test(
        arguments: [
            (0.0, 1.0, 10.0, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
            (0, 1, 9, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
            (0, 1, 8, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
            (0, 1, 7, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0, 1, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0, 1, 4, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0, 1, 3, [0.0, 0.5, 1.0]),
            (0, 1, 2, [0.0, 0.5, 1.0]),
            (0, 1, 1, [0.0, 1.0]),
            (0, 10, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
            (0, 10, 7, [0, 2, 4, 6, 8, 10]),
            (0, 10, 5, [0, 2, 4, 6, 8, 10]),
            (0, 10, 3, [0, 5, 10]),
            (0, 10, 1, [0, 10]),
            (-10, 10, 10, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
            (-10, 10, 7, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
            (-10, 10, 6, [-10, -5, 0, 5, 10]),
            (-10, 10, 3, [-10, -5, 0, 5, 10]),
            (-10, 10, 2, [-10, 0, 10]),
            (-10, 10, 1, [0]),
            // Stays within the domain; handles precision problems.
            (0, 2.2, 3, [0, 1, 2]),
            (0.98, 1.14, 10, [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14]),
            // Negative growth rates, tiny and huge ranges.
            (-12.5, 37.6, 5, [-10, 0, 10, 20, 30]),
            (-0.003, -0.001, 4, [-0.003, -0.0025, -0.002, -0.0015, -0.001]),
            (0.000_001, 0.000_005, 4, [0.000_001, 0.000_002, 0.000_003, 0.000_004, 0.000_005]),
            (0, 2.4e12, 5, [0, 5e11, 1e12, 1.5e12, 2e12]),
            // Degenerate: equal ends give that one value.
            (1, 1, 10, [1]),
            (1, 364, 0.5, [200]),
            (1, 499, 1, [200, 400]),
        ] as [(Double, Double, Double, [Double])])
    func ticks(_ start: Double, _ stop: Double, _ count: Double, _ expected: [Double]) {
        #expect(Ticks.ticks(start, stop, count: count) == expected)
        // Reversed arguments give the reversed ticks.
        #expect(Ticks.ticks(stop, start, count: count) == expected.reversed())
    }

    @Test func ticksOfBadArgumentsAreEmpty() {
        #expect(Ticks.ticks(0, 1, count: 0).isEmpty)
        #expect(Ticks.ticks(0, 1, count: -1).isEmpty)
        #expect(Ticks.ticks(0, 1, count: .infinity).isEmpty)
        #expect(Ticks.ticks(.nan, 1, count: 1).isEmpty)
        #expect(Ticks.ticks(1, 1, count: 0).isEmpty)
    }

    /// A domain of subnormal width gives an infinite step count, which once trapped converting to `Int`.
    @Test func ticksOfASubnormalDomainAreEmptyOrFew() {
        let least = Double.leastNonzeroMagnitude
        for (start, stop) in [(0, least), (least * 2, least * 4000), (-least, least), (0, 1e21)] {
            let ticks = Ticks.ticks(start, stop, count: 10)
            #expect(ticks.count <= 12, "\(start)...\(stop)")
            #expect(ticks.allSatisfy { $0.isFinite })
        }
    }

    @Test func ticksHaveNoNegativeZero() {
        let last = Ticks.ticks(-1, 0, count: 5).last
        #expect(last == 0 && last?.sign == .plus)
    }

    @Test(
        arguments: [
            (0.132, 0.876, 1000.0, 0.132, 0.876),
            (0.132, 0.876, 100, 0.13, 0.88),
            (0.132, 0.876, 30, 0.12, 0.88),
            (0.132, 0.876, 10, 0.1, 0.9),
            (0.132, 0.876, 6, 0.1, 0.9),
            (0.132, 0.876, 5, 0, 1),
            (0.132, 0.876, 1, 0, 1),
            (132, 876, 1000, 132, 876),
            (132, 876, 100, 130, 880),
            (132, 876, 30, 120, 880),
            (132, 876, 10, 100, 900),
            (132, 876, 6, 100, 900),
            (132, 876, 5, 0, 1000),
            (132, 876, 1, 0, 1000),
            (0, 241.1, 5, 0, 250),
            (-12.5, 37.6, 5, -20, 40),
            (1, 1, 10, 1, 1),
            (0, 1, 0, 0, 1),
        ] as [(Double, Double, Double, Double, Double)])
    func nice(_ start: Double, _ stop: Double, _ count: Double, _ lo: Double, _ hi: Double) {
        let result = Ticks.nice(start, stop, count: count)
        #expect(result.start == lo && result.stop == hi)
    }

    @Test func niceThenTicksCoversTheData() {
        let (lo, hi) = Ticks.nice(0, 241.1, count: 5)
        #expect(Ticks.ticks(lo, hi, count: 5) == [0, 50, 100, 150, 200, 250])
    }

    @Test(
        arguments: [
            (0.0, 1.0, 10.0, 0.1), (0, 10, 5, 2), (0, 100, 3, 50), (1, 0, 10, -0.1), (0, 0.01, 4, 0.002),
        ] as [(Double, Double, Double, Double)])
    func tickStep(_ start: Double, _ stop: Double, _ count: Double, _ expected: Double) {
        #expect(abs(Ticks.tickStep(start, stop, count: count) - expected) < 1e-12)
    }

    @Test(
        arguments: [
            (100.0, 0), (50, 0), (1, 0), (0.5, 1), (0.2, 1), (0.1, 1), (0.05, 2), (0.02, 2), (0.001, 3), (0, 0),
        ] as [(Double, Int)])
    func decimals(_ step: Double, _ expected: Int) {
        #expect(Ticks.decimals(forStep: step) == expected)
    }
}

struct LinearScaleTests {
    @Test func mapsAndInverts() {
        let scale = LinearScale(domain: (0, 250), range: (100, 600))
        #expect(scale(0) == 100)
        #expect(scale(125) == 350)
        #expect(scale(250) == 600)
        #expect(scale.invert(350) == 125)
    }

    @Test func runsBackwardsForYAxes() {
        let scale = LinearScale(domain: (0, 10), range: (200, 0))
        #expect(scale(0) == 200)
        #expect(scale(10) == 0)
        #expect(scale(2.5) == 150)
    }

    @Test func degenerateDomainMapsToTheMiddle() {
        let scale = LinearScale(domain: (3, 3), range: (0, 100))
        #expect(scale(3) == 50)
    }

    @Test func niceWidensTheDomain() {
        let scale = LinearScale(domain: (0, 241.1), range: (0, 300)).nice(count: 5)
        #expect(scale.domain == (0, 250))
        #expect(scale.ticks(count: 5) == [0, 50, 100, 150, 200, 250])
        #expect(scale.tickDecimals(count: 5) == 0)
        let small = LinearScale(domain: (0, 0.87), range: (0, 300)).nice(count: 5)
        #expect(small.domain == (0, 1))
        #expect(small.tickDecimals(count: 5) == 1)
    }

    @Test func reversedDomainNicesOutwards() {
        let scale = LinearScale(domain: (241.1, 3), range: (0, 1)).nice(count: 5)
        #expect(scale.domain == (250, 0))
    }

    @Test func extentIncludesZeroForBarsAndGrowth() {
        #expect(LinearScale.extent(of: [12, 54.1, 3], includingZero: true) == (0, 54.1))
        #expect(LinearScale.extent(of: [-5.2, 37.6], includingZero: true) == (-5.2, 37.6))
        #expect(LinearScale.extent(of: [-5.2, -1], includingZero: true) == (-5.2, 0))
        #expect(LinearScale.extent(of: [12, 54.1], includingZero: false) == (12, 54.1))
        #expect(LinearScale.extent(of: [], includingZero: true) == (0, 1))
        #expect(LinearScale.extent(of: [0, 0], includingZero: true) == (0, 1))
        #expect(LinearScale.extent(of: [20, 20], includingZero: false) == (18, 22))
    }
}

struct NumberLabelTests {
    @Test func plainAndPercent() {
        #expect(NumberLabel.plain(241.1, decimals: 2) == "241.10")
        #expect(NumberLabel.plain(-3, decimals: 0) == "\u{2212}3")
        #expect(NumberLabel.plain(-0.001, decimals: 1) == "0.0")
        #expect(NumberLabel.percent(37.6, decimals: 1) == "+37.6%")
        #expect(NumberLabel.percent(0, decimals: 0) == "0%")
        #expect(NumberLabel.percent(-5, decimals: 0) == "\u{2212}5%")
    }
}
