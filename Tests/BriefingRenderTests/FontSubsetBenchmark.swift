import CMalloc
import Foundation
import Synchronization
import Testing

@testable import BriefingRender

/// What each font policy costs per document and in memory, on 8-page Chinese documents set in
/// Noto Sans CJK SC Regular and Bold with some English in Noto Sans. Runs only when asked:
/// `BRIEFING_FONT_BENCH=policy:jobs:documents` (e.g. `commonSet:2:200`), one policy a process so
/// that the peak memory is that policy's; `BRIEFING_FONT_BENCH_CACHE=folder` keeps common subsets
/// there.
@Suite struct FontSubsetBenchmark {
    static let setting = ProcessInfo.processInfo.environment["BRIEFING_FONT_BENCH"]

    /// A document's pages: a bold heading, 36 lines of Chinese, 2 lines of English each.
    struct Document {
        var pages: [[ShapedText]]

        /// The glyphs and characters each font draws in the whole document.
        var usage: [FontSource: (glyphs: Set<UInt32>, codePoints: Set<UInt32>)] {
            var usage: [FontSource: (glyphs: Set<UInt32>, codePoints: Set<UInt32>)] = [:]
            for text in pages.joined() {
                usage[text.font, default: ([], [])].glyphs.formUnion(text.glyphIDs)
                usage[text.font, default: ([], [])].codePoints.formUnion(text.codePoints)
            }
            return usage
        }
    }

    /// Ten variants of the Chinese example's notes, rotated and numbered differently.
    static func documents() throws -> [Document] {
        let notes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Briefings/parks-2014/notes.zh.md")
        let prose = try #require(String(contentsOf: notes, encoding: .utf8).split(separator: "---").last)
            .filter { !"#*-\n ".contains($0) }
        let (regular, bold, latin) = (
            FontSource.matching("Noto Sans CJK SC:style=Regular"), FontSource.matching("Noto Sans CJK SC:style=Bold"),
            FontSource.matching("Noto Sans:style=Regular")
        )
        return try (0..<10).map { variant in
            let characters = Array(prose)
            let pages = try (0..<8).map { page in
                let lines = (0..<36).map { line in
                    let start = (variant * 37 + page * 36 * 30 + line * 30) % characters.count
                    return String((0..<30).map { characters[(start + $0) % characters.count] })
                }
                return [
                    try ShapedText(["第\(page + 1)页 园区\(2010 + variant)年发展报告"], font: bold, size: 18, top: 24),
                    try ShapedText(lines, font: regular, size: 12, top: 60),
                    try ShapedText(
                        [
                            "Industrial parks, report \(variant + 1): revenue grew \(30 + variant).6% in 2013.",
                            "Tax revenue reached 44 billion yuan; value added grew 19% (page \(page + 1)).",
                        ],
                        font: latin, size: 10, top: 730),
                ]
            }
            return Document(pages: pages)
        }
    }

    @Test(.enabled(if: setting != nil)) func documentsPerSecondAndPeakMemory() throws {
        let parts = (Self.setting ?? "").split(separator: ":").map(String.init)
        let policy: PreparedFonts.Policy =
            switch parts.first {
            case "perDocument": .perDocument
            case "commonSet": .commonSet
            default: .wholeFaces
            }
        let jobs = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let count = parts.count > 2 ? Int(parts[2]) ?? 200 : 200
        // As the command-line tool sets glibc's malloc: freed memory is kept for reuse.
        _ = mallopt(M_MMAP_THRESHOLD, 512 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
        let documents = try Self.documents()
        let fonts = PreparedFonts(
            policy: policy, cacheFolder: ProcessInfo.processInfo.environment["BRIEFING_FONT_BENCH_CACHE"])
        let baseline = Self.memory("VmRSS")
        // Forget the peak so far: what is left is this policy's.
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)

        let results = Mutex<[(index: Int, seconds: Double, cpu: Double, bytes: Int, hash: UInt64, wholeFaces: Int)]>([])
        let peakAfterFirst = Mutex(0.0)
        let clock = ContinuousClock()
        let started = clock.now
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            for index in stride(from: worker, to: count, by: jobs) {
                let document = documents[index % documents.count]
                let start = clock.now
                let startCPU = Self.threadCPUTime()
                guard
                    let faces = try? Dictionary(
                        uniqueKeysWithValues: document.usage.map { font, usage in
                            (font, try fonts.face(for: font, glyphs: usage.glyphs, codePoints: usage.codePoints))
                        }),
                    let pdf = try? ShapedText.pdf(
                        pages: document.pages.map { page in page.map { ($0, faces[$0.font]!) } })
                else { continue }
                let seconds = (clock.now - start) / .seconds(1)
                let cpu = Self.threadCPUTime() - startCPU
                let whole = faces.values.filter { $0.subset == nil }.count
                results.withLock {
                    $0.append((index, seconds, cpu, pdf.count, FontSubsetCache.fingerprint(pdf), whole))
                }
                if index == 0 { peakAfterFirst.withLock { $0 = Self.memory("VmHWM") } }
            }
        }
        let wall = (clock.now - started) / .seconds(1)
        let done = results.withLock { $0 }.sorted { $0.index < $1.index }
        #expect(done.count == count)
        // Workers drawing at once with shared faces: every copy of a document the same bytes.
        let variants = Dictionary(grouping: done) { $0.index % documents.count }
        #expect(variants.values.allSatisfy { Set($0.map(\.hash)).count == 1 })
        let steady = done.dropFirst(jobs).map(\.seconds).sorted()
        let steadyCPU = done.dropFirst(jobs).map(\.cpu).sorted()
        let report = [
            "fontbench policy=\(policy) jobs=\(jobs) documents=\(count)",
            String(format: "wall=%.2fs rate=%.1f/s", wall, Double(count) / wall),
            String(format: "first=%.1fms", done.prefix(jobs).map(\.seconds).max()! * 1000),
            String(
                format: "median=%.1fms cpu: first=%.1fms median=%.1fms", steady[steady.count / 2] * 1000,
                (done.prefix(jobs).map(\.cpu).max() ?? 0) * 1000, steadyCPU[steadyCPU.count / 2] * 1000),
            String(
                format: "peak=%.1fMiB afterFirst=%.1fMiB baseline=%.1fMiB", Self.memory("VmHWM"),
                peakAfterFirst.withLock { $0 }, baseline),
            "pdfKB=\(done[0].bytes / 1024) hash0=\(String(done[0].hash, radix: 16))",
            "hash1=\(String(done[1].hash, radix: 16)) documentsWithWholeFaces=\(done.filter { $0.wholeFaces > 0 }.count)",
        ]
        print(report.joined(separator: " "))
    }

    /// The CPU time this thread has used, in seconds: unlike the wall clock, not stretched by
    /// other processes on a busy machine.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// A field of /proc/self/status in MiB.
    static func memory(_ field: String) -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }
}

extension FontSubsetBenchmark {
    @Test(.enabled(if: setting != nil)) func costOfTheCommonSubsets() throws {
        print(
            String(format: "fontbench before: rss %.1f MiB, peak %.1f MiB", Self.memory("VmRSS"), Self.memory("VmHWM")))
        for pattern in ["Noto Sans CJK SC:style=Regular", "Noto Sans CJK SC:style=Bold", "Noto Sans:style=Regular"] {
            let source = FontSource.matching(pattern)
            let clock = ContinuousClock()
            let start = clock.now
            let subsetter = try FontSubsetter(source)
            let subset = try subsetter.subset(glyphs: [], codePoints: CommonCharacters.codePoints)
            let seconds = (clock.now - start) / .seconds(1)
            let size = (try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int) ?? 0
            print(
                String(
                    format:
                        "fontbench common subset of %@: %.1f ms, %d of %d glyphs, %d KB (file %d KB), rss %.1f MiB, peak %.1f MiB",
                    pattern, seconds * 1000, subset.glyphCount, subsetter.glyphCount, subset.byteCount / 1024,
                    size / 1024, Self.memory("VmRSS"), Self.memory("VmHWM")))
        }
        print("fontbench common characters: \(CommonCharacters.codePoints.count)")
    }
}
