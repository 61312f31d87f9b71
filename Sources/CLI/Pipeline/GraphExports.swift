import Foundation
import Graph

/// Every export of the corpus graph, by the file name it gets in the output folder.
///
/// GraphML, GEXF, node-link JSON and the node/edge CSVs carry the same view of the graph: by
/// default the people's network (people and unnamed role-holders; `met` and `same-as-candidate`
/// edges), with `scope: .all` the actors' view (groups, institutions and their meetings too; see
/// `GraphFilter`); `evidence.csv` ties every `met` edge to its meetings, documents, sentences and
/// offsets; `neo4j/` is the bulk-import form.
///
/// The writers run side by side, as many at once as there are cores (each only reads the graph), each
/// printing its files into the sinks it is given a chunk at a time: `didar build` gives file sinks, so no
/// export is ever held whole (the evidence sentences and document ids of a large corpus's `met` edges grow
/// with its articles, not its people). Work given `beside` them (the store's tables) counts as one of them
/// until it is done: each writer holds its own buffers and rows while it runs, so more of them at once than
/// the cores can run only adds their memory, not speed.
enum GraphExports {
    /// Opens the sink of one output file, by its relative path (`graph.json`, `neo4j/nodes.csv`).
    typealias Opener = @Sendable (String) throws -> ExportSink

    /// Each writer, printing its files into the sinks its argument opens.
    /// The slowest first (as measured with callgrind on the dev corpus), so the last to start is a short one.
    private static func writers(_ graph: CorpusGraph, title: String?) -> [@Sendable (_ open: (String) throws -> ExportSink) throws -> Void] {
        [
            { open in GEXFWriter().write(graph, to: try open("graph.gexf")) },
            { open in GraphMLWriter().write(graph, to: try open("graph.graphml")) },
            { open in NodeLinkJSONWriter().write(graph, to: try open("graph.json")) },
            // nodes.csv, edges.csv, evidence.csv and merges.csv
            { open in try CSVWriter().write(graph, to: open) },
            { open in try Neo4jWriter().write(graph) { try open("neo4j/" + $0) } },
            // The people's diagram source: its size follows the people and edges, not the articles.
            { open in try open("graph.dot").append(DOTWriter(title: title).write(graph)) },
        ]
    }

    /// Prints every export of `graph` (a corpus graph, whole or resolved with a spill) cut to `scope`'s
    /// view into the sinks `open` gives, and finishes each sink.
    ///
    /// - Returns: the relative paths written, in the writers' order and by name within one.
    /// - Throws: the first error of opening or finishing a sink (a full disk), after every writer stopped.
    /// - Parameter beside: work already running on a core of its own (`didar build`'s store tables): one
    ///   writer fewer runs at a time until it is done.
    @discardableResult
    static func write(
        _ graph: CorpusGraph, scope: GraphFilter.Scope = .people, title: String? = nil,
        beside: (any BackgroundWork)? = nil, open: @escaping Opener
    ) throws -> [String] {
        // Cut once: every writer takes a view as it is. Always cut: a graph resolved with a spill has no
        // article node, so `isView` could take a corpus without places for a view.
        let view = GraphFilter(scope: scope).apply(to: graph)
        // A writer starts only when it gets one of the cores' slots; the work beside holds one until it ends.
        let slots = CoreSlots(count: ProcessInfo.processInfo.activeProcessorCount, heldUntilDone: beside)
        let outcomes = slots.map(writers(view, title: title)) { writer -> Result<[String], Error> in
            // The sinks this writer opened, finished on its own thread once it is done.
            var opened: [(String, ExportSink)] = []
            do {
                try writer { name in
                    let sink = try open(name)
                    opened.append((name, sink))
                    return sink
                }
                for (_, sink) in opened { try sink.finish() }
                return .success(opened.map(\.0).sorted())
            } catch {
                for (_, sink) in opened { try? sink.finish() }
                return .failure(error)
            }
        }
        MemoryRelease.returnFreedPages()
        return try outcomes.flatMap { try $0.get() }
    }

    /// Every export in memory, by file name (for tests and tools; `didar build` writes them to files as they come).
    static func all(_ graph: CorpusGraph, scope: GraphFilter.Scope = .people, title: String? = nil) throws -> [String: Data] {
        let sinks = SinkTable()
        try write(graph, scope: scope, title: title) { name in sinks.collecting(name) }
        return sinks.bytes()
    }
}

/// Work that runs on a thread of its own and says when it is done (`BackgroundTask`).
protocol BackgroundWork: Sendable {
    /// Runs `body` once the work is done (at once if it is done already).
    func whenDone(_ body: @escaping @Sendable () -> Void)
}

/// At most `count` items of work at once, one slot of them perhaps held by other work until it is done.
///
/// Why not `DispatchQueue.concurrentPerform` over all the items: it runs as many as there are cores whatever
/// else runs, and in a build the store's tables (on their own thread) and the people's fold ran beside two
/// export writers at once, each holding its own rows and buffers: more memory, no more speed on those cores.
final class CoreSlots: @unchecked Sendable {
    private let count: Int
    private let free: DispatchSemaphore

    /// - Parameters:
    ///   - count: slots (the cores); at least one.
    ///   - heldUntilDone: work whose slot is taken now and given back when it is done, if any.
    init(count: Int, heldUntilDone work: (any BackgroundWork)?) {
        self.count = max(1, count)
        free = DispatchSemaphore(value: self.count)
        if let work {
            free.wait()
            // The closure keeps the semaphore until the slot is given back (libdispatch traps when a semaphore
            // below its starting value is freed).
            let free = self.free
            work.whenDone { free.signal() }
        }
    }

    /// Applies `transform` to every item, in order of the items, each on a slot of its own, starting them in
    /// their order; returns the results in that order.
    func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        let next = NextIndex()
        // One thread per slot at most, each taking the next item as it is free.
        DispatchQueue.concurrentPerform(iterations: min(count, items.count)) { _ in
            while true {
                let i = next.take()
                guard i < items.count else { return }
                free.wait()
                results.set(i, transform(items[i]))
                free.signal()
            }
        }
        return results.values()
    }

    /// 0, 1, 2, … handed out once each, to whichever thread asks.
    private final class NextIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        func take() -> Int {
            lock.withLock {
                defer { next += 1 }
                return next
            }
        }
    }
}

/// Collecting sinks by name, opened from the writers' threads.
final class SinkTable: @unchecked Sendable {
    private let lock = NSLock()
    private var sinks: [String: ExportSink] = [:]

    /// A new collecting sink for `name`.
    func collecting(_ name: String) -> ExportSink {
        let sink = ExportSink.collecting()
        lock.withLock { sinks[name] = sink }
        return sink
    }

    /// Every sink's bytes, by name.
    func bytes() -> [String: Data] {
        lock.withLock { sinks.mapValues { Data($0.bytes) } }
    }
}
