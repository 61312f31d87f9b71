/// «… سهام شرکت های سرمایه گذاری صنعت بیمه، معادن و فلزات، ایران خودرو دیزل، سرمایه گذاری مسکن، … و سیمان تهران …»:
/// a stock page names companies by their short names in a list after the plural of «شرکت». A name alone («بوعلی»,
/// «صدرا», «پارس خودرو») is a body only because the list says so, and the list says so only when one of its items is
/// a body the lexicons name (a listed company of the Tehran Stock Exchange, named-institutions.txt).
extension MentionScanner {
    /// Reads the items of a list opened by the plural of a head marked `lists=members` in institution-heads.txt
    /// («شرکت‌های», «شرکت های»), when at least three items stand there and one of them is a listed body: each item a
    /// comma closes on both sides (the first opens right after the head) is a body (`institution.list-member`). The
    /// item after the last comma is left out: «و» may end the list or stand inside a name («معادن و فلزات»), and the
    /// words after the last name run on into the sentence («… و ایتالران باز شد»). An item is one to four words, none a
    /// stop word, a number or a plural, not a place alone and not a word a name, an office or a group claimed.
    func readListedMembers(in found: inout RecognizedMentions) {
        var listed: [Int: InstitutionSpan] = [:]
        for inst in found.institutions where inst.rule == RuleID.institutionNamed.rawValue { listed[inst.tokens.lowerBound] = inst }
        guard !listed.isEmpty else { return }
        // Only the sentences that hold a listed body are read: the list needs one among its items, and reading every
        // token of every document for a head cost more than the rest of the rule (`didar bench --stage extract`).
        let sentences = Set(listed.keys.map { context.sentenceOfToken[$0] }).sorted()
        for s in sentences {
            let sentence = context.text.sentences[s]
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard context.isContent[i], let (head, start) = pluralListHead(at: i) else { i += 1; continue }
                let end = context.sentenceEnd(i)
                var items: [Range<Int>] = []
                var k = start
                // Items a comma closes: the list goes on while a comma follows an item.
                while k < end {
                    var e = k
                    // «و» inside an item («معادن و فلزات») but not opening one, nor right before a comma.
                    while e < end, e - k < 4, !context.isComma(e), context.isWord(e),
                          !context.isAnd(e) || e > k && e + 1 < end && !context.isComma(e + 1) { e += 1 }
                    guard e > k, e < end, context.isComma(e) else { break }
                    items.append(k..<e)
                    k = e + 1
                }
                i = max(i + 1, k)
                // Two items a comma closes and the one after the last comma: three at least.
                guard items.count >= 2,
                      items.contains(where: { item in listed[item.lowerBound].map { $0.tokens == item } == true }) else { continue }
                for item in items where listed[item.lowerBound] == nil && isMemberName(item, in: found) {
                    found.institutions.append(InstitutionSpan(tokens: item, name: context.text(tokens: item),
                                                              key: PersianNormalizer.key(head.entry["canonical"] ?? head.entry.surface) + "/" + item.map { context.key($0) }.joined(),
                                                              gloss: head.entry["gloss"] ?? "", complete: true, implied: false, place: nil,
                                                              rule: RuleID.institutionListMember.rawValue, source: head.entry.source))
                }
            }
        }
    }

    /// «… و توسعه صنایع بهشهر، سرمایه گذاری بازنشستگی، البرز، پارس خودرو، ایران خودرو و …»: a stock page's list with no
    /// head before it. A run of items closed by commas on both sides holds bodies when two of the run's items (its edges
    /// too, where the first opens after the sentence's start or a comma and the last closes before «و» or a period) are
    /// listed bodies read whole: each item between two commas is then a body too, as under `readListedMembers`.
    func readHeadlessListedMembers(in found: inout RecognizedMentions) {
        var listed: [Int: InstitutionSpan] = [:]
        for inst in found.institutions where inst.rule == RuleID.institutionNamed.rawValue || inst.rule == RuleID.institutionListMember.rawValue {
            listed[inst.tokens.lowerBound] = inst
        }
        var perSentence: [Int: Int] = [:]
        for start in listed.keys { perSentence[context.sentenceOfToken[start], default: 0] += 1 }
        let already = Set(found.institutions.map(\.tokens))
        for (s, n) in perSentence.sorted(by: { $0.key < $1.key }) where n >= 2 {
            let sentence = context.text.sentences[s]
            let commas = sentence.tokens.filter { context.isComma($0) }
            guard commas.count >= 2 else { continue }
            // Runs of consecutive commas whose gaps are items of one to four words.
            var run: [Int] = [commas[0]]
            func readRun() {
                guard run.count >= 2 else { return }
                var items: [Range<Int>] = []
                for (a, b) in zip(run, run.dropFirst()) { items.append((a + 1)..<b) }
                // Edges: the listed body right before the first comma and right after the last.
                var listedCount = items.filter { item in listed[item.lowerBound].map { $0.tokens == item } == true }.count
                if let before = listed.values.first(where: { $0.tokens.upperBound == run[0] }), before.tokens.lowerBound >= sentence.tokens.lowerBound { listedCount += 1 }
                if listed[run[run.count - 1] + 1] != nil { listedCount += 1 }
                guard listedCount >= 2 else { return }
                let gloss = Set(listed.values.filter { $0.tokens.lowerBound >= sentence.tokens.lowerBound && $0.tokens.upperBound <= sentence.tokens.upperBound }.map(\.gloss))
                for item in items where listed[item.lowerBound] == nil && !already.contains(item) && isMemberName(item, in: found)
                    && !isEverydayItem(item) {
                    found.institutions.append(InstitutionSpan(tokens: item, name: context.text(tokens: item),
                                                              key: item.map { context.key($0) }.joined(),
                                                              gloss: gloss.count == 1 ? gloss.first! : "institution", complete: true, implied: false, place: nil,
                                                              rule: RuleID.institutionListMember.rawValue, source: nil))
                }
            }
            for c in commas.dropFirst() {
                let gap = (run[run.count - 1] + 1)..<c
                if gap.count >= 1, gap.count <= 4, gap.allSatisfy({ context.isWord($0) && !context.isAnd($0) }) {
                    run.append(c)
                } else {
                    readRun(); run = [c]
                }
            }
            readRun()
        }
    }

    /// An item a list with no head does not vouch for: an everyday word or phrase written whole («روستایی», «آزمایش»,
    /// «سرمایه‌گذاری» alone), a given name alone («پیام»), or a body's head or an office's modifier alone («شهرداری»,
    /// «انتظامی»): a stock page's list has a name there, a list of anything else a word.
    private func isEverydayItem(_ item: Range<Int>) -> Bool {
        let key = item.map { context.key($0) }.joined()
        if context.rules.entry(.everydayWords, key: key) != nil || context.rules.entry(.nonNameWords, key: key) != nil && item.count > 1 { return true }
        if item.count == 1, context.matchLength(.givenNames, at: item.lowerBound) == 1 || context.matchLength(.roleModifiers, at: item.lowerBound) == 1 { return true }
        if let head = phrases.institutionHead(at: item.lowerBound), head.length == item.count { return true }
        return false
    }

    /// The head and the first token after its plural at `i`: the plural glued («شرکت‌های», «شرکتهای») or written apart
    /// («شرکت های»), of a head marked `lists=members`.
    private func pluralListHead(at i: Int) -> (head: (length: Int, entry: LexiconEntry), start: Int)? {
        if let head = context.match(.institutionHeads, at: i), head.entry["lists"] == "members" {
            return context.isPluralWrittenApart(i + head.length) ? (head, i + head.length + 1) : nil
        }
        guard let head = phrases.institutionHead(at: i), head.length == 1, head.entry["lists"] == "members",
              context.key(i) != head.entry.key else { return nil }
        return (head, i + 1)
    }

    /// True when the words of `item` may be a body's short name: words only, no stop word, number or plural, not a
    /// place alone, and none a name, an office, a group or an outlet the scanner read (a place inside is a word of the
    /// name: «سیمان تهران»).
    private func isMemberName(_ item: Range<Int>, in found: RecognizedMentions) -> Bool {
        let taken = found.names.map(\.tokens) + found.roles.map(\.tokens) + found.groups.map(\.tokens) + found.media.map(\.tokens)
        guard item.allSatisfy({ context.isWord($0) && !context.isStopWord($0) && !context.isGluedPlural($0) && !context.isPluralWrittenApart($0) }),
              !taken.contains(where: { $0.overlaps(item) }) else { return false }
        if let p = phrases.places.place(at: item.lowerBound), p.tokens == item { return false }
        return true
    }
}
