/// A place name found at a token: its length in tokens, level, text as written and key.
typealias PlaceName = (length: Int, level: String, name: String, key: String)

/// What `DocumentContext` remembers of `PlaceRecognizer.placeName` at a token.
enum PlaceNameMemo {
    case unknown
    case known(PlaceName?)
}

/// Finds place phrases: «استان قم», «شهرستان ری», «رشت», «منطقه 20», «این شهرستان».
///
/// Rule ids: `place.prefix-name`, `place.name`, `place.district-number`, `place.deictic`, `place.bare-prefix`.
struct PlaceRecognizer {
    let context: DocumentContext
    /// The article's own places, which deictic phrases stand for.
    var article: ArticlePlaces

    static let nameLexicons: [(lexicon: RuleLexicon, level: String)] = [
        // A county is named after its seat city: a bare county name leaves the level to the office before it.
        (.placeNames, "any"), (.provinces, "province"), (.counties, "any"),
        (.countries, "country"), (.worldCapitals, "city"),
    ]

    /// The place-name lexicons as one mask of `RuleLexicon.bit`s.
    static let nameLexiconMask = nameLexicons.reduce(UInt64(0)) { $0 | $1.lexicon.bit }

    /// The longest place name at `i` with its level; a name listed at two levels has level `any`.
    func placeName(at i: Int, allowAmbiguous: Bool) -> PlaceName? {
        // Asked at nearly every token: most words start no place name at all.
        guard context.mayMatch(Self.nameLexiconMask, at: i) else { return nil }
        // The answer depends on the token alone (not on the article's places): the article's places are read
        // over the whole document first, then every phrase that may end in a place asks again at the same tokens.
        if case .known(let answer) = context.placeNameMemo(at: i, allowAmbiguous: allowAmbiguous) { return answer }
        let answer = findPlaceName(at: i, allowAmbiguous: allowAmbiguous)
        context.rememberPlaceName(answer, at: i, allowAmbiguous: allowAmbiguous)
        return answer
    }

    private func findPlaceName(at i: Int, allowAmbiguous: Bool) -> PlaceName? {
        // The text and key are made for the winner only, not for every lexicon that lists the word.
        var best: (length: Int, level: String, entry: LexiconEntry)?
        for (lexicon, level) in Self.nameLexicons {
            guard let m = context.match(lexicon, at: i) else { continue }
            if m.entry["ambiguous"] == "yes" && !allowAmbiguous { continue }
            // Keys drop spaces, so a name written as one word matches its parts written apart («کرمان شاه»), but
            // not a function word or a pronoun among them: «با وی» (with him) is no county «باوی» (56 times in the
            // two dev corpora, each a place node and a meeting's «where»).
            if m.length > 1, m.entry.wordCount == 1,
               (i..<(i + m.length)).contains(where: { context.isStopWord($0) || context.lists(.pronouns, $0) }) { continue }
            let entryLevel = lexicon == .placeNames ? (m.entry["level"] ?? "any") : level
            if let b = best, b.length > m.length { continue }
            if let b = best, b.length == m.length {
                if b.level != entryLevel { best?.level = "any" }
                continue
            }
            best = (m.length, entryLevel, m.entry)
        }
        guard let best else { return nil }
        let canonical = best.entry["canonical"].map(PersianNormalizer.key) ?? best.entry.key
        return (best.length, best.level, context.text(tokens: i..<(i + best.length)), canonical)
    }

    /// A place phrase starting at `i`. A bare prefix («استان») is accepted only when `allowBarePrefix`
    /// (after a role or institution head), and stands for the article's place of that level.
    func place(at i: Int, allowBarePrefix: Bool = false) -> PlaceSpan? {
        guard i < context.tokenCount, context.isContent[i] else { return nil }
        let end = context.sentenceEnd(i)
        // «این استان», «همین شهرستان»
        if context.isDeicticDeterminer(i), i + 1 < end, let p = context.match(.placePrefixes, at: i + 1),
           let level = p.entry["level"], let resolved = article.place(level: level) {
            let prefixEnd = i + 1 + p.length
            return PlaceSpan(tokens: i..<prefixEnd, level: level, name: resolved.name, nameKey: resolved.key,
                             prefix: context.text(tokens: (i + 1)..<prefixEnd), deictic: true, rule: RuleID.placeDeictic.rawValue)
        }
        if let p = context.match(.placePrefixes, at: i), let level = p.entry["level"] {
            let j = i + p.length
            let prefix = context.text(tokens: i..<j)
            if j < end, let n = placeName(at: j, allowAmbiguous: true) {
                return PlaceSpan(tokens: i..<(j + n.length), level: level, name: n.name, nameKey: n.key,
                                 prefix: prefix, deictic: false, rule: RuleID.placePrefixName.rawValue)
            }
            if level == "district", j < end, context.token(j).kind == .number {
                return PlaceSpan(tokens: i..<(j + 1), level: "district", name: context.text(tokens: j..<(j + 1)),
                                 nameKey: "\(context.key(i))\(context.key(j))", prefix: prefix, deictic: false, rule: RuleID.placeDistrictNumber.rawValue)
            }
            // «شهردار منطقه یک», «شهرداری منطقه چهار تهران»: a number word (district-numbers.txt) names the district as
            // its digits do, and keys the same («منطقه یک» is «منطقه 1»). Not a count: «در هر منطقه دو یا سه مشاور» (count-connectives.txt).
            if p.entry["numbered"] == "words", j < end, let n = context.match(.districtNumbers, at: j), let value = n.entry["value"],
               j + n.length >= end || context.match(.countConnectives, at: j + n.length) == nil {
                return PlaceSpan(tokens: i..<(j + n.length), level: "district", name: context.text(tokens: j..<(j + n.length)),
                                 nameKey: "\(context.key(i))\(value)", prefix: prefix, deictic: false, rule: RuleID.placeDistrictNumber.rawValue)
            }
            if level == "national" || p.entry.key == "کشور" {
                return PlaceSpan(tokens: i..<j, level: "national", name: prefix, nameKey: p.entry.key, prefix: nil, deictic: false, rule: RuleID.placeName.rawValue)
            }
            if allowBarePrefix, level == "province", let resolved = article.place(level: level) {
                return PlaceSpan(tokens: i..<j, level: level, name: resolved.name, nameKey: resolved.key,
                                 prefix: prefix, deictic: true, rule: RuleID.placeBarePrefix.rawValue)
            }
            return nil
        }
        // «مرکز بهداشت بم»: a name that is also a word (`ambiguous=yes`, «بم») is the place bare too in an article whose
        // county or province it is (`ArticlePlaces`: the first county and province the article names, the dateline's first).
        guard let n = placeName(at: i, allowAmbiguous: false)
                ?? placeName(at: i, allowAmbiguous: true).flatMap({ n in article.county?.key == n.key || article.province?.key == n.key ? n : nil })
        else { return nil }
        return PlaceSpan(tokens: i..<(i + n.length), level: n.level, name: n.name, nameKey: n.key,
                         prefix: nil, deictic: false, rule: RuleID.placeName.rawValue)
    }
}

/// The places an article is about, in order of first mention: what «این استان» and «این شهرستان» mean.
struct ArticlePlaces {
    var province: (name: String, key: String)?
    var county: (name: String, key: String)?
    var district: (name: String, key: String)?

    func place(level: String) -> (name: String, key: String)? {
        switch level {
        case "province": return province
        case "county", "city": return county
        case "district": return district
        default: return nil
        }
    }

    /// Reads the first province and county named in the content (dateline first).
    static func scan(_ context: DocumentContext) -> ArticlePlaces {
        var result = ArticlePlaces()
        let recognizer = PlaceRecognizer(context: context, article: ArticlePlaces())
        var order: [Int] = []
        if let r = context.text.metadata.datelineRange,
           let t = context.text.tokens.firstIndex(where: { $0.range.lowerBound >= r.lowerBound }) { order.append(t) }
        order.append(contentsOf: 0..<context.tokenCount)
        for i in order where context.isContent[i] && context.isWord(i) {
            guard let p = recognizer.place(at: i) else { continue }
            switch p.level {
            case "province":
                if result.province == nil { result.province = (p.name, p.nameKey) }
            case "county", "city":
                if result.county == nil { result.county = (p.name, p.nameKey) }
                if result.province == nil, let e = context.rules.entry(.counties, key: p.nameKey), let prov = e["province"] {
                    result.province = (prov, PersianNormalizer.key(prov))
                }
            case "any":
                if result.province == nil, context.rules.contains(.provinces, key: p.nameKey) { result.province = (p.name, p.nameKey) }
                if let county = context.rules.entry(.counties, key: p.nameKey) {
                    if result.county == nil { result.county = (p.name, p.nameKey) }
                    if result.province == nil, let prov = county["province"] { result.province = (prov, PersianNormalizer.key(prov)) }
                }
            case "district":
                if result.district == nil { result.district = (p.display, p.nameKey) }
            default: break
            }
            if result.province != nil && result.county != nil && result.district != nil { break }
        }
        return result
    }
}
