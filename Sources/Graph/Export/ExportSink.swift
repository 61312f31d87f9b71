import Foundation

/// Where an export's bytes go: gathered in a small buffer and handed on a chunk at a time, so an
/// export of a large corpus (every `met` edge's evidence sentences and document ids) is never held
/// whole in memory.
///
/// The writers only append (`append(_:)`, `withBuffer(_:)`); whoever made the sink calls `finish()`
/// once the writer is done, which hands on the last bytes and reports the first failure. A failure of
/// the consumer (a full disk) is kept and the bytes after it are dropped, so the writers themselves
/// never throw.
///
/// ```swift
/// let sink = try ExportSink.file(at: url)
/// GEXFWriter().write(graph, to: sink)
/// try sink.finish()
/// ```
public final class ExportSink {
    /// Bytes gathered before they are handed on: large enough that a write is one system call per
    /// megabyte, small enough to stay out of a build's memory figures.
    public static let defaultChunkSize = 1 << 20

    private var buffer: [UInt8] = []
    private let chunkSize: Int
    /// Nil for a sink that keeps every byte (`collecting()`).
    private let consume: (([UInt8]) throws -> Void)?
    private let close: (() throws -> Void)?
    private var failure: Error?
    private var finished = false

    /// A sink handing each chunk of at least `chunkSize` bytes (the last one may be shorter) to `consume`,
    /// then calling `close` from `finish()`.
    public init(chunkSize: Int = ExportSink.defaultChunkSize, consume: @escaping ([UInt8]) throws -> Void, close: (() throws -> Void)? = nil) {
        self.chunkSize = max(1, chunkSize)
        self.consume = consume
        self.close = close
        buffer.reserveCapacity(min(self.chunkSize, Self.defaultChunkSize) + 4096)
    }

    private init() {
        chunkSize = .max
        consume = nil
        close = nil
    }

    /// A sink that keeps every byte in memory (`bytes`): the writers' in-memory forms, and tests.
    public static func collecting() -> ExportSink { ExportSink() }

    /// The text of every file a writer of several files prints (`write` opens a sink by file name),
    /// collected in memory: the in-memory form of the CSV and Neo4j writers.
    public static func collectingText(_ write: (_ open: (String) -> ExportSink) -> Void) -> [String: String] {
        var sinks: [String: ExportSink] = [:]
        write { name in
            let sink = ExportSink.collecting()
            sinks[name] = sink
            return sink
        }
        return sinks.mapValues { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// A sink writing a new file at `url` (an existing file is replaced). Throws when the file cannot be
    /// created; a failed write is reported by `finish()`.
    public static func file(at url: URL, chunkSize: Int = ExportSink.defaultChunkSize) throws -> ExportSink {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: "cannot create \(url.path)",
            ])
        }
        let handle = try FileHandle(forWritingTo: url)
        return ExportSink(chunkSize: chunkSize, consume: { try handle.write(contentsOf: $0) }, close: { try handle.close() })
    }

    /// Every byte written so far (a `collecting()` sink; any other holds only the bytes not yet handed on).
    public var bytes: [UInt8] { buffer }

    /// Appends the UTF-8 bytes of `text`.
    public func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        handOnIfFull()
    }

    /// Appends raw bytes.
    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        handOnIfFull()
    }

    /// Lets a printer that appends to a byte array in place (the JSON printer) write into the buffer.
    func withBuffer(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        handOnIfFull()
    }

    /// Hands on the bytes not yet handed on, closes the consumer, and throws the first failure.
    /// A collecting sink keeps its bytes. Calling it again only reports the failure again.
    public func finish() throws {
        if !finished {
            finished = true
            if consume != nil { handOn() }
            if failure == nil, let close {
                do { try close() } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    private func handOnIfFull() {
        if buffer.count >= chunkSize { handOn() }
    }

    private func handOn() {
        guard let consume else { return }
        if failure == nil, !buffer.isEmpty {
            do { try consume(buffer) } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
