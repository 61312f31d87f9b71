/// «معاون بهره‌برداری مترو از راه‌اندازی ۲۱ آسانسور … خبر داد», «مدیر بخش بین‌الملل نمایشگاه کتاب گفت: …»: an office
/// that opens a sentence reporting speech, its body written in open words no lexicon knows (`role.speaker-office`).
///
/// The role reader stops where its lexicons stop, so such an office was read short («معاون بهره‌برداری», «مدیر») and,
/// being no complete office, it was no unnamed speaker either: the speaker chain could not give it to the name the
/// next sentence introduces («… خبر داد. جعفر ربیعی با اشاره به …»), and the person lost the role. The subject of a
/// Persian report runs from the office up to the first preposition, adverb of time or verb, so the words between the
/// office read and that point are the office's body as written; it names no institution of its own (`completesRole`).
extension MentionScanner {
    /// Reads on every incomplete office that is the subject of a sentence reporting speech over the open words after it,
    /// up to a word that ends a subject: a preposition or an adverb the name reader stops at too (speaker-followers.txt:
    /// «در», «با», «امروز», «ضمن» …), «از» (the news «از … خبر داد») or «به» («به خبرنگار ما گفت»), or the speech verb
    /// itself. Nothing is read when an object («را»), a name, another office or group, punctuation or a function word
    /// comes first (a predicate or an object: «… خواستار نابودی … شد», «… هزینه خرید را … عنوان کرد»), when the
    /// verb is plural, or past `office-field-words` open words, nor over a surname's ending written apart right after the
    /// head («رئیس زاده»). An incomplete office right after a name or its comma
    /// reads on the same way over at most `apposition-office-words` open words, when the apposition ends right after
    /// them: punctuation, a report of speech, a speaker-follower, or «و» and the next name or office («اونسلد جونیور، مربی
    /// دنور ناگتس، …», «تونی ویدمار، مربی آدلاید می‌گوید», «… متخصص اورولوژی و رئیس هفتمین کنگره …»).
    func readSpeakerOffices(in found: inout RecognizedMentions) {
        guard !found.roles.isEmpty else { return }
        let clauses = ClauseReader(context: context)
        var taken = [Bool](repeating: false, count: context.tokenCount)
        var nameEnds: Set<Int> = [], nameStarts: Set<Int> = []
        for n in found.names {
            for t in n.tokens { taken[t] = true }
            nameEnds.insert(n.tokens.upperBound); nameStarts.insert(n.tokens.lowerBound)
        }
        for g in found.groups { for t in g.tokens { taken[t] = true } }
        for r in found.roles { for t in r.tokens { taken[t] = true } }
        let roleStarts = Set(found.roles.map(\.tokens.lowerBound))
        // «علي حسن اف، رئيس بخش امور سياسي دفتر رياست جمهوري آذربايجان مي گويد», «جيم آدامز معاون بخش سياست هاي عملياتي
        // بانك جهاني روز دوشنبه … گفت»: a complete body after the field's words is the office's parent; the office ends
        // with it, and it counts as one word of the run.
        var bodyEnd: [Int: Int] = [:]
        for inst in found.institutions where inst.complete && !inst.implied { bodyEnd[inst.tokens.lowerBound] = max(bodyEnd[inst.tokens.lowerBound] ?? 0, inst.tokens.upperBound) }
        let from = PersianNormalizer.key("از"), to = PersianNormalizer.key("به")
        // A head that vouches for no name (`vouches=no`: culture offices whose works follow them) reads no field either,
        // unless marked `field=open` («متخصص بیماری‌های عفونی», «پژوهشگر امور اسرا»).
        for (index, role) in found.roles.enumerated() where !role.complete && (role.headEntry["vouches"] != "no" || role.headEntry["field"] == "open")
            && role.headEntry["holder"] == nil {
            let start = role.tokens.lowerBound
            let sentence = context.text.sentences[context.sentenceOfToken[start]]
            guard sentence.isContent, !context.isQuoted(start) else { continue }
            // «یک کارشناس مسائل اقتصادی گفت: …», «یک محقق طب اسلامی گفت»: the indefinite article may open the subject
            // before the office; the news names its holder in the next sentence as often as not (Coreferencer.opensSubject).
            let subjectStart = clauses.subjectStart(sentence)
            let indefinite = subjectStart + 1 == start && context.isIndefiniteArticle(subjectStart)
            // «یک مسئول آگاه …»: an anonymous source (everyday-words.txt `anonymous=yes`) names no office to read on.
            if indefinite, role.tokens.upperBound < context.tokenCount,
               context.match(.everydayWords, at: role.tokens.upperBound)?.entry["anonymous"] == "yes" { continue }
            let subject = subjectStart == start || indefinite
            // «تونی ویدمار، مربی آدلاید می‌گوید», «آدریان گریفین مربی تورنتو و داروین هام …»: right after a name.
            // «محمدرضا جبلي - دبير اجرايي نخستين كارگاه … - با اعلام …»: Hamshahri's dash of apposition, as a comma.
            let apposition = !subject && (nameEnds.contains(start)
                || start > 0 && (context.isComma(start - 1) || context.isPunctuation(start - 1, "-–")) && nameEnds.contains(start - 1))
            guard subject || apposition else { continue }
            let end = sentence.tokens.upperBound
            var j = role.tokens.upperBound
            var words = 0
            var readBody = false
            while j < end, context.isContent[j], context.isWord(j), !taken[j] {
                if !subject, words > 0, words <= context.limits.appositionOfficeWords, let e = bodyEnd[j], e < end,
                   appositionEnds(at: e, nameStarts: nameStarts, roleStarts: roleStarts) {
                    words += 1
                    j = e
                    readBody = true
                    break
                }
                // «سياست هاي عملياتي»: Hamshahri's plural ending written apart belongs to the word before it.
                if words > 0, context.isPluralWrittenApart(j) { j += 1; continue }
                if context.isAnd(j) {
                    // «بنیاد احسان و نیکوکاری …»: «و» inside the body, an open word on each side.
                    guard words > 0, j + 1 < end, context.isWord(j + 1), !taken[j + 1], !context.isStopWord(j + 1) else { break }
                    j += 1
                    continue
                }
                guard !context.isStopWord(j), !context.lists(.speakerFollowers, j), context.matchLength(.speechVerbs, at: j) == nil,
                      context.matchLength(.speechParticiples, at: j) == nil else { break }
                // «صدر هاشمی، رئیس زاده، ادهمی …»: a surname's ending written apart right after the head (no everyday
                // word, surname-suffixes.txt) makes the two one surname, no office.
                if words == 0, j == role.headTokens.upperBound, let ending = context.match(.surnameSuffixes, at: j)?.entry,
                   ending["word"] != "yes", ending["strength"] != "weak", ending["origin"] == nil, ending["apart"] == nil { break }
                words += 1
                j += 1
            }
            // A run that a body closes may hold one more field word than the apposition's bound: the body is its end.
            let bound = subject ? context.limits.officeFieldWords : context.limits.appositionOfficeWords + (readBody ? 1 : 0)
            guard words > 0, words <= bound, j < end, !context.isAnd(j - 1) else { continue }
            if subject {
                // «رئیس دپارتمان داوری، گفت: …», «کارشناس هواشناسی استان ایلام، گفت: …», «معاون هماهنگ کننده سپاه …، با
                // اشاره به …»: Fars News sets the subject off from its verb with a comma too (43 sentences of the two dev
                // corpora open «office …، » and a report of speech or a speaker's follower).
                let afterComma = context.isComma(j) && j + 1 < end
                    && (context.matchLength(.speechVerbs, at: j + 1) != nil || context.lists(.speakerFollowers, j + 1))
                let stops = context.matchLength(.speechVerbs, at: j) != nil || context.lists(.speakerFollowers, j)
                    || context.key(j) == from || context.key(j) == to || afterComma
                guard stops, let verb = clauses.speechVerb(sentence, from: j), verb["plural"] != "yes" else { continue }
            } else {
                // After a name the office ends where the apposition plainly does: punctuation, a report of speech, a
                // word a speaker's name is followed by, or «و» and the next name of a list. A comma that no comma
                // before the office matches, followed by open words that run on to the report of speech («X مدیر
                // آموزش، پژوهش شرکت … گفت», «X نماینده مردم شهرستان‌های بجنورد، مانه و سملقان در مجلس گفت»), goes on
                // with a list of the office's own fields or places, which the role reader reads whole or not at all;
                // before the next item of a list of people («X مدیر تولید، Y طراح …») it ends the office.
                if context.isComma(j) {
                    var k = j + 1
                    while k < end, context.isContent[k], context.isWord(k), !taken[k],
                          context.isAnd(k) || !context.isStopWord(k) && !context.lists(.speakerFollowers, k) && context.matchLength(.speechVerbs, at: k) == nil {
                        k += 1
                    }
                    let subjectGoesOn = k > j + 1 && k < end
                        && (context.matchLength(.speechVerbs, at: k) != nil || context.lists(.speakerFollowers, k))
                    // «ابوالحسن مسگرزاده، متخصص جراحی دهان، فک و صورت با اشاره …»: a list of the field's words that «و»
                    // closes right before the report of speech is the field's, read whole (round 20).
                    let closedList = subjectGoesOn && k - j <= 4 && context.isAnd(k - 2) && !context.isAnd(j + 1)
                    if closedList {
                        j = k
                    } else if !(start > 0 && context.isComma(start - 1)) {
                        guard !subjectGoesOn else { continue }
                    }
                }
                guard appositionEnds(at: j, nameStarts: nameStarts, roleStarts: roleStarts) else { continue }
            }
            let bodyStart = role.tokens.upperBound
            var body = InstitutionSpan(tokens: bodyStart..<j, name: context.text(tokens: bodyStart..<j),
                                       key: (bodyStart..<j).filter { !context.isPunctuation($0, "،,") }.map { context.key($0) }.filter { $0 != "و" }.joined(),
                                       gloss: "", complete: false, implied: false, place: nil,
                                       rule: RuleID.roleSpeakerOffice.rawValue)
            body.completesRole = true
            var office = role
            office.tokens = start..<j
            office.complement = .institution(body)
            office.key = role.key + "/" + body.key
            office.resolvedText = role.resolvedText + " " + body.name
            office.rule = RuleID.roleSpeakerOffice.rawValue
            found.roles[index] = office
            for t in office.tokens { taken[t] = true; found.claimed[t] = true }
        }
    }

    /// Where an apposition after a name plainly ends: punctuation, a report of speech, a word a speaker's name is
    /// followed by, or «و» and the next name of a list — or a second office of the same person coordinated after the
    /// field («دکتر سوزان گریفین متخصص اعصاب و روان و استاد دانشگاه جورج تاون می‌گوید», round 21).
    private func appositionEnds(at j: Int, nameStarts: Set<Int>, roleStarts: Set<Int>) -> Bool {
        context.isPunctuation(j, "،,؛.)!؟?") || context.matchLength(.speechVerbs, at: j) != nil
            || context.matchLength(.speechParticiples, at: j) != nil || context.lists(.speakerFollowers, j)
            || context.isAnd(j) && nameStarts.contains(j + 1)
            || context.isAnd(j) && roleStarts.contains(j + 1)
    }
}
