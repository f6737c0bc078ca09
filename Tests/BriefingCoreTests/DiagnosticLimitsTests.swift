import Testing

@testable import BriefingCore

/// What bounds the output of many or long diagnostics: source lines cut to a window, repeats on a
/// line summarised, at most 200 diagnostics printed.
@Suite struct DiagnosticLimitsTests {
    private let digits = (0..<300).map { String($0 % 10) }.joined()

    @Test func aLongLineIsCutToSixtyCharactersEitherSideOfTheCaret() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(path: "t.csv", line: 1, column: 151), "bad", sourceLine: digits)
        // Characters 91 to 211 (1-based) of the line: 60 before column 151, 60 after it.
        let window = String(Array(digits)[90..<211])
        #expect(diagnostic.sourceLine == "…" + window + "…")
        #expect(diagnostic.excerpt?.caret == 62)
        #expect(
            diagnostic.description == "t.csv:1:151: error: bad\n    …\(window)…\n    "
                + String(repeating: " ", count: 61) + "^")
    }

    @Test func aShortLineIsShownWholeAndWideCharactersCountOnce() {
        let short = Diagnostic.error(at: SourceLocation(path: "t.csv", line: 1, column: 3), "bad", sourceLine: "a,b,c")
        #expect(short.description == "t.csv:1:3: error: bad\n    a,b,c\n      ^")
        let chinese = String(repeating: "中", count: 200)
        let cut = Diagnostic.error(at: SourceLocation(path: "t.csv", line: 1, column: 10), "bad", sourceLine: chinese)
        #expect(cut.sourceLine == String(repeating: "中", count: 70) + "…")
        #expect(cut.excerpt?.caret == 10)
    }

    @Test func moreThanThreeOfAKindOnALineAreOneWithACount() {
        var bag = DiagnosticBag()
        for column in [1, 5, 9, 13] {
            bag.error(
                SourceLocation(path: "t.csv", line: 2, column: column),
                "expected a number in column 'c\(column)', found 'x'")
        }
        bag.error(SourceLocation(path: "t.csv", line: 2, column: 20), "unknown indicator 'y'")
        for column in [1, 5, 9] {
            bag.error(
                SourceLocation(path: "t.csv", line: 3, column: column),
                "expected a number in column 'c\(column)', found 'x'")
        }
        #expect(
            bag.diagnostics.map(\.summary) == [
                "t.csv:2:1: error: expected a number in column 'c1', found 'x' (and 3 more on this line)",
                "t.csv:2:20: error: unknown indicator 'y'",
                "t.csv:3:1: error: expected a number in column 'c1', found 'x'",
                "t.csv:3:5: error: expected a number in column 'c5', found 'x'",
                "t.csv:3:9: error: expected a number in column 'c9', found 'x'",
            ])
        // Totals count every problem, the summarised ones too: 4 + 1 + 3.
        #expect(bag.diagnostics.problemCount(.error) == 8)
        #expect(bag.diagnostics.problemCount(.warning) == 0)
    }

    @Test func atMostTwoHundredArePrintedErrorsFirstThenACountByKind() {
        // 30 warnings, then 250 errors of one kind and 20 of another, on lines 1 to 300.
        var diagnostics: [Diagnostic] = []
        for line in 1...300 {
            let location = SourceLocation(path: "t.csv", line: line, column: 1)
            switch line {
            case 1...30: diagnostics.append(.warning(at: location, "column 'c\(line)' is not used"))
            case 31...280: diagnostics.append(.error(at: location, "expected a number, found 'x\(line)'"))
            default: diagnostics.append(.error(at: location, "cell too long: \(line) bytes"))
            }
        }
        let listing = DiagnosticListing(diagnostics)
        #expect(listing.shown.count == 200)
        #expect(listing.shown.first?.location.line == 31)
        #expect(listing.shown.last?.location.line == 230)
        #expect(
            listing.omissionLine
                == "… and 100 more: 50 errors \"expected a number, found '…'\", 30 warnings \"column '…' is not used\", "
                + "20 errors \"cell too long: N bytes\"")
        #expect(listing.lines.count == 201)
        #expect(DiagnosticListing(Array(diagnostics.prefix(200))).omissionLine == nil)
    }
}
