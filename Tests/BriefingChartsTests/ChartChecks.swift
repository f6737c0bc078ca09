import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingCharts

/// Checks every chart must pass, and snapshot comparison.
enum ChartChecks {
    /// Text items with their bounds, in frame coordinates.
    static func texts(_ frame: Frame) -> [(text: String, bounds: Rect)] {
        frame.items.compactMap { item in
            guard case .text(let t) = item.item else { return nil }
            return (t.paragraph.spec.text.plainText, item.bounds)
        }
    }

    /// Bar rectangles (filled shapes without stroke) in drawing order.
    static func bars(_ frame: Frame) -> [(fill: Color, bounds: Rect)] {
        frame.items.compactMap { item in
            guard case .shape(let s) = item.item, let fill = s.fill, s.stroke == nil,
                s.path.elements.count == 5
            else { return nil }
            return (fill, item.bounds)
        }
    }

    /// The frame is exactly `size`, every item lies inside it, and no two text labels overlap.
    static func expectWellFormed(
        _ output: ChartOutput, size: Size, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let frame = output.frame
        #expect(frame.size == size, sourceLocation: sourceLocation)
        let box = Rect(origin: .zero, size: size)
        for item in frame.items {
            #expect(
                box.contains(item.bounds), "item outside the frame: \(item.bounds) \(item.item)",
                sourceLocation: sourceLocation)
        }
        let labels = texts(frame)
        for i in labels.indices {
            for j in labels.indices where j > i {
                #expect(
                    !labels[i].bounds.overlaps(labels[j].bounds),
                    "text overlaps: \"\(labels[i].text)\" \(labels[i].bounds) and \"\(labels[j].text)\" \(labels[j].bounds)",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(!output.alternativeText.isEmpty, sourceLocation: sourceLocation)
        expectLabelsClearOfMarks(frame, sourceLocation: sourceLocation)
    }

    /// No text lies partly on a bar, near a target tick, across a drawn line or on a point's dot
    /// (`Frame.textOnMarks`).
    static func expectLabelsClearOfMarks(_ frame: Frame, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for problem in frame.textOnMarks() { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }

    /// Compares `frame.dump()` with `Tests/Snapshots/BriefingCharts/<name>.txt`. With `BRIEFING_RECORD=1`
    /// the file is (re)written instead; a missing file otherwise fails.
    static func expectSnapshot(
        _ frame: Frame, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots/BriefingCharts/\(name).txt")
        let actual = frame.dump()
        let record = ProcessInfo.processInfo.environment["BRIEFING_RECORD"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if record {
            if expected != actual {
                try? FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                do {
                    try actual.write(to: url, atomically: true, encoding: .utf8)
                } catch {
                    Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
                }
            }
            return
        }
        guard let expected else {
            Issue.record(
                "no snapshot at \(url.path); run with BRIEFING_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(a.count, b.count) where diff.count < 20 {
            let old = i < a.count ? String(a[i]) : nil
            let new = i < b.count ? String(b[i]) : nil
            if old != new {
                if let old { diff.append("line \(i + 1) - \(old)") }
                if let new { diff.append("line \(i + 1) + \(new)") }
            }
        }
        Issue.record(
            "snapshot \(name) differs (BRIEFING_RECORD=1 to accept):\n\(diff.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    static var typesetter: FixedMetricsTypesetter { FixedMetricsTypesetter() }
    static let english = ChartTheme(fontFamily: "Test Sans", language: "en")
    static let chinese = ChartTheme(fontFamily: "Test Sans", language: "zh-CN")

    static let parksEnglish = [
        "Chenzhou Economic Development Zone", "Suxian Industrial Park", "Beihu Park",
        "Zixing Economic Development Zone",
        "Yongxing Silver Recycling Park", "Guiyang Industrial Park", "Yizhang Park", "Jiahe Park",
        "Linwu Park", "Rucheng Park", "Guidong Park", "Anren Park",
    ]
    static let parksChinese = [
        "郴州经济开发区", "苏仙工业园", "北湖园区", "资兴经济开发区", "永兴银都循环经济园", "桂阳工业园",
        "宜章园区", "嘉禾园区", "临武园区", "汝城园区", "桂东园区", "安仁园区",
    ]
    static let volumes = [54.1, 31.2, 12.7, 40.3, 22.9, 18.4, 9.8, 11.5, 7.2, 3.9, 2.6, 5.1]
}
