import Foundation
import Testing

/// The font cache: common subsets written on first use into `$BRIEFING_CACHE/fonts`, read by
/// later runs, and never a cause of different output.
@Suite struct FontCacheTests {
    let brief = Support.example + "/brief.zh.yaml"

    func build(cache: String, to pdf: String) throws -> Data? {
        let result = try Support.briefing(
            ["build", brief, "-o", pdf], environment: ["BRIEFING_CACHE": cache, "SOURCE_DATE_EPOCH": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        return FileManager.default.contents(atPath: pdf)
    }

    @Test func aBuildKeepsTheSubsetsOfItsFontsAndWritesTheSameBytesWithThemWithoutThemOrWithoutACache() throws {
        let folder = try Support.temporaryFolder()
        let cache = folder + "/cache"
        let cold = try build(cache: cache, to: folder + "/cold.pdf")
        // The faces `pdffonts` lists for the Chinese brief: Noto Sans CJK SC regular and bold
        // (face 2 of each collection) and FandolKai.
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/fonts").sorted()
        #expect(
            files.map { $0.split(separator: "-").dropLast().joined(separator: "-") } == [
                "FandolKai-Regular.otf-0", "NotoSansCJK-Bold.ttc-2", "NotoSansCJK-Regular.ttc-2",
            ])
        #expect(files.allSatisfy { $0.hasSuffix(".subset") })
        let warm = try build(cache: cache, to: folder + "/warm.pdf")
        #expect(cold != nil && warm == cold)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/fonts").sorted() == files)
        // A cache that cannot be written (a file stands where the folder would be): subsets are cut
        // in the run, same output.
        #expect(FileManager.default.createFile(atPath: folder + "/blocked", contents: Data()))
        #expect(try build(cache: folder + "/blocked", to: folder + "/uncached.pdf") == cold)
        // A deleted cache is made again.
        try FileManager.default.removeItem(atPath: cache)
        #expect(try build(cache: cache, to: folder + "/again.pdf") == cold)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/fonts").sorted() == files)
    }
}
