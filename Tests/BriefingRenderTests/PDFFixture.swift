import Foundation

/// Small PDFs written by hand for the patch's tests, in the layouts a PDF may have: one or several
/// cross-reference subsections, a cross-reference stream, an incremental update with `/Prev`.
/// Read back with qpdf, which shares no code with the patch.
struct PDFFixture {
    /// How the cross-reference section is written.
    enum Layout {
        /// A table whose entries are split into this many subsections.
        case table(subsections: Int)
        /// An unfiltered cross-reference stream with one `/Index` pair per object.
        case stream
    }

    /// Object number → body (what stands between `N 0 obj` and `endobj`).
    var objects: [Int: String]
    var trailer: String

    /// A tagged one-page document: catalog 1, pages 2, structure tree root 3, page 4, `Document`
    /// element 5 holding a `Figure` (6), a `P` (7) and a `Figure` (8), and the parent tree 9.
    static var tagged: PDFFixture {
        PDFFixture(
            objects: [
                1: "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R /MarkInfo << /Marked true >> >>",
                2: "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                3: "<< /Type /StructTreeRoot /ParentTree 9 0 R /K [5 0 R] >>",
                4: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /StructParents 0 >>",
                5: "<< /Type /StructElem /S /Document /P 3 0 R /K [6 0 R 7 0 R 8 0 R] >>",
                6: "<< /Type /StructElem /S /Figure /P 5 0 R /Pg 4 0 R /K 0 >>",
                7: "<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 1 >>",
                8: "<< /Type /StructElem /S /Figure /P 5 0 R /Pg 4 0 R /K 2 >>",
                9: "<< /Nums [0 [6 0 R 7 0 R 8 0 R]] >>",
            ],
            trailer: "/Root 1 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]")
    }

    /// The file, objects in number order.
    func bytes(_ layout: Layout = .table(subsections: 1)) -> [UInt8] {
        var file = Array("%PDF-1.5\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        let written = Self.append(objects, to: &file)
        let size = (objects.keys.max() ?? 0) + 1
        Self.appendCrossReference(written, size: size, trailer: trailer, prev: nil, layout: layout, to: &file)
        return file
    }

    /// `base` with an incremental update holding `objects` (new versions or new objects).
    static func update(_ base: [UInt8], with objects: [Int: String], size: Int, trailer: String) -> [UInt8] {
        var file = base
        let written = append(objects, to: &file)
        let prev = startxref(of: base)
        appendCrossReference(
            written, size: size, trailer: trailer, prev: prev, layout: .table(subsections: 1), to: &file)
        return file
    }

    private static func append(_ objects: [Int: String], to file: inout [UInt8]) -> [(Int, Int)] {
        var written: [(Int, Int)] = []
        for (number, body) in objects.sorted(by: { $0.key < $1.key }) {
            written.append((number, file.count))
            file += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        return written
    }

    private static func appendCrossReference(
        _ written: [(Int, Int)], size: Int, trailer: String, prev: Int?, layout: Layout, to file: inout [UInt8]
    ) {
        let xref = file.count
        let prevEntry = prev.map { " /Prev \($0)" } ?? ""
        switch layout {
        case .table(let subsections):
            var entries = written.map { (number: $0.0, line: String(format: "%010d 00000 n \n", $0.1)) }
            if prev == nil { entries.insert((0, "0000000000 65535 f \n"), at: 0) }
            // Split into `subsections` runs; a run must be consecutive numbers, so split only there.
            let chunk = max(1, (entries.count + subsections - 1) / subsections)
            var table = "xref\n"
            var index = 0
            while index < entries.count {
                var end = index + 1
                while end < min(entries.count, index + chunk), entries[end].number == entries[end - 1].number + 1 {
                    end += 1
                }
                table += "\(entries[index].number) \(end - index)\n" + entries[index..<end].map(\.line).joined()
                index = end
            }
            file += Array(
                "\(table)trailer\n<< /Size \(size) \(trailer)\(prevEntry) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        case .stream:
            // The stream is object `size` and locates itself; fields 1, 4 and 1 bytes wide.
            let all = written + [(size, xref)]
            var data: [UInt8] = []
            for (_, offset) in all {
                data += [
                    1, UInt8(offset >> 24 & 0xFF), UInt8(offset >> 16 & 0xFF), UInt8(offset >> 8 & 0xFF),
                    UInt8(offset & 0xFF), 0,
                ]
            }
            let index = all.map { "\($0.0) 1" }.joined(separator: " ")
            file += Array(
                "\(size) 0 obj\n<< /Type /XRef /Size \(size + 1) /W [1 4 1] /Index [\(index)] /Length \(data.count) \(trailer)\(prevEntry) >>\nstream\n"
                    .utf8)
            file += data + Array("\nendstream\nendobj\nstartxref\n\(xref)\n%%EOF\n".utf8)
        }
    }

    static func startxref(of file: [UInt8]) -> Int {
        let text = String(decoding: file.suffix(40), as: UTF8.self)
        let lines = text.split(separator: "\n")
        return Int(lines[lines.count - 2]) ?? 0
    }
}

/// Running qpdf on PDF bytes.
enum QPDF {
    /// Writes `bytes` to a temporary file and returns its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("patch-\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `qpdf --check`: status 0 and no warnings.
    static func check(_ bytes: [UInt8]) throws -> (clean: Bool, output: String) {
        let result = try run(["qpdf", "--check", try file(bytes)])
        return (result.status == 0 && !result.output.contains("WARNING"), result.output)
    }

    /// Every object's value and the trailer, from qpdf's JSON (version 2): `obj:N 0 R` → value.
    static func objects(_ bytes: [UInt8]) throws -> [String: Any] {
        let result = try run(["qpdf", "--json", "--json-key=qpdf", try file(bytes)])
        guard let root = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
            let parts = root["qpdf"] as? [Any], parts.count == 2, let objects = parts[1] as? [String: Any]
        else { return [:] }
        return objects.compactMapValues { ($0 as? [String: Any])?["value"] }
    }

    /// Every dictionary key and name value in qpdf's JSON `objects`.
    static func names(in value: Any) -> Set<String> {
        switch value {
        case let dictionary as [String: Any]:
            return dictionary.reduce(into: Set(dictionary.keys.filter { $0.hasPrefix("/") })) {
                $0.formUnion(names(in: $1.value))
            }
        case let array as [Any]:
            return array.reduce(into: []) { $0.formUnion(names(in: $1)) }
        case let string as String:
            return string.hasPrefix("/") ? [string] : []
        default:
            return []
        }
    }

    /// Object `number`'s dictionary.
    static func dictionary(_ number: Int, in objects: [String: Any]) -> [String: Any] {
        (objects["obj:\(number) 0 R"] as? [String: Any]) ?? [:]
    }
}
