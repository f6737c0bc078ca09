import BriefingCore
import CCmarkGFM

/// Turns cmark-gfm's node tree into `NoteBlock`s, collecting warnings about what it cannot keep
/// (raw HTML, images, links that are not http, https or mailto, nesting too deep).
struct NoteTreeConverter {
    /// Deeper blocks or inlines are flattened to plain text, so that no input exhausts the stack.
    static let maxDepth = 48
    /// Block quotes nested deeper are drawn at this depth (their blocks join the enclosing quote),
    /// so that indentation never leaves the text too narrow to set.
    static let maxQuoteDepth = 8

    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each block `blocks(ofDocument:)` returned starts.
    private(set) var locations: [SourceLocation] = []
    /// Where each footnote definition starts, in the order of their numbers.
    private(set) var footnoteLocations: [SourceLocation] = []
    /// The links to headings (`#id`, lower-cased) and where each is written, checked once every
    /// heading is known.
    private var headingLinks: [(id: String, location: SourceLocation)] = []
    private var warnedAboutDepth = false
    private var warnedAboutQuoteDepth = false
    /// How many block quotes enclose the node being converted.
    private var quoteDepth = 0

    init(source: SourceText) {
        self.source = source
    }

    /// The blocks of the document; footnote definitions become the final `.footnotes` block.
    mutating func blocks(ofDocument root: CmarkNode) -> [NoteBlock] {
        var blocks: [NoteBlock] = []
        var footnotes: [NoteFootnote] = []
        for child in root.children {
            let start = child.knownStart
            let location = source.location(line: start.line, byteColumn: start.column)
            if child.type == CMARK_NODE_FOOTNOTE_DEFINITION {
                // cmark-gfm moves the referenced definitions to the end, in the order of their numbers.
                footnotes.append(NoteFootnote(number: footnotes.count + 1, blocks: self.blocks(of: child, depth: 1)))
                footnoteLocations.append(location)
            } else if let block = block(child, depth: 1) {
                blocks.append(block)
                locations.append(location)
            }
        }
        if let first = footnoteLocations.first {
            blocks.append(.footnotes(footnotes))
            locations.append(first)
        }
        let headings = NoteDocument(blocks: blocks).headingIDs
        for (id, location) in headingLinks where !headings.contains(id) {
            diagnostics.append(
                source.warning(
                    location,
                    "link destination '#\(id)' names no heading of the notes; the link text is kept as plain text"))
        }
        return blocks
    }

    private mutating func blocks(of node: CmarkNode, depth: Int) -> [NoteBlock] {
        node.children.flatMap { child -> [NoteBlock] in
            guard child.type == CMARK_NODE_BLOCK_QUOTE, quoteDepth >= Self.maxQuoteDepth, depth < Self.maxDepth else {
                return block(child, depth: depth + 1).map { [$0] } ?? []
            }
            if !warnedAboutQuoteDepth {
                warnedAboutQuoteDepth = true
                warn(
                    child,
                    "block quotes nested more than \(Self.maxQuoteDepth) levels deep are drawn \(Self.maxQuoteDepth) levels deep"
                )
            }
            return blocks(of: child, depth: depth + 1)
        }
    }

    private mutating func block(_ node: CmarkNode, depth: Int) -> NoteBlock? {
        if depth > Self.maxDepth {
            warnAboutDepth(node)
            let text = Self.plainText(of: node)
            return text.isEmpty ? nil : .paragraph(RichText(text))
        }
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            let text = richText(of: node, depth: depth)
            warnOfPlaceholder(text, at: node)
            return text.isEmpty ? nil : .paragraph(text)
        case CMARK_NODE_HEADING:
            let text = richText(of: node, depth: depth)
            warnOfPlaceholder(text, at: node)
            return .heading(level: node.headingLevel, text: text)
        case CMARK_NODE_LIST:
            let items = node.children.map { blocks(of: $0, depth: depth + 1) }
            let ordered = node.isOrderedList
            return .list(ordered: ordered, start: ordered ? node.listStart : 1, tight: node.isTightList, items: items)
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth += 1
            defer { quoteDepth -= 1 }
            return .quote(blocks(of: node, depth: depth))
        case CMARK_NODE_CODE_BLOCK:
            var text = printable(node.literal, of: node)
            if text.hasSuffix("\n") { text.removeLast() }
            let language = node.fenceInfo.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
            return .code(text: text, language: language)
        case CMARK_NODE_HTML_BLOCK:
            var text = node.literal
            while text.hasSuffix("\n") { text.removeLast() }
            warn(node, "raw html is not interpreted; it is kept as literal text")
            return .html(text)
        case CMARK_NODE_THEMATIC_BREAK:
            return .rule
        default:
            if node.typeName == "table" { return table(node, depth: depth) }
            // Nothing Markdown produces (custom blocks, stray items): keep the text.
            let text = Self.plainText(of: node)
            return text.isEmpty ? nil : .paragraph(RichText(text))
        }
    }

    private mutating func table(_ node: CmarkNode, depth: Int) -> NoteBlock {
        var alignments: [NoteBlock.ColumnAlignment] = node.tableAlignments.map {
            switch $0 {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return NoteBlock.ColumnAlignment.none
            }
        }
        var header: [RichText]?
        var rows: [[RichText]] = []
        for row in node.children {
            let cells = row.children.map { richText(of: $0, depth: depth + 1) }
            if header == nil && row.isTableHeaderRow {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        if alignments.isEmpty {
            let columns = ([header ?? []] + rows).map(\.count).max() ?? 0
            alignments = Array(repeating: NoteBlock.ColumnAlignment.none, count: columns)
        }
        func fitted(_ cells: [RichText]) -> [RichText] {
            let kept = Array(cells.prefix(alignments.count))
            return kept + Array(repeating: RichText([]), count: alignments.count - kept.count)
        }
        return .table(alignments: alignments, header: fitted(header ?? []), rows: rows.map(fitted))
    }

    // MARK: Inlines

    private mutating func richText(of node: CmarkNode, depth: Int) -> RichText {
        var collector = NoteInlineCollector()
        inlines(of: node, style: NoteInlineCollector.Style(), depth: depth, into: &collector)
        return collector.richText
    }

    private mutating func inlines(
        of node: CmarkNode, style: NoteInlineCollector.Style, depth: Int, into collector: inout NoteInlineCollector
    ) {
        for child in node.children { inline(child, style: style, depth: depth + 1, into: &collector) }
    }

    private mutating func inline(
        _ node: CmarkNode, style: NoteInlineCollector.Style, depth: Int, into collector: inout NoteInlineCollector
    ) {
        if depth > Self.maxDepth {
            warnAboutDepth(node)
            collector.append(Self.plainText(of: node), style)
            return
        }
        var inner = style
        switch node.type {
        case CMARK_NODE_TEXT:
            collector.append(printable(node.literal, of: node), style)
        case CMARK_NODE_SOFTBREAK:
            collector.softBreak(style)
        case CMARK_NODE_LINEBREAK:
            collector.hardBreak(style)
        case CMARK_NODE_CODE:
            inner.code = true
            collector.append(printable(node.literal, of: node, after: openingBackticks(of: node)), inner)
        case CMARK_NODE_HTML_INLINE:
            let html = node.literal
            warn(node, "raw html '\(html)' is not interpreted; it is kept as literal text")
            collector.append(html, style)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            var reference = style
            reference.footnote = Int(node.literal)
            collector.append(node.literal, reference)
        case CMARK_NODE_EMPH:
            inner.italic = true
            inlines(of: node, style: inner, depth: depth, into: &collector)
        case CMARK_NODE_STRONG:
            inner.bold = true
            inlines(of: node, style: inner, depth: depth, into: &collector)
        case CMARK_NODE_LINK:
            switch NoteLinkTarget.resolve(node.url) {
            case .success(let target):
                inner.link = target
                if target.hasPrefix("#") {
                    let start = node.knownStart
                    headingLinks.append(
                        (
                            String(target.dropFirst()).lowercased(),
                            source.location(line: start.line, byteColumn: start.column)
                        ))
                }
            case .failure(let warning): warn(node, warning.message)
            }
            inlines(of: node, style: inner, depth: depth, into: &collector)
        case CMARK_NODE_IMAGE:
            warn(node, "images are not supported in notes; the image '\(node.url)' is replaced by its description")
            inlines(of: node, style: style, depth: depth, into: &collector)
        default:
            if node.typeName == "strikethrough" { inner.strikethrough = true }
            inlines(of: node, style: inner, depth: depth, into: &collector)
        }
    }

    // MARK: Helpers

    /// A warning at a paragraph or heading that starts with a ``Placeholder`` (the notes template
    /// of `briefing init`), quoting its first line.
    private mutating func warnOfPlaceholder(_ text: RichText, at node: CmarkNode) {
        let plain = text.plainText
        guard Placeholder.holds(plain) else { return }
        let line = plain.prefix { $0 != "\n" }
        let quoted = line.count > 60 ? line.prefix(59) + "…" : line
        warn(node, Placeholder.message(expected: "the notes' own text", found: quoted))
    }

    private mutating func warn(_ node: CmarkNode, _ message: String) {
        let start = node.knownStart
        diagnostics.append(source.warning(source.location(line: start.line, byteColumn: start.column), message))
    }

    /// `text`, the literal of `node`, made printable (`PrintableText`), with a warning at the
    /// first change of each kind.
    /// `skip`: how many scalars of the source come before the literal (a code span's backticks).
    private mutating func printable(_ text: String, of node: CmarkNode, after skip: Int = 0) -> String {
        let printable = PrintableText(text, coverage: source.coverage)
        guard !printable.changes.isEmpty else { return text }
        let start = node.knownStart
        let origin = source.location(line: start.line, byteColumn: start.column)
        for (offset, message) in printable.summary {
            // Lines and columns within the literal, from where the node starts.
            var line = origin.line
            var column = origin.column + skip
            for scalar in text.unicodeScalars.prefix(offset) {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            diagnostics.append(source.warning(source.location(line: line, column: column), message))
        }
        return printable.text
    }

    /// How many backticks open the code span `node` in the source.
    private func openingBackticks(of node: CmarkNode) -> Int {
        let start = node.knownStart
        let column = source.location(line: start.line, byteColumn: start.column).column
        return source.line(start.line)?.unicodeScalars.dropFirst(column - 1).prefix { $0 == "`" }.count ?? 0
    }

    private mutating func warnAboutDepth(_ node: CmarkNode) {
        guard !warnedAboutDepth else { return }
        warnedAboutDepth = true
        warn(node, "content nested more than \(Self.maxDepth) levels deep is kept as plain text")
    }

    /// The text of a subtree without formatting, walked without recursion.
    static func plainText(of node: CmarkNode) -> String {
        guard let iterator = CmarkIterator(node.pointer) else { return "" }
        var text = ""
        while let (entering, pointer) = iterator.next() {
            let current = CmarkNode(pointer: pointer)
            let type = current.type
            if entering {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK,
                    CMARK_NODE_HTML_BLOCK:
                    text += current.literal
                case CMARK_NODE_FOOTNOTE_REFERENCE: text += "[\(current.literal)]"
                case CMARK_NODE_SOFTBREAK: text += " "
                case CMARK_NODE_LINEBREAK: text += "\n"
                default: break
                }
            } else if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING, !text.isEmpty, !text.hasSuffix("\n") {
                text += "\n"
            }
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
