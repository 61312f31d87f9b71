extension Coreferencer {
    /// «خبرگزاری فارس: یک استاد دانشگاه گفت: … . محمدنبی حسینی‌پور در گفت‌وگو با … افزود», «رئیس فدراسیون گفت: … .
    /// NAME …»: an office over a bare body (`RoleSpan.hasBareBodyComplement`), or a head with the modifiers of its field
    /// and no complement («یک کارشناس اقتصادی گفت»), that opens the article's lead as the
    /// subject of a report of speech stands for the name the report gives next. Such an office is no complete office,
    /// so it had no holder of its own and the speaker chain (`chainSpeakers`, which runs next) had nothing to give the
    /// name; made an unnamed holder here, the chain gives it to that name, and the office is listed as written (a
    /// bare office, as an apposition's is). A holder no name takes stays out of the record unless a meeting holds it,
    /// as every unnamed speaker does.
    mutating func addLeadBodySpeakers() {
        guard let lead = context.text.sentences.first(where: { $0.isContent && !isHeadlineLine($0.index) }) else { return }
        // «یک کارشناس اقتصادی گفت», «معاون اقتصادی … گفت»: so is a head with its field's modifiers and no complement.
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && !role.complete
            && (role.hasBareBodyComplement || role.complement == nil && !role.modifierKey.isEmpty) {
            // The office ends where the subject does: a report of speech, a speaker's follower, «از» («… از … خبر داد») or
            // «به» («… به … اشاره می‌کند») right after it, as the speaker-office reader has it (not «معاون پژوهش و نیروی
            // انسانی اداره کل …», an office the role grammar read short).
            let end = role.tokens.upperBound
            guard context.sentenceOfToken[role.tokens.lowerBound] == lead.index, !followsCount(role),
                  holdersByHead[role.headKey] == nil, isSpeakerSubject(role.tokens),
                  context.matchLength(.speechVerbs, at: end) != nil || context.followsSpeaker(end)
                    || context.isKey(end, "از") || context.isKey(end, "به") else { continue }
            let p = newUnnamedHolder(of: role)
            attach(role: r, to: p, rule: RuleID.personUnnamedRole.rawValue)
            slots.append(Slot(tokens: role.tokens, reference: .person(p)))
            bareAppositions.insert(r)
        }
    }
}
