/// A place found in the text: «استان قم», «رشت», «منطقه 20», or a deictic «این شهرستان».
struct PlaceSpan: Hashable {
    var tokens: Range<Int>
    /// Level the text gives the place: province, county, city, district, village, country, metro, national, any.
    var level: String
    /// The place name without its prefix, as written («قم»); for a deictic, the article's place it stands for.
    var name: String
    /// Key of `name`.
    var nameKey: String
    /// The prefix as written («استان»), if any.
    var prefix: String?
    /// True for «این استان» or a bare «استان»: the name was filled in from the article.
    var deictic: Bool
    var rule: String

    /// Display form: prefix and name («استان قم»).
    var display: String { prefix.map { "\($0) \(name)" } ?? name }
    /// Key that identifies the place at a level: the head's level fills in when the text gives none.
    func key(level fallback: String?) -> String {
        let l = level == "any" ? (fallback ?? "any") : level
        return "\(l):\(nameKey)"
    }
}

/// An institution phrase: head, qualifiers and a complement («سازمان همیاری شهرداری‌های استان قم»).
struct InstitutionSpan: Hashable {
    var tokens: Range<Int>
    /// Display name: the text as written, with a deictic place replaced by the place it stands for.
    var name: String
    /// Grouping key: canonical head + qualifiers + place key.
    var key: String
    var gloss: String
    /// True when the phrase names one institution by itself (a place, an eponym, or a listed name).
    var complete: Bool
    /// True when only a role implied it (شهردار رشت → شهرداری رشت); never a mention of its own.
    var implied: Bool
    var place: PlaceSpan?
    var rule: String
    /// True for a bare head marked `completes=yes` («مجلس»): it says which office a role holds
    /// («نایب رئیس مجلس») without being an institution mention of its own.
    var completesRole = false
    /// True for a head and its qualifiers read to where a phrase ends, every word read (not cut by the bound or
    /// by a word the reader could not take): an office before it vouches for it as a body (`institution.office-body`).
    var readWhole = false
    /// `file:line` of the lexicon entry that named it (a listed institution or the head), when one did.
    var source: String?
}

/// What completes a role head.
indirect enum RoleComplement: Hashable {
    case place(PlaceSpan)
    case institution(InstitutionSpan)
    case role(RoleSpan)
}

/// A role phrase: head, modifiers, complement («معاون امور عمرانی استاندار کرمان»).
struct RoleSpan: Hashable {
    var tokens: Range<Int>
    var headTokens: Range<Int>
    var headEntry: LexiconEntry
    /// Keys of the modifiers between head and complement («امورعمرانی»).
    var modifierKey: String
    var complement: RoleComplement?
    var former: Bool
    /// Resolution key: head, modifiers and the complement's key («استاندار@province:کرمان»).
    var key: String
    /// Display text with deictics resolved.
    var resolvedText: String
    var deictic: Bool
    var rule: String
    /// Where an office `posted=yes` is held, as written («در کوبا» of «سفیر ایران در کوبا»); nil when not said.
    var postText: String? = nil

    /// A role names one office when it has a complement or its head is complete by itself.
    /// A bare institution head as complement («مسئول سازمان», «نماینده مجلس») does not say which office.
    var complete: Bool {
        if headEntry["standalone"] == "yes" { return true }
        switch complement {
        case .institution(let i): return i.complete || i.tokens.count > 1 || i.completesRole
        case .some: return true
        case nil: return false
        }
    }
    /// A bare head of an office that governs a place (`level=`: «فرماندار», «بخشدار»): in a local report it
    /// stands for the one holder of the article's place, so it may take part in an event as an unnamed person.
    var isBareLocalOffice: Bool { complement == nil && headEntry["level"] != nil && modifierKey.isEmpty }
    /// «مدیر باشگاه», «استاد دانشگاه»: the complement is a body's head alone, no body named by itself (one word, no
    /// qualifier, place or name): said of the body the article is about.
    var hasBareBodyComplement: Bool {
        guard case .institution(let i)? = complement else { return false }
        return !i.complete && !i.implied && !i.completesRole && i.tokens.count == 1 && i.tokens.upperBound == tokens.upperBound
    }
    var headKey: String { headEntry["canonical"].map(PersianNormalizer.key) ?? headEntry.key }

    /// The institution this role links: its complement institution, the institution its head implies for a
    /// place complement, or the one its complement role links.
    var institution: InstitutionSpan? {
        switch complement {
        case .institution(let i): return i
        case .role(let r): return r.institution
        case .place(let p):
            guard let head = headEntry["institution"] else { return nil }
            let headKey = PersianNormalizer.key(head)
            let l = p.level == "any" ? (headEntry["level"] ?? "any") : p.level
            // The prefix is dropped when it only repeats the level the office governs (فرماندار شهرستان رشت → فرمانداری رشت).
            let shown = (p.prefix != nil && l == (headEntry["level"] ?? "")) ? p.name : p.display
            // The ezafe is written after a final vowel: «دادسرای بندرعباس».
            let joined = (head.hasSuffix("ا") || head.hasSuffix("و")) ? "\(head)ی" : head
            // «سفیر کانادا در تهران» → «سفارت کانادا در تهران»: the embassy is named with its post, as the gold writes
            // every embassy of dev360 («سفارت آمریکا در افغانستان»); the key stays the office's country (keyed with the post too, one more fp on dev360 and part M).
            let post = headEntry["posted"] == "yes" ? postText.map { " " + $0 } ?? "" : ""
            return InstitutionSpan(tokens: tokens, name: "\(joined) \(shown)\(post)", key: "\(headKey)@\(l):\(p.nameKey)",
                                   gloss: headEntry["gloss"] ?? "", complete: true, implied: true, place: p, rule: RuleID.institutionImpliedByRole.rawValue, source: headEntry.source)
        case nil: return nil
        }
    }

    /// The place this role's office governs, if its complement is (or ends with) a place.
    var place: PlaceSpan? {
        switch complement {
        case .place(let p): return p
        case .institution(let i): return i.place
        case .role(let r): return r.place
        case nil: return nil
        }
    }
}

/// A written personal name: titles, given names and surname («سرگرد سید محمد حسینی»).
struct NameSpan: Hashable {
    /// All tokens, titles included.
    var tokens: Range<Int>
    /// The tokens of the name itself (titles excluded).
    var nameTokens: Range<Int>
    var surnameTokens: Range<Int>
    var titles: [String]
    var rule: String
}

/// A group of unnamed people («شهرداران», «اعضای شورای اسلامی»).
struct GroupSpan: Hashable {
    var tokens: Range<Int>
    var label: String
    var key: String
    var rule: String
}

/// A news outlet («خبرگزاری تسنیم»).
struct MediaSpan: Hashable {
    var tokens: Range<Int>
    var name: String
    var key: String
    var rule: String
}
