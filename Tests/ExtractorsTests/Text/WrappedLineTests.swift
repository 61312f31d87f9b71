import Testing
@testable import Extractors

/// Hamshahri's hard-wrapped archive text (issue 16 item 4): line breaks and abbreviations that cut a
/// sentence in the middle, and the headline and paragraph breaks that must stay.
@Suite("WrappedLines")
struct WrappedLineTests {
    func sentences(_ text: String) throws -> [String] {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "w", text: text))
        return a.sentences.map { a.text($0.range) }
    }

    /// Body lines of a hard-wrapped article (about 80 characters, most ending without punctuation).
    let body = """
    گروه سیاسی: وزیر امور خارجه کشورمان روز گذشته در تهران با همتای ترکیه ای خود دیدار و
    درباره گسترش روابط دو کشور و همکاری های منطقه ای در زمینه انرژی و ترانزیت گفت وگو
    کرد. در این دیدار که معاون وزیر و سفیر دو کشور نیز حضور داشتند طرفین بر اجرای
    توافق های پیشین در زمینه تجارت مرزی و گسترش خطوط ریلی میان دو کشور تاکید کردند.
    """

    @Test("a wrapped line whose next line opens with a quote, a bracket or a number runs on")
    func nextLineOpensWithQuoteOrNumber() throws {
        // After a line-continuer («و», «با») the next token may be a quote or a number.
        #expect(try sentences("این دیدار با حضور \"مهدی کریمی\" معاون وزیر و\n\"حسن نوری\" سفیر ایران انجام شد.") ==
                ["این دیدار با حضور \"مهدی کریمی\" معاون وزیر و\n\"حسن نوری\" سفیر ایران انجام شد."])
        #expect(try sentences("بیمارستان جدید شهر با\n120 تخت افتتاح شد.") == ["بیمارستان جدید شهر با\n120 تخت افتتاح شد."])
        #expect(try sentences("وزیر کشور با نمایندگان استان و\n«انجمن شهرداران» دیدار کرد.") ==
                ["وزیر کشور با نمایندگان استان و\n«انجمن شهرداران» دیدار کرد."])
        // A numbered item starts a line of its own, even after «و».
        #expect(try sentences("اهداف طرح عبارت است از:\n1- توسعه گردشگری و\n2- حمایت از صنایع دستی") ==
                ["اهداف طرح عبارت است از:", "1- توسعه گردشگری و", "2- حمایت از صنایع دستی"])
        // A line that ends with a noun in an unwrapped text keeps its break before a number or a quote.
        #expect(try sentences("جدول نتایج هفته\n12 بازی برگزار شد.") == ["جدول نتایج هفته", "12 بازی برگزار شد."])
        #expect(try sentences("گزارش ویژه\n«سفر به جنوب» عنوان برنامه است.") == ["گزارش ویژه", "«سفر به جنوب» عنوان برنامه است."])
    }

    @Test("in a hard-wrapped text a full-width line runs on into a line that opens with a quote")
    func wrappedLineBeforeAQuote() throws {
        let text = """
        دیدار وزیر با سفیران
        \(body)
        گروه سیاسی: وزیر امور خارجه کشورمان دیروز با سفیران کشورهای عضو اتحادیه اروپا و
        \"رابرت کوپر\" فرستاده ویژه اتحادیه در امور منطقه ای در محل وزارت امور خارجه
        دیدار کرد.
        """
        let got = try sentences(text)
        #expect(got.last == "گروه سیاسی: وزیر امور خارجه کشورمان دیروز با سفیران کشورهای عضو اتحادیه اروپا و\n\"رابرت کوپر\" فرستاده ویژه اتحادیه در امور منطقه ای در محل وزارت امور خارجه\nدیدار کرد.", "\(got)")
    }

    @Test("a headline that ends with a pronoun or a noun that is also a line-continuer («آن», «روی») stays apart from the lead")
    func headlineEndingWithNounPhrase() throws {
        // ham-821028-021: the join made the headline the lead's subject and lost its speaker chain.
        #expect(try sentences("احداث شهر بم در محل فعلی آن\nمعاون اداری استانداری کرمان گفته است که شهر بم بازسازی می‌شود.") ==
                ["احداث شهر بم در محل فعلی آن", "معاون اداری استانداری کرمان گفته است که شهر بم بازسازی می‌شود."])
        #expect(try sentences("افزایش حجم عرضه توسعه معادن روی\nگروه بورس: تعداد فروشندگان سهام افزایش یافت.").first ==
                "افزایش حجم عرضه توسعه معادن روی")
        // Inside the body the same words still carry a wrapped sentence on, and so do the other continuers on the first line.
        #expect(try sentences("گزارش سد کرخه\nوزیر نیرو گفت: سد کرخه و پیامدهای آن\nبررسی شد.") ==
                ["گزارش سد کرخه", "وزیر نیرو گفت: سد کرخه و پیامدهای آن\nبررسی شد."])
        #expect(try sentences("همایش تازه‌های علمی اعتیاد فردا در\nتهران برگزار می‌شود") == ["همایش تازه‌های علمی اعتیاد فردا در\nتهران برگزار می‌شود"])
    }

    @Test("the headline of a hard-wrapped text runs on when the wrap left a space before the break; otherwise it stays apart")
    func wrappedHeadline() throws {
        let wrapped = try sentences("دیدار هیات پارلمانی ژاپن با رئیس مجلس شورای \nاسلامی\n" + body)
        #expect(wrapped.first == "دیدار هیات پارلمانی ژاپن با رئیس مجلس شورای \nاسلامی", "\(wrapped)")
        // A headline written without the trailing space is a line of its own, and so is the lead after it.
        let apart = try sentences("دیدار هیات پارلمانی ژاپن با رئیس مجلس\nعلی احمدی\n" + body)
        #expect(Array(apart.prefix(2)) == ["دیدار هیات پارلمانی ژاپن با رئیس مجلس", "علی احمدی"], "\(apart)")
        // Only in a hard-wrapped text: a headline with a trailing space above short unwrapped lines stays apart.
        #expect(try sentences("دیدار وزیر نیرو با استاندار فارس \nوزیر نیرو امروز به شیراز رفت.") ==
                ["دیدار وزیر نیرو با استاندار فارس", "وزیر نیرو امروز به شیراز رفت."])
    }

    @Test("«ا...» of «آیت ا...» and of names like «نصرا...» does not end the sentence")
    func allahAbbreviation() throws {
        #expect(try sentences("حضرت آیت ا... خامنه ای دیروز با اعضای دولت دیدار کردند. سپس") ==
                ["حضرت آیت ا... خامنه ای دیروز با اعضای دولت دیدار کردند.", "سپس"])
        #expect(try sentences("در این مراسم یدا... صمدی و نصرا... رحیمی سخنرانی کردند.") ==
                ["در این مراسم یدا... صمدی و نصرا... رحیمی سخنرانی کردند."])
        // An ellipsis after an ordinary word still ends the sentence.
        #expect(try sentences("او رفت و دیگر برنگشت... فردا روز دیگری است.") == ["او رفت و دیگر برنگشت...", "فردا روز دیگری است."])
    }
}
