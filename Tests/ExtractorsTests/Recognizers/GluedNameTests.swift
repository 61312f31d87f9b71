import Testing
@testable import Extractors

/// Names Hamshahri writes as one word, with no space between a function word, a title, a given name and a
/// surname: each is read as its pieces, the offsets still in the original text; everyday words and compound
/// surnames that happen to split into name pieces stay whole.
@Suite("Glued names (Hamshahri typography)")
struct GluedNameTests {
    private static let splitter = GluedNameSplitter(rules: Fixture.extractor.lexicons.rules)

    /// The keys of the pieces `GluedNameSplitter` cuts `word` into, or [] when it leaves it whole.
    private func pieces(_ word: String) -> [String] {
        let letters = Array(PersianNormalizer.key(word).unicodeScalars)
        guard let lengths = Self.splitter.parse(letters[...]) else { return [] }
        var out: [String] = [], at = 0
        for n in lengths {
            out.append(String(utf8Encoding: letters[at..<(at + n)]))
            at += n
        }
        return out
    }

    @Test("a given name glued to a public figure's name: «با سيدمحمدخاتمي رئيس جمهور» takes part in the meeting")
    func givenNameAndFigure() {
        let text = "عبدالله گل نخست وزير تركيه در ديدار با سيدمحمدخاتمي رئيس جمهور درباره مسائل منطقه گفت و گو كرد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "سيد محمد خاتمي")
        #expect(p != nil)
        #expect(p?.mentions.first?.text == "سيدمحمدخاتمي")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a function word, a transliterated first name and a surname: «بابشاراسد رئيس جمهوري سوريه»")
    func functionWordAndName() {
        let text = "وزير امور خارجه روز شنبه در دمشق بابشاراسد رئيس جمهوري سوريه ديدار كرد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "بشار اسد")
        #expect(p?.mentions.first?.text == "بشاراسد")
        #expect(Fixture.offsetsHold(r, in: text))
        #expect(pieces("بابشاراسد") == ["با", "بشار", "اسد"])
    }

    @Test("a title glued to a given name: «دكترعليرضا مغيثي»")
    func titleAndGivenName() {
        #expect(pieces("دكترعليرضا") == ["دکتر", "علیرضا"])
        let r = Fixture.extract("دكترعليرضا مغيثي رئيس دانشكده پزشكي در اين همايش گفت: كار ادامه دارد.")
        #expect(Fixture.person(r, named: "عليرضا مغيثي")?.titles == ["دكتر"])
    }

    @Test("the «ی» adjective of a given name is a surname of its own: «عليرضايي», «محمدحسني» stay whole")
    func nisbaOfGivenName() {
        #expect(pieces("عليرضايي").isEmpty)
        #expect(pieces("محمدحسني").isEmpty)
    }

    @Test("everyday words that split into a function word and a given name stay whole: «باشكوه», «بارها», «باصفا»")
    func everydayWords() {
        #expect(pieces("باشكوه").isEmpty)
        #expect(pieces("بارها").isEmpty)
        #expect(pieces("باصفا").isEmpty)
        #expect(pieces("ژانرها").isEmpty)
    }

    @Test("a word after a given name is a compound surname, not a glued name: «مهدي علیرضایی», «رضا محمدخاتمي»")
    func afterGivenName() {
        let r = Fixture.extract("رضا محمدخاتمي مدير كل ورزش استان در اين مراسم گفت: كار ادامه دارد.")
        #expect(Fixture.names(r).contains("رضا محمدخاتمي"))
    }

    @Test("an office's head glued to its ministry's field: «وزيرخارجه», «وزيرفرهنگ و ارشاد اسلامي» are offices, no surname")
    func gluedOffice() {
        #expect(pieces("وزيرخارجه") == ["وزیر", "خارجه"])
        #expect(pieces("وزيركشور") == ["وزیر", "کشور"])
        // No ministry starts with the rest: a place, a plural, a surname.
        #expect(pieces("وزيرستان").isEmpty)
        #expect(pieces("وزيريان").isEmpty)
        let text = "علي احمدي امروز با وزيرفرهنگ و ارشاد اسلامي ديدار كرد."
        let r = Fixture.extract(text)
        #expect(r.people.flatMap(\.roles).map(\.text).contains("وزيرفرهنگ و ارشاد اسلامي"))
        #expect(!Fixture.names(r).contains("وزيرفرهنگ"))
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("any one-word office's head glued to a body's head, a place or a former word: «مديرفرودگاه اراك گفت», «استاندارگيلان»")
    func gluedOfficeComplement() {
        #expect(pieces("مديرفرودگاه") == ["مدیر", "فرودگاه"])
        #expect(pieces("دبيرانجمن") == ["دبیر", "انجمن"])
        #expect(pieces("استاندارگيلان") == ["استاندار", "گیلان"])
        #expect(pieces("عضوسابق") == ["عضو", "سابق"])
        // A given name, a suffix or an everyday word is no complement: «رئیسعلی دلواری», «رئیسیان», «دبیرستان», «دبیرخانه».
        #expect(pieces("رئيسعلي").isEmpty)
        #expect(pieces("رئيسيان").isEmpty)
        #expect(pieces("دبيرستان").isEmpty)
        #expect(pieces("دبيرخانه").isEmpty)
        let text = "خبرگزاري فارس: مديرفرودگاه اراك گفت: پروازهاي مشهد به زودي از سر گرفته مي‌شود.\n\nمحمدحسن مرتضوي امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: پروازها متوقف شده بود."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "محمدحسن مرتضوي")
        #expect(p?.roles.map(\.text) == ["مديرفرودگاه اراك"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a first person of «داشت» ends a body's name: «مريم معترف مديرخانه نمايش داشتم که …»")
    func firstPersonPastEndsName() {
        let text = "جلسات زيادي با مريم معترف مديرخانه نمايش داشتم كه طي آن طرح‌ها را ارائه كردم."
        let r = Fixture.extract(text)
        #expect(r.people.flatMap(\.roles).map(\.text) == ["مديرخانه نمايش"])
        #expect(Fixture.offsetsHold(r, in: text))
    }
}
