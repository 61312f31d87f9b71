#!/usr/bin/env python3
"""Public figures the development corpora name by surname alone, with their counts.

usage: scripts/mine-public-figures.py [--shared ../shared] [--min-count 3] [--min-share 0.3]

A word is proposed for `public-figures.txt` when, in the Fars News and Hamshahri development corpora (the gold
set's test split left out), it follows the courtesy title «آقای» at least --min-count times, and at least
--min-share of all its occurrences follow «آقای» or a given name of `given-names.txt`: news writes a public figure
«آقای خاتمی» or «سید محمد خاتمی», and later «خاتمی» alone. Second, a word that follows a given name at least --min-full
times and in at least --min-full-share of its occurrences (the surname of someone the news names often). A word of
common-word-surnames.txt is marked ambiguous=yes (also an everyday word: the recognizer then asks for a confirming
word after it). Words listed as given names, stop words,
non-name words, titles, places or role heads are left out. The names in KNOWN (heads of state, ministers and
envoys of other countries, and historical figures news cites by one name) are printed with their counts too,
whatever the counts: general knowledge, which the corpora attest less often because they write the full name first.
"""
import argparse, collections, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon
# Letters only: the Arabic comma, semicolon and question mark are in the same block.
WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3\u200c]+")

COURTESY = {key("آقای"), key("جناب")}
KNOWN = """
پوتین بوش کلینتون آلبرایت عرفات نتانیاهو شارون مشرف باراک پرز رابین یلتسین گورباچف شیراک بلر ماندلا
صدام قذافی مبارک اوباما مرکل سارکوزی اولمرت کرزای طالبانی مالکی بارزانی لاوروف کاندولیزا رامسفلد چنی
پاول سولانا البرادعی کوفی عنان کیسینجر نیکسون ریگان کارتر کندی آیزنهاور روزولت چرچیل هیتلر استالین لنین
خروشچف دوگل سوهارتو سوکارنو پینوشه کاسترو چاوز اردوغان گل برلوسکونی  واجپایی مشرف
تیتو ناصر سادات اسد حریری نصرالله هنیه عباس مشعل یاسین بن‌لادن ال‌گور گور کری پاپ ترامپ بولتون
ارسطو افلاطون سقراط نیوتن گالیله دکارت کانت هگل نیچه مارکس گوته شکسپیر هومر داروین فروید اینشتین
حافظ سعدی مولوی مولانا فردوسی خیام عطار نظامی جامی
""".split()
# Through the counts, not a person's surname: «الخصوص» («علی الخصوص»), «زاد», «اللهیان» and «صفه» (pieces of words
# split by a space), «دبلیو» («جورج دبلیو بوش»), «ولیعهد» (a role), «کوچیکه» (a nickname), «پاتر», «مور», «جولی»,
# «عبده», «حجار» (second given names or fictional characters).
NOT_FIGURES = {key(w) for w in "الخصوص زاد اللهیان صفه دبلیو ولیعهد کوچیکه پاتر مور جولی عبده حجار".split()}
# Mined surnames that are first of all everyday words (a reader's judgement, not the counts').
EVERYDAY = {key(w) for w in "درویش گلزار افشار فروتن ارجمند شکیب رهنما واعظ جاهد زارع شیردل مرزبان فخیم نکونام درخشنده شکیبایی جامی".split()}
# A name in KNOWN that is also an everyday word or a common given name reads as a person only with evidence.
KNOWN_AMBIGUOUS = {key(w) for w in "باراک گل ناصر سادات فردوسی مولانا پرز اسد عباس مبارک کارتر گور کری پاپ حافظ نظامی مشعل کندی".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.3)
    ap.add_argument("--min-full", type=int, default=8)
    ap.add_argument("--min-full-share", type=float, default=0.5)
    a = ap.parse_args()
    everyday = set(lexicon("common-word-surnames.txt")) | EVERYDAY
    given = lexicon("given-names.txt")
    excluded = NOT_FIGURES | set(given) | set(lexicon("stop-words.txt")) | set(lexicon("non-name-words.txt")) | set(lexicon("titles.txt"))
    for name in ("provinces.txt", "counties.txt", "countries.txt", "world-capitals.txt", "role-heads.txt", "place-names.txt"):
        excluded |= set(lexicon(name))
    context = {k for k, attrs in given.items() if attrs.get("ambiguous") != "yes"}
    seen, courtesy, after_given = collections.Counter(), collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            if i and words[i - 1] in COURTESY:
                courtesy[w] += 1
            elif i and words[i - 1] in context:
                after_given[w] += 1
    print("# --- mined: after «آقای» at least %d times, share of name contexts ≥ %.2f ---" % (a.min_count, a.min_share))
    mined = set()
    for w, c in sorted(courtesy.items(), key=lambda x: (-x[1], x[0])):
        if c < a.min_count or w in excluded or len(w) < 3:
            continue
        share = (c + after_given[w]) / seen[w]
        if share < a.min_share:
            continue
        mined.add(w)
        flag = " | ambiguous=yes" if w in everyday else ""
        print(f"{w}{flag}  # after «آقای» {c}, after a given name {after_given[w]}, of {seen[w]}")
    print("# --- mined: after a given name at least %d times and in at least %.2f of all occurrences ---" % (a.min_full, a.min_full_share))
    for w, c in sorted(after_given.items(), key=lambda x: (-x[1], x[0])):
        if c < a.min_full or w in excluded or w in mined or len(w) < 3 or c / seen[w] < a.min_full_share:
            continue
        mined.add(w)
        flag = " | ambiguous=yes" if w in everyday else ""
        print(f"{w}{flag}  # after a given name {c}, after «آقای» {courtesy[w]}, of {seen[w]}")
    print("# --- general knowledge: heads of state, ministers, envoys, thinkers and poets cited by one name ---")
    for w in dict.fromkeys(key(x) for x in KNOWN):
        if w in mined or w in excluded:
            continue
        flag = " | ambiguous=yes" if w in KNOWN_AMBIGUOUS else ""
        print(f"{w}{flag}  # in the corpora {seen[w]}, after «آقای» {courtesy[w]}, after a given name {after_given[w]}")


if __name__ == "__main__":
    main()
