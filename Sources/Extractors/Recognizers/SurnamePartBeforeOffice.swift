/// «رضا طلایی نیک سخنگوی فراکسیون …», «عزت الله یوسفیان ملا نماینده مردم آمل …», «غلامرضا حسنی غربا مدیرکل
/// هواشناسی …»: a compound surname the Fars News text writes with a ZWNJ («طلایی‌نیک») and text without ZWNJ writes
/// with a space. The name readers end the name at its first part, which ends like a surname; the second part, a
/// word no lexicon knows as a name's, then stands between the name and the office written after it, and the office
/// lost its holder.
extension MentionScanner {
    /// Extends each name whose surname is followed by one open word and then, right after it, an office the scanner
    /// read or a speaker's follower in a sentence the name opens as the speaker (`opensSpeech`): that word is the
    /// surname's second part (`person.surname-part`). Only a space may stand between the three;
    /// the word is none a mention claimed, no stop word, speaker's follower («امروز», «شامگاه»), province, country, everyday word or word that is never a
    /// surname («علی رضایی دیروز رئیس …», «… سابقا مدیر …» are adverbs, not names), nor a word that itself opens a
    /// phrase.
    func readSurnamePartsBeforeOffices(in found: inout RecognizedMentions) {
        guard !found.names.isEmpty, !found.roles.isEmpty else { return }
        let roleStarts = Set(found.roles.map(\.tokens.lowerBound))
        let clauses = ClauseReader(context: context)
        for n in found.names.indices {
            let name = found.names[n]
            let w = name.tokens.upperBound
            guard name.surnameTokens.upperBound == w, w + 1 < context.tokenCount, w + 1 < context.sentenceEnd(w), isSurnamePart(w, in: found),
                  context.onlySpaceBetween(w - 1, w), context.onlySpaceBetween(w, w + 1),
                  roleStarts.contains(w + 1) || opensSpeech(name, before: w + 1, clauses) else { continue }
            found.names[n].tokens = name.tokens.lowerBound..<(w + 1)
            found.names[n].nameTokens = name.nameTokens.lowerBound..<(w + 1)
            found.names[n].surnameTokens = name.surnameTokens.lowerBound..<(w + 1)
            found.names[n].rule = RuleID.personSurnamePart.rawValue
            found.claimed[w] = true
        }
    }

    /// «ربیع فلاح جلودار ظهر امروز در نشست … گفت», «عزت الله یوسفیان ملا امشب در همایش … اظهار کرد»: the name is the
    /// subject of a sentence reporting speech (`ClauseReader.subjectStart`, a singular speech verb later) and a speaker's
    /// follower (speaker-followers.txt: «در», «امروز», «ظهر») stands at `next`, as `person.speaker-name` reads a speaker.
    private func opensSpeech(_ name: NameSpan, before next: Int, _ clauses: ClauseReader) -> Bool {
        guard context.followsSpeaker(next) else { return false }
        let sentence = context.text.sentences[context.sentenceOfToken[name.tokens.lowerBound]]
        guard clauses.subjectStart(sentence) == name.tokens.lowerBound, let verb = clauses.speechVerb(sentence, from: next) else { return false }
        return verb["plural"] != "yes"
    }

    /// True when the word at `w` may be the second part of a compound surname written apart.
    private func isSurnamePart(_ w: Int, in found: RecognizedMentions) -> Bool {
        guard context.isContent[w], context.isNameWord(w), !found.claimed[w], !context.isStopWord(w), !context.lists(.speakerFollowers, w),
              !context.isNeverSurname(w), !context.lists(.everydayWords, w), !context.lists(.nonNameWords, w),
              context.matchLength(.titles, at: w) == nil, context.matchLength(.speechVerbs, at: w) == nil,
              !context.lists(.provinces, w), !context.lists(.countries, w), !context.lists(.worldCapitals, w),
              !isGluedPreposition(w) else { return false }
        // A county's or a given name's word is a surname's part too («طلایی نیک», «موسوی مبارکه», «ملکی جو»): between
        // a surname and an office it names no town and no second person.
        return context.isPlaceName(w) ? context.lists(.counties, w) : true
    }

    /// «درگفتگو», «درهمایش», «باتوجه»: Hamshahri glues a preposition (locative-prepositions.txt, comitative-prepositions.txt:
    /// «در», «با») to the word after it; a word so glued to an everyday word or a stop word opens the rest of the clause,
    /// no surname («حسین عبده تبریزی درگفتگو با …»).
    private func isGluedPreposition(_ w: Int) -> Bool {
        let k = context.key(w)
        let prepositions = (context.rules[.locativePrepositions].entries + context.rules[.comitativePrepositions].entries).filter { $0.wordCount == 1 }
        for p in prepositions.map(\.key) where k.hasPrefix(p) {
            let rest = String(k.dropFirst(p.count))
            guard rest.count >= 3 else { continue }
            if context.rules.entry(.everydayWords, key: rest) != nil || context.rules.entry(.stopWords, key: rest) != nil { return true }
        }
        return false
    }
}
