/// Turns the stages' findings into the record: stable ids in order of first mention, original offsets,
/// roles deduplicated, institutions grouped by key, met pairs once each.
struct ExtractionBuilder {
    let context: DocumentContext
    let found: RecognizedMentions
    let coref: Coreferencer
    let meetings: [MeetingEvent]
    /// Reads dates written in the text (built once per extractor: its month matchers are costly to make).
    let dateReader: DateReader

    private func mention(_ tokens: Range<Int>, rule: String, source: String? = nil) -> ExtractedMention {
        let r = context.scalars(tokens: tokens)
        return ExtractedMention(text: context.text(scalars: r), start: r.lowerBound, end: r.upperBound, rule: rule,
                                sentence: context.sentenceOfToken[tokens.lowerBound], source: source)
    }

    func build() -> DocumentExtraction {
        // People, in order of first mention.
        // First starts made once, not in every comparison of the sort.
        let firstStarts = coref.persons.map(\.firstStart)
        let resolved = coref.persons.indices.filter { coref.persons[$0].mergedInto == nil && !coref.persons[$0].mentions.isEmpty }
            .sorted { (firstStarts[$0], $0) < (firstStarts[$1], $1) }
        // A holder known only by a role is a person of the record only when they take part in a meeting
        // (docs/annotation.md, "Unnamed role-holders"): «وزیر نیرو گفت» alone tells who speaks for the ministry,
        // not who someone is, and as a node of its own it would only clutter the graph. The role's institution
        // is still noted below.
        // Taking part means meeting someone: a holder whose meeting holds no other person (only groups or
        // institutions: «رهبر انقلاب در دیدار با مسئولان …») makes no pair, and the annotation keeps them out too.
        let participants = Set(meetings.flatMap { m in
            let people = Set(m.persons.map(coref.live))
            return people.count > 1 ? people : []
        })
        let live = resolved.filter { !coref.persons[$0].unnamed || participants.contains($0) }
        var personId: [Int: String] = [:]
        for (n, p) in live.enumerated() { personId[p] = "p\(n + 1)" }

        // Institutions: verbatim complete phrases and those implied by the roles of people.
        struct InstitutionDraft {
            var name: String; var gloss: String; var first: Int; var verbatim: Bool; var deictic: Bool
            /// Tokens of the phrase `name` was taken from (0 while only a role implies the institution).
            var length: Int
            var mentions: [ExtractedMention]
        }
        var drafts: [String: InstitutionDraft] = [:]
        func note(_ inst: InstitutionSpan, at position: Int) {
            let m = inst.implied ? nil : mention(inst.tokens, rule: inst.rule, source: inst.source)
            let deictic = inst.place?.deictic ?? false
            if var d = drafts[inst.key] {
                if let m, !d.mentions.contains(where: { $0.start == m.start && $0.end == m.end }) { d.mentions.append(m) }
                // The display name is the longest verbatim phrase (the first of equal length), an explicit one before
                // a deictic one: the body written in full and by a short or canonical form is named in full, as the gold
                // names it (annotation.md: a short form beside the full name is optional). «فیفا … فدراسیون بین‌المللی
                // فوتبال», «آژانس انرژی اتمی … آژانس بین‌المللی انرژی اتمی», «دادگستری مازندران … دادگستری استان مازندران».
                let longer = !d.verbatim || (d.deictic && !deictic) || (d.deictic == deictic && inst.tokens.count > d.length)
                if !inst.implied && longer {
                    d.name = inst.name; d.verbatim = true; d.deictic = deictic; d.length = inst.tokens.count
                }
                d.first = min(d.first, position)
                drafts[inst.key] = d
            } else {
                drafts[inst.key] = InstitutionDraft(name: inst.name, gloss: inst.gloss, first: position, verbatim: !inst.implied,
                                                    deictic: deictic, length: inst.implied ? 0 : inst.tokens.count,
                                                    mentions: m.map { [$0] } ?? [])
            }
        }
        for inst in found.institutions where inst.complete { note(inst, at: context.token(inst.tokens.lowerBound).range.lowerBound) }
        for p in resolved {
            for role in coref.persons[p].roles.map({ found.roles[$0] }) + coref.persons[p].memberOffices {
                if let inst = role.institution, inst.complete {
                    note(inst, at: context.token(role.tokens.lowerBound).range.lowerBound)
                }
            }
        }
        // Sorted with each draft beside its key: looking the drafts up by key in the comparison hashed a
        // Persian string (normalized on every hash) twice per comparison.
        let sortedDrafts = drafts.map { (first: $0.value.first, key: $0.key, draft: $0.value) }
            .sorted { ($0.first, $0.key) < ($1.first, $1.key) }
        var institutionId: [String: String] = [:]
        var institutions: [ExtractedInstitution] = []
        for (n, (_, key, d)) in sortedDrafts.enumerated() {
            institutionId[key] = "i\(n + 1)"
            institutions.append(ExtractedInstitution(id: "i\(n + 1)", name: d.name, key: key, gloss: d.gloss,
                                                     mentions: d.mentions.sorted { $0.start < $1.start }))
        }

        var people: [ExtractedPerson] = []
        for p in live {
            let person = coref.persons[p]
            var seen = Set<Range<Int>>()
            let mentions = person.mentions.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
                .filter { seen.insert($0.tokens).inserted }
                .map { mention($0.tokens, rule: $0.rule) }
            let roles = roles(of: person, institutionId: institutionId)
            var name = person.name
            if person.unnamed, let first = roles.first { name = first.text }
            people.append(ExtractedPerson(id: personId[p]!, name: name, unnamed: person.unnamed, titles: person.titles,
                                          mentions: mentions, roles: roles,
                                          nameKey: person.unnamed ? PersianNormalizer.key(name) : person.identityKey,
                                          surnameKey: person.surnameKeys.joined()))
        }

        // Groups, media, places.
        let groupStarts = coref.groupKeys.indices.map { coref.groupMentions[$0].lazy.map(\.lowerBound).min() ?? 0 }
        let groupOrder = coref.groupKeys.indices.sorted { (groupStarts[$0], $0) < (groupStarts[$1], $1) }
        var groupId: [Int: String] = [:]
        var groups: [ExtractedGroup] = []
        for (n, g) in groupOrder.enumerated() {
            groupId[g] = "g\(n + 1)"
            groups.append(ExtractedGroup(id: "g\(n + 1)", label: coref.groupLabels[g],
                                         mentions: coref.groupMentions[g].sorted { $0.lowerBound < $1.lowerBound }.map { mention($0, rule: RuleID.group.rawValue) }))
        }
        // Outlets and places in order of first mention, each key hashed once a mention (a Persian string's hash
        // normalizes it again every time).
        var media: [ExtractedMedium] = []
        var mediumIndex: [String: Int] = [:]
        for m in found.media {
            let n: Int
            if let known = mediumIndex[m.key] {
                n = known
            } else {
                n = media.count
                mediumIndex[m.key] = n
                media.append(ExtractedMedium(name: m.name, key: m.key, mentions: []))
            }
            media[n].mentions.append(mention(m.tokens, rule: m.rule))
        }
        var places: [ExtractedPlace] = []
        var placeIndex: [String: Int] = [:]
        for p in found.places.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            let n: Int
            if let known = placeIndex[p.nameKey] {
                n = known
            } else {
                n = places.count
                placeIndex[p.nameKey] = n
                places.append(ExtractedPlace(id: "l\(n + 1)", name: p.name, key: p.nameKey, mentions: []))
            }
            let m = mention(p.tokens, rule: p.rule)
            if !places[n].mentions.contains(m) { places[n].mentions.append(m) }
        }

        // Meetings and met pairs.
        let date = context.text.metadata.date ?? context.text.document.date
        // A date written in the evidence sentence («دوم آذر 1400») dates the meeting; else the article's date.
        // Read only for an article with a meeting: reading every date of the text cost a twelfth of the rules'
        // time, and most articles report no meeting.
        let writtenDates = meetings.isEmpty ? [] : dateReader
            .dates(tokens: context.text.tokens, scalars: context.text.scalars).filter { $0.iso != nil }
        var extractedMeetings: [ExtractedMeeting] = []
        var pairs: [String: (a: String, b: String, meetings: [String])] = [:]
        func idOrder(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
        for (n, event) in meetings.sorted(by: { $0.trigger.lowerBound < $1.trigger.lowerBound }).enumerated() {
            let id = "m\(n + 1)"
            let participants = Array(Set(event.persons.compactMap { personId[coref.live($0)] })).sorted { idOrder($0) < idOrder($1) }
            let sentence = context.text.sentences[event.sentence]
            let triggerRange = context.scalars(tokens: event.trigger)
            let place = found.places.first { sentence.tokens.contains($0.tokens.lowerBound) && !$0.deictic }?.display
                ?? context.text.metadata.dateline
            let institutionsHere = institutions.filter { inst in inst.mentions.contains { sentence.range.contains($0.start) } }.map(\.id)
            let guests = event.kind == .visit ? Array(Set(event.guests.compactMap { personId[coref.live($0)] })).sorted { idOrder($0) < idOrder($1) } : []
            let hosts = event.kind == .visit ? participants.filter { !guests.contains($0) } : []
            extractedMeetings.append(ExtractedMeeting(
                id: id, trigger: TextSpan(text: context.text(scalars: triggerRange), start: triggerRange.lowerBound, end: triggerRange.upperBound),
                participants: participants,
                date: event.sentences.lazy.compactMap { s in
                    writtenDates.first { context.text.sentences[s].range.contains($0.range.lowerBound) }?.iso
                }.first ?? date, kind: event.kind, cameo: event.cameo,
                sentence: SentenceSpan(start: sentence.range.lowerBound, end: sentence.range.upperBound, index: sentence.index),
                place: place, groups: event.groups.compactMap { groupId[$0] }.sorted { idOrder($0) < idOrder($1) },
                institutions: institutionsHere, host: hosts, guest: guests, rule: event.rule, source: event.source))
            for x in participants.indices {
                for y in participants.indices where y > x {
                    let key = "\(participants[x])-\(participants[y])"
                    pairs[key, default: (participants[x], participants[y], [])].meetings.append(id)
                }
            }
        }
        let met = pairs.values.sorted { (idOrder($0.a), idOrder($0.b)) < (idOrder($1.a), idOrder($1.b)) }
            .map { MetPair(a: $0.a, b: $0.b, meetings: $0.meetings) }

        return DocumentExtraction(document: context.text.document.id, date: date, people: people, institutions: institutions,
                                  meetings: extractedMeetings, met: met, media: media,
                                  places: places, groups: groups)
    }

    /// A person's complete roles, one per distinct phrase; a deictic phrase («… استان») gives way to an explicit
    /// one with the same key («… استان قم»).
    /// The English name of a place from the gazetteers' `gloss=`, so a role's gloss reads
    /// «mayor of Rasht», never «mayor of رشت»; nil when no gazetteer glosses it.
    private func englishName(ofPlace key: String) -> String? {
        for lexicon in [RuleLexicon.counties, .provinces, .placeNames, .worldCapitals, .countries] {
            if let gloss = context.rules.entry(lexicon, key: key)?["gloss"] { return gloss }
        }
        return nil
    }

    /// The role in English, built from the lexicons' glosses along the phrase's structure:
    /// «رئیس شورای اسلامی شهرستان قم» → "head of the Islamic council of Qom",
    /// «معاون امور عمرانی استاندار کرمان» → "deputy to the governor of Kerman". A part with no gloss is left out.
    private func englishGloss(of role: RoleSpan) -> String {
        var gloss = role.headEntry["gloss"] ?? ""
        switch role.complement {
        case .place(let place):
            if let name = englishName(ofPlace: place.nameKey) { gloss += " of \(name)" }
        case .institution(let institution) where !institution.gloss.isEmpty:
            gloss += " of the \(institution.gloss)"
            if let place = institution.place, let name = englishName(ofPlace: place.nameKey) { gloss += " of \(name)" }
        case .role(let superior):
            gloss += " to the \(englishGloss(of: superior))"
        default:
            break
        }
        return gloss
    }

    private func roles(of person: PersonEntity, institutionId: [String: String]) -> [ExtractedRole] {
        // A bare office written after the name («… رجایی سرمربی و …») comes after the complete ones: the first role is
        // the person's main one in the graph. So does the bare office an unnamed participant is known by, written as
        // its name («با حضور فرماندار، معاون فرماندار …»): it is all the text says of them.
        let bare = person.roles.filter {
            !found.roles[$0].complete && (coref.bareAppositions.contains($0) || person.unnamed && context.text(tokens: found.roles[$0].tokens) == person.name)
        }
            .map { found.roles[$0] }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // An office named by its plural after the name («از کارشناسان اقتصادی») says what the person is even with no body;
        // it comes after the person's own offices.
        let members = person.memberOffices.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let spans = person.roles.map { found.roles[$0] }.filter(\.complete).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } + members + bare
        let explicitKeys = Set(spans.filter { !$0.deictic }.map(\.key))
        var seenText = Set<String>()
        var result: [ExtractedRole] = []
        for role in spans {
            // «رئیس جمهور این کشور» keeps its country unresolved in the phrase, not the key: no bare «رئیس جمهور» of the
            // person's makes it redundant.
            if role.deictic && role.complement != nil && explicitKeys.contains(role.key) { continue }
            let r = context.scalars(tokens: role.tokens)
            let text = context.text(scalars: r)
            guard seenText.insert(PersianNormalizer.key(text)).inserted else { continue }
            let head = context.text(tokens: role.headTokens)
            let gloss = englishGloss(of: role)
            result.append(ExtractedRole(text: text, institution: role.institution.flatMap { institutionId[$0.key] },
                                        start: r.lowerBound, end: r.upperBound, rule: role.complete || role.rule == RuleID.rolePluralMember.rawValue ? role.rule : RuleID.roleBareApposition.rawValue,
                                        sentence: context.sentenceOfToken[role.tokens.lowerBound], key: role.key, head: head,
                                        gloss: gloss, former: role.former, place: role.place?.name, source: role.headEntry.source))
        }
        return result
    }
}
