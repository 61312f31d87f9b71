import Testing
@testable import Extractors

/// Offices the dev split's missed roles showed stopping short or not read at all: a complete office before
/// «این کشور», a holder's standing between a complete office and its country (role-modifiers.txt: «موقت», «فقید»,
/// «منتخب», «مخلوع»), and players' positions and the founder's office (role-heads.txt: «هافبک», «دروازه‌بان»,
/// «ملی‌پوش», «پیشکسوت», «بنیانگذار»).
@Suite("Role standing, «این کشور» and players' positions")
struct RoleStandingTests {
    @Test("a complete office keeps «این کشور» after it: «پرویز مشرف رئیس جمهور این کشور»")
    func completeOfficeBeforeThisCountry() {
        let text = "نویسنده ایرانی در سفر به پاکستان لوح افتخار را از پرویز مشرف رئیس جمهور این کشور دریافت کرد."
        #expect(Fixture.roles(of: text, "پرویز مشرف") == ["رئیس جمهور این کشور"])
        #expect(Fixture.roles(of: "ترکیه بودجه را کاهش داد و رجب طیب اردوغان نخست وزیر این کشور گفت: اصلاحات ادامه دارد.", "رجب طیب اردوغان")
                == ["نخست وزیر این کشور"])
        // The word of tenure stays before it.
        #expect(Fixture.roles(of: "شیراک در پاریس با تونی بلر نخست وزیر سابق این کشور دیدار کرد.", "تونی بلر") == ["نخست وزیر سابق این کشور"])
    }

    @Test("a bare office the same person holds later does not drop the office of «این کشور»")
    func thisCountryOfficeBesideTheBareOffice() {
        let r = Fixture.extract("""
            در آرژانتین، «نستور کرچنر» رئیس جمهور این کشور از سیاست‌های صندوق بین‌المللی پول انتقاد کرد.
            کرچنر گفت: رئیس جمهور باید از مردم دفاع کند.
            """)
        let texts = Fixture.person(r, named: "نستور کرچنر")?.roles.map(\.text) ?? []
        #expect(texts.contains("رئیس جمهور این کشور"), "roles: \(texts)")
    }

    @Test("a holder's standing between a complete office and its country: «نخست وزیر موقت عراق», «رئیس جمهور فقید فرانسه»")
    func standingBeforeTheCountry() {
        #expect(Fixture.roles(of: "ایاد علاوی نخست وزیر موقت عراق در سفر به کویت گفت: امنیت برقرار می‌شود.", "ایاد علاوی")
                == ["نخست وزیر موقت عراق"])
        #expect(Fixture.roles(of: "کتاب تازه‌ای درباره فرانسوا میتران رئیس جمهور فقید فرانسه منتشر شد.", "فرانسوا میتران")
                == ["رئیس جمهور فقید فرانسه"])
        #expect(Fixture.roles(of: "محمود احمدی‌نژاد رئیس جمهوری منتخب ایران با خبرنگاران گفت‌وگو کرد.", "محمود احمدی‌نژاد")
                == ["رئیس جمهوری منتخب ایران"])
        #expect(Fixture.roles(of: "دادگاه صدام حسین رئیس جمهور مخلوع عراق امروز تشکیل شد.", "صدام حسین") == ["رئیس جمهور مخلوع عراق"])
        // Without a standing word the office reads as before.
        #expect(Fixture.roles(of: "ایاد علاوی نخست وزیر عراق در سفر به کویت گفت: امنیت برقرار می‌شود.", "ایاد علاوی") == ["نخست وزیر عراق"])
    }

    @Test("players' positions and standing head a role with their team or club: «هافبک تیم استقلال», «ملی‌پوش سابق ایتالیا»")
    func playersPositions() {
        #expect(Fixture.roles(of: "میثم بائو هافبک تیم استقلال در خصوص بازی با ملوان گفت: ما آماده‌ایم.", "میثم بائو") == ["هافبک تیم استقلال"])
        #expect(Fixture.roles(of: "بشار رسن هافبک سابق پرسپولیس و عضو تیم ملی عراق در این بازی مصدوم شد.", "بشار رسن")
                == ["هافبک سابق پرسپولیس", "عضو تیم ملی عراق"])
        #expect(Fixture.roles(of: "علی رحمانی دروازه‌بان تیم فوتبال پاس به تمرینات بازگشت.", "علی رحمانی") == ["دروازه‌بان تیم فوتبال پاس"])
        #expect(Fixture.roles(of: "مهدی مناجاتی پیشکسوت فوتبال ایران گفت: باید از مربی ایرانی استفاده کنیم.", "مهدی مناجاتی")
                == ["پیشکسوت فوتبال ایران"])
        #expect(Fixture.roles(of: "باشگاه پرسپولیس، جواد زرینچه ملی‌پوش سابق تیم فوتبال ایران را به عنوان مربی معرفی کرد.", "جواد زرینچه")
                == ["ملی‌پوش سابق تیم فوتبال ایران"])
    }

    @Test("the founder's office ends a name that ran on into it: «احمد یاسین بنیانگذار جنبش …»")
    func founderEndsTheName() {
        let r = Fixture.extract("هزاران نفر پس از ترور شیخ احمد یاسین بنیانگذار جنبش مقاومت اسلامی فلسطین به خیابان‌ها آمدند.")
        #expect(r.people.map(\.name) == ["احمد یاسین"], "people: \(r.people.map(\.name))")
        #expect(r.people.first?.roles.map(\.text) == ["بنیانگذار جنبش مقاومت اسلامی فلسطین"])
    }

    @Test("a list of positions makes no names: the new heads do not vouch for unknown words before a comma")
    func positionsDoNotVouch() {
        let r = Fixture.extract("این تیم در خط دفاع کمبود دارد و کادر فنی برای جذب دروازه‌بان، مدافع چپ، هافبک دفاعی و مهاجم نوک اقدام کرده است.")
        #expect(r.people.isEmpty, "people: \(r.people.map(\.name))")
    }
}
