import Foundation
import Testing

/// No two figures of the example brief carry the same title (the growth-vs-target and bullet charts,
/// which both show growth against the targets, once did), in either language.
@Suite struct DistinctTitlesTests {
    @Test(arguments: [true, false]) func figureTitlesAreDistinct(english: Bool) throws {
        let pdf = english ? ExampleBriefTests.built.en : ExampleBriefTests.built.zh
        let text = try Support.run("pdftotext", [pdf, "-"]).stdout
        let pattern = english ? #"^Figure \d+\. (.+)$"# : #"^图\d+\s+(.+)$"#
        let regex = try NSRegularExpression(pattern: pattern, options: .anchorsMatchLines)
        let titles = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        #expect(titles.count >= 7, "\(titles)")
        #expect(Set(titles).count == titles.count, "\(titles)")
        #expect(titles.contains(english ? "How far growth in 2013 reached the targets for 2014" : "2013年增速达到2014年目标的程度"))
    }
}
