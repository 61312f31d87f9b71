import CLibXML2
import Foundation

/// Prints an XML document element by element through libxml2's streaming writer (`xmlTextWriter`),
/// indented two spaces a level.
///
/// The GraphML and GEXF of a large corpus hold hundreds of thousands of elements. Built as an
/// `XMLDocument` tree (FoundationXML), each element, attribute and text became an object to create,
/// print and free, and that was most of a build's export time; the streaming writer keeps no tree
/// and prints each element as it is given. libxml2 still does every escape (`&`, `<`, `>`, quotes,
/// tabs and line breaks in attribute values), so the writers never concatenate markup themselves.
///
/// ```swift
/// let xml = XMLStreamWriter()
/// xml.start("graph"); xml.attribute("id", "g")
/// xml.element("desc", text: "a < b")
/// xml.end()
/// let data = xml.finish()
/// ```
///
/// Given an `ExportSink`, the printed bytes go there whenever `handOn()` finds a chunk's worth, so a large
/// document is never held whole (libxml2 keeps them in its own buffer until then).
///
/// Strings are passed through as given: callers clean them with `ExportText.clean`, which removes what
/// XML 1.0 cannot carry.
final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false
    /// Where the bytes go as they are printed; nil: kept until `finish()` returns them.
    private let sink: ExportSink?

    /// Starts a document: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`, printed into `sink`
    /// as it grows (`handOn()`, `finish()`), or kept for `finish()` to return when there is none.
    init(sink: ExportSink? = nil) {
        self.sink = sink
        _ = Self.libxml2Initialized
        // Both fail only when memory runs out; there is nothing sensible to do but stop.
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2 could not allocate an output buffer")
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlChars("  ") { xmlTextWriterSetIndentString(writer, $0) })
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "no"))
    }

    /// libxml2 initialized once for the process (`xmlInitParser`, which is not reentrant), before any writer.
    ///
    /// Why: the GraphML and GEXF writers run on two threads at once, and each writer's first
    /// `xmlTextWriterStartDocument(…, "UTF-8", …)` looks up the encoding's handler, which initializes libxml2's
    /// table of handlers lazily when nobody did before: two threads doing it at once crashed a build now and
    /// then (a null pointer inside libxml2, seen once in an interrupted-build test's baseline). libxml2 asks
    /// multithreaded programs to call `xmlInitParser` once first; a `static let` runs it exactly once
    /// (`swift_once`), whichever thread comes first.
    private static let libxml2Initialized: Void = xmlInitParser()

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens element `name`; its attributes follow, then its children, then `end()`.
    func start(_ name: String) {
        check(xmlChars(name) { xmlTextWriterStartElement(writer, $0) })
    }

    /// An attribute of the element just opened.
    func attribute(_ name: String, _ value: String) {
        check(xmlChars(name) { n in xmlChars(value) { v in xmlTextWriterWriteAttribute(writer, n, v) } })
    }

    /// Closes the innermost open element, always with an end tag (`<key …></key>`, never `<key …/>`).
    func end() {
        check(xmlTextWriterFullEndElement(writer))
    }

    /// Text inside the element just opened (after its attributes); its end tag stays on the same line.
    func text(_ text: String) {
        check(xmlChars(text) { xmlTextWriterWriteString(writer, $0) })
    }

    /// `<name>text</name>` on one line.
    func element(_ name: String, text: String) {
        check(xmlChars(name) { n in xmlChars(text) { t in xmlTextWriterWriteElement(writer, n, t) } })
    }

    /// With a sink: hands it what libxml2 printed so far once that is a chunk's worth (call it between
    /// elements; the bytes are the same wherever the document is cut).
    func handOn() {
        guard let sink else { return }
        check(xmlTextWriterFlush(writer))
        if Int(xmlBufferLength(buffer)) >= ExportSink.defaultChunkSize { moveBuffer(to: sink) }
    }

    /// Closes every open element and returns the document's UTF-8 bytes (with a sink: the bytes not yet
    /// handed to it are, and nothing is returned); the writer is done after this.
    @discardableResult
    func finish() -> Data {
        precondition(!finished, "XMLStreamWriter.finish() called twice")
        check(xmlTextWriterEndDocument(writer))
        // Freeing the writer flushes its output buffer into `buffer`.
        xmlFreeTextWriter(writer)
        finished = true
        if let sink {
            moveBuffer(to: sink)
            return Data()
        }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func moveBuffer(to sink: ExportSink) {
        guard let content = xmlBufferContent(buffer) else { return }
        sink.append(bytes: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        xmlBufferEmpty(buffer)
    }

    /// `string` as libxml2's `const xmlChar *`: its NUL-terminated UTF-8 bytes, unsigned.
    private func xmlChars(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        string.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body) }
    }

    /// libxml2 reports a failure with a negative count: a call out of order (a bug here) or no memory.
    private func check(_ result: Int32) {
        precondition(result >= 0, "libxml2's XML writer failed (\(result))")
    }
}

