import Testing
@testable import Extractors

/// NameRecognizer.initialSurnameEnd and SentenceSplitter.precedesInitial: a surname written as its initial after a
/// given name and a period, a dash or an underscore («وحید. ل», «مجید- ص», «علی.ر», «مهتاب _ ف»), as court, police and
/// student reports write suspects, victims and interviewees (`scripts/count-initial-surnames.py`: 32 times in 17
/// articles of the two dev corpora, test split left out).
@Suite("Names: a surname written as its initial")
struct InitialSurnameTests {
    @Test("a period, spaced or glued, then the initial: «وحید. ل», «محسن.ی»; the period ends no sentence")
    func period() throws {
        let r = Fixture.extract("در کیفرخواست آمده بود که وحید. ل (16 ساله) متهم به قتل است.")
        #expect(Fixture.person(r, named: "وحید. ل") != nil)
        let glued = Fixture.extract("محسن.ی 26 ساله که ازدواج نکرده، می‌گوید: هزینه‌ها بالاست.")
        #expect(Fixture.person(glued, named: "محسن.ی") != nil)
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: "فرزانه. م دانشجوی عمران می‌گوید: سخت است."))
        #expect(a.sentences.count == 1)
    }

    @Test("a dash or an underscore, spaced or not: «مجید- ص», «محمد - ح», «حسین علی- ر», «مهتاب _ ف»")
    func dashAndUnderscore() {
        let r = Fixture.extract("سرکرده اعضای این باند به نام \"مجید- ص\" 21 ساله را شناسایی و دستگیر کردند.")
        #expect(Fixture.person(r, named: "مجید- ص") != nil)
        let spaced = Fixture.extract("ابلاغ قانونی به متهم محمد - ح صاحب باغ صورت گرفته است.")
        #expect(Fixture.person(spaced, named: "محمد - ح") != nil)
        let two = Fixture.extract("مقتول به نام حسین علی- ر آخرین بار با یکی از دوستانش دیده شد.")
        #expect(Fixture.person(two, named: "حسین علی- ر") != nil)
        let under = Fixture.extract("در این آتش‌سوزی زنی به هویت «مهتاب _ ف» بر اثر سوختگی شدید به بیمارستان منتقل شد.")
        #expect(Fixture.person(under, named: "مهتاب _ ف") != nil)
    }

    @Test("no initial: «(ع)», a street «خ», an acronym «ع.د», a signature «ص - تهران», «و» after a period")
    func traps() throws {
        let holy = Fixture.extract("مراسم در حرم امام رضا(ع) برگزار شد.")
        #expect(holy.people.allSatisfy { !$0.name.contains("(") })
        let street = Fixture.extract("علاقه‌مندان می‌توانند به نشانی میدان امام حسین – خ 17 شهریور مراجعه کنند.")
        #expect(street.people.allSatisfy { !$0.name.hasSuffix("خ") })
        let acronym = Fixture.extract("او با رضا.ع.د مدیر عامل موسسه دیدار کرد.")
        #expect(acronym.people.allSatisfy { !$0.name.hasSuffix("ع") })
        let signed = Fixture.extract("مشکل آب باید حل شود. ثریا - ص - تهران")
        #expect(signed.people.allSatisfy { !$0.name.hasSuffix("ص") })
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: "این کار را علی. و سپس دیگران کردند."))
        #expect(a.sentences.count == 2)
    }

    @Test("the initial alone is no mention of the person: Hamshahri's ezafe written apart «بالا ي» later in the article")
    func initialAloneIsNoMention() throws {
        let r = Fixture.extract("محسن.ي 26 ساله كه ازدواج نكرده مي گويد: هزينه ها زياد است. اول خانه اي كه سقفي بالا ي سر داشته باشد.")
        let person = try #require(Fixture.person(r, named: "محسن.ي"))
        #expect(person.mentions.count == 1)
    }
}
