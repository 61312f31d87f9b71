/// The lexicon files the rules consult, one case a file.
///
/// Rules name a lexicon by case (`context.match(.roleHeads, at: i)`), and a case is an index into an array
/// of `Lexicon`s built once per `Lexicons`: a look-up made on every token for every rule must not hash a file
/// name in a `String`-keyed dictionary and copy the lexicon out of it (that was a tenth of the rules' time,
/// benchmarks/README.md). The entries themselves stay in the data files, for a linguist to extend.
enum RuleLexicon: Int, CaseIterable, Sendable {
    // At most 64 cases: a token's candidate lexicons are one `UInt64` mask (`RuleLexiconTable`).
    case stopWords, speechVerbs, speechParticiples, pronouns, titles, roleHeads, roleModifiers, formerMarkers
    case institutionHeads, namedInstitutions, meetingTriggers, nonMeetingCues, discourseMarkers, citationCues
    case placePrefixes, placeNames, provinces, counties, countries, worldCapitals
    case groupNouns, eponymPrefixes, givenNames, surnames, surnameSuffixes, nonNameWords, commonWordSurnames, nonNameAffixes
    case nameFollowers, media, mediaHeads, lineageHonorifics, deicticDeterminers
    case reportOpeners, locativePrepositions, comitativePrepositions, presenceNouns, additiveParticles, pluralSuffixes
    case speakerFollowers, publicFigures, eponymHeads, nationalitySuffixes
    case separateMeetingCues, meetingTopicCues, introductionCues
    case roleEvents, partitiveWords
    case bodyUnits, officeHolders, creditCues, surnameParticles, statementSettings, districtNumbers, countConnectives
    case narrationColons, heldEvents, lightVerbNouns, everydayWords, lawArticles, blessings, endingsApart, exemplarNouns

    /// The file name without `.txt`, as listed in `index.txt`.
    var file: String {
        switch self {
        case .stopWords: "stop-words"
        case .speechVerbs: "speech-verbs"
        case .speechParticiples: "speech-participles"
        case .pronouns: "pronouns"
        case .titles: "titles"
        case .roleHeads: "role-heads"
        case .roleModifiers: "role-modifiers"
        case .formerMarkers: "former-markers"
        case .institutionHeads: "institution-heads"
        case .namedInstitutions: "named-institutions"
        case .meetingTriggers: "meeting-triggers"
        case .nonMeetingCues: "non-meeting-cues"
        case .discourseMarkers: "discourse-markers"
        case .citationCues: "citation-cues"
        case .placePrefixes: "place-prefixes"
        case .placeNames: "place-names"
        case .provinces: "provinces"
        case .counties: "counties"
        case .countries: "countries"
        case .worldCapitals: "world-capitals"
        case .groupNouns: "group-nouns"
        case .eponymPrefixes: "eponym-prefixes"
        case .givenNames: "given-names"
        case .surnames: "surnames"
        case .surnameSuffixes: "surname-suffixes"
        case .nonNameWords: "non-name-words"
        case .commonWordSurnames: "common-word-surnames"
        case .nonNameAffixes: "non-name-affixes"
        case .nameFollowers: "name-followers"
        case .media: "media"
        case .mediaHeads: "media-heads"
        case .lineageHonorifics: "lineage-honorifics"
        case .deicticDeterminers: "deictic-determiners"
        case .reportOpeners: "report-openers"
        case .locativePrepositions: "locative-prepositions"
        case .comitativePrepositions: "comitative-prepositions"
        case .presenceNouns: "presence-nouns"
        case .additiveParticles: "additive-particles"
        case .pluralSuffixes: "plural-suffixes"
        case .speakerFollowers: "speaker-followers"
        case .publicFigures: "public-figures"
        case .eponymHeads: "eponym-heads"
        case .nationalitySuffixes: "nationality-suffixes"
        case .separateMeetingCues: "separate-meeting-cues"
        case .meetingTopicCues: "meeting-topic-cues"
        case .introductionCues: "introduction-cues"
        case .roleEvents: "role-events"
        case .partitiveWords: "partitive-words"
        case .bodyUnits: "body-units"
        case .officeHolders: "office-holders"
        case .creditCues: "credit-cues"
        case .surnameParticles: "surname-particles"
        case .statementSettings: "statement-settings"
        case .districtNumbers: "district-numbers"
        case .countConnectives: "count-connectives"
        case .narrationColons: "narration-colons"
        case .heldEvents: "held-events"
        case .lightVerbNouns: "light-verb-nouns"
        case .everydayWords: "everyday-words"
        case .lawArticles: "law-articles"
        case .blessings: "blessings"
        case .endingsApart: "endings-apart"
        case .exemplarNouns: "exemplar-nouns"
        }
    }

    /// This lexicon's bit in `RuleLexiconTable.lexiconsStarting(hash:)`.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }

    /// Heads written with the ezafe «ی» after a final vowel («سخنگوی دولت», «شورای شهر») still match.
    @inline(__always) var takesEzafe: Bool { self == .roleHeads || self == .institutionHeads || self == .groupNouns }

    /// Lexicons of function words and heads: a word any of them claims is not an open word (not part of a name).
    static let closed: [RuleLexicon] = [
        .stopWords, .speechVerbs, .pronouns, .titles, .roleHeads, .institutionHeads, .meetingTriggers,
        .discourseMarkers, .citationCues, .placePrefixes, .namedInstitutions, .nonMeetingCues, .groupNouns, .formerMarkers,
    ]
    /// `closed` as one mask of `bit`s.
    static let closedMask = closed.reduce(UInt64(0)) { $0 | $1.bit }
}

/// The rule lexicons of one `Lexicons`, indexed by `RuleLexicon`, and one index over all their keys.
struct RuleLexiconTable: Sendable {
    private let lexicons: [Lexicon]
    /// Each lexicon's entries, which the index's entry numbers point into (read apart from the `Lexicon`,
    /// so that a look-up does not copy the whole lexicon out of the array).
    private let entries: [[LexiconEntry]]
    /// Longest entry of each lexicon in tokens (`Lexicon.maxTokens`).
    private let maxTokens: [Int]
    private let index: RuleLexiconIndex
    /// For each lexicon, its entries that carry `unless-next=` (by number) and the phrases listed there, each as the
    /// keys of its words: split and normalized once here, not on every match the matcher remembers.
    private let unlessNext: [[Int: [[String]]]]
    /// The affixes and endings `DocumentContext` compares words with, read out of their lexicons once.
    let shapes: WordShapeTables

    init(_ byName: [String: Lexicon]) {
        // A file that is absent is an empty lexicon, as `Lexicons.subscript` has it.
        lexicons = RuleLexicon.allCases.map { byName[$0.file] ?? Lexicon(name: $0.file) }
        entries = lexicons.map(\.entries)
        unlessNext = entries.map { list in
            var phrases: [Int: [[String]]] = [:]
            for n in list.indices {
                guard let value = list[n]["unless-next"] else { continue }
                phrases[n] = value.split(separator: ",").map { $0.split(separator: " ").map { PersianNormalizer.key(String($0)) } }
            }
            return phrases
        }
        maxTokens = lexicons.map(\.maxTokens)
        index = RuleLexiconIndex(lexicons)
        shapes = WordShapeTables(nonNameAffixes: lexicons[RuleLexicon.nonNameAffixes.rawValue],
                                 surnameSuffixes: lexicons[RuleLexicon.surnameSuffixes.rawValue],
                                 pluralSuffixes: lexicons[RuleLexicon.pluralSuffixes.rawValue],
                                 stopWords: lexicons[RuleLexicon.stopWords.rawValue])
    }

    /// The lexicon of a case.
    subscript(lexicon: RuleLexicon) -> Lexicon { lexicons[lexicon.rawValue] }

    /// The lexicons (as a mask of `RuleLexicon.bit`) with an entry whose key starts with the bytes hashed to
    /// `hash` (`PhraseMatcher.hash`): a word whose bit is clear starts no entry of that lexicon.
    func lexiconsStarting(hash: UInt64) -> UInt64 { index.slot(hash)?.starts ?? 0 }

    /// The lexicons (as a mask of `RuleLexicon.bit`) that may have an entry spelled by exactly the bytes hashed
    /// to `hash`: a lexicon whose bit is clear has none (a set bit may be another key of the same hash, which a
    /// look-up settles).
    func lexiconsSpelled(hash: UInt64) -> UInt64 { index.slot(hash)?.ends ?? 0 }

    /// The longest entry of `lexicon` spelled by the tokens from `start` (before `limit`), as
    /// `Lexicon.longestMatch` finds it; `firstHash` is `PhraseMatcher.hash(keys[start])`.
    func longestMatch(_ lexicon: RuleLexicon, keys: [String], at start: Int, limit: Int, firstHash: UInt64) -> (length: Int, entry: LexiconEntry)? {
        longestMatchIndex(lexicon, keys: keys, at: start, limit: limit, firstHash: firstHash)
            .map { ($0.length, entries[lexicon.rawValue][$0.entry]) }
    }

    /// `longestMatch`, answering with the entry's number in its lexicon (`entry(_:at:)`): a number is kept
    /// and compared without retaining the entry's strings, which copying a `LexiconEntry` out does.
    func longestMatchIndex(_ lexicon: RuleLexicon, keys: [String], at start: Int, limit: Int, firstHash: UInt64) -> (length: Int, entry: Int)? {
        let l = lexicon.rawValue
        let end = min(limit, keys.count, start + maxTokens[l])
        guard start < end else { return nil }
        var h = firstHash
        var best: Int?
        var bestLength = 0
        for i in start..<end {
            if i > start { h = Self.hash(keys[i], from: h) }
            // No key of this lexicon starts with these tokens: no longer run can match either.
            guard let slot = index.slot(h), slot.starts & lexicon.bit != 0 else { break }
            if slot.ends & lexicon.bit != 0 {
                // Entries are read in place (`entries[l][$0]`), not through a local copy of the lexicon's array,
                // and a one-token run is compared as one key: slicing `keys` retained the array on every try.
                let e = i == start
                    ? index.entry(of: lexicon, in: slot, where: { entries[l][$0].key.sameBytes(keys[start]) })
                    : index.entry(of: lexicon, in: slot, where: {
                        entries[l][$0].mayEndRun(with: keys[i], tokens: i - start + 1) && Lexicon.spells(entries[l][$0].key, keys[start...i])
                    })
                if let e {
                    best = e
                    bestLength = i - start + 1
                }
            }
        }
        return best.map { (bestLength, $0) }
    }

    /// `PhraseMatcher.hash(key, from: h)` (read on the key's contiguous bytes): most questions hash the next
    /// token's key to learn that no entry goes on.
    @inline(__always)
    private static func hash(_ key: String, from h: UInt64) -> UInt64 { PhraseMatcher.hash(key, from: h) }

    /// The entry of `lexicon` whose key is `key` (`hash` = `PhraseMatcher.hash(key)`).
    func entry(_ lexicon: RuleLexicon, key: String, hash: UInt64) -> LexiconEntry? {
        entryIndex(lexicon, key: key, hash: hash).map { entries[lexicon.rawValue][$0] }
    }

    /// The number (`entry(_:at:)`) of the entry of `lexicon` whose key is `key` (`hash` = `PhraseMatcher.hash(key)`).
    func entryIndex(_ lexicon: RuleLexicon, key: String, hash: UInt64) -> Int? {
        guard let slot = index.slot(hash), slot.ends & lexicon.bit != 0 else { return nil }
        let l = lexicon.rawValue
        return index.entry(of: lexicon, in: slot, where: { entries[l][$0].key.sameBytes(key) })
    }

    /// `self[lexicon].entry(key:)` answered from the shared index: `Lexicon`'s own look-up hashes the FNV hash
    /// again with SipHash and copies the lexicon out of the table first.
    func entry(_ lexicon: RuleLexicon, key: String) -> LexiconEntry? { entry(lexicon, key: key, hash: PhraseMatcher.hash(key)) }

    /// `self[lexicon].contains(key:)` answered from the shared index.
    func contains(_ lexicon: RuleLexicon, key: String) -> Bool { entryIndex(lexicon, key: key, hash: PhraseMatcher.hash(key)) != nil }

    /// Entry number `n` of `lexicon`, as `longestMatchIndex` and `entryIndex` give it.
    func entry(_ lexicon: RuleLexicon, at n: Int) -> LexiconEntry { entries[lexicon.rawValue][n] }

    /// The phrases of entry number `n`'s `unless-next=`, each as the keys of its words; nil when it has none.
    func unlessNextPhrases(_ lexicon: RuleLexicon, at n: Int) -> [[String]]? {
        let byEntry = unlessNext[lexicon.rawValue]
        return byEntry.isEmpty ? nil : byEntry[n]
    }
}
