/// One office written twice for one holder, once named and once more fully (or more shortly: `isShorterWriting`)
/// without the name: with the seat of a mission («فیروز دولت‌آبادی سفیر جمهوری اسلامی ایران» beside «سفیر جمهوری اسلامی ایران در ترکیه»), or with the
/// portfolio of a deputy («فرهاد دژپسند معاون وزیر بازرگانی» beside «معاون برنامه‌ریزی و بررسی‌های اقتصادی وزارت
/// بازرگانی») (`coref.fuller-office`). Left apart, the fuller writing is a second, unnamed person who meets its own
/// holder (issue 21). On the 6,835 articles of the two dev corpora the rule changed the records of 3 articles, all
/// one person (a third writing, «معاون امنیتی و انتظامی وزارت کشور» beside «معاون وزیر کشور … احمدی», among
/// them); other pairs of related keys (an office of another country, «رئیس جمهور الجزایر» beside «جورج بوش رئیس
/// جمهور») are no fuller writing and are left apart.
extension Coreferencer {
    /// An unnamed holder whose office is a fuller writing of an office exactly one named person of the article
    /// holds is that person.
    mutating func mergeFullerOffices() {
        for u in persons.indices where persons[u].unnamed && persons[u].mergedInto == nil {
            let full = persons[u].roles.map { found.roles[$0] }.filter(\.complete)
            guard !full.isEmpty, let p = namedHolder(ofFuller: full) else { continue }
            merge(u, into: p, rule: RuleID.corefFullerOffice.rawValue)
        }
    }

    /// The named holder of a role phrase no one holds that takes part in an event («با حضور … و سفیر جمهوری
    /// اسلامی ایران در ترکیه»), when the phrase is a fuller writing of that person's office and the person is not
    /// the event's other party (`isOwnMeetingParty`).
    func fullerOfficeHolder(_ r: Int) -> Int? {
        guard found.roles[r].complete, let p = namedHolder(ofFuller: [found.roles[r]]), !isOwnMeetingParty(p, role: r) else { return nil }
        return p
    }

    /// The one named person of the article holding an office that one of `full` writes more fully.
    private func namedHolder(ofFuller full: [RoleSpan]) -> Int? {
        // Only holders of the same head can qualify (`holdersByHead`): asked of every role phrase of an event, this
        // stays linear on a document of thousands of offices.
        let holders = Set(full.flatMap { holdersByHead[$0.headKey] ?? [] }.map(live))
        let candidates = holders.filter { p in
            !persons[p].unnamed && persons[p].roles.contains { q in
                full.contains { isFullerWriting($0, of: found.roles[q]) || isShorterWriting($0, of: found.roles[q]) }
            }
        }
        return candidates.count == 1 ? candidates.first : nil
    }

    /// Is `short` the office `full` names, written with less: the body's name cut short («مدیرعامل شرکت واحد» beside
    /// «احمدی مدیرعامل شرکت واحد اتوبوسرانی»: the short key a prefix of the full one that the body's name goes on
    /// from) or the seat left out («سفیر ایران» beside «حسن کاظمی قمی سفیر جمهوری اسلامی ایران در بغداد»: the full key
    /// the short one and a place after «@»). Not an office of a country after it («وزیر امور خارجه», the home office,
    /// beside «وزیر خارجه افغانستان», key «…@country:…»), nor a complement after the head alone («رئیس جمهوری» beside
    /// «رئیس جمهوری عراق», key «…/country:…»): those are other offices.
    func isShorterWriting(_ short: RoleSpan, of full: RoleSpan) -> Bool {
        guard short.complete, full.complete, full.headKey == short.headKey, !full.former, !short.former,
              short.key.contains("/"), full.key.count > short.key.count, full.key.hasPrefix(short.key) else { return false }
        let rest = full.key.dropFirst(short.key.count)
        guard let next = rest.first else { return false }
        if next == "@" { return !rest.hasPrefix("@country:") }
        return next != "/" && short.key.last.map { $0 != ":" && $0 != "/" && $0 != "@" } == true
    }

    /// Is `full` the office `short` names, written with more: the seat «در X» after an office of a country
    /// (key «…country:A@country:B»), or a deputy's portfolio in the body whose chief `short` names («معاون وزیر Y» ⇐
    /// «معاون … وزارت Y»: the same head, the chief's head on `short`, a portfolio on `full`).
    func isFullerWriting(_ full: RoleSpan, of short: RoleSpan) -> Bool {
        guard short.complete, full.complete, full.headKey == short.headKey, !full.former, !short.former else { return false }
        if short.key.contains("country:"), full.key.hasPrefix(short.key + "@country:") { return true }
        // «معاون/وزیر/وزارتبازرگانی» beside «معاونبرنامهریزی…/وزارتبازرگانی»: the short key is the head, the chief's
        // head and the body; the full key the head with its portfolio (modifiers and qualifiers), then the same body.
        let head = short.headKey + "/"
        guard case .role? = short.complement, short.key.hasPrefix(head), let slash = full.key.firstIndex(of: "/") else { return false }
        let portfolio = full.key[..<slash], body = full.key[slash...]
        guard portfolio.hasPrefix(full.headKey), portfolio.count > full.headKey.count,
              body.count > 1, short.key.hasSuffix(body), short.key.count > head.count + body.count else { return false }
        let chief = short.key.dropFirst(head.count).dropLast(body.count)
        return !chief.isEmpty && !chief.contains("/") && !chief.contains("@")
    }
}

