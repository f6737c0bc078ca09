import Briefing
import BriefingCore
import Foundation
import Testing

/// `briefing check --format json` prints at most 200 diagnostics, then a note counting the rest.
@Suite struct CheckOutputLimitsTests {
    @Test func jsonHoldsTwoHundredEntriesThenACountByKind() throws {
        let diagnostics = (1...203).map {
            Diagnostic.error(
                at: SourceLocation(path: "t.csv", line: $0, column: 4), "expected a number, found 'x'",
                sourceLine: "a,b,x")
        }
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(BriefCheck.json(diagnostics).utf8)) as? [[String: Any]])
        #expect(entries.count == 201)
        #expect(entries[199]["line"] as? Int == 200)
        #expect(entries[199]["caret"] as? Int == 4)
        let note = entries[200]
        #expect(note["severity"] as? String == "note")
        #expect(note["message"] as? String == "… and 3 more: 3 errors \"expected a number, found '…'\"")
        let omitted = try #require(note["omitted"] as? [[String: Any]])
        #expect(omitted.count == 1)
        #expect(omitted.first?["count"] as? Int == 3)
        #expect(omitted.first?["kind"] as? String == "expected a number, found '…'")
        #expect(omitted.first?["severity"] as? String == "error")
    }
}
