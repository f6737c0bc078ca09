import Foundation
import Testing

@testable import BriefingInput

/// The workbook archive reader: members inflated within their recorded compressed bytes and a
/// limit on what comes out, whatever sizes the archive declares.
@Suite struct ZIPArchiveTests {
    /// `stored.txt` ("hello", not compressed) and `big.txt` (100,000 × "a", deflated), whose central
    /// directory claims it inflates to 10 bytes. Made with Python's zipfile, the size patched.
    static func archive() throws -> [UInt8] {
        let url = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables/size-lie.zip")
        return [UInt8](try Data(contentsOf: url))
    }

    @Test func membersAreReadAndAnUnderstatedSizeIsNotTrusted() throws {
        let archive = try ZIPArchive(try Self.archive())
        #expect(try archive.contents(of: "stored.txt", limit: 5) == Data("hello".utf8))
        #expect(archive.declaredSize(of: "big.txt") == 10)
        #expect(
            try archive.contents(of: "big.txt", limit: 100_000) == Data(repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(throws: ZIPArchive.Problem.tooLarge) { try archive.contents(of: "big.txt", limit: 99_999) }
        #expect(throws: ZIPArchive.Problem.tooLarge) { try archive.contents(of: "stored.txt", limit: 4) }
        #expect(try archive.contents(of: "missing.txt", limit: 10) == nil)
    }

    @Test func aCutDeflateStreamIsDamagedNotAnEndlessWait() throws {
        var bytes = try Self.archive()
        // The deflate data of big.txt starts after its local header (30 bytes + its name); zeroing
        // its last bytes before the central directory cuts the stream short.
        let central = try #require(Self.firstIndex(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        for index in (central - 40)..<central { bytes[index] = 0 }
        let archive = try ZIPArchive(bytes)
        #expect(throws: ZIPArchive.Problem.damaged) { try archive.contents(of: "big.txt", limit: 1 << 20) }
    }

    @Test func bytesThatAreNotAnArchiveOrCutShortAreRefused() throws {
        #expect(throws: ZIPArchive.Problem.notAnArchive) { try ZIPArchive(Array("not a zip".utf8)) }
        let bytes = try Self.archive()
        #expect(throws: ZIPArchive.Problem.notAnArchive) { try ZIPArchive(Array(bytes.prefix(bytes.count - 30))) }
    }

    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }
}
