/// One meeting frame of `meeting-frames.txt`: its rule id, triggers, where the parties stand, the kind of event
/// and its CAMEO code, and the example sentence it must find a meeting in.
///
/// The frames are data; `MeetingDetector` interprets `parties` (a new frame is a line of the file, not code).
public struct MeetingFrame: Sendable, Hashable {
    /// Where one party stands relative to the trigger (`parties=` in the file).
    public enum Position: String, Sendable, CaseIterable {
        /// The sentence's subject, before the trigger.
        case subject
        /// The subject, when «در» stands just before the trigger («X در دیدار با …»).
        case subjectIn = "subject-in"
        /// The list after the trigger and up to two «با …» / «با حضور …» lists after it.
        case object
        /// The list right after the trigger.
        case list
        /// The «با …» list before the trigger.
        case withBefore = "with-before"
        /// The coordinated list that runs up to the trigger, wherever it starts in the sentence («در این نشست
        /// که X و Y حضور داشتند», «مسئولان دیگری همچون X، Y و Z حضور دارند»): `MeetingDetector.attendeeList`.
        case listBefore = "list-before"
    }

    /// The side a party takes in a visit (`:host`, `:guest`).
    public enum Side: String, Sendable { case host, guest }

    /// One entry of `parties=`.
    public struct Party: Sendable, Hashable {
        public var position: Position
        public var side: Side?
    }

    /// The frame's rule id («meeting.frame.noun»).
    public var id: String
    public var kind: MeetingKind
    /// CAMEO code of the events it finds («043» for a host's visit).
    public var cameo: String
    public var parties: [Party]
    public var triggers: [String]
    /// «این نشست …» joins the latest meeting (`deictic=joins` or `joins-after`).
    public var deicticJoins: Bool
    /// «مراسم افتتاح این نمایشگاه»: a deictic right after the trigger also joins (`deictic=joins-after`).
    public var deicticAfter: Bool
    /// No frame when a locative preposition follows the trigger (`unless-next=locative`).
    public var unlessLocativeNext: Bool
    /// No frame in a sentence that holds a cue of this kind of non-meeting-cues.txt (`unless-cue=departure`:
    /// «X به همراه Y … تهران را ترک کردند» is a departure together, not a meeting).
    public var unlessCue: String?
    /// The frame only adds people to a meeting already reported (`deictic=joins-near`): its event joins the
    /// latest meeting of the news item when the sentence refers back to it («در این نشست») or that meeting was
    /// last described at most one content sentence before; it never starts a meeting of its own, except beside
    /// a back-reference to a meeting no frame found.
    public var joinsNear: Bool
    /// The frame fires only as a back-reference («در این کارگاه», «در ادامه سمینار»: `deictic=only`, which also
    /// joins like `joins`): its noun names events too varied to start a meeting by itself.
    public var deicticOnly: Bool
    /// The frame reads its trigger only with its «با …» party (`needs=with-before`): «با X دیدار و بر … تأکید کرد»
    /// is a verb whose light verb the next predicate shares; with no participant after a «با» before it, the
    /// trigger's first word («دیدار») opens its own frame instead.
    public var needsWithParty: Bool
    /// The frame reads its trigger only in a sentence that holds another frame's trigger (`needs=event`): «X به
    /// همراه Y از بیمارستان بازدید کرد» names who came along to an event; «X و Y بازیگران این فیلم هستند و به همراه
    /// آنها …», «X، Y و Z به همراه تیم ملی در بوسان بودند» are a cast and a team.
    public var needsEvent: Bool
    public var example: String
    /// `file:line` of the frame.
    public var source: String

    /// Reads a frame from its lexicon entry (attribute values already checked against index.txt).
    init(_ entry: LexiconEntry) throws(LexiconError) {
        id = entry.surface
        guard let kind = MeetingKind(rawValue: entry["kind"] ?? "") else {
            throw LexiconError(at: entry, "frame «\(entry.surface)» has no known kind=")
        }
        self.kind = kind
        cameo = entry["cameo"] ?? kind.cameo
        var parties: [Party] = []
        for item in LexiconSchema.list(entry["parties"]) {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard let position = Position(rawValue: parts[0]) else {
                throw LexiconError(at: entry, "party position «\(parts[0])» of «\(entry.surface)» is not one of: "
                                   + Position.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var side: Side?
            if parts.count == 2 {
                guard let s = Side(rawValue: parts[1]) else {
                    throw LexiconError(at: entry, "party side «\(parts[1])» of «\(entry.surface)» is not host or guest")
                }
                side = s
            }
            parties.append(Party(position: position, side: side))
        }
        guard !parties.isEmpty else { throw LexiconError(at: entry, "frame «\(entry.surface)» names no parties=") }
        self.parties = parties
        triggers = LexiconSchema.list(entry["triggers"])
        guard !triggers.isEmpty else { throw LexiconError(at: entry, "frame «\(entry.surface)» names no triggers=") }
        deicticJoins = entry["deictic"] == "joins" || entry["deictic"] == "joins-after" || entry["deictic"] == "only"
        deicticOnly = entry["deictic"] == "only"
        deicticAfter = entry["deictic"] == "joins-after"
        joinsNear = entry["deictic"] == "joins-near"
        unlessLocativeNext = entry["unless-next"] == "locative"
        unlessCue = entry["unless-cue"]
        needsWithParty = entry["needs"] == "with-before"
        needsEvent = entry["needs"] == "event"
        example = entry["example"] ?? ""
        source = entry.source
    }
}

/// Every meeting frame, and the trigger lexicon made from their triggers.
public struct MeetingFrames: Sendable {
    /// The frames in file order (bundled first, then a researcher's).
    public private(set) var frames: [MeetingFrame] = []
    private var byID: [String: Int] = [:]

    /// No frames.
    public init() {}

    /// Reads the frames of `meeting-frames.txt`; a duplicated id or a trigger claimed by two frames throws.
    init(_ entries: [LexiconEntry]) throws(LexiconError) {
        var triggerOwner: [String: String] = [:]
        for entry in entries {
            let frame = try MeetingFrame(entry)
            if let other = byID[frame.id] {
                throw LexiconError(at: entry, "frame id «\(frame.id)» is already used at \(frames[other].source)")
            }
            for trigger in frame.triggers {
                let key = PersianNormalizer.key(trigger)
                if let owner = triggerOwner[key] {
                    throw LexiconError(at: entry, "trigger «\(trigger)» of «\(frame.id)» already opens «\(owner)»")
                }
                triggerOwner[key] = frame.id
            }
            byID[frame.id] = frames.count
            frames.append(frame)
        }
    }

    /// The frame with this id.
    public subscript(id: String) -> MeetingFrame? { byID[id].map { frames[$0] } }

    /// One lexicon entry per trigger (`kind=`, `frame=` the frame id), placed at its frame's line.
    var triggerEntries: [LexiconEntry] {
        frames.flatMap { frame in
            frame.triggers.map { LexiconEntry(surface: $0, attributes: ["kind": frame.kind.rawValue, "frame": frame.id], source: frame.source) }
        }
    }
}
