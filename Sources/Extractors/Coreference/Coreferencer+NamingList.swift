extension Coreferencer {
    /// «… با حضور رئیس شعبه عزیز محمدی و چهار مستشار آن به نام‌های رحیمی، شریفی، کوه کمره‌ای و تقی زاده …», «دو بازیکن
    /// سابق ما به نام‌های علیزاده و معدنچی»: after a noun of people, a naming cue (introduction-cues.txt `kind=naming`)
    /// opens the list of their names. The news writes them there as bare surnames more often than not, which no other
    /// rule reads as people (a surname alone is a person only beside an office or a report of speech). Each item of one
    /// to three words up to «،» or «و» that reads as a name — a person already found, a surname surnames.txt lists or
    /// one that ends like one, or a given name and the words after it — is a person (`person.naming-list`); the list ends
    /// at the first item that does not. The noun before the cue (over the words of its `over=`) is a role head, a title,
    /// a group noun or a word of the cue's `after=`: schools, villages, ships and films are named so too.
    mutating func addNamingListPeople() {
        let end = context.tokenCount
        var k = 0
        while k < end {
            guard let cue = context.match(.introductionCues, at: k), cue.entry["kind"] == "naming" else { k += 1; continue }
            defer { k += cue.length }
            // A cue of one person (`single=yes`, «به نام») is two words as written: «بهنام» glued is a given name.
            let single = cue.entry["single"] == "yes"
            guard !single || cue.length >= 2, namesPeople(before: k, cue: cue.entry) else { continue }
            let sentenceEnd = context.sentenceEnd(k)
            if let story = cue.entry["unless-sentence"] {
                let words = Set(story.split(separator: ",").map { PersianNormalizer.key(String($0)) })
                if (context.sentenceStart(k)..<sentenceEnd).contains(where: { words.contains(context.key($0)) }) { continue }
            }
            var j = k + cue.length
            var items = 0
            while j < sentenceEnd, items < (single ? 1 : context.limits.participantList) {
                if context.isPunctuation(j, "«\"“") { j += 1 }
                guard let itemEnd = namingItem(at: j, limit: sentenceEnd, givenAlone: single) else { break }
                items += 1
                j = itemEnd
                if j < sentenceEnd, context.isPunctuation(j, "»\"”") { j += 1 }
                guard j + 1 < sentenceEnd, context.isComma(j) || context.isAnd(j) else { break }
                j += 1
            }
        }
    }

    /// Is the word before the naming cue at `k` a noun of people? The words of the cue's `over=` (a demonstrative, a
    /// possessive, «سابق»: «دو بازیکن سابق ما به نام‌های …», «چهار مستشار آن …») are read over first.
    private func namesPeople(before k: Int, cue: LexiconEntry) -> Bool {
        let over = Set((cue["over"] ?? "").split(separator: ",").map { PersianNormalizer.key(String($0)) })
        var w = k - 1
        while w >= 0, w > k - 4, context.isWord(w), over.contains(context.key(w)) { w -= 1 }
        guard w >= 0, context.isWord(w) else { return false }
        let extra = (cue["after"] ?? "").split(separator: ",").map { PersianNormalizer.key(String($0)) }
        if extra.contains(context.key(w)) { return true }
        // The head of a role or a group may open a phrase that ends here («چهار مستشار», «دو بازیکن»).
        for start in max(0, w - 1)...w {
            if let m = context.match(.roleHeads, at: start), start + m.length == w + 1 { return true }
            if let m = context.match(.titles, at: start), start + m.length == w + 1 { return true }
            if let m = context.match(.groupNouns, at: start), start + m.length == w + 1 { return true }
        }
        return false
    }

    /// The end of the name written at `j` as an item of a naming list, making a person of it when none is there yet; nil
    /// when the words at `j` read as no name.
    private mutating func namingItem(at j: Int, limit: Int, givenAlone: Bool = false) -> Int? {
        if let slot = slots.first(where: { $0.tokens.lowerBound == j }), case .person = slot.reference { return slot.tokens.upperBound }
        var e = j
        while e < limit, e - j < 3, context.isContent[e], !claimed[e] {
            // A surname's ending Hamshahri writes apart («تقی زاده», «کوه کمره ای») belongs to the word before it; not a
            // participle of a verb («کودکی به نام قاسم زاده شد»: «زاده شد», was born).
            if e > j, context.lists(.surnameSuffixes, e) || context.isKey(e, "ای"), !context.isAuxiliary(e + 1) { e += 1; continue }
            // Nor the noun of a light verb («… و تقی زاده برگزار شد»): an auxiliary right after the word.
            guard context.isNameWord(e), !context.isStopWord(e), !context.isAnd(e), !context.isPlaceName(e),
                  context.matchLength(.roleHeads, at: e) == nil,
                  !context.isAuxiliary(e + 1) else { break }
            e += 1
        }
        guard e > j, e == limit || context.isComma(e) || context.isAnd(e) || context.kinds[e] == .punctuation || context.isStopWord(e)
                || context.isAuxiliary(e + 1) else { return nil }
        if e == j + 1 {
            // A surname that is no given name; after a cue of one person, also a given name alone, as the text writes the
            // name («مرد جوانی به نام حمید»), not one that is also an everyday word.
            let given = context.match(.givenNames, at: j)
            let nameAlone = givenAlone && given.map { $0.length == 1 && $0.entry["ambiguous"] != "yes" } == true
            guard nameAlone || context.looksLikeSurname(j) && given == nil else { return nil }
            let p = newSurnamePerson(j, rule: RuleID.personNamingList.rawValue)
            claimed[j] = true
            slots.append(Slot(tokens: j..<e, reference: .person(p)))
            return e
        }
        // After a cue of one person, a given name and an everyday word («فردی به نام میثم طرح شکایت کرد»: the noun of the
        // light verb) is the given name alone.
        if givenAlone, e == j + 2, context.lists(.everydayWords, j + 1) || context.matchLength(.lightVerbNouns, at: j + 1) != nil {
            return namingItem(at: j, limit: j + 1, givenAlone: true)
        }
        // Two or three words: a given name and its surname, or a surname written in parts («کوه کمره ای», «تقی زاده»)
        // that ends like one.
        guard context.matchLength(.givenNames, at: j) != nil || context.looksLikeSurname(e - 1)
                || context.lists(.surnameSuffixes, e - 1) || context.isKey(e - 1, "ای") else { return nil }
        let keys = (j..<e).map { context.key($0) }
        persons.append(PersonEntity(name: context.text(tokens: j..<e), identityKey: keys.joined(), surnameKeys: keys, unnamed: false))
        persons[persons.count - 1].mentions.append(EntityMention(tokens: j..<e, rule: RuleID.personNamingList.rawValue))
        for t in j..<e { claimed[t] = true }
        slots.append(Slot(tokens: j..<e, reference: .person(persons.count - 1)))
        return e
    }
}
