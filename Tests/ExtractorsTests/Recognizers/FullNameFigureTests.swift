import Testing
@testable import Extractors

/// Full names public-figures.txt lists whole (scripts/mine-full-names.py): names whose words the rules cannot read
/// («حسنی مبارک»: no given name, a surname that is an everyday word; «مقتدی صدر»: a surname that is a common
/// word), and the royal title and office that end a lone first name («پرنس چارلز ولیعهد انگلستان»). Invented
/// sentences of the kind the news corpora hold.
@Suite("Full names listed whole")
struct FullNameFigureTests {
    @Test("a listed full name is a person even with no role or speech after it, with the rule that found it")
    func fullNameWithoutEvidence() {
        let text = "در این نشست درباره سفر حسنی مبارک به ریاض و دیدار بشار اسد از بیروت گفت‌وگو شد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "حسنی مبارک")?.mentions.first?.rule == "person.public-figure")
        #expect(Fixture.person(r, named: "بشار اسد") != nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a listed full name after «با» is the party met, not a name read in part («نوری مالکی» as «مالکی»)")
    func fullNameInMeetingList() {
        let r = Fixture.extract("مقتدی صدر در نجف با نوری مالکی نخست وزیر عراق دیدار کرد.")
        #expect(Fixture.person(r, named: "مقتدی صدر") != nil)
        #expect(Fixture.metNames(r).contains(["مقتدی صدر", "نوری مالکی"]))
    }

    @Test("the words after a given name are the surname: a titled surname later in the article is the same person")
    func surnameJoinsFullName() {
        let text = "دکتر اسدالله رجب رئیس انجمن دیابت ایران در این همایش سخنرانی کرد. دکتر رجب افزود: درمان رایگان است."
        let r = Fixture.extract(text)
        let rajab = r.people.filter { $0.name.contains("رجب") }
        #expect(rajab.count == 1)
        #expect(rajab.first?.mentions.count ?? 0 >= 2)
    }

    @Test("a listed full name does not take words that are not its own: «محمود عباسی» is no «محمود عباس»")
    func fullNameMatchesWholeWords() {
        let r = Fixture.extract("محمود عباسی مدیرکل آموزش و پرورش استان گفت: مدارس باز است.")
        #expect(Fixture.person(r, named: "محمود عباسی") != nil)
        #expect(Fixture.person(r, named: "محمود عباس") == nil)
    }

    @Test("«پرنس» before a lone first name and «ولیعهد» after it: the office is the prince's, not the next name's")
    func royalTitleAndOffice() {
        let r = Fixture.extract("در این مراسم پرنس چارلز ولیعهد انگلستان، جرج بوش پدر و ژاک شیراک رئیس جمهوری فرانسه حضور داشتند.")
        #expect(!Fixture.names(r).contains("چارلز ولیعهد"))
        #expect(Fixture.person(r, named: "چارلز")?.roles.map(\.text) == ["ولیعهد انگلستان"])
        #expect(Fixture.person(r, named: "جرج بوش پدر")?.roles.map(\.text).contains("ولیعهد انگلستان") != true)
    }

    @Test("`surname=whole`: a compound surname whose first part is a given name stays whole («خلیل زاد», «علی اف»)")
    func wholeCompoundSurname() {
        let r = Fixture.extract("دکتر خلیل زاد در این نشست سخنرانی کرد. دکتر علی اف نیز گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "خلیل زاد") != nil)
        #expect(Fixture.person(r, named: "علی اف") != nil)
        #expect(!Fixture.names(r).contains("زاد"))
    }

    @Test("a name does not run on over an everyday «ی» word after its listed surname (non-name-words.txt, mined)")
    func noRunOnOverEverydayWord() {
        let r = Fixture.extract("در این دیدار سهراب بختیاری زاده بازی خوبی ارائه داد و علی میرصادقی مجری طرح گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "سهراب بختیاری زاده") != nil)
        #expect(Fixture.person(r, named: "علی میرصادقی") != nil)
        #expect(!Fixture.names(r).contains { $0.hasSuffix("بازی") || $0.hasSuffix("مجری طرح") })
    }

    @Test("a given name that is also a word and an unknown word that open a clause before a foreign office are a name")
    func ambiguousGivenBeforeForeignOffice() {
        let r = Fixture.extract("ژاک شیراک رئیس جمهوری فرانسه، امین لحود رئیس جمهوری لبنان و جرج بوش در این مراسم حضور داشتند.")
        #expect(Fixture.person(r, named: "امین لحود")?.roles.map(\.text) == ["رئیس جمهوری لبنان"])
        // Inside a clause, or an everyday noun after «پیام», the pair is a noun phrase.
        #expect(Fixture.extract("این پیام تبریک رئیس جمهور روسیه به مردم ایران بود.").people.allSatisfy { $0.unnamed })
        #expect(Fixture.extract("پیام تسلیت رئیس جمهور روسیه به مردم ایران رسید.").people.allSatisfy { $0.unnamed })
    }

    @Test("a one-word figure written in pieces keeps its whole name as the surname («احمد ی نژاد»)")
    func figureWrittenInPieces() {
        let r = Fixture.extract("احمد ی نژاد رئیس جمهور گفت: کار ادامه دارد. احمدی‌نژاد افزود: همه آمدند.")
        #expect(r.people.filter { !$0.unnamed }.count == 1)
    }

    @Test("«سید» before a full name listed whole is the name's own, whatever follows the name («سید حسن نصرالله که …»)")
    func lineageHonorificBeforeFullName() {
        let text = "خبرگزاری فارس: دبیرکل حزب‌الله لبنان از کشورهای اسلامی خواست قانونی را تصویب کنند.\n\nبه گزارش خبرگزاری فرانسه، سید حسن نصرالله که در بیروت سخن می‌گفت، اظهار داشت: اهانت به پیامبران پذیرفته نیست."
        let r = Fixture.extract(text)
        let nasrallah = Fixture.person(r, named: "سید حسن نصرالله")
        #expect(nasrallah?.mentions.contains { $0.rule == "person.public-figure" && $0.text == "سید حسن نصرالله" } == true, "\(r.people.map(\.name))")
        // Read whole as the subject, the name takes the lead's office (`coref.speaker-chain`).
        #expect(nasrallah?.roles.map(\.text) == ["دبیرکل حزب‌الله لبنان"], "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(Fixture.offsetsHold(r, in: text))
    }
}
