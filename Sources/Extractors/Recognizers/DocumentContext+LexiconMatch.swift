/// Asking the rule lexicons about tokens: the longest entry spelled at a token (remembered per token and
/// lexicon), the masks that turn most questions away, and the ezafe reading of a head.
extension DocumentContext {
    /// True when token `i`'s key ends in the last byte of some plural ending: the rules that try every ending
    /// on every word («…ها», «…ان») skip the words that can end in none.
    func mayEndInPluralSuffix(_ i: Int) -> Bool { mayBePlural[i] }

    /// The longest entry of a lexicon spelled by the tokens at `i`, within the sentence.
    @inline(__always)
    func match(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: LexiconEntry)? {
        guard let m = matchIndex(lexicon, at: i) else { return nil }
        return (m.length, rules.entry(lexicon, at: m.entry))
    }

    /// The length of `match(lexicon, at: i)`, for a rule that does not read the entry (copying an entry out
    /// retains its strings and attributes).
    @inline(__always)
    func matchLength(_ lexicon: RuleLexicon, at i: Int) -> Int? { matchIndex(lexicon, at: i)?.length }

    /// `match` as (length, entry number in the lexicon), remembered per token and lexicon.
    /// Inlined: the rules ask two million questions of 300 articles and nine in ten end at this mask test,
    /// where a call's prologue and epilogue cost as much as the test.
    @inline(__always)
    private func matchIndex(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: Int)? {
        guard i >= 0, i < tokenCount, matchable[i] & lexicon.bit != 0 else { return nil }
        return rememberedMatch(lexicon, at: i)
    }

    /// `matchIndex` past the mask test: the remembered answer, else the answer worked out and remembered.
    @inline(never)
    private func rememberedMatch(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: Int)? {
        let kind = kinds[i]
        guard kind == .word || kind == .number || kind == .latin else { return nil }
        // `matchIndex` let through only a lexicon of `matchable[i]`: its slot is counted among the token's.
        let slot = memoStart[i] + (matchable[i] & (lexicon.bit &- 1)).nonzeroBitCount
        let known = matchMemo[slot]
        if known != 0 { return known < 0 ? nil : (Int(known & 15), Int(known >> 4)) }
        var found: (length: Int, entry: Int)?
        // No entry of the lexicon goes on to the next word (`pairStartsEntryOf`): the word is read alone, the answer
        // the longest match reaches after hashing the next key to find that out.
        let limit = pairStartsEntryOf[i] & lexicon.bit != 0 ? sentenceEnd(i) : i + 1
        if startsEntryOf[i] & lexicon.bit != 0,
           let m = rules.longestMatchIndex(lexicon, keys: keys, at: i, limit: limit, firstHash: keyHashes[i]) {
            found = m
        } else if lexicon.takesEzafe, bareKeyOf[i] >= 0, let e = rules.entryIndex(lexicon, key: bareKeys[Int(bareKeyOf[i])].key,
                                                                                  hash: bareKeys[Int(bareKeyOf[i])].hash) {
            // The ezafe «ی» after a final vowel («سخنگوی دولت», «شورای شهر») is not part of the head.
            found = (1, e)
        }
        // `unless-next=` of speech-verbs.txt and stop-words.txt (deictic-determiners.txt's is read by GluedDeictic): a
        // verb of speech and the stop word «گفت» are no verb before «وگو», «و گو» (the noun «گفت‌وگو» written apart),
        // where «مرکز گفت وگوی ادیان» names a body. The phrases were split and keyed when the lexicons loaded
        // (`RuleLexiconTable.unlessNextPhrases`): an entry without them costs one dictionary look-up.
        if let m = found, lexicon == .speechVerbs || lexicon == .stopWords, let phrases = rules.unlessNextPhrases(lexicon, at: m.entry),
           startsAnyOf(phrases, at: i + m.length) {
            found = nil
        }
        matchMemo[slot] = found.map { Int32($0.entry << 4 | $0.length) } ?? -1
        return found
    }

    /// Do the words at `k` spell one of the phrases of an entry's `unless-next=` (speech-verbs.txt: «گفت» before
    /// «وگو», «و گو» is the noun «گفت‌وگو» Hamshahri writes apart, no verb)? Keys compared, as matching does.
    private func startsAnyOf(_ phrases: [[String]], at k: Int) -> Bool {
        phrases.contains { words in
            k + words.count <= tokenCount && words.indices.allSatisfy { keys[k + $0].sameBytes(words[$0]) }
        }
    }

    /// False when no lexicon of `mask` (`RuleLexicon.bit`s) has an entry starting with the word at `i`, so that
    /// a rule asking several lexicons about a word can skip them all at once (ezafe readings not included).
    func mayStartEntry(of mask: UInt64, at i: Int) -> Bool { i >= 0 && i < tokenCount && startsEntryOf[i] & mask != 0 }

    /// False when `match` finds nothing at `i` for every lexicon of `mask` (`matchable`, ezafe readings included):
    /// a word that is only the first bytes of some entry («آب» of «آبادان») is turned away too.
    func mayMatch(_ mask: UInt64, at i: Int) -> Bool { i >= 0 && i < tokenCount && matchable[i] & mask != 0 }

    /// True when a lexicon lists the word at `i` on its own (one token, exact key, no ezafe reading).
    func lists(_ lexicon: RuleLexicon, _ i: Int) -> Bool {
        i >= 0 && i < tokenCount && spelledEntryOf[i] & lexicon.bit != 0 && rules.entry(lexicon, key: keys[i], hash: keyHashes[i]) != nil
    }

    /// «سخنگوی» → «سخنگو»: a word ending in a vowel and the ezafe «ی».
    static func withoutEzafe(_ key: String) -> String? {
        // Read on the UTF-8 bytes (keys are normalized, every Persian letter two bytes): `String.hasSuffix` and
        // `count` would segment and normalize the text again, on every token of every document.
        let bytes = key.utf8
        let n = bytes.count
        guard n >= 4 else { return nil }
        // The last four bytes read in place (an `Array` of them was allocated for every token).
        let tail = bytes.withContiguousStorageIfAvailable { p in (p[n - 4], p[n - 3], p[n - 2], p[n - 1]) }
            ?? { let t = Array(bytes.suffix(4)); return (t[0], t[1], t[2], t[3]) }()
        // «ی» U+06CC = DB 8C, after «و» U+0648 = D9 88 or «ا» U+0627 = D8 A7; more than three letters.
        guard tail.3 == 0x8C, tail.2 == 0xDB, (tail.0 == 0xD9 && tail.1 == 0x88) || (tail.0 == 0xD8 && tail.1 == 0xA7),
              key.unicodeScalars.count > 3 else { return nil }
        return String(decoding: bytes.dropLast(2), as: UTF8.self)
    }

    /// True when token `i` is a plural ending written as a word of its own («شهرداری ها»), `apart=yes` in
    /// plural-suffixes.txt.
    func isPluralWrittenApart(_ i: Int) -> Bool {
        guard i >= 0, i < tokenCount, startsEntryOf[i] & RuleLexicon.pluralSuffixes.bit != 0 else { return false }
        return rules.entry(.pluralSuffixes, key: keys[i], hash: keyHashes[i])?["apart"] == "yes"
    }

    /// True when token `i` is the ending of the word before it written as a word of its own: a plural ending
    /// (`isPluralWrittenApart`: «استان های») or another ending after the letter its entry names
    /// (endings-apart.txt: «منطقه ای», «حرفه ای»), with a space or a non-breaking space between, no punctuation.
    func isEndingWrittenApart(_ i: Int) -> Bool {
        guard i > 0, i < tokenCount, isWord(i - 1), onlySpaceBetween(i - 1, i) else { return false }
        if isPluralWrittenApart(i) { return true }
        guard startsEntryOf[i] & RuleLexicon.endingsApart.bit != 0,
              let after = rules.entry(.endingsApart, key: keys[i], hash: keyHashes[i])?["after"] else { return false }
        return keys[i - 1].hasKeySuffix(PersianNormalizer.key(after))
    }
}
