/// An append-only array kept in chunks of 65,536 elements: it never copies its elements to grow, and
/// leaves at most one chunk's capacity unused.
///
/// Why: the occurrence rows (`OccurrenceTable`) are appended one article at a time for the whole build.
/// A Swift array grows by doubling, so at each doubling it holds the old buffer and one twice its size at
/// once while it copies, and afterwards up to half its capacity stands unused: at a million articles the
/// rows alone are a few hundred megabytes, so the copy raised the peak by as much again.
struct ChunkedArray<Element: Sendable>: Sendable {
    private static var chunkShift: Int { 16 }
    private static var chunkSize: Int { 1 << chunkShift }

    /// Full chunks of `chunkSize`, then the last one. The first grows as an array does (a small table stays
    /// small); each later one is given its whole capacity at once.
    private var chunks: [[Element]] = []
    /// Number of elements.
    private(set) var count = 0

    /// Adds `element` at position `count`.
    mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {  // none yet, or the last one full
            var chunk: [Element] = []
            if count > 0 { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// The element at `position`.
    subscript(position: Int) -> Element {
        chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
    }
}
