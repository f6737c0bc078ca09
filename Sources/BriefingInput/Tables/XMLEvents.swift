import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SAX pass over an XML document: a callback at each element's start (local name and
/// attributes) and end (local name and the text directly collected since the last start or end).
/// External entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
    private let onStart: (String, [String: String]) -> Void
    private let onEnd: (String, String) -> Void
    private var text = ""

    private init(onStart: @escaping (String, [String: String]) -> Void, onEnd: @escaping (String, String) -> Void) {
        self.onStart = onStart
        self.onEnd = onEnd
    }

    /// Parses `data`; returns a description of the first syntax error, or nil when well-formed.
    static func parse(
        _ data: Data, onStart: @escaping (String, [String: String]) -> Void,
        onEnd: @escaping (String, String) -> Void = { _, _ in }
    ) -> String? {
        let events = XMLEvents(onStart: onStart, onEnd: onEnd)
        // Read as a stream, libxml2 is given the document piece by piece instead of copying it whole.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        guard parser.parse() else {
            return "malformed XML at line \(parser.lineNumber), column \(parser.columnNumber)"
        }
        return nil
    }

    private static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        text = ""
        onStart(Self.localName(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        onEnd(Self.localName(elementName), text)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if text.utf8.count <= TableLimits.cellBytes { text += string }
    }
}
