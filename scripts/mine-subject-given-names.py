#!/usr/bin/env python3
"""Given names of the public lists that are also everyday words, kept when the corpora write them as a subject's name.

usage: scripts/mine-subject-given-names.py [--shared ../shared] [--min-subject 1] [--contexts 3]

The names the earlier miners left out because the news uses them as words far more often than as names: a one-word
name of `lexicon-sources/given-names-freq.csv` or `given-names-gender.csv`, of three letters or more, in no name
lexicon yet (given names, surnames, public figures, the non-name lexicons of mining.py; everyday-words.txt may hold
it), is counted where the Fars News and Hamshahri development corpora (the gold set's test split left out) write it
as the first word of a person who is a clause's subject: right before a surname (as mine-rare-given-names.py reads
one), the pair after a sentence's or a report opener's start or a title, and followed by a report of speech, a role
head, «در گفت‌وگو», «با اشاره», «که» or «نیز» («فراز کمالوند معتقد است», «کرم محمدی امروز میزبان …» fail this; «برات قنبری
که صبح امروز …» passes). A name written so at least --min-subject times (or one of EXTRA) is printed with its counts and contexts;
every candidate was still read (a reader's judgement, below: NOT_NAMES). The kept names enter given-names.txt marked
`ambiguous=yes`: as words they stay words, and as names they need the evidence an ambiguous name needs.

Run it on given-names.txt without the section it printed (its names are in no lexicon then).
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_articles, key, lexicon, public_surnames, surname_endings, unlisted_public_given_names

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[.،,:؛!?؟\n]")
# Read in their contexts (at --min-subject 1, round 27) and found to name no one here (a reader's judgement): everyday
# words before a word that is also a surname («صورت جدی», «دلیل مسایلی», «هزار نفر», «نظام اسلامی», «امنیت کامل»),
# the first half of a surname written apart («دانش جعفری», «دانش آشتیانی», «قایم پناه», «شمس فرد», «فرج اللهی», «نصر
# اصفهانی», «پوری حسینی», «ملک مدنی», «میر سرگزی», «بنی اعتماد»), a title («قاضی مظفری», the judge), the second half of
# a given name («ولی الله», «ولی اله»), a place («اسلام آباد»), a pen name read whole elsewhere («مشفق کاشانی»), and the
# names mine-rare-given-names.py already judged no name here («صایب», «ضیا», «مبشر», «سامر», «بصیرا», «گلاب»), and
# «آیت», which Hamshahri writes apart as the first half of the title «آیت الله». Read over the 6,835 articles once
# listed, two were words far more often than names even before a surname-like word: «هدایت» (guidance: «هدایت
# تحصیلی», «هدایت افکار», «با هدایت فیروز کریمی», the coach's name after it) and «عظیم» (huge: «حجم عظیم بیکاری»,
# «عظیم درونی»): 8 of 10 of their new people were wrong. «میرهاشم» is read already: the glued-name splitter cuts «میر»
# off a given name («میر» + «هاشم»), which a listed «میرهاشم» would stop.
NOT_NAMES = {key(w) for w in """
صورت دلیل خاطر هزار بدین همراه دختر سیاست امور جوان فرهنگ نظام وجود امام انسان بروز تجربه خدمت قدرت مرد وحدت چهره امر
امری جامعه حاکم دیدار رقابت شاید شیوه ظاهر عامل عقیده فجر قطعه قهرمان مقدار پسته اتهام اعتبار افتخار اندیشه حالت خیران
دعوت رشته روح زمان سهم شاهد صحبت صنعت صیاد غنی قره قلم قول قیمت لشکر لطف مثال مردان مصلحت مقتدی منتها موفق میراث نظیر
هلی اسلام امنیت حمایت رساله وظیفه راد عرب دانش قایم شمس فرج نصر پوری ملک میر بنی قاضی الله اله مشفق صایب ضیا مبشر سامر
بصیرا گلاب آیت هدایت عظیم میرهاشم
""".split()}
# Also surnames: right after another given name they are its surname («عیسی امیدوار», «رحمت‌الله امیدوار»), not a
# second given name (given-names.txt `after-given=surname`).
AFTER_GIVEN_SURNAME = {key(w) for w in "امیدوار قباد".split()}
# The lexicon matcher also writes «آ», «أ», «إ» as «ا» and «ؤ» as «و» (PersianNormalizer): «مؤید» is «موید», listed.
# «فراز», also a word, names a player before a surname no list holds 3 of its 5 times after a sentence's start or a comma
# («فراز کمالوند معتقد است»), but the lexicon matcher reads keys with their spaces removed, and «فر» (a surname's
# ending written apart, «متین فر») with «از» after it is «فراز» too: listed, it cut «عباس متین فر از …» short. Left out.
EXTRA = set()
OPENERS = {key(w) for w in "به گزارش افزود گفت همچنین اما ولی سپس".split()}
# «در گفت‌وگو …», «با اشاره …», «ضمن …», «نیز …»: words that open what a subject does, after its name.
AFTER = {key(w) for w in "نیز ضمن امروز دیروز".split()}
AFTER_PAIRS = {(key(a), key(b)) for a, b in (("در", "گفت‌وگو"), ("در", "گفتگو"), ("در", "گفت"), ("با", "اشاره"), ("با", "بیان"),
                                              ("در", "این"), ("در", "ادامه"), ("در", "پایان"))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-subject", type=int, default=1)
    ap.add_argument("--contexts", type=int, default=3)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    candidates = unlisted_public_given_names(a.shared)
    public = public_surnames(a.shared)
    surnames = {k for k, v in lexicon("surnames.txt").items() if v.get("ambiguous") != "yes"}
    strong = surname_endings(strong_only=True)
    titles = set(lexicon("titles.txt"))
    heads = set(lexicon("role-heads.txt"))
    speech = set(lexicon("speech-verbs.txt"))

    def surname(w):
        if w in surnames or w in public and w not in given or w.endswith(strong) and len(w) > 4:
            return True
        return False

    seen, subject, ctx = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    docs = collections.defaultdict(set)
    for doc, text in dev_articles(a.shared):
        toks = [t if len(t) == 1 and not t.isalpha() else key(t) for t in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(toks):
            if w not in candidates:
                continue
            seen[w] += 1
            if i + 2 >= len(toks) or not surname(toks[i + 1]):
                continue
            before = toks[i - 1] if i else "."
            opens = before in ".\n:؛" or before in "،," or before in OPENERS or before in titles
            nxt = toks[i + 2]
            after = toks[i + 3] if i + 3 < len(toks) else "."
            follows = nxt in "،," and after in heads or nxt in heads or nxt in speech or nxt in AFTER or (nxt, after) in AFTER_PAIRS
            if opens and follows:
                subject[w] += 1
                docs[w].add(doc)
                if len(ctx[w]) < a.contexts:
                    ctx[w].append(" ".join(toks[max(0, i - 3):i + 5]).replace("\n", "¶"))
    for w in sorted(candidates, key=lambda w: (-subject[w], w)):
        if subject[w] < a.min_subject and w not in EXTRA or w in NOT_NAMES:
            continue
        tail = " | after-given=surname" if w in AFTER_GIVEN_SURNAME else ""
        print(f"{w} | gender={candidates[w]} | ambiguous=yes{tail}  # a subject's first name {subject[w]} times in {len(docs[w])} articles, "
              f"{seen[w]} occurrences  ‖ " + " ‖ ".join(ctx[w]))


if __name__ == "__main__":
    main()
