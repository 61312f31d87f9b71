/// The news items of a text. A bulletin page («خبر», a roundup of a desk) runs several short items one after
/// another in one record, each opened by its own headline line («دبیر شورای عالی امنیت ملی به سؤالات
/// خبرنگاران پاسخ می‌دهد») or set off by a separator line («***»); a long report marks its separate events the
/// same way. A meeting's participants stop at its item: a later sentence's speaker («X نیز … گفت») or a
/// back-reference («در این نشست») joins only a meeting of the same item (`MeetingDetector`).
///
/// An item opens at a line that is
/// - a headline: a content line of one sentence, of at most `headline-words` words (phrase-limits.txt),
///   ending without sentence-final punctuation or a colon («وی گفت:» opens a quotation, not an item), whose
///   next line opens with a dateline or agency prefix («ایسنا:», `LeadPrefix`): a new report. A crosshead of
///   one report («ضرورت همکاری شهرداری‌ها با دولت» before «فرماندار نیز در این نشست گفت») is followed by
///   the report's own text and opens no item (a bare headline rule cut the seeds' meetings at crossheads);
/// - a separator: a line of punctuation or symbols only («***», «---»);
/// - a speaker's crosshead in a roundup of statements: «جعفری: اصلاح‌طلبان …» (`isSpeakerCrosshead`).
/// Both are read off the shape of the text, never off a site. The first item is 0; items only grow.
struct NewsItems {
    /// The item of each sentence, by sentence index.
    let item: [Int]

    init(context: DocumentContext) {
        let sentences = context.text.sentences
        var item = [Int](repeating: 0, count: sentences.count)
        var current = 0
        for i in sentences.indices {
            if Self.opensItem(i, context) { current += 1 }
            item[i] = current
        }
        self.item = item
    }

    /// The number of items that hold content sentences: a headline opening the text starts no second item.
    func count(_ text: AnalyzedText) -> Int {
        Set(text.sentences.filter(\.isContent).map { item[$0.index] }).count
    }

    /// True when sentences `a` and `b` (indices) are in the same item.
    func same(_ a: Int, _ b: Int) -> Bool { item[a] == item[b] }

    /// True when sentence `i` is a line of its own that is a headline or a separator.
    static func opensItem(_ i: Int, _ context: DocumentContext) -> Bool {
        let sentences = context.text.sentences
        let s = sentences[i]
        guard !s.tokens.isEmpty, i == 0 || sentences[i - 1].paragraph != s.paragraph,
              i + 1 == sentences.count || sentences[i + 1].paragraph != s.paragraph else { return false }
        let kinds = s.tokens.map { context.token($0).kind }
        if s.boilerplate == .noWords { return kinds.allSatisfy { $0 == .punctuation || $0 == .symbol } }
        guard s.isContent else { return false }
        if isSpeakerCrosshead(i, context) || isListedTitle(i, context) { return true }
        let words = kinds.filter { $0 != .punctuation && $0 != .symbol }.count
        guard words > 0, words <= context.limits.headlineWords else { return false }
        let last = s.tokens.upperBound - 1
        guard !SentenceSplitter.isTerminal(context.token(last)), !context.isPunctuation(last, ":") else { return false }
        return i + 1 < sentences.count && sentences[i + 1].boilerplate == .dateline
    }

    /// «- وزیر صنایع و معادن: …» on a line of its own opening with a bullet mark, next to another such line: one
    /// title of a roundup that lists titles one a line («مهمترین عناوین خبری روزنامه‌ها»), each a report of its own.
    /// A bulleted crosshead between paragraphs of one report («* راهکارهای جبران کسری بودجه») has no bulleted
    /// line beside it and opens no item.
    static func isListedTitle(_ i: Int, _ context: DocumentContext) -> Bool {
        let sentences = context.text.sentences
        func bulleted(_ k: Int) -> Bool {
            guard k >= 0, k < sentences.count, let first = sentences[k].tokens.first,
                  k == 0 || sentences[k - 1].paragraph != sentences[k].paragraph,
                  k + 1 == sentences.count || sentences[k + 1].paragraph != sentences[k].paragraph else { return false }
            return context.isPunctuation(first, "-*•–")
        }
        return bulleted(i) && (bulleted(i - 1) || bulleted(i + 1))
    }

    /// «جعفری: اصلاح‌طلبان … / …» on a line of its own, after a paragraph that ended a sentence: the crosshead of
    /// one speaker's section in a roundup of statements or interviews, each speaker quoted apart (no one is said
    /// to meet). One to three words before the colon, none a speech verb («وی افزود:» opens a quotation) or a
    /// report opener («گروه سیاسی:»), and words after it that end in no sentence-final mark; or the name and
    /// its colon alone, the quote on the next line («آلیا:»).
    static func isSpeakerCrosshead(_ i: Int, _ context: DocumentContext) -> Bool {
        let sentences = context.text.sentences
        guard i > 0, let previous = sentences[i - 1].tokens.last, SentenceSplitter.isTerminal(context.token(previous)) else { return false }
        let s = sentences[i].tokens
        guard let colon = s.prefix(4).first(where: { context.isPunctuation($0, ":") }), colon > s.lowerBound,
              colon + 1 == s.upperBound || (context.isWord(colon + 1) && !SentenceSplitter.isTerminal(context.token(s.upperBound - 1))),
              context.match(.reportOpeners, at: s.lowerBound) == nil else { return false }
        return (s.lowerBound..<colon).allSatisfy { context.isWord($0) && context.matchLength(.speechVerbs, at: $0) == nil && !context.isStopWord($0) }
    }
}
