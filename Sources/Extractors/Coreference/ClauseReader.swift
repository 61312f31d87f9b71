/// Reads the shape of a sentence: where its subject stands and whether it reports speech.
///
/// The subject is the first participant after what Persian news puts before it: a dateline («کرمان – فت فتو –»),
/// «به گزارش …،», discourse markers («همچنین», «سپس») and a phrase placing the sentence in an event already
/// mentioned («در ادامه این نشست،»).
struct ClauseReader {
    let context: DocumentContext
    /// The tokens of the institutions and offices whose written name holds a comma («اداره کل صنعت، معدن و تجارت
    /// استان»): a report opener does not end at such a comma, nor do its tokens count toward its reach.
    /// Set once by `init` (`subjectStarts` is read with it).
    private(set) var commaNames: Set<Int> = []
    /// The tokens of the people's names found, set once by `init`: a cited source that holds one is no body's name
    /// («به نقل از ستاد خبری همایش … جواد شمقدری، افزود»: the comma closes the speaker's name, not the source).
    private(set) var nameTokens: Set<Int> = []
    /// The tokens of the bodies found, set once by `init`: a stop word inside one («فرمانداری ویژه شهرستان ری», «ویژه»
    /// also «especially») is a word of a cited source's name, which text without ZWNJ writes in more tokens than the
    /// Fars text does («روابط عمومی», «به نقل از») and so past `openerReach`.
    private(set) var bodyTokens: Set<Int> = []
    /// `subjectStart` of every sentence of the text, by sentence index, with the sentence's tokens, worked out once
    /// by the reader that knows the mentions (empty for the other): coreference asks every content sentence's
    /// subject again in each of its passes (`Coreferencer.subjects`, some 80,000 questions of 300 articles), and
    /// each question read the sentence's opening again. Same answers: `subjectStart` reads only the sentence's
    /// tokens, the context and `commaNames`, none of which changes once the reader is made (a sentence whose
    /// tokens differ from the text's is read again).
    private var subjectStarts: [(tokens: Range<Int>, start: Int)] = []
    /// How far a report opener reaches for the comma that closes it, in tokens.
    static let openerReach = 16
    /// How far an opener that cites its source («… به نقل از روابط عمومی …») reaches for its comma, in tokens.
    static let citedSourceReach = 22
    /// How far a cited source reaches for its comma when a person's name follows the comma (`namedSubjectComma`).
    static let citedSourceNamedReach = 40

    init(context: DocumentContext) {
        self.context = context
    }

    /// A reader that knows the mentions found: `commaNames` from the institutions and offices that hold a comma.
    init(context: DocumentContext, found: RecognizedMentions) {
        self.context = context
        for span in found.institutions.map(\.tokens) + found.roles.map(\.tokens) where span.contains(where: { context.isComma($0) }) {
            commaNames.formUnion(span)
        }
        for n in found.names { nameTokens.formUnion(n.tokens) }
        for inst in found.institutions where inst.complete && !inst.implied { bodyTokens.formUnion(inst.tokens) }
        subjectStarts = context.text.sentences.map { ($0.tokens, readSubjectStart($0)) }
    }

    /// The comma that closes a report opener starting at `k` («به گزارش خبرگزاری فارس از ساری به نقل از روابط عمومی
    /// اداره صنعت، معدن و تجارت شهرستان ساری، …»): the first comma outside a name that holds one, within
    /// `openerReach` tokens outside such names. Nil when none.
    func openerComma(from k: Int, end: Int) -> Int? {
        var counted = 0
        var j = k
        var source: Int?
        while j < end, counted < Self.openerReach {
            if commaNames.contains(j) { j += 1; continue }
            if context.isComma(j) { return j }
            if let cue = context.match(.reportOpeners, at: j), cue.entry["cites"] == "yes" { source = j + cue.length }
            counted += 1
            j += 1
        }
        // «به گزارش خبرگزاری فارس از بیرجند به نقل از روابط عمومی ستاد برگزاری اجلاس ملی نماز، …»: the source a
        // report cites (after a report opener `cites=yes`) runs on to its comma past the reach when it is a body's
        // name, open words and «و» only (no
        // preposition, verb or report of speech: «به نقل از ستاد خبری جشنواره علاقه‌مندان به دریافت …، …» is the
        // clause itself). In the two dev corpora, 17 to 21 tokens before the first comma of a sentence opened by «به
        // گزارش … به نقل از»: 9 of 12 such commas closed the source.
        guard let source else { return nil }
        // The reach may end inside the cue itself («به نقل از»): the source starts after it.
        j = max(j, source)
        func inSourceName(_ t: Int) -> Bool {
            commaNames.contains(t) || context.isWord(t) && (!context.isStopWord(t) || context.isAnd(t) || bodyTokens.contains(t))
                && context.matchLength(.speechVerbs, at: t) == nil && !nameTokens.contains(t)
        }
        guard (source..<j).allSatisfy(inSourceName) else { return namedSubjectComma(after: source, end: end) }
        while j < end, counted < Self.citedSourceReach {
            if commaNames.contains(j) { j += 1; continue }
            if context.isComma(j) { return j }
            guard inSourceName(j) else { return namedSubjectComma(after: source, end: end) }
            counted += 1
            j += 1
        }
        return namedSubjectComma(after: source, end: end)
    }

    /// «به گزارش خبرگزاری فارس به نقل از مرکز ارتباطات و اطلاع رسانی نهاد نمایندگی مقام معظم رهبری در دانشگاه ها
    /// (ماوا)، الیاس حضرتی …»: a cited source that holds what a body's name does not (a preposition, an acronym in
    /// brackets) or runs past `citedSourceReach` still ends at its first comma when a person's name starts right after
    /// it, with no name and no report of speech before it (the clause itself would hold them). Within
    /// `citedSourceNamedReach` tokens.
    private func namedSubjectComma(after source: Int, end: Int) -> Int? {
        var c = source
        while c < min(end, source + Self.citedSourceNamedReach) {
            if nameTokens.contains(c) || context.matchLength(.speechVerbs, at: c) != nil { return nil }
            if context.isComma(c), !commaNames.contains(c) { return nameTokens.contains(c + 1) ? c : nil }
            c += 1
        }
        return nil
    }

    /// «به گزارش خبرگزاری فارس از سنندج مهران تیشه‌گران دوشنبه شب …», «… به نقل از روابط عمومی شرکت آبفای استان زنجان
    /// علیرضا جزء‌قاسمی اظهار داشت»: a report opener that no comma closes before the speaker's name (the comma, if any,
    /// comes after the name) ends where the name begins. The first name after the opener's cue, with words only
    /// before it and not the object of «از» or «نقل از» (a source cited by name), starts the subject. In Fars News, 3 of
    /// the 7 leads whose office the next sentence's speaker was not given to open their second sentence so.
    private func nameClosingOpener(from k: Int, before limit: Int) -> Int? {
        guard !nameTokens.isEmpty else { return nil }
        var t = k + 2
        while t < limit {
            // A word a speaker's name is followed by («در», «با», «امروز», «دوشنبه») is the clause's own: a name after it
            // («… مهران تیشه‌گران دوشنبه شب در مراسم … شهید شاهرخ شکوهی») is inside the clause, not its subject.
            guard context.isWord(t) || context.kinds[t] == .number, context.matchLength(.speechVerbs, at: t) == nil,
                  !context.lists(.speakerFollowers, t) else { return nil }
            if nameTokens.contains(t), !nameTokens.contains(t - 1) {
                // Right after «از» («… به نقل از علی احمدی، …») the name is the source cited, not the subject.
                return context.isKey(t - 1, "از") ? nil : t
            }
            t += 1
        }
        return nil
    }

    func subjectStart(_ sentence: Sentence) -> Int {
        if sentence.index >= 0, sentence.index < subjectStarts.count, subjectStarts[sentence.index].tokens == sentence.tokens {
            return subjectStarts[sentence.index].start
        }
        return readSubjectStart(sentence)
    }

    /// `subjectStart` read on the tokens.
    private func readSubjectStart(_ sentence: Sentence) -> Int {
        let end = sentence.tokens.upperBound
        var k = sentence.tokens.lowerBound
        // «این گزارش حاکی است: X …», «… تصریح شد: X، Y و Z … دیدار و …»: the narration after a report phrase's colon
        // holds the subject (`DocumentContext.narrationColons`).
        if sentence.index >= 0, sentence.index < context.narrationColons.count, context.narrationColons[sentence.index] >= 0,
           context.narrationColons[sentence.index] < end {
            k = context.narrationColons[sentence.index] + 1
        }
        var passes = 0
        while k < end, passes < 6 {
            passes += 1
            if context.kinds[k] == .punctuation || context.kinds[k] == .symbol { k += 1; continue }
            // A desk label with its reporter's byline («گروه حوادث - مهدیه مصطفایی: …») is read before the datelines:
            // its one dash would otherwise pass for a one-place dateline's and leave the reporter's name as the subject.
            if k == sentence.tokens.lowerBound, let colon = deskLabelColon(at: k, end: end) { k = colon + 1; continue }
            // Dateline: two dashes within the first eight tokens.
            if k == sentence.tokens.lowerBound {
                let dashes = (k..<min(end, k + 8)).filter { context.isPunctuation($0, "–-—|") }
                // Not «ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- …»: a given name opening two words or more before the
                // first of two dashes is a person set off with an apposition between them (`LeadPrefix`).
                let apposition = dashes.count >= 2 && dashes[0] - k >= 2 && context.matchLength(.givenNames, at: k) != nil
                if dashes.count >= 2, !apposition { k = dashes[1] + 1; continue }
                if dashes.count == 1, context.isPunctuation(dashes[0], "|") { k = dashes[0] + 1; continue }
                // «تهران - X …»: a dateline of one place word or two before a single dash. Not «نوري مالكي - نخست وزير
                // جديد عراق … با جلال طالباني … ديدار كرد»: a given name or a title first is a person set off by the dash of
                // apposition Hamshahri writes, the clause's subject (60 sentences of the two dev corpora open «NAME -
                // office»; no dateline opens with a given name).
                if dashes.count == 1, dashes[0] > k, dashes[0] - k <= 2,
                   context.matchLength(.givenNames, at: k) == nil, context.matchLength(.titles, at: k) == nil,
                   context.matchLength(.publicFigures, at: k) == nil { k = dashes[0] + 1; continue }
            }
            if let opener = context.match(.reportOpeners, at: k) {
                if opener.entry["until"] == "colon" {
                    // «گروه سیاسی: …»: a desk label ends at its colon; without one it is no label.
                    guard k == sentence.tokens.lowerBound, let colon = deskLabelColon(at: k, end: end) else { break }
                    k = colon + 1; continue
                }
                let comma = openerComma(from: k, end: end)
                if let name = nameClosingOpener(from: k, before: comma ?? min(end, k + Self.citedSourceReach)) { k = name; break }
                if let comma { k = comma + 1; continue }
                break
            }
            // «در آغاز نشست ،», «در پایان مراسم،»: a part of an event and its noun, closed by a comma.
            if context.lists(.locativePrepositions, k), let comma = frontedEventComma(after: k, end: end) { k = comma + 1; continue }
            if let d = context.clauseMarkerLength(at: k) { k += d; continue }
            if context.lists(.locativePrepositions, k) {
                // «در ابتدای/ادامه این جلسه،»
                let window = (k + 1)..<min(end, k + 5)
                if let t = window.first(where: { context.matchLength(.meetingTriggers, at: $0) != nil }),
                   context.isDeicticDeterminer(t - 1) {
                    k = t + (context.matchLength(.meetingTriggers, at: t) ?? 1)
                    continue
                }
            }
            break
        }
        return k
    }

    /// «در آغاز نشست ،», «در پایان مراسم، …», «در حاشیه این همایش،»: the comma after «در», at most one marker of a
    /// part of the event or of sequence that starts with it (discourse-markers.txt: «در آغاز», «در پایان», «در حاشیه»)
    /// or a demonstrative, and a meeting noun (a trigger of meeting-frames.txt) right after them: the fronted setting
    /// of the clause, which the subject follows. Nil when another word stands between («در آغاز نشست خبری امروز،» is
    /// read as before).
    private func frontedEventComma(after k: Int, end: Int) -> Int? {
        var j = k + 1
        if let marker = context.match(.discourseMarkers, at: k) { j = k + marker.length }
        if j < end, context.isDeicticDeterminer(j) { j += 1 }
        guard j < end, let trigger = context.matchLength(.meetingTriggers, at: j) else { return nil }
        j += trigger
        return j < end && context.isComma(j) ? j : nil
    }

    /// The colon closing the desk label (report-openers.txt `until=colon`: «گروه سیاسی:», «گروه حوادث - مهدیه
    /// مصطفایی:») that opens the sentence at `k`, or nil when no such label opens it.
    private func deskLabelColon(at k: Int, end: Int) -> Int? {
        guard let opener = context.match(.reportOpeners, at: k), opener.entry["until"] == "colon",
              let colon = (k..<min(end, k + DocumentContext.deskLabelWords + DocumentContext.bylineWords + 1)).first(where: { context.isPunctuation($0, ":") }),
              DocumentContext.endsDeskLabel(colon: colon, start: k, isDash: { LeadPrefix.dashes.contains(context.token($0).normalized) },
                                            isVerb: { DocumentContext.isVerb(context.keys[$0], context.rules) }) else { return nil }
        return colon
    }

    /// True when a speech verb follows `from` in the sentence, before any quoted speech.
    func reportsSpeech(_ sentence: Sentence, from: Int) -> Bool {
        speechVerb(sentence, from: from) != nil
    }

    /// The entry of the first speech verb after `from` in the sentence, before any quoted speech
    /// (`plural=yes` on «گفتند» tells a plural subject).
    func speechVerb(_ sentence: Sentence, from: Int) -> LexiconEntry? {
        let limit = min(sentence.tokens.upperBound, context.quoteStart[min(from, context.tokenCount - 1)] + 1)
        var k = from
        while k < limit {
            if let m = context.match(.speechVerbs, at: k) { return m.entry }
            k += 1
        }
        return nil
    }

    /// Where the meeting frames stop reading the sentence: its quoted speech is never read (a speaker's views, plans
    /// and hopes are no report of a meeting), unless the quotation opens with the speaker's account of a meeting
    /// (`reportsOwnMeeting`), which is read to the sentence's end.
    /// `readsQuote` false keeps every quotation unread (the meeting detector's speaker is no named person).
    func meetingLimit(_ sentence: Sentence, readsQuote: Bool = true) -> Int {
        let quote = min(sentence.tokens.upperBound, context.quoteStart[sentence.tokens.lowerBound])
        return readsQuote && quote < sentence.tokens.upperBound && reportsOwnMeeting(colon: quote, sentence) ? sentence.tokens.upperBound : quote
    }

    /// «X گفت: در جلسه‌ای که با وزیر ارشاد داشتیم، …», «… افزود: در دیدار با کمیسیونر میراث فرهنگی و … گفت‌وگو شد»,
    /// «… گفت: در این جلسه … با حضور استاندار و … بررسی شد»: the quotation opens with «در» (a demonstrative, or the
    /// noun glued to it, may follow) and a meeting noun (a trigger of meeting-frames.txt): the speaker tells of a meeting,
    /// which the frames read as they read one reported in the narration, the speaker being the sentence's subject.
    /// Only a meeting's or a council's noun (meeting-frames.txt `kind=meeting`, `kind=council`). A match («در دیدار
    /// مقابل …», «به مصاف …») or an event to come is cancelled as in the narration: `cancelsMeeting` reads the sense and
    /// plan cues of non-meeting-cues.txt in such a quotation too. In the two dev corpora: 34 records, 6 met pairs, all
    /// right (round 30).
    private func reportsOwnMeeting(colon: Int, _ sentence: Sentence) -> Bool {
        var j = colon + 1
        let end = sentence.tokens.upperBound
        guard j < end else { return false }
        if context.isGluedLocativeDeictic(j) { j += 1 } else {
            guard context.lists(.locativePrepositions, j) else { return false }
            j += 1
            if j < end, context.isDeicticDeterminer(j) { j += 1 }
        }
        // A meeting or a council's session only: a ceremony, a visit or a press conference the speaker tells of is an
        // event he spoke at or about («در آیین، دین و استراتژی امنیتی ما …» is no ceremony at all).
        guard j < end, let trigger = context.match(.meetingTriggers, at: j), let frame = trigger.entry["frame"].flatMap({ context.frames[$0] }),
              frame.kind == .meeting || frame.kind == .council else { return false }
        return true
    }

    /// True when a non-meeting cue (a plan, an absence) occurs in the sentence before quoted speech (or in a
    /// quotation that tells of a meeting, `meetingLimit`).
    func cancelsMeeting(_ sentence: Sentence, readsQuote: Bool = true) -> Bool {
        !cancellingCues(sentence, readsQuote: readsQuote).isEmpty
    }

    /// True when every cue that cancels the sentence's meetings cancels them alone (non-meeting-cues.txt `scope=own`:
    /// the bare future auxiliary). Such a sentence tells of no meeting, but its speaker may still join one reported
    /// before («X نیز با اشاره به اینکه دو مدرسه … فعالیت خواهند کرد، … عنوان کرد»: the future is the schools').
    func cancelsOwnSentenceOnly(_ sentence: Sentence, readsQuote: Bool = true) -> Bool {
        let cues = cancellingCues(sentence, readsQuote: readsQuote)
        return !cues.isEmpty && cues.allSatisfy { context.match(.nonMeetingCues, at: $0)?.entry["scope"] == "own" }
    }

    /// «X که در این دیدار شرکت داشت گفت، دیدار امروز … برگزار خواهد شد», «ژاک شیراک نیز در دیدار با کوفی عنان …
    /// خاطرنشان کرد که … قرار خواهد داد»: the sentence's speech verb, followed by a comma or «که», opens the reported
    /// clause; when every cue that cancels the sentence's meetings stands in that clause and a meeting's trigger stands
    /// before the verb, the plan is the speaker's words, not the meeting he took part in. The frames read the sentence up
    /// to the verb (the returned token). nil when a cue stands before it, or no such verb or trigger does.
    func reportedClauseHoldingCues(_ sentence: Sentence, readsQuote: Bool = true) -> Int? {
        let cues = cancellingCues(sentence, readsQuote: readsQuote)
        guard let first = cues.min() else { return nil }
        var j = first - 1
        while j > sentence.tokens.lowerBound {
            // Hamshahri often writes no comma: the reported clause follows the verb right away («… گفت فرانسه تصمیم
            // گرفته است …»); not «و» («گفت و گو» is a meeting's noun, «گفت و افزود» two verbs).
            if let n = context.matchLength(.speechVerbs, at: j), j + n < first,
               context.isComma(j + n) || context.isWord(j + n) && !context.isAnd(j + n) && context.match(.meetingTriggers, at: j) == nil {
                let head = sentence.tokens.lowerBound..<j
                return head.contains(where: { context.match(.meetingTriggers, at: $0) != nil }) ? j : nil
            }
            j -= 1
        }
        return nil
    }

    /// The tokens of the sentence (before its unread quotation) where a cue cancels its meetings.
    private func cancellingCues(_ sentence: Sentence, readsQuote: Bool) -> [Int] {
        let limit = meetingLimit(sentence, readsQuote: readsQuote)
        return (sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit)).filter { k in
            guard context.match(.nonMeetingCues, at: k).map({ !NonMeetingCue.keepsMeeting($0.entry["kind"]) }) ?? false else { return false }
            return !planInRelativeClause(at: k, limit: limit)
        }
    }

    /// «۷ نهاد پولی و مالی جدید که قرار است … تاسیس شوند، دیروز در همایشی با حضور … معرفی شدند»: a plan cue inside a
    /// relative clause («که» before it, no punctuation between) that a comma closes, with a meeting trigger after the
    /// comma, plans what the clause is about, not the meeting the main clause reports.
    private func planInRelativeClause(at k: Int, limit: Int) -> Bool {
        guard context.match(.nonMeetingCues, at: k)?.entry["kind"] == "plan" else { return false }
        let start = context.sentenceStart(k)
        var j = k - 1
        while j >= start, context.isWord(j), !context.isKey(j, "که") { j -= 1 }
        guard j >= start, context.isKey(j, "که") else { return false }
        guard let comma = (k..<limit).first(where: { context.isPunctuation($0, "،,؛.:!?؟()«»\"") }), context.isComma(comma),
              ((comma + 1)..<limit).contains(where: { context.match(.meetingTriggers, at: $0) != nil }) else { return false }
        // The main clause reports the event as held: its last word a past verb (stop-words.txt `past=yes`: «… معرفی
        // شدند»), not a plan of its own («مرکل، … که قرار است به مسکو سفر کند، احتمالا در دیدار با پوتین … تحت فشار
        // بگذارد») nor a future («… خواهد شد»).
        guard let last = (k..<limit).last(where: { context.isWord($0) }), last > comma else { return false }
        return context.match(.stopWords, at: last)?.entry["past"] == "yes" && !context.isKey(last - 1, "خواهد")
    }
}
