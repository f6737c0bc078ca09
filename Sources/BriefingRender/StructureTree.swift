/// The structure elements of a tagged PDF (ISO 32000-1, 14.7.2), each known by its path: its
/// index among its parent's element children at each level, from the structure tree root down.
/// Marked-content ids, marked-content and object references among the kids are not elements.
enum StructureTree {
    /// An element: the object it is (nil for a direct dictionary) and its structure type (`/S`).
    struct Element: Equatable {
        var reference: PDFReference?
        var type: String
    }

    /// Every element under `root`, walked without recursion; an element met twice (a cycle, or
    /// one object under two parents) is an error.
    static func elements(under root: PDFDictionary, in file: PDFFile) throws(PDFPatchError) -> [[Int]: Element] {
        var elements: [[Int]: Element] = [:]
        var seen: Set<Int> = []
        var pending: [(path: [Int], kids: PDFObject?)] = [([], root["K"])]
        while let (path, kids) = pending.popLast() {
            var index = 0
            for kid in try children(kids, in: file) {
                let value = try file.resolve(kid)
                guard case .dictionary(let dictionary) = value, isElement(dictionary) else { continue }
                if case .reference(let reference) = kid, !seen.insert(reference.number).inserted {
                    throw PDFPatchError("structure element \(reference.number) appears twice in the structure tree")
                }
                guard case .name(let type)? = dictionary["S"] else {
                    throw PDFPatchError("a structure element at \(place(path + [index])) has no /S name")
                }
                elements[path + [index]] = Element(reference: kid.reference, type: type)
                pending.append((path + [index], dictionary["K"]))
                index += 1
            }
        }
        return elements
    }

    /// `/K` as a list: an array's items, or the one kid.
    private static func children(_ kids: PDFObject?, in file: PDFFile) throws(PDFPatchError) -> [PDFObject] {
        guard let kids else { return [] }
        if case .reference = kids, case .array(let items) = try file.resolve(kids) { return items }
        if case .array(let items) = kids { return items }
        return [kids]
    }

    /// A structure element, not a marked-content or object reference (`/MCR`, `/OBJR`).
    private static func isElement(_ dictionary: PDFDictionary) -> Bool {
        switch dictionary["Type"] {
        case nil: return dictionary["S"] != nil
        case .name("StructElem")?: return true
        default: return false
        }
    }

    /// A path as text: `0.3.1`.
    static func place(_ path: [Int]) -> String { path.map(String.init).joined(separator: ".") }
}
