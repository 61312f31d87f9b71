import Testing
@testable import Extractors

/// Names in a list of names («…، مجتبی راعی، رضا میرکریمی و عبدالحسن برزیده …»): the items around vouch for a given
/// name that is also a word («رضا») or a surname no lexicon knows, as a role or a report of speech would; a
/// phrase after a comma that only follows a name stays what it is.
@Suite("Names in lists of names")
struct NameListTests {
    @Test("a given name that is also a word, and an unknown surname, in a list of three or more")
    func itemsOfAList() {
        let r = Fixture.extract("داوران این جشنواره حمید صادقی، محمود اکبری، رضا میرکریمی و عبدالحسن برزیده بودند.")
        for name in ["حمید صادقی", "محمود اکبری", "رضا میرکریمی", "عبدالحسن برزیده"] {
            #expect(Fixture.person(r, named: name) != nil, "\(name)")
        }
    }

    @Test("a given name that is also a word before a word no ending marks, between two names: «…، مجید حمیدپناه، …»")
    func ambiguousGivenBetweenNames() {
        let r = Fixture.extract("بازیگران این فیلم: داریوش ارجمند، امین تارخ، مهناز افشار و علی نصیریان.")
        #expect(Fixture.person(r, named: "امین تارخ") != nil)
        // One side alone is not enough: «امین» (trustworthy) and an open word after a name may be a phrase.
        let one = Fixture.extract("داریوش ارجمند، امین تارخ بازیگر جوان را معرفی کرد.")
        #expect(Fixture.person(one, named: "امین تارخ") == nil)
    }

    @Test("an unknown surname before a number: «علی یوسفی، مهدی راستگر 4 جودوکاری هستند»")
    func beforeANumber() {
        let r = Fixture.extract("وی گفت: علی یوسفی، مهدی راستگر 4 جودوکاری هستند که به اردو دعوت شده‌اند.")
        #expect(Fixture.person(r, named: "مهدی راستگر") != nil)
    }

    @Test("a compound surname no lexicon knows stays whole before the next item: «محمد رضا قدرت بیگلو و …»")
    func wholeBeforeTheNextItem() {
        let r = Fixture.extract("پیروز عطایی، علی نجفی، محمد رضا قدرت بیگلو و کامبیز یعقوبی بهترین بازیکنان بودند.")
        #expect(Fixture.person(r, named: "محمد رضا قدرت بیگلو") != nil)
        #expect(Fixture.person(r, named: "محمد رضا قدرت") == nil)
    }

    @Test("two items joined by «و» are a pair of names when both are a plain given name and one word")
    func pairOfNames() {
        let r = Fixture.extract("در بخش فیلم: بیژن مفید و حمید جمعدر به عنوان هیئت انتخاب حضور دارند.")
        #expect(Fixture.person(r, named: "بیژن مفید")?.mentions.first?.rule == "person.given-surname")
        #expect(Fixture.person(r, named: "حمید جمعدر") != nil)
        // A listed surname on one side and a word no list knows on the other: the pair vouches for it too.
        let listed = Fixture.extract("علی احمدی و مهدی راستگر آمدند.")
        #expect(Fixture.person(listed, named: "مهدی راستگر") != nil)
    }

    @Test("no pair after a given name, with a word of two letters, or with a given name that is also a word")
    func noPairOfNames() {
        // «اسدالله فرزین وش»: the first given name belongs to the item, which is then no pair.
        let afterGiven = Fixture.extract("در بخش طرح‌ها نیز اسدالله فرزین وش و احمد شعبانی صاحبان طرح بودند.")
        #expect(Fixture.person(afterGiven, named: "فرزین وش") == nil)
        let particles = Fixture.extract("این زن نه مثل ساره ای و مریم نه مثل آسیه بود.")
        #expect(Fixture.names(particles).isEmpty)
        // «امید» (hope) is also a word: «امید تازه و حمید جمعدر …» is no pair of names.
        let everyday = Fixture.extract("این خبر امید تازه و حمید جمعدر به عنوان داور آمد.")
        #expect(Fixture.person(everyday, named: "امید تازه") == nil)
        #expect(Fixture.person(everyday, named: "حمید جمعدر") == nil)
    }

    @Test("two given names alone between two names of a comma list are a name and its surname: «…، محسن پرویز، …»")
    func secondGivenNameBetweenNames() {
        let r = Fixture.extract("نویسندگان این مجموعه: علی احمدی، محسن پرویز، حمید صادقی و محسن مومنی.")
        #expect(Fixture.person(r, named: "محسن پرویز")?.mentions.first?.rule == "person.given-surname")
        // The second given name may be an everyday word too («صبا» morning breeze), the first too («حسن»).
        let jury = Fixture.extract("هیات داوران: منوچهر محمدی، فرهاد صبا، هوشنگ کامکار، حسن خجسته، محمدباقر کریمیان و علی نصیریان.")
        #expect(Fixture.person(jury, named: "فرهاد صبا") != nil)
        #expect(Fixture.person(jury, named: "حسن خجسته") != nil)
        // One name beside the item is not enough: «علی صالح» may be «Ali, the righteous».
        let one = Fixture.extract("علی احمدی، علی صالح را ستود.")
        #expect(Fixture.person(one, named: "علی صالح") == nil)
    }

    @Test("two unknown words, the second ending like a surname, between two names of a comma list: «…، گلشیفته فراهانی، …»")
    func unlistedNameBetweenNames() {
        let r = Fixture.extract("بازیگران این فیلم: داریوش ارجمند، گلشیفته فراهانی، مهناز افشار و علی نصیریان.")
        #expect(Fixture.person(r, named: "گلشیفته فراهانی")?.mentions.first?.rule == "person.list-name")
        let team = Fixture.extract("علی عموری، بختیار رحمانی، مهدی چاه‌جویی و سعید خلافی از خوزستان دعوت شدند.")
        #expect(Fixture.person(team, named: "بختیار رحمانی")?.mentions.first?.rule == "person.list-name")
        // The second word must end like a surname, and names must stand on both sides.
        let noEnding = Fixture.extract("بازیگران این فیلم: داریوش ارجمند، گلشیفته فراهان، مهناز افشار و علی نصیریان.")
        #expect(Fixture.person(noEnding, named: "گلشیفته فراهان") == nil)
        let oneSide = Fixture.extract("داریوش ارجمند، گلشیفته فراهانی را ستود.")
        #expect(Fixture.person(oneSide, named: "گلشیفته فراهانی") == nil)
    }

    @Test("a phrase after a comma that follows a name is no item: «سخنان حسن روحانی، امید تازه‌ای … داد»")
    func phraseAfterAName() {
        let r = Fixture.extract("سخنان حسن روحانی، امید تازه‌ای به بازار داد.")
        #expect(Fixture.names(r) == ["حسن روحانی"])
    }
}

/// A listed surname alone as an item of a list of names, and unknown words set off by a role in parentheses.
@Suite("Bare surnames in lists, roles in parentheses")
struct ListSurnameTests {
    @Test("a roster of bare surnames, three of them surnames, one listed: «مرادی، حقدوست، کاویانپور و جباری …»")
    func rosterOfSurnames() {
        let r = Fixture.extract("در این بازی مرادی، حقدوست، کاویانپور و جباری پنج بازیکن اصلی تیم بودند.")
        for name in ["حقدوست", "کاویانپور", "جباری"] {
            #expect(Fixture.person(r, named: name)?.mentions.first?.rule == "person.list-surname", "\(name)")
        }
        // Two surnames are no roster («درویشی و جباری» may be two adjectives), nor a list of streets named for people.
        let two = Fixture.extract("در این بازی حقدوست و کاویانپور بازی کردند.")
        #expect(Fixture.names(two).isEmpty)
        let streets = Fixture.extract("خیابان‌های فاطمی، بلوار کشاورز، رویان، حقدوست، کاویانپور و سنجابی دچار اختلال می‌شوند.")
        #expect(Fixture.names(streets).isEmpty)
    }

    @Test("a roster walks over a surname written in two words and an everyday-word surname: «باقری، دایی، باهنر، امامی فر، جباری …»")
    func rosterWithSplitAndCommonWordItems() {
        let r = Fixture.extract("در نیمه اول ایلیچ، گل محمدی، استیلی، باقری، دایی، باهنر، امامی فر، جباری و کاویانپور در ترکیب تیم منتخب قرار خواهند گرفت.")
        for name in ["باقری", "باهنر", "جباری", "کاویانپور"] {
            #expect(Fixture.person(r, named: name)?.mentions.first?.rule == "person.list-surname", "\(name)")
        }
        // «دایی» (uncle, and the footballer's surname) among three strict surnames or more is a person too (round 33).
        #expect(Fixture.person(r, named: "دایی")?.mentions.first?.rule == "person.list-surname")
        // Not an everyday-word surname a word follows: the adverb of the verb after a roster.
        let adverb = Fixture.extract("فضلی، شاه حسینی، بادامکی، جباری و پورمند، عالی بازی کردند.")
        #expect(Fixture.person(adverb, named: "عالی") == nil)
        // Nor with fewer than three strict surnames besides it.
        #expect(Fixture.person(Fixture.extract("در این بازی باقری، دایی و جباری بازی کردند."), named: "دایی") == nil)
    }

    @Test("an ambiguous listed surname is a roster's item when two others read as surnames: «درویشی، خالقی و قربانی …»")
    func rosterWithAmbiguousSurname() {
        let r = Fixture.extract("درویشی، خالقی و قربانی در تیم ایران حضور دارند.")
        for name in ["درویشی", "خالقی", "قربانی"] {
            #expect(Fixture.person(r, named: name)?.mentions.first?.rule == "person.list-surname", "\(name)")
        }
        // One surname and two ambiguous ones are no roster: «قربانی» and «سلطانی» are everyday words too.
        #expect(Fixture.extract("خالقی، قربانی و سلطانی در این باره سخنی نگفتند.").people.isEmpty)
    }

    @Test("a listed surname alone before a comma and a written name: «ستاری، سعید صادقی و …»")
    func listedSurnameItem() {
        let r = Fixture.extract("ستاری، سعید صادقی و محمود عبدالحسینی داوری آثار را برعهده داشتند.")
        #expect(Fixture.person(r, named: "ستاری")?.mentions.first?.rule == "person.list-surname")
    }

    @Test("a surname after a word no lexicon knows is no item of its own: «علی عموری، بختیار رحمانی، مهدی …»")
    func surnameAfterAnUnknownWord() {
        let r = Fixture.extract("علی عموری، بختیار رحمانی، مهدی چاه‌جویی و سعید خلافی از خوزستان دعوت شدند.")
        #expect(Fixture.person(r, named: "رحمانی") == nil)
    }

    @Test("a listed surname with no list of names around it stays unread: «رحمانی، صبح امروز …»")
    func noListAround() {
        let r = Fixture.extract("رحمانی، صبح امروز به شهر رفت.")
        #expect(Fixture.names(r).isEmpty)
    }

    @Test("two unknown words and a role in parentheses: «کاوند ملکشا (رئیس کمیته داوران)»")
    func roleInParentheses() {
        let r = Fixture.extract("در این جلسه که با حضور مهران شجاعی (دبیر فدراسیون)، کاوند ملکشا (رئیس کمیته داوران) و اعضای کمیته برگزار شد، تقویم مسابقات بررسی شد.")
        #expect(Fixture.person(r, named: "کاوند ملکشا")?.mentions.first?.rule == "person.apposition-role")
    }
}

/// A transliterated first name that is also a Persian word («جان» soul, «مری»), before a word no lexicon knows.
@Suite("Ambiguous foreign first names before a foreign office")
struct AmbiguousForeignFirstNameTests {
    @Test("a foreign office vouches for the name: «جان مورتون دبیر فدراسیون فوتبال استرالیا»")
    func foreignOffice() {
        let r = Fixture.extract("جان مورتون دبیر فدراسیون فوتبال استرالیا از فیفا خواست تا زمان بازی را تغییر دهد.")
        #expect(Fixture.person(r, named: "جان مورتون") != nil)
    }

    @Test("an office of Iran does not: «جان سخت مدیر ورزش استان» is no name")
    func homeOffice() {
        let r = Fixture.extract("جان سخت مدیر ورزش استان را همه دیدند.")
        #expect(Fixture.person(r, named: "جان سخت") == nil)
    }

    @Test("round 31: a roster of three names read vouches for its items that open with a given name («میلاد جهانی», «پویا حقی»)")
    func rosterVouchesForItems() {
        let text = "بازیکنان دعوت شده عبارتند از: علی درخشان، داوود نوشی، سروش رفیعی، میلاد جهانی از مازندران، رسول کر، آرمن طهماسیان، میلاد دستگردی، پویا حقی و کریم انصاری فرد."
        let r = Fixture.extract(text)
        let names = Set(Fixture.names(r))
        #expect(names.isSuperset(of: ["میلاد جهانی", "رسول کر", "میلاد دستگردی", "پویا حقی"]), "\(names)")
        #expect(Fixture.offsetsHold(r, in: text))
        // Two names read are no roster: «امید» and «بهار» stay words.
        let two = Fixture.extract("علی درخشان، داوود نوشی و امید مردم به این تیم زیاد است.")
        #expect(!Fixture.names(two).contains("امید مردم"))
    }
}
