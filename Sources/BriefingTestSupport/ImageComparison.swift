import Foundation

/// Compares a rendered PNG with a reference image the way matplotlib's image tests do, with a
/// tolerance for what another FreeType or cairo version may change: a pixel differs when one of
/// its channels differs by more than `channelTolerance`, and the images match when no more than
/// `maximumDifferingFraction` of the pixels differ. A failed comparison writes the actual image and
/// a difference image (differing pixels red over a faded reference) beside each other and names them.
public struct ImageComparison: Sendable {
    public var channelTolerance: UInt32 = 32
    public var maximumDifferingFraction = 0.002

    public init() {}

    /// The environment variable that makes a comparison record the actual image as the reference.
    public static let updateVariable = "BRIEFING_UPDATE_REFERENCES"

    /// Nil when `actual` matches the PNG at `reference`; else what differs and where to look.
    public func mismatch(actual: [UInt8], reference: String) throws -> String? {
        let name = URL(fileURLWithPath: reference).deletingPathExtension().lastPathComponent
        if ProcessInfo.processInfo.environment[Self.updateVariable] == "1" {
            try save(actual, at: reference)
            return nil
        }
        let image = try RasterImage(png: actual)
        guard let expectedBytes = FileManager.default.contents(atPath: reference) else {
            let written = try write(actual, as: "\(name).actual.png")
            return "no reference image \(reference); actual image written to \(written) "
                + "(run with \(Self.updateVariable)=1 to record it)"
        }
        let expected = try RasterImage(png: Array(expectedBytes))
        guard expected.width == image.width, expected.height == image.height else {
            let written = try write(actual, as: "\(name).actual.png")
            return "size \(image.width) × \(image.height), reference \(expected.width) × \(expected.height); "
                + "actual image written to \(written)"
        }
        var diff = expected
        var differing = 0
        for index in image.pixels.indices where differs(image.pixels[index], expected.pixels[index]) {
            differing += 1
            diff.pixels[index] = 0xFFFF_0000
        }
        let fraction = Double(differing) / Double(max(image.pixels.count, 1))
        guard fraction > maximumDifferingFraction else { return nil }
        for index in diff.pixels.indices where diff.pixels[index] != 0xFFFF_0000 {
            diff.pixels[index] = faded(diff.pixels[index])
        }
        let actualPath = try write(actual, as: "\(name).actual.png")
        let diffPath = try write(diff.png(), as: "\(name).diff.png")
        return "\(differing) of \(image.pixels.count) pixels differ from \(reference) "
            + "(\(String(format: "%.3f", fraction * 100))% > \(maximumDifferingFraction * 100)%); "
            + "see \(actualPath) and \(diffPath)"
    }

    private func differs(_ a: UInt32, _ b: UInt32) -> Bool {
        stride(from: 0, to: 32, by: 8).contains { shift in
            let x = (a >> UInt32(shift)) & 0xFF
            let y = (b >> UInt32(shift)) & 0xFF
            return max(x, y) - min(x, y) > channelTolerance
        }
    }

    /// An opaque pixel two thirds of the way to white.
    private func faded(_ pixel: UInt32) -> UInt32 {
        stride(from: 0, to: 24, by: 8).reduce(0xFF00_0000) { result, shift in
            let channel = (pixel >> UInt32(shift)) & 0xFF
            return result | ((channel + 2 * 255) / 3) << UInt32(shift)
        }
    }

    private func write(_ bytes: [UInt8], as name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-reference-failures")
            .appendingPathComponent(name).path
        try save(bytes, at: path)
        return path
    }

    private func save(_ bytes: [UInt8], at path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
