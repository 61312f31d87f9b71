import Testing
@testable import Extractors

/// Name lexicon entries mined with their counts: surnames of the public list the dev corpora write after a given name
/// (surnames.txt, scripts/mine-surnames.py).
@Suite("Name lexicons: mined surnames")
struct MinedNameLexiconTests {
    @Test("a mined surname that no ending marks is read after a given name: «اکبر ترکان»")
    func minedSurname() {
        let r = Fixture.extract("این درست زمانی است که اکبر ترکان سکان هدایت بزرگترین هلدینگ صنعتی و دولتی ایران را در دست گرفت.")
        #expect(Fixture.person(r, named: "اکبر ترکان")?.mentions.first?.rule == "person.given-surname")
    }

    @Test("a mined surname vouches for a given name that is also a word, in a roster: «ایمان زندی، حامد آفاق»")
    func minedSurnameInRoster() {
        let r = Fixture.extract("اسامی دعوت شدگان: ایمان زندی، حامد آفاق، جواد داوری، سامان ویسی و مهدی کامرانی.")
        #expect(Fixture.person(r, named: "ایمان زندی") != nil)
        #expect(Fixture.person(r, named: "حامد آفاق") != nil)
    }

    @Test("«فتاح» is not listed: «امیر فتاح» stays unread")
    func fattahLeftOut() {
        #expect(Fixture.extract("در این دیدار امیر فتاح نیز حضور داشت.").people.isEmpty)
    }
}

/// Everyday words that end like a surname (non-name-words.txt, scripts/mine-ending-words.py).
@Suite("Name lexicons: everyday words with a surname ending")
struct EverydayEndingWordTests {
    @Test("a plural ending in «راد» or «یان» after a given name that is also a word is no surname: «عمر افراد», «اعظم مبتلایان»")
    func pluralsAreNoSurnames() {
        let r = Fixture.extract("عمر افراد سیگاری کوتاه‌تر از دیگران است و اعظم مبتلایان در بیمارستان بستری هستند.")
        #expect(r.people.isEmpty)
    }

    @Test("a name does not run on over such a word: «سحر بیات کارمند بهزیستی»")
    func nameStopsBeforeEverydayWord() {
        let r = Fixture.extract("سحر بیات کارمند بهزیستی که برای تهیه دارو به داروخانه رفته بود گفت: دارو کم است.")
        #expect(Fixture.person(r, named: "سحر بیات") != nil)
        #expect(Fixture.person(r, named: "سحر بیات کارمند") == nil)
    }

    @Test("a name does not run on over an everyday «ی» word: «ابراهیم حاتمی کیا مدتی», «بهرام رادان همگی»")
    func nameStopsBeforeEverydayYehWord() {
        let r = Fixture.extract("ابراهيم حاتمي كيا مدتي است كه فيلم تازه‌اش را آماده كرده است. در اين فيلم بهرام رادان همگي را غافلگير كرد.")
        #expect(Fixture.person(r, named: "ابراهيم حاتمي كيا") != nil)
        #expect(Fixture.person(r, named: "بهرام رادان") != nil)
        #expect(r.people.count == 2)
    }

    @Test("«آباد» written apart after a given name makes a place, no surname: «عباس آباد», «یوسف آباد»")
    func abadIsNoSurname() {
        let r = Fixture.extract("در روستاهای عباس آباد، قره چای و قره سو کار آغاز شد. ساکنان منطقه یوسف آباد، بین خیابان چهل و ستون آمده بودند.")
        #expect(r.people.isEmpty)
    }

    @Test("a modal before a report of speech is no speaker, an everyday word no surname of a lone first name: «باید گفت», «هیلاری هنوز»")
    func everydayWordsReadAsNames() {
        let r = Fixture.extract("علاوه بر این، باید گفت که کره شمالی در حال حاضر سلاح هسته‌ای دارد. هيلاري هنوز تصميم نگرفته است كه نامزد شود.")
        #expect(r.people.isEmpty)
    }
}
