import Foundation
import Testing

@testable import Briefing

/// The ledger's own JSON writer against Foundation's encoder, the reference it replaces.
@Suite struct BatchLedgerJSONTests {
    /// What `JSONEncoder` writes for `ledger` with the options the ledger was written with before.
    static func encoded(_ ledger: BatchLedger) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(ledger))
    }

    static func record(_ n: Int, content: Bool = true) -> BatchLedger.Record {
        BatchLedger.Record(
            inputs: String(format: "%016x", n * 7919), bytes: 60_000 + n, content: content ? String(format: "%016x", n) : nil)
    }

    @Test func emptyLedgerIsWrittenAsTheEncoderWritesIt() throws {
        let ledger = BatchLedger()
        #expect(String(decoding: ledger.json, as: UTF8.self) == String(decoding: try Self.encoded(ledger), as: UTF8.self))
    }

    @Test func recordsAreWrittenAsTheEncoderWritesThem() throws {
        var ledger = BatchLedger()
        ledger.outputs["2013-01/hitech.pdf"] = Self.record(1)
        ledger.outputs["2013-01/anren.pdf"] = Self.record(2, content: false)
        ledger.outputs["2012-12/zixing-zh.pdf"] = Self.record(3)
        #expect(String(decoding: ledger.json, as: UTF8.self) == String(decoding: try Self.encoded(ledger), as: UTF8.self))
    }

    /// Paths that need escaping, that are not ASCII, and whose order by characters differs from
    /// their order by bytes (a decomposed é; uppercase before lowercase; `-` before `/`).
    @Test func awkwardPathsAreEscapedAndOrderedAsTheEncoderDoes() throws {
        var ledger = BatchLedger()
        let paths = [
            "a\"quote\".pdf", "back\\slash.pdf", "tab\there.pdf", "line\nbreak.pdf", "bell\u{7}.pdf", "del\u{7F}.pdf",
            "e\u{301}cole.pdf", "\u{E9}cole.pdf", "郴州/高新区.pdf", "Zed.pdf", "a-b.pdf", "a/b.pdf", "\u{2028}sep.pdf",
        ]
        for (n, path) in paths.enumerated() { ledger.outputs[path] = Self.record(n, content: n % 3 != 0) }
        #expect(String(decoding: ledger.json, as: UTF8.self) == String(decoding: try Self.encoded(ledger), as: UTF8.self))
        let decoded = try JSONDecoder().decode(BatchLedger.self, from: Data(ledger.json))
        #expect(decoded == ledger)
    }
}
