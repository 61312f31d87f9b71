import Testing
@testable import Extractors

/// The function words the clause, meeting and phrase rules read are data (Resources/Lexicons): a linguist who
/// extends a file changes what the rules do, with no Swift edit.
@Suite("Function-word lexicons")
struct FunctionWordLexiconTests {
    /// An extractor over the bundled files with `file` replaced by `content`.
    private func extractor(replacing file: String, with content: String) throws -> Extractor {
        var files = try Lexicons.bundledFiles()
        files[file] = content
        return Extractor(lexicons: try Lexicons(files: files))
    }

    @Test("every rule lexicon is a file listed in index.txt, and the moved words are there")
    func filesListed() throws {
        let lexicons = try Lexicons.bundled()
        let index = try Lexicons.bundledFiles()["index.txt"] ?? ""
        for lexicon in RuleLexicon.allCases {
            // The trigger lexicon is made from the frames of meeting-frames.txt.
            let file = lexicon == .meetingTriggers ? "meeting-frames" : lexicon.file
            #expect(index.contains("\(file).txt"), "\(file).txt is not in index.txt")
        }
        #expect(lexicons["report-openers"].contains(key: PersianNormalizer.key("به گزارش")))
        #expect(lexicons["comitative-prepositions"].contains(key: "با"))
        #expect(lexicons["locative-prepositions"].contains(key: "در"))
        #expect(lexicons["presence-nouns"].contains(key: "حضور"))
        #expect(lexicons["additive-particles"].contains(key: "نیز"))
        #expect(Set(lexicons["plural-suffixes"].entries.map(\.key)) == ["ها", "های", "ان"])
        #expect(lexicons["speaker-followers"].contains(key: "همچنین"))
    }

    @Test("«در دیدار با X»: the party after «با» meets the subject because comitative-prepositions.txt lists «با»")
    func comitativeFromData() throws {
        let text = "علی حسینی استاندار کرمان در دیدار با رضا کریمی فرماندار رفسنجان گفت: همکاری ادامه دارد."
        #expect(Fixture.metNames(Fixture.extract(text)).contains(["علی حسینی", "رضا کریمی"]))
        let without = try extractor(replacing: "comitative-prepositions.txt", with: "# none\n").extract(SourceDocument(id: "t", text: text))
        #expect(!Fixture.metNames(without).contains(["علی حسینی", "رضا کریمی"]))
    }

    @Test("«به گزارش …،» is skipped to find the subject because report-openers.txt lists it")
    func reportOpenerFromData() throws {
        let text = "به گزارش خبرگزاری فارس از کرمان، علی حسینی استاندار کرمان گفت: کار ادامه دارد. وی افزود: طرح‌ها اجرا می‌شود."
        let withOpener = Fixture.extract(text)
        #expect(Fixture.person(withOpener, named: "علی حسینی")?.mentions.contains { $0.text == "وی" } == true)
        let without = try extractor(replacing: "report-openers.txt", with: "# none\n").extract(SourceDocument(id: "t", text: text))
        #expect(Fixture.person(without, named: "علی حسینی")?.mentions.contains { $0.text == "وی" } != true)
    }

    @Test("«فرمانداران استان» is a group because plural-suffixes.txt lists the ending «ان»")
    func pluralFromData() throws {
        let text = "فرمانداران استان کرمان در این نشست حضور داشتند."
        func hasGroup(_ r: DocumentExtraction) -> Bool { r.groups.contains { $0.mentions.contains { $0.text.hasPrefix("فرمانداران") } } }
        #expect(hasGroup(Fixture.extract(text)))
        let without = try extractor(replacing: "plural-suffixes.txt", with: "ها | apart=yes\n").extract(SourceDocument(id: "t", text: text))
        #expect(!hasGroup(without))
    }

    @Test("«ملکوتی با قدردانی … افزود»: a bare surname opening a speech report is a person because speaker-followers.txt lists «با»")
    func speakerFollowerFromData() throws {
        // Neither «هاشمی» (public-figures.txt) nor a surname surnames.txt lists: those are people without «با».
        let text = "ملکوتی با قدردانی از تلاش‌های مردم افزود: کار ادامه دارد."
        #expect(Fixture.person(Fixture.extract(text), named: "ملکوتی") != nil)
        let without = try extractor(replacing: "speaker-followers.txt", with: "# none\n").extract(SourceDocument(id: "t", text: text))
        #expect(Fixture.person(without, named: "ملکوتی") == nil)
    }

    @Test("«سید» and «سیده» are split off an attached given name because the data mark them; «میر» is not")
    func attachedHonorificsFromData() throws {
        #expect(try TextLexicons.bundled().attachedPrefixes.sorted() == ["سید", "سیده"])
        let tokens = try TextAnalyzer.bundled().analyze(SourceDocument(id: "t", text: "سیدمصطفی میرحسین")).tokens.map(\.key)
        #expect(tokens == ["سید", "مصطفی", "میرحسین"])
    }

    @Test("«میر» is split off only before a given name: «میرهاشم» yes; «میرحسین», «میرباقری» stay whole (fars5-281)")
    func guardedHonorific() throws {
        #expect(try TextLexicons.bundled().guardedPrefixes == ["میر"])
        let tokens = try TextAnalyzer.bundled().analyze(SourceDocument(id: "t", text: "میرهاشم میرحسین میرباقری میرکبیر")).tokens.map(\.key)
        #expect(tokens == ["میر", "هاشم", "میرحسین", "میرباقری", "میرکبیر"])
        let r = Fixture.extract("میرهاشم سیداحمدی امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: پرونده‌ها بررسی شد.")
        #expect(Fixture.person(r, named: "میرهاشم سیداحمدی") != nil)
    }
}
