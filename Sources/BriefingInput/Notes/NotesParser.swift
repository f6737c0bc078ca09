import BriefingCore
import CCmarkGFM
import Foundation

/// Reads meeting notes: Markdown (GitHub flavour, parsed by cmark-gfm) with YAML front matter.
///
/// Front matter is a first line `---`, YAML, and a closing `---` (or `...`) line; its values must be
/// text or lists of text. The body keeps headings, paragraphs, lists, quotes, tables, code, rules
/// and footnotes. Raw HTML is never interpreted (kept as text, with a warning); links other than
/// http, https and mailto become plain text (with a warning); images become their description.
public enum NotesParser {
    /// Parses notes text; `path` names the file in diagnostics, whose lines are the file's own.
    /// Throws every error found (with the warnings); returns the warnings otherwise. With
    /// `coverage`, text the document's fonts cannot draw is a warning where it is written. With
    /// `smartPunctuation` (English briefs), cmark-gfm's smart option curls straight quotes and
    /// apostrophes (`"a"` → “a”, `city's` → city’s) and makes `--` an en dash, `---` an em dash and
    /// `...` an ellipsis; code keeps its characters. Front matter values get the same (``SmartPunctuation``).
    public static func parse(
        _ text: String, path: String, coverage: (any GlyphCoverage)? = nil, smartPunctuation: Bool = false
    ) throws(DiagnosticError) -> (document: NoteDocument, warnings: [Diagnostic]) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let source = SourceText(path: path, text: text, coverage: coverage)

        let split = try NoteFrontMatterReader.split(source)
        var (frontMatter, frontMatterDiagnostics) = NoteFrontMatterReader.read(split, source: source)
        if smartPunctuation {
            // The title, chair and attendees are set like the body: cmark never sees them.
            for index in frontMatter.entries.indices {
                frontMatter.entries[index].value = SmartPunctuation.apply(frontMatter.entries[index].value)
            }
        }

        // The front matter lines become blank lines, so cmark's line numbers are the file's.
        let body: String
        if split.lineCount > 0 {
            body =
                String(repeating: "\n", count: split.lineCount)
                + source.lines.dropFirst(split.lineCount).joined(separator: "\n")
        } else {
            body = text
        }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | (smartPunctuation ? CMARK_OPT_SMART : 0)
        guard let parser = CmarkParser(options: options),
            let document = parser.parse(body)
        else {
            throw DiagnosticError([.error(at: .file(path), "cannot parse the notes: cmark-gfm failed")])
        }
        var converter = NoteTreeConverter(source: source)
        let blocks = converter.blocks(ofDocument: CmarkNode(pointer: document.root))

        var diagnostics = DiagnosticBag()
        diagnostics.append(contentsOf: sorted(frontMatterDiagnostics + converter.diagnostics))
        try diagnostics.throwIfErrors()
        return (
            NoteDocument(
                frontMatter: frontMatter, blocks: blocks, locations: converter.locations,
                footnoteLocations: converter.footnoteLocations),
            diagnostics.diagnostics
        )
    }

    /// Reads and parses the notes file at `path` (UTF-8).
    public static func parse(
        fileAt path: String, coverage: (any GlyphCoverage)? = nil
    ) throws(DiagnosticError) -> (document: NoteDocument, warnings: [Diagnostic]) {
        let file = path as NSString
        return try parse(
            file.lastPathComponent, in: BriefWorld(folder: file.deletingLastPathComponent), coverage: coverage)
    }

    /// Reads and parses the notes file named `name` in `world` (UTF-8).
    public static func parse(
        _ name: String, in world: BriefWorld, coverage: (any GlyphCoverage)? = nil, smartPunctuation: Bool = false
    ) throws(DiagnosticError) -> (document: NoteDocument, warnings: [Diagnostic]) {
        let path = world.path(of: name)
        let bytes: [UInt8]
        switch world.read(name, as: .notes) {
        case .success(let read): bytes = read
        case .failure(let error): throw error
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError([invalidUTF8(bytes, path: path)])
        }
        return try parse(text, path: path, coverage: coverage, smartPunctuation: smartPunctuation)
    }

    /// Stable order by position, so warnings read top to bottom.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.location.line, $0.element.location.column, $0.offset)
                < ($1.element.location.line, $1.element.location.column, $1.offset)
        }.map(\.element)
    }

    /// An error at the first byte that is not UTF-8.
    private static func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return .error(
            at: SourceLocation(path: path, line: line, column: column),
            "expected the notes file to be UTF-8 text, found bytes that are not UTF-8")
    }
}
