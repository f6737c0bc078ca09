import Foundation

/// Paths and processes for end-to-end tests: the built `briefing`, the example briefs, and the
/// poppler-utils and qpdf commands that read PDFs back.
enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let example = packageRoot.appendingPathComponent("Briefings/parks-2014").path

    /// The `briefing` executable built beside the test bundle.
    static var executable: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("briefing").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot.appendingPathComponent(".build/debug/briefing").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The font cache (`BRIEFING_CACHE`) of every process the tests run, one temporary folder
    /// per test run, so that tests never write into the developer's cache.
    static let cacheFolder: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-tests-cache-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// Runs `command` with `arguments` and waits for it, with ``cacheFolder`` as its cache.
    static func run(
        _ command: String, _ arguments: [String], environment: [String: String] = [:], in folder: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.hasPrefix("/") ? command : "/usr/bin/env")
        process.arguments = command.hasPrefix("/") ? arguments : [command] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["BRIEFING_CACHE": cacheFolder]) { $1 }
            .merging(environment) { $1 }
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `briefing` with `arguments`.
    static func briefing(_ arguments: [String], environment: [String: String] = [:], in folder: String? = nil) throws
        -> Result
    {
        try run(executable, arguments, environment: environment, in: folder)
    }

    /// A new empty folder under the temporary directory.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A copy of the example brief in a new temporary folder, to break on purpose.
    static func copyOfExample() throws -> String {
        let folder = try temporaryFolder() + "/brief"
        try FileManager.default.copyItem(atPath: example, toPath: folder)
        return folder
    }

    /// `pdftotext -layout` of the whole file.
    static func text(of pdf: String) throws -> String {
        try run("pdftotext", ["-layout", pdf, "-"]).stdout
    }

    /// `pdfinfo` as key → value.
    static func info(of pdf: String) throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try run("pdfinfo", [pdf]).stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    /// The rows of `pdffonts`: name, type, embedded, subset.
    static func fonts(of pdf: String) throws -> [(name: String, embedded: Bool, subset: Bool)] {
        try run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2).map { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            // name … emb sub uni object ID: the last five fields are emb, sub, uni, object, generation.
            let count = fields.count
            return (String(fields[0]), fields[count - 5] == "yes", fields[count - 4] == "yes")
        }
    }

    /// What a PDF's structure tree holds: element types with their counts, the document language
    /// and the figures' alternative texts (read from qpdf's uncompressed QDF form).
    static func structure(of pdf: String) throws -> (
        types: [String: Int], language: String?, alternativeTexts: [String]
    ) {
        let qdf = try temporaryFolder() + "/qdf.pdf"
        _ = try run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf])
        let text = String(decoding: FileManager.default.contents(atPath: qdf) ?? Data(), as: UTF8.self)
        var types: [String: Int] = [:]
        var alternativeTexts: [String] = []
        var language: String?
        for object in text.components(separatedBy: "endobj") where object.contains("/Type /StructElem") {
            guard let type = object.range(of: #"/S /\w+"#, options: .regularExpression) else { continue }
            types[String(object[type].dropFirst(4)), default: 0] += 1
            if let alt = object.range(of: #"/Alt (\([^)]*\)|<[0-9a-fA-F]+>)"#, options: .regularExpression) {
                alternativeTexts.append(decodePDFString(String(object[alt].dropFirst(5))))
            }
        }
        if let lang = text.range(of: #"/Lang \([^)]*\)"#, options: .regularExpression) {
            language = String(text[lang].dropFirst(7).dropLast())
        }
        return (types, language, alternativeTexts)
    }

    /// A PDF string `(…)` or `<FEFF…>` as text.
    private static func decodePDFString(_ string: String) -> String {
        if string.hasPrefix("(") {
            return String(string.dropFirst().dropLast()).replacingOccurrences(of: "\\", with: "")
        }
        let hex = Array(string.dropFirst().dropLast().dropFirst(4))
        var units: [UInt16] = []
        var index = 0
        while index + 4 <= hex.count {
            units.append(UInt16(String(hex[index..<index + 4]), radix: 16) ?? 0x3F)
            index += 4
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The outline's titles with their depth (1 for top level), read with qpdf's JSON.
    static func outline(of pdf: String) throws -> [(title: String, depth: Int)] {
        let json = try run("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let items = root["outlines"] as? [[String: Any]]
        else { return [] }
        func walk(_ items: [[String: Any]], depth: Int) -> [(String, Int)] {
            items.flatMap { item -> [(String, Int)] in
                [((item["title"] as? String) ?? "", depth)]
                    + walk((item["kids"] as? [[String: Any]]) ?? [], depth: depth + 1)
            }
        }
        return walk(items, depth: 1)
    }
}
