import Foundation
import Testing
@testable import Extractors

/// Start-up validation of the lexicons (index.txt's declarations, the frames) and a researcher's additions.
@Suite("Lexicon validation")
struct LexiconValidationTests {
    static let bundled: [String: String] = {
        do { return try Lexicons.bundledFiles() } catch { preconditionFailure("bundled lexicons: \(error)") }
    }()

    /// The error `Lexicons(files:additions:)` throws, or nil.
    private func error(_ files: [String: String], additions: [LexiconFile] = []) -> LexiconError? {
        do { _ = try Lexicons(files: files, additions: additions); return nil } catch { return error }
    }

    @Test("the bundled lexicons pass and every frame fires on its own example")
    func bundledPass() throws {
        let extractor = try Extractor.load()
        #expect(extractor.lexicons.frames.frames.count >= 8)
        try extractor.checkFrameExamples()
    }

    @Test("an unknown attribute value in a bundled file stops loading at its file:line")
    func unknownValue() throws {
        var files = Self.bundled
        files["titles.txt"] = (files["titles.txt"] ?? "") + "سرکار | kind=honorary\n"
        let lines = files["titles.txt"]!.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let e = try #require(error(files))
        #expect(e.file == "titles.txt" && e.line == lines)
        #expect(e.message.contains("kind=honorary") && e.message.contains("clerical"))
    }

    @Test("an attribute the index does not declare stops loading")
    func unknownAttribute() throws {
        var files = Self.bundled
        files["surnames.txt"] = "رضایی | also=given-name\n"
        let e = try #require(error(files))
        #expect(e.description.hasPrefix("surnames.txt:1: unknown attribute «also»"))
    }

    @Test("a frame with an unknown kind, party or a duplicated id stops loading at its line")
    func badFrames() throws {
        var files = Self.bundled
        let frame = "meeting.frame.test | kind=meeting | cameo=040 | parties=subject,list | triggers=رایزنی | example=x\n"
        files["meeting-frames.txt"] = frame + frame.replacingOccurrences(of: "رایزنی", with: "مذاکره")
        #expect(error(files)?.description.hasPrefix("meeting-frames.txt:2: frame id «meeting.frame.test» is already used") == true)
        files["meeting-frames.txt"] = frame.replacingOccurrences(of: "kind=meeting", with: "kind=meet")
        #expect(error(files)?.description.hasPrefix("meeting-frames.txt:1: «kind=meet»") == true)
        files["meeting-frames.txt"] = frame.replacingOccurrences(of: "subject,list", with: "subject,object-after")
        #expect(error(files)?.description.contains("party position «object-after»") == true)
        files["meeting-frames.txt"] = frame + frame.replacingOccurrences(of: "meeting.frame.test", with: "meeting.frame.other")
        #expect(error(files)?.description.contains("trigger «رایزنی» of «meeting.frame.other» already opens «meeting.frame.test»") == true)
    }

    @Test("a frame whose example does not fire it stops the extractor at the frame's line")
    func exampleMustFire() throws {
        let frames = "meeting.frame.test | kind=meeting | cameo=040 | parties=subject,with-before | triggers=رایزنی کرد | example=هوا امروز سرد بود.\n"
        let lexicons = try Lexicons(files: Self.bundled.merging(["meeting-frames.txt": frames]) { $1 })
        #expect(throws: LexiconError.self) { try Extractor(lexicons: lexicons).checkFrameExamples() }
        do { try Extractor(lexicons: lexicons).checkFrameExamples() } catch {
            #expect(error.description == "meeting-frames.txt:1: the example of frame «meeting.frame.test» does not fire it (no meeting found)")
        }
    }

    @Test("a limit of phrase-limits.txt must be known and a whole number")
    func limits() throws {
        var files = Self.bundled
        files["phrase-limits.txt"] = "role-depth | value=2\n"
        #expect(try Lexicons(files: files).limits.roleDepth == 2)
        files["phrase-limits.txt"] = "role-depht | value=2\n"
        #expect(error(files)?.description.hasPrefix("phrase-limits.txt:1: unknown limit «role-depht»") == true)
        files["phrase-limits.txt"] = "role-depth | value=many\n"
        #expect(error(files)?.description.hasPrefix("phrase-limits.txt:1: limit «role-depth» needs value=") == true)
    }

    @Test("the shipped phrase-limits.txt gives every limit the value the code falls back on, and each name is read")
    func shippedLimits() throws {
        #expect(try Lexicons(files: Self.bundled).limits == PhraseLimits())
        var files = Self.bundled
        files["phrase-limits.txt"] = "unread-item-words | value=3\nkicker-event-words | value=5\n"
        let limits = try Lexicons(files: files).limits
        #expect(limits.unreadItemWords == 3)
        #expect(limits.kickerEventWords == 5)
    }

    @Test("a researcher's file is checked the same way, its errors naming its own path and line")
    func userFileValidated() throws {
        let bad = LexiconFile(name: "titles.txt", path: "mine/titles.txt", content: "# mine\nسرکار | kind=honorary\n")
        #expect(error(Self.bundled, additions: [bad])?.description.hasPrefix("mine/titles.txt:2: «kind=honorary»") == true)
        let unknown = LexiconFile(name: "officials.txt", path: "mine/officials.txt", content: "رضایی\n")
        #expect(error(Self.bundled, additions: [unknown])?.description.hasPrefix("mine/officials.txt:0: «officials.txt» is not a lexicon") == true)
        let frame = LexiconFile(name: "meeting-frames.txt", path: "mine/meeting-frames.txt",
                                content: "meeting.frame.noun | kind=meeting | cameo=040 | parties=list | triggers=رایزنی | example=x\n")
        #expect(error(Self.bundled, additions: [frame])?.description.hasPrefix("mine/meeting-frames.txt:1: frame id «meeting.frame.noun» is already used at meeting-frames.txt:") == true)
    }

    @Test("a researcher's surname finds a person the bundled lexicons miss")
    func userSurname() throws {
        // «آذرخش» has no surname ending and is not in surnames.txt (it is a given name): «علی آذرخش» with no role
        // after it is not read as a name.
        let text = "علی آذرخش با محمد رضایی دیدار کرد."
        let before = try Extractor.load().extract(SourceDocument(id: "x", text: text))
        #expect(!before.people.contains { $0.name.contains("آذرخش") })
        let mine = LexiconFile(name: "surnames.txt", path: "mine/surnames.txt", content: "آذرخش\n")
        let after = try Extractor.load(additions: [mine]).extract(SourceDocument(id: "x", text: text))
        let person = try #require(after.people.first { $0.name == "علی آذرخش" })
        #expect(person.mentions.first?.rule == RuleID.personGivenSurname.rawValue)
        #expect(after.met.contains { [$0.a, $0.b].contains(person.id) })
    }

    @Test("every rule id in the record is registered or a frame id; frame ids do not reuse registered ones")
    func ruleIDs() throws {
        let extractor = try Extractor.load()
        let frameIDs = Set(extractor.lexicons.frames.frames.map(\.id))
        #expect(frameIDs.isDisjoint(with: RuleID.allCases.map(\.rawValue)))
        let known = frameIDs.union(RuleID.allCases.map(\.rawValue))
        for c in RuleCase.all {
            let r = extractor.extract(SourceDocument(id: c.id, text: c.text))
            var rules = r.meetings.map(\.rule) + r.people.flatMap { $0.mentions.map(\.rule) + $0.roles.map(\.rule) }
            rules += r.institutions.flatMap { $0.mentions.map(\.rule) } + r.places.flatMap { $0.mentions.map(\.rule) }
            for rule in rules { #expect(known.contains(rule), "\(c.source): rule «\(rule)» is not registered") }
            for m in r.meetings { #expect(m.source?.hasPrefix("meeting-frames.txt:") == true) }
            for role in r.people.flatMap(\.roles) { #expect(role.source?.hasPrefix("role-heads.txt:") == true) }
        }
    }
}
