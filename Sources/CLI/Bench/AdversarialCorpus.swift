import Extractors

/// The inputs of `didar bench --stage adversarial`: articles shaped to find a rule whose cost grows
/// faster than the text, made in code from the lexicons (the same lexicons give the same bytes).
///
/// - `titles`: 50,000 titles in a row before one name and a meeting verb: a rule that walks back over
///   a name's titles for every title would be quadratic here.
/// - `unpunctuated`: a single sentence of 1 MB with no punctuation at all (no sentence ends), made
///   of officials meeting officials: every per-sentence pairing of mentions sees thousands of them.
/// - `names`: 5,000 people in one comma-separated list meeting a minister: one meeting with 5,001
///   participants.
struct AdversarialCorpus {
    /// One adversarial article, with the name the bench reports it under.
    struct Case {
        var name: String
        var document: SourceDocument
    }

    let givenNames: [String]
    let surnames: [String]
    let titles: [String]
    let roles: [String]

    /// A corpus drawing words from `lexicons`.
    init(lexicons: Lexicons) {
        givenNames = lexicons["given-names"].entries.map(\.surface)
        surnames = lexicons["surnames"].entries.map(\.surface)
        titles = lexicons["titles"].entries.map(\.surface)
        // Heads alone («وزیر», «استاندار»): a role with its institution needs the institution lexicons too.
        roles = lexicons["role-heads"].entries.map(\.surface)
    }

    /// The three cases, sized as issue 17 asks.
    func cases(titleCount: Int = 50_000, sentenceBytes: Int = 1_000_000, nameCount: Int = 5_000) -> [Case] {
        [
            Case(name: "titles", document: SourceDocument(id: "adversarial-titles", text: titlesInARow(titleCount))),
            Case(name: "unpunctuated", document: SourceDocument(id: "adversarial-unpunctuated", text: unpunctuated(bytes: sentenceBytes))),
            Case(name: "names", document: SourceDocument(id: "adversarial-names", text: nameList(nameCount))),
        ]
    }

    /// The `i`-th full name: given names and surnames stepped at coprime strides so pairs rarely repeat.
    func person(_ i: Int) -> String {
        givenNames[i % givenNames.count] + " " + surnames[(i * 7 + i / surnames.count) % surnames.count]
    }

    func titlesInARow(_ count: Int) -> String {
        var words: [String] = []
        words.reserveCapacity(count)
        for i in 0..<count { words.append(titles[i % titles.count]) }
        return words.joined(separator: " ") + " " + person(0) + " با " + roles[0] + " دیدار کرد."
    }

    /// Clauses «وزیر علی احمدی با استاندار حسن رضایی دیدار کرد و …» until `bytes` UTF-8 bytes, no punctuation.
    func unpunctuated(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 200)
        var i = 0
        while text.utf8.count < bytes {
            if i > 0 { text += " و " }
            text += roles[i % roles.count] + " " + person(2 * i) + " با " + roles[(i + 1) % roles.count] + " "
                + person(2 * i + 1) + " دیدار کرد"
            i += 1
        }
        return text
    }

    /// «علی احمدی، حسن رضایی، … و محمد کریمی با وزیر دیدار کردند.»
    func nameList(_ count: Int) -> String {
        var names: [String] = []
        names.reserveCapacity(count)
        for i in 0..<count { names.append(person(i)) }
        let last = names.removeLast()
        return names.joined(separator: "، ") + " و " + last + " با " + roles[0] + " دیدار کردند."
    }
}
