import BriefingCore
import BriefingData
import BriefingLayout
import BriefingTestSupport
import Foundation

@testable import Briefing
@testable import BriefingInput

/// The entry points Scripts/fuzz/run fuzzes, one per harness; compiled into the fuzzer by the
/// script (with Scripts/fuzz/Harness.swift) and replayed without sanitizers by FuzzRegressionTests,
/// so a committed input goes through exactly the code that found it.
enum FuzzTargets {
    /// Every harness, in the order the script runs them.
    static let names = ["csv", "xlsx", "json", "manifest", "tables", "markdown", "layout"]

    /// What an input led to.
    struct Outcome {
        /// What a user is told: every diagnostic's one-line form.
        var diagnostics: [String]
        /// Pages laid out wrong without a word to the user (text outside the margins or over other
        /// text while layout gave no warning): a finding, as a crash is.
        var silentlyWrongPages: [String] = []
    }

    /// Feeds `bytes` to the harness `name`; `scratch` is a folder the harness may write its input
    /// to, left out of the paths in diagnostics.
    static func run(_ name: String, _ bytes: [UInt8], scratch: URL) -> Outcome {
        let diagnostics: [Diagnostic]
        var silentlyWrongPages: [String] = []
        switch name {
        case "csv": diagnostics = csv(bytes)
        case "xlsx": diagnostics = XLSXReader(path: "table.xlsx", sheet: nil).read(bytes).diagnostics
        case "json": diagnostics = JSONTableReader(path: "table.json").read(bytes).diagnostics
        case "manifest": diagnostics = manifestAndTheme(bytes, scratch: scratch)
        case "tables": diagnostics = tables(bytes, scratch: scratch)
        case "markdown": diagnostics = notes(bytes).diagnostics
        case "layout": (diagnostics, silentlyWrongPages) = layout(bytes)
        default: preconditionFailure("no fuzz target '\(name)'; known: \(names.joined(separator: " "))")
        }
        return Outcome(
            diagnostics: diagnostics.map { $0.summary.replacingOccurrences(of: scratch.path + "/", with: "") },
            silentlyWrongPages: silentlyWrongPages)
    }

    /// The CSV reader with the delimiter it would guess, every cell read as a number and a period,
    /// in every named period format and in the formats the header's cells give as `period-format`
    /// (patterns, with a year or of a part of a year), and the bytes decoded as GB 18030.
    private static func csv(_ bytes: [UInt8]) -> [Diagnostic] {
        let table = CSVReader(delimiter: CSVReader.detectDelimiter(in: bytes))?.read(bytes, path: "table.csv")
        var patterns: [PeriodFormat] = []
        for cell in table?.header?.cells.prefix(4) ?? [] {
            for yearInRows in [false, true] {
                if case .success(let format) = PeriodFormat.parse(String(cell.trimmed), yearInRows: yearInRows) {
                    patterns.append(format)
                }
            }
        }
        for cell in (table?.rows ?? []).flatMap(\.cells) {
            _ = TableValues.number(cell.trimmed, decimalSeparator: ",")
            _ = TableValues.number(cell.trimmed, decimalSeparator: ".")
            for format in [PeriodFormat.standard] + PeriodFormat.named + patterns {
                _ = format.read(cell.trimmed, workbookDates: true)
                _ = format.readPart(cell.trimmed)
            }
        }
        _ = TextDecoding.utf8(bytes, from: .gb18030)
        return table?.diagnostics ?? []
    }

    /// The same bytes as a brief's manifest, a batch's report manifest and a brief's theme file
    /// laid over the default theme (the theme reader reads files: the bytes go to `scratch` first).
    private static func manifestAndTheme(_ bytes: [UInt8], scratch: URL) -> [Diagnostic] {
        let text = String(decoding: bytes, as: UTF8.self)
        var bag = DiagnosticBag()
        _ = ManifestReader.parse(text, path: scratch.appendingPathComponent("brief.yaml").path, into: &bag)
        var diagnostics = bag.diagnostics
        do {
            _ = try ReportManifestReader.parse(text, path: scratch.appendingPathComponent("report.yaml").path)
        } catch {
            diagnostics += error.diagnostics
        }
        let theme = scratch.appendingPathComponent("theme.yaml")
        try? Data(bytes).write(to: theme)
        do {
            _ = try ThemeReader.read(
                Theme.self, defaultFile: Assets.defaultTheme, override: "theme.yaml",
                in: BriefWorld(folder: scratch.path), rules: Theme.rules(page: Manifest.PageSize.a4.size))
        } catch {
            diagnostics += error.diagnostics
        }
        return diagnostics
    }

    /// The notes parser's document (nil when it found errors) and everything it reported.
    private static func notes(_ bytes: [UInt8]) -> (document: NoteDocument?, diagnostics: [Diagnostic]) {
        do {
            let parsed = try NotesParser.parse(String(decoding: bytes, as: UTF8.self), path: "notes.md")
            return (parsed.document, parsed.warnings)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// The default theme, read once.
    private static let theme: Theme? = try? ThemeReader.read(
        Theme.self, defaultFile: Assets.defaultTheme, override: nil, in: BriefWorld(folder: "."),
        rules: Theme.rules(page: Manifest.PageSize.a4.size))

    /// Notes parsed, composed into blocks as a brief's notes section (after a contents page, so
    /// layout runs its page-number passes) and laid out on A4 with the fixed-metrics typesetter;
    /// layout's warnings are reported as warnings at the notes file. Every page must keep its items
    /// inside the margins, and, when there are no warnings, its text apart.
    private static func layout(_ bytes: [UInt8]) -> (diagnostics: [Diagnostic], silentlyWrongPages: [String]) {
        let (document, diagnostics) = notes(bytes)
        guard let document, let theme else { return (diagnostics, []) }
        let strings = Wording(language: .en)
        var anchors = AnchorAllocator()
        let blocks = NotesComposer(strings: strings, formatter: ValueFormatter(language: .en))
            .blocks(for: document, anchors: &anchors)
        let spec = DocumentSpec(
            cover: nil, body: [.contents(title: strings.contents), .pageBreak] + blocks, header: "Fuzz",
            footerTemplate: strings.footer, footerLeft: nil,
            metadata: DocumentMetadata(
                title: "Fuzz", author: "", subject: "", creationDate: Date(timeIntervalSince1970: 0), language: "en"))
        let layoutTheme = theme.layoutTheme(language: .en, pageSize: Manifest.PageSize.a4.size)
        let laidOut = DocumentLayout.layout(spec, theme: layoutTheme, typesetter: FixedMetricsTypesetter())
        var wrong: [String] = []
        for (index, page) in laidOut.document.pages.enumerated() {
            if let box = page.items(outside: layoutTheme.contentRect(for: page.size)).first {
                wrong.append("page \(index + 1): an item outside the margins at \(box)")
            }
            // A warned compromise (a list marker set inline when nesting leaves no indent) may overlap.
            if laidOut.warnings.isEmpty, let (first, second) = page.overlappingText().first {
                wrong.append("page \(index + 1): text at \(first) overlaps text at \(second)")
            }
        }
        return (
            diagnostics + laidOut.warnings.map { .warning(at: $0.location ?? .file("notes.md"), $0.message) }, wrong
        )
    }
}
