import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

/// Helpers shared by the notes test suites.
enum NotesSupport {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func briefingPath(_ relative: String) -> String {
        root.appendingPathComponent("Briefings").appendingPathComponent(relative).path
    }

    /// Writes `bytes` to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).md")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Parses `text` that must have no errors.
    static func parse(_ text: String, path: String = "notes.md") throws -> (
        document: NoteDocument, warnings: [Diagnostic]
    ) {
        try NotesParser.parse(text, path: path)
    }

    /// The body blocks of `text`.
    static func blocks(_ text: String) throws -> [NoteBlock] {
        try parse(text).document.blocks
    }

    /// The diagnostics thrown for `text`, or an empty list when it parses.
    static func errors(_ text: String, path: String = "notes.md") -> [Diagnostic] {
        do {
            _ = try NotesParser.parse(text, path: path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// All headings, in order.
    static func headings(_ blocks: [NoteBlock]) -> [String] {
        blocks.compactMap {
            if case .heading(_, let text) = $0 { return text.plainText }
            return nil
        }
    }

    /// The blocks of `blocks` matching `pick`, in order, nested ones excluded.
    static func first<T>(_ blocks: [NoteBlock], _ pick: (NoteBlock) -> T?) -> T? {
        blocks.lazy.compactMap(pick).first
    }

    static func all<T>(_ blocks: [NoteBlock], _ pick: (NoteBlock) -> T?) -> [T] {
        blocks.compactMap(pick)
    }

    /// Every span of every paragraph, heading, list item, quote and table cell, depth first.
    static func spans(_ blocks: [NoteBlock]) -> [Span] {
        blocks.flatMap { block -> [Span] in
            switch block {
            case .heading(_, let text), .paragraph(let text): return text.spans
            case .list(_, _, _, let items): return items.flatMap(spans)
            case .quote(let inner): return spans(inner)
            case .table(_, let header, let rows): return (header + rows.flatMap { $0 }).flatMap(\.spans)
            case .footnotes(let notes): return notes.flatMap { spans($0.blocks) }
            case .code, .rule, .html: return []
            }
        }
    }
}
