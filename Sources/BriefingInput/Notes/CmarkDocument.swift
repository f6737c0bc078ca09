import CCmarkGFM
import Foundation

/// Owns a cmark-gfm parser with the GFM extensions attached; freed in `deinit`.
/// Not `Sendable`: made, used and dropped inside one parse call.
final class CmarkParser {
    let pointer: OpaquePointer

    /// The GFM syntax extensions attached to every parser. `tasklist` is left out on purpose:
    /// `- [ ] item` keeps its box as literal text.
    static let extensionNames = ["table", "strikethrough", "autolink"]

    /// cmark-gfm registers its extensions in a global list without a lock: do it once, thread-safely.
    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// cmark-gfm 0.29 keeps the table of characters that start an inline (`~` for strikethrough,
    /// added by the extensions) in a global array: `cmark_parser_finish` sets the extensions'
    /// characters before parsing inlines and clears them after, so two documents finished at once
    /// on two threads lose each other's `~~strikethrough~~`. Inline parsing is serialised.
    private static let inlineParsing = NSLock()

    init?(options: Int32) {
        Self.registration
        guard let pointer = cmark_parser_new(options) else { return nil }
        self.pointer = pointer
        for name in Self.extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else { continue }
            _ = cmark_parser_attach_syntax_extension(pointer, syntaxExtension)
        }
    }

    deinit { cmark_parser_free(pointer) }

    /// Parses `text` and returns the document, or nil if cmark could not build one.
    func parse(_ text: String) -> CmarkDocument? {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(pointer, $0, buffer.count)
            }
        }
        Self.inlineParsing.lock()
        let finished = cmark_parser_finish(pointer)
        Self.inlineParsing.unlock()
        guard let root = finished else { return nil }
        return CmarkDocument(root: root, parser: self)
    }
}

/// Owns the node tree of a parsed document; frees it in `deinit`, before the parser it came from.
final class CmarkDocument {
    let root: OpaquePointer
    /// Kept so that the parser (and its extension list) outlives the nodes.
    private let parser: CmarkParser

    init(root: OpaquePointer, parser: CmarkParser) {
        self.root = root
        self.parser = parser
    }

    deinit { cmark_node_free(root) }
}

/// Owns a cmark iterator over a subtree; frees it in `deinit`.
final class CmarkIterator {
    private let pointer: OpaquePointer

    init?(_ node: OpaquePointer) {
        guard let pointer = cmark_iter_new(node) else { return nil }
        self.pointer = pointer
    }

    deinit { cmark_iter_free(pointer) }

    /// The next event and its node, or nil when the walk is done.
    func next() -> (entering: Bool, node: OpaquePointer)? {
        let event = cmark_iter_next(pointer)
        guard event != CMARK_EVENT_DONE, event != CMARK_EVENT_NONE, let node = cmark_iter_get_node(pointer) else {
            return nil
        }
        return (event == CMARK_EVENT_ENTER, node)
    }
}

/// Read-only views of a cmark node, with C results made optional-safe.
struct CmarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// The type name; how extension nodes (`table`, `table_row`, `table_header`, `table_cell`,
    /// `strikethrough`) are told apart, their type codes being assigned at registration.
    var typeName: String {
        guard let name = cmark_node_get_type_string(pointer) else { return "" }
        return String(cString: name)
    }

    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(CmarkNode(pointer: node))
            child = cmark_node_next(node)
        }
        return result
    }

    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init(pointer:)) }

    var literal: String {
        guard let literal = cmark_node_get_literal(pointer) else { return "" }
        return String(cString: literal)
    }

    var url: String {
        guard let url = cmark_node_get_url(pointer) else { return "" }
        return String(cString: url)
    }

    var fenceInfo: String {
        guard let info = cmark_node_get_fence_info(pointer) else { return "" }
        return String(cString: info)
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }

    /// The 1-based line and byte column where the node starts; (0, 0) when cmark does not know.
    var start: (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(pointer)), Int(cmark_node_get_start_column(pointer)))
    }

    /// The start of this node, or of the nearest ancestor whose start cmark knows.
    var knownStart: (line: Int, column: Int) {
        var node: CmarkNode? = self
        while let current = node {
            let start = current.start
            if start.line > 0 { return (start.line, max(start.column, 1)) }
            node = current.parent
        }
        return (1, 1)
    }

    /// Table extension: the column alignments (`l`, `c`, `r` or 0).
    var tableAlignments: [UInt8] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard count > 0, let alignments = cmark_gfm_extensions_get_table_alignments(pointer) else { return [] }
        return Array(UnsafeBufferPointer(start: alignments, count: count))
    }

    /// Table extension: whether a row is the header row.
    var isTableHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }
}
