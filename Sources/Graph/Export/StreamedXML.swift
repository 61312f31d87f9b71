#if canImport(FoundationXML)
    import FoundationXML
#endif
import Foundation

/// Serializes an XML document whose long lists (nodes, edges) are written one element at a time.
///
/// A corpus graph of 100,000 articles has hundreds of thousands of nodes and edges; as one `XMLDocument`
/// tree it took over half a gigabyte for a 33 MB file. Here the writer builds the document's skeleton
/// with a placeholder comment (`placeholder(_:)`) where each list goes, and hands over each list as a
/// function that makes its elements one by one. Every element is still made and escaped by
/// `XMLElement` (never by string concatenation) and printed by the same pretty-printer, at the
/// placeholder's indentation, so the bytes are those of the whole tree printed at once; only one element
/// is alive at a time.
enum StreamedXML {
    private static let marker = "didar-list-"

    /// A placeholder for list `index`, to add as the only child of the list's container element.
    static func placeholder(_ index: Int) -> XMLNode {
        XMLNode.comment(withStringValue: "\(marker)\(index)") as! XMLNode
    }

    /// The pretty-printed UTF-8 bytes of `document`, with list `i`'s placeholder replaced by the elements
    /// `lists[i]` hands to its argument, in order.
    ///
    /// A list must have at least one element: an empty container prints differently (`<nodes/>`), so the
    /// writer leaves the placeholder out for an empty list and puts nothing there.
    static func data(_ document: XMLDocument, lists: [((XMLElement) -> Void) -> Void]) -> Data {
        let skeleton = document.xmlData(options: [.nodePrettyPrint])
        var out = Data()
        out.reserveCapacity(skeleton.count)
        let newline = UInt8(ascii: "\n")
        let lines = skeleton.split(separator: newline, omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            if let (indent, index) = listPlaceholder(line), index < lists.count {
                let list = lists[index]
                list { element in
                    // Element text never holds a line break (`ExportText.clean`), so every break in the
                    // printed element is the printer's own, and indenting each line puts the element at depth.
                    // In a UTF-8 document of its own: a detached element prints non-ASCII as «&#x…;».
                    let holder = XMLDocument(rootElement: element)
                    holder.characterEncoding = "UTF-8"
                    let printed = element.xmlString(options: [.nodePrettyPrint])
                    for part in printed.utf8.split(separator: newline, omittingEmptySubsequences: false) {
                        out.append(contentsOf: indent)
                        out.append(contentsOf: part)
                        out.append(newline)
                    }
                }
            } else {
                out.append(contentsOf: line)
                if n < lines.count - 1 { out.append(newline) }
            }
        }
        return out
    }

    /// The indentation and list index of a placeholder line («    <!--didar-list-0-->»), else nil.
    private static func listPlaceholder(_ line: Data.SubSequence) -> (indent: [UInt8], index: Int)? {
        let bytes = Array(line)
        let indent = bytes.prefix { $0 == UInt8(ascii: " ") }
        let rest = String(decoding: bytes.dropFirst(indent.count), as: UTF8.self)
        let open = "<!--\(marker)", close = "-->"
        guard rest.hasPrefix(open), rest.hasSuffix(close),
              let index = Int(rest.dropFirst(open.count).dropLast(close.count)) else { return nil }
        return (Array(indent), index)
    }
}
