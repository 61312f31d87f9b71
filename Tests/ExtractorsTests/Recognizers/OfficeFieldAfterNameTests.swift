import Testing
@testable import Extractors

/// Issue 16, round 21: an office written right after a name, its field in open words (`role.speaker-office` in
/// apposition), read as far as the apposition plainly ends: trades that vouch for no name now read their field too
/// (role-heads.txt `field=open`), «هم» and adverbs of time end it (speaker-followers.txt), so do «و» and a second
/// office of the same person and a stated belief («معتقد است», speech-verbs.txt).
@Suite("Offices after a name: fields of trades, their ends")
struct OfficeFieldAfterNameTests {
    @Test("a trade that vouches for no name reads its field after the name: «کارگردان سینمای مستند», «نوازنده تار»")
    func tradeField() {
        #expect(Fixture.roles(of: "مهرداد اسکویی کارگردان سینمای مستند می گوید: بسیاری از جشنواره ها تنها گزارش می دهند.", "مهرداد اسکویی")
                == ["کارگردان سینمای مستند"])
        #expect(Fixture.roles(of: "در این برنامه رضا مازندرانی، نوازنده تار و وحید فتانی، نوازنده تمبک حضور داشتند.", "رضا مازندرانی")
                == ["نوازنده تار"])
        // «سناتور» stays a head that reads no field: before a surname it is a title («سناتور اسپکتر»).
        #expect(Fixture.names(Fixture.extract("آرلن اسپکتر به دمشق رفت. سناتور اسپکتر در این سفر گفت: سوریه آماده است."))
                .allSatisfy { !$0.hasPrefix("سناتور") })
    }

    @Test("«هم» and adverbs of time end an office's field: «کارشناس محیط زیست دریایی چندی پیش …», «… بازار سرمایه هم …»")
    func followersEndTheField() {
        #expect(Fixture.roles(of: "دکتر فاطمی، کارشناس محیط زیست دریایی چندی پیش در گفت وگو با خبرگزاری مهر تاکید کرد: آلاینده ها زیاد است.", "فاطمی")
                == ["کارشناس محیط زیست دریایی"])
        #expect(Fixture.roles(of: "غلامرضا اسلامی بیدگلی کارشناس بازار سرمایه هم درباره فروش اوراق معتقد است: بازار رونق می گیرد.", "غلامرضا اسلامی بیدگلی")
                == ["کارشناس بازار سرمایه"])
        // «هم» is `office-only=yes`: a bare word before it is no speaker («خانمی هم …» is "a lady also …").
        #expect(Fixture.extract("خانمی هم در این باره گفت: کار سخت است.").people.isEmpty)
    }

    @Test("«و» and a second office end the first one's field; both are the person's")
    func secondOfficeAfterAnd() {
        let r = Fixture.roles(of: "دکترمحمدعلی زرگر، متخصص اورولوژی و رئیس هفتمین کنگره انجمن اورولوژی در این باره معتقد است: دیابت شایع است.", "محمدعلی زرگر")
        #expect(r.contains("متخصص اورولوژی"))
        #expect(Fixture.roles(of: "حسین عظیمی استاد برجسته اقتصاد توسعه و رئیس موسسه عالی آموزش و پژوهش در این باره گفت: رشد کند است.", "حسین عظیمی")
                .contains("استاد برجسته اقتصاد توسعه"))
    }

    @Test("«معتقد است» reports what its subject says, as «گفت» does; the plural «معتقدند» makes no group a person")
    func statedBelief() {
        #expect(Fixture.roles(of: "آرمان ماتلار استاد فرانسوی ارتباطات معتقد است: کتاب چاپی جایگاه خودش را حفظ می کند.", "آرمان ماتلار")
                == ["استاد فرانسوی ارتباطات"])
        #expect(Fixture.extract("دانشمندان معتقدند: زمین گرم تر می شود.").people.isEmpty)
    }

    @Test("an unnamed participant known by a bare office holds that office as its role")
    func unnamedBareOfficeRole() {
        let r = Fixture.extract("مراسم با حضور فرماندار، معاون فرماندار و بخشدار مرکزی برگزار شد.")
        let governor = r.people.first { $0.name == "فرماندار" }
        #expect(governor?.unnamed == true)
        #expect(governor?.roles.map(\.text) == ["فرماندار"])
    }
}
