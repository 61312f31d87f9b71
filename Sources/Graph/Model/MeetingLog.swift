/// The meetings a `CorpusGraphBuilder` keeps, in the order their articles were added: in memory, or,
/// for a streamed build, in a `MeetingSpill` on disk from the moment each is merged.
///
/// Why: a meeting's summary (ids, keys, evidence sentence, participants) is ~0.4 KB an article at the
/// synthesized corpora's 0.42 meetings an article, kept until the end of the build, and it grows with the
/// articles even when the people do not. Resolution reads the meetings twice in order and the store's
/// `meeting` table once by id, so they never need to be in memory all at once.
///
/// Both kinds of log give the same meetings in the same order; a spilled log's read failures are kept
/// and thrown by `check()`, so that making the graph stays non-throwing (the store checks first).
struct MeetingLog: Sendable {
    private var kept: [MeetingSummary] = []
    /// Where the meetings go, if not to memory.
    let spill: MeetingSpill?

    /// An empty log, in memory, or in `spill` when one is given.
    init(spillingTo spill: MeetingSpill? = nil) {
        self.spill = spill
    }

    /// Number of meetings held in memory: none when the log spills.
    var inMemory: Int { kept.count }

    /// Adds `meeting` after those already logged.
    mutating func append(_ meeting: MeetingSummary) {
        if let spill {
            spill.append(meeting)
        } else {
            kept.append(meeting)
        }
    }

    /// Calls `body` with every meeting, in the order they were appended (with a spill: until a read fails,
    /// which `check()` then throws).
    func forEach(_ body: (MeetingSummary) -> Void) {
        guard let spill else { return kept.forEach(body) }
        spill.forEach(body)
    }

    /// Calls `body` with a function that gives, one call at a time, the first meeting appended of each
    /// id, in id order, then nil.
    ///
    /// Two meetings of one article may share an id (the same trigger offsets): the first is the one the
    /// graph's node was made from.
    func firstByID(_ body: (_ next: () throws -> MeetingSummary?) throws -> Void) throws {
        if let spill { return try spill.firstByID(body) }
        // Ids sort alike as `String` and as bytes: they are ASCII (`StableID`).
        let order = kept.indices.sorted { (kept[$0].id, $0) < (kept[$1].id, $1) }
        var position = order.startIndex
        var last: String?
        try body {
            while position < order.endIndex {
                let meeting = kept[order[position]]
                position += 1
                if meeting.id != last {
                    last = meeting.id
                    return meeting
                }
            }
            return nil
        }
    }

    /// Throws the first failure of writing or reading the spill, if any.
    func check() throws {
        try spill?.check()
    }
}
