import Foundation

/// A one-line progress report on standard error for long work: extraction counts documents and
/// shows the rate; resolution, exports and drawing, which are single long steps, show their
/// elapsed time while they run. Drawn only when standard error is a terminal and `--quiet` was not
/// given, so logs and pipes never receive carriage returns; redrawn at most ten times a second.
///
/// ```swift
/// let bar = ProgressBar.forWork("extracting", total: nil, quiet: options.quiet)
/// for document in documents { bar.advance() }
/// bar.finish()
/// let graph = ProgressBar.during("resolving entities", quiet: options.quiet) { resolve() }
/// ```
final class ProgressBar: @unchecked Sendable {
    /// What is being done («extracting»).
    let label: String
    /// How many items there will be, when known (a bar and a percentage are then drawn).
    let total: Int?
    /// What an item is, for the count («documents»).
    let unit: String
    private let enabled: Bool
    private let sink: @Sendable (String) -> Void
    private let clock: @Sendable () -> TimeInterval
    private let start: TimeInterval
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn: TimeInterval = -1
    private var drewAnything = false
    /// Redraws the line twice a second while work runs between counts (the first batch of a corpus
    /// takes seconds before anything is counted); stopped by `finish()`.
    private var ticker: Ticker?

    /// A bar that writes its lines to `sink` (standard error by default) when `enabled`.
    init(label: String, total: Int? = nil, unit: String = "documents", enabled: Bool,
         sink: @escaping @Sendable (String) -> Void = ProgressBar.standardError,
         clock: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }) {
        self.label = label
        self.total = total.map { max($0, 1) }
        self.unit = unit
        self.enabled = enabled
        self.sink = sink
        self.clock = clock
        start = clock()
    }

    /// True when progress should be drawn: standard error is a terminal and the user did not ask for quiet.
    static func shouldDraw(quiet: Bool, isTerminal: Bool = Terminal.stderrIsTTY) -> Bool {
        isTerminal && !quiet && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// A bar for the command's work, drawn only when `shouldDraw(quiet:)`; it shows the elapsed time from
    /// the start, not only when a count arrives. Call `finish()` when the work ends.
    static func forWork(_ label: String, total: Int? = nil, unit: String = "documents", quiet: Bool) -> ProgressBar {
        let bar = ProgressBar(label: label, total: total, unit: unit, enabled: shouldDraw(quiet: quiet))
        if bar.enabled { bar.ticker = Ticker(bar) }
        return bar
    }

    /// Runs one long step (resolution, exports, drawing), showing its label and elapsed time while it runs.
    static func during<T>(_ label: String, quiet: Bool, _ work: () throws -> T) rethrows -> T {
        let bar = forWork(label, quiet: quiet)
        defer { bar.finish() }
        return try work()
    }

    /// Counts `n` more items done and redraws if a tenth of a second has passed.
    func advance(by n: Int = 1) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += n
        drawIfDue(force: false)
    }

    /// Stops the redrawing and clears the line (the command's own summary follows).
    func finish() {
        guard enabled else { return }
        // Before taking the lock: the ticker's thread takes it to draw.
        ticker?.stop()
        lock.lock()
        defer { lock.unlock() }
        if drewAnything { sink("\r\u{1B}[K") }
        drewAnything = false
    }

    /// The line as it would be drawn now: «extracting 2,400 documents · 312/s · 7.7 s», with a bar and
    /// a percentage when the total is known.
    func line(now: TimeInterval? = nil) -> String {
        let elapsed = max(0, (now ?? clock()) - start)
        var parts: [String] = []
        if let total {
            let percent = min(100, done * 100 / total)
            let filled = percent / 4
            parts.append("\(label) " + String(repeating: "█", count: filled) + String(repeating: "░", count: 25 - filled)
                + " \(percent)% \(Self.grouped(done))/\(Self.grouped(total)) \(unit)")
        } else if done > 0 {
            parts.append("\(label) \(Self.grouped(done)) \(unit)")
        } else {
            parts.append("\(label) …")
        }
        if done > 0, elapsed > 0 { parts.append("\(Self.grouped(Int((Double(done) / elapsed).rounded())))/s") }
        parts.append(String(format: "%.1f s", elapsed))
        return parts.joined(separator: " · ")
    }

    /// Draws the line now (the ticker's call).
    fileprivate func tick() {
        lock.lock()
        defer { lock.unlock() }
        drawIfDue(force: true)
    }

    private func drawIfDue(force: Bool) {
        let now = clock()
        guard force || now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        drewAnything = true
        sink("\r\u{1B}[K" + line(now: now))
    }

    /// 5360 → «5,360» (`Int.grouped`).
    static func grouped(_ n: Int) -> String { n.grouped }

    /// Standard error, unbuffered.
    static let standardError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    /// Redraws a bar twice a second on a thread of its own, for a step that cannot count its progress.
    private final class Ticker: @unchecked Sendable {
        /// Guards `isStopped`; signalled to wake the thread at once when the step ends.
        private let condition = NSCondition()
        private var isStopped = false

        init(_ bar: ProgressBar) {
            Thread { [self] in
                condition.lock()
                defer { condition.unlock() }
                while !isStopped {
                    bar.tick()
                    _ = condition.wait(until: Date().addingTimeInterval(0.5))
                }
            }.start()
        }

        func stop() {
            condition.lock()
            isStopped = true
            condition.signal()
            condition.unlock()
        }
    }
}
