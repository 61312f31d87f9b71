#!/usr/bin/env python3
"""Rare given names of the public lists that given-names.txt misses, kept when the corpora write them before a surname.

usage: scripts/mine-rare-given-names.py [--shared ../shared] [--max-count 80] [--min-share 0.5]

The long tail the earlier miners (mine-listed-given-names.py, mine-given-before-surname.py: three occurrences or more)
left out: a one-word name of `lexicon-sources/given-names-freq.csv` or `given-names-gender.csv`, of three letters or
more, in no lexicon yet (given names, surnames, public figures, the non-name lexicons of mining.py), that the Fars
News and Hamshahri development corpora (the gold set's test split left out) write at most --max-count times, at least
once right before a surname and in at least --min-share of its occurrences. A surname here is a word of surnames.txt
(not `ambiguous=yes`), of `lexicon-sources/surnames-freq.csv` that is no given name, a word with a strong surname
ending (surname-suffixes.txt), or a word of four letters or more in the common «ی» that no lexicon claims. A name
that is rare in the news and stands before a surname in most of its few occurrences is a person's first name, not
an everyday word; every candidate was still read in its contexts (a reader's judgement, below): EVERYDAY are names
that are also words (marked `ambiguous=yes`, so that they need a listed surname, a strong ending, a role or a report
of speech), NOT_NAMES are words that passed the counts but name no one here (a word, the first half of a surname, a
place, a typo). The output is the given-names.txt section, each line with its counts.

Run it on given-names.txt without the section it printed (its names are in no lexicon then). The round-14 section:
`--max-count 80 --min-share 0.5`, plus the names of EXTRA_AMBIGUOUS, frequent words that are
also given names and stood before a surname three times or more («داور» referee, «ذوالفقار», «احسن» best), marked
`ambiguous=yes`.
"""
import argparse, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, WORD, dev_articles, key, lexicon, listed_keys, public_surnames, surname_endings, unlisted_public_given_names

# Names that are also everyday words: kept, marked `ambiguous=yes` (a reader's judgement).
EVERYDAY = {key(w) for w in """
رفیق شجاع مقتدا پولاد عقیله شمیم سبا آقاجان سرفراز کنعان خضر بهیار
""".split()}
# Through the counts, no first name here: everyday words («زیاده روی», «گلاب», «شمایل», «درگاه», «طریقت», «مدیحه
# سرایی», «صبرانه» of «بی صبرانه», «انبیای», «سلاطین», «الطاف», «خاصه», «سپر», «مداد», «کورس», «شهیر», «جویان», «اجیر»,
# «مروج», «افاقه», «قاهر», «خرامان», «جزاء», «اعلاء», «مرصع», «تمثال», «شکرانه», «نگهدار», «لقای», «عظمی», «منزه», «فهمه»,
# «جالی», «گلابتون», «بهیاد»), surnames or a surname's first half («مایلی کهن», «مصباح یزدی», «پوری حسینی», «قلیچ
# خانی», «مهریار», «مبشر», «گلچین», «فروهر», «عمید», «صراف», «جداری», «هراتی», «عمانی», «احسانی», «عصمتی», «بیگلر
# بیگی», «میرزای»), places («جنت آباد», «قیل آباد», «مولان آباد», «سهند», «نجم آباد», «سانتا», «تمیم», «معان»,
# «کاله»), titles and words of titles («شازده», «خانوم», «دخت», «قلی», «اله», «عبدل» of «عبدل باری» is kept),
# names of the faith or of history written as words («محدث», «شریعت», «ضحی», «حدیقه»), typos («حمدرضا», «ربعلی»,
# «علام», «پروز», «سروز», «دادو»), foreign words («سیرا», «شیبا», «سیلا», «اوس», «فرنک», «جنید», «رافیک», «آویشن»),
# «مقتدی», «نبیه», «عون», «لیزا», «الویس» (foreign or a figure's first name, read whole by public-figures.txt), and
# short or doubtful ones («ارد», «سها», «لفته», «نشمیل», «مهاب», «صایب», «ضیا», «تهماسب», «کلیم», «سامر», «منتصر»),
# and words or names of things the counts let through once or twice: «ستاره هالی» (Halley's comet), «الویه», «الوان»
# (colours), «شرافت» (honour), «بلوط» (oak), «مرزه» (savory), «کافه تریا», «می مالد» (a verb), «بشم», «از کرخه تا
# راین» (a film), «گلوله کاتیوشا», «ماریتا» (a cheetah), «لونا» (a ship), «زاهده», «علویه» (epithets), «میه», «یا
# فاطمه‌الزهرا» (a call), «بصیرا…», and surnames («مشکوه», «تراب», «نقشین», «ضرغام»).
NOT_NAMES = {key(w) for w in """
زیاده گلاب شمایل درگاه طریقت مدیحه صبرانه انبیای سلاطین الطاف خاصه سپر مداد کورس شهیر جویان اجیر مروج افاقه قاهر
خرامان جزاء اعلاء مرصع تمثال شکرانه نگهدار لقای عظمی منزه فهمه جالی گلابتون بهیاد مایلی مصباح پوری قلیچ مهریار مبشر
گلچین فروهر عمید صراف جداری هراتی عمانی احسانی عصمتی بیگلر میرزای جنت قیل مولان سهند نجم سانتا تمیم معان کاله شازده
خانوم دخت قلی اله محدث شریعت ضحی حدیقه حمدرضا ربعلی علام پروز سروز دادو سیرا شیبا سیلا اوس فرنک جنید رافیک آویشن
مقتدی نبیه عون لیزا الویس ارد سها لفته نشمیل مهاب صایب ضیا تهماسب کلیم سامر منتصر ماشاءالله سرخابی چوپان نابغه
بنیه فضیلت غلام شیون شاهزاده میهن کاروان ناظم مرشد فرشباف سیب گوی ایمن نواب نهضت غنی بهره معظم میراث ارشاد جهاد بنی
مشکوه هالی لونا کاتیوشا بشم تراب زاهده مرزه شرافت راین بلوط میه تریا ماریتا بصیرا فاطمهالزهرا نقشین الوان مالد علویه
الویه ضرغام نامور خیریه مشفق صیاد بیبی ساویز
""".split()}
# Frequent words that are also given names, before a listed surname three times or more: `ambiguous=yes`.
EXTRA_AMBIGUOUS = {key(w) for w in "داور ذوالفقار احسن".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--max-count", type=int, default=80)
    ap.add_argument("--min-share", type=float, default=0.5)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    candidates = unlisted_public_given_names(a.shared)
    listed = listed_keys()
    public_surnames_ = public_surnames(a.shared)
    surnames = {k for k, v in lexicon("surnames.txt").items() if v.get("ambiguous") != "yes"}
    strong = surname_endings(strong_only=True)

    def surname(w):
        if w in surnames or w in public_surnames_ and w not in given or w.endswith(strong) and len(w) > 4:
            return True
        return w.endswith("ی") and len(w) >= 4 and w not in listed and w not in given

    seen, before, articles = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    for doc, text in dev_articles(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w in candidates:
                seen[w] += 1
                articles[w].add(doc)
                if i + 1 < len(words) and surname(words[i + 1]):
                    before[w] += 1
    kept = sorted(w for w in candidates if w not in NOT_NAMES and (
        w in EXTRA_AMBIGUOUS and before[w] >= 3
        or 1 <= seen[w] <= a.max_count and before[w] >= 1 and before[w] / seen[w] >= a.min_share))
    for w in kept:
        attrs = [f"gender={candidates[w]}"]
        if w.startswith("سید") and len(w) > 3 and w[3:] in given:
            attrs.append("honorific=سید")
        if w in EVERYDAY or w in EXTRA_AMBIGUOUS:
            attrs.append("ambiguous=yes")
        print(f"{w} | {' | '.join(attrs)}  # before a surname {before[w]} of {seen[w]}, {len(articles[w])} articles")


if __name__ == "__main__":
    main()
