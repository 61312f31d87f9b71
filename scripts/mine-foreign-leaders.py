#!/usr/bin/env python3
"""Foreign heads of state and government, ministers, speakers and heads of world bodies that the development corpora
name beside their office, whose full names the name rules cannot read.

usage: scripts/mine-foreign-leaders.py [--shared ../shared] [--min-articles 2] [--show N] [--candidates]

Diplomatic news names a foreign leader once, in full, beside the office: «رئیس جمهور تاجیکستان امامعلی رحمان»,
«نخست وزیر سوئد، یوران پرشون», «فردریک رینفلد نخست وزیر سوئد». A transliterated name is neither a listed given name
nor a surname with a Persian ending, so no rule reads it. A sequence of two to four words X … is a candidate when the
Fars News and Hamshahri development corpora (the gold set's test split left out) write it

- right after a foreign office: an office head of OFFICES, then a foreign country (countries.txt without `home=yes`)
  or its nationality adjective or a body of BODIES within three words, then (after an optional comma) the name, which
  ends at punctuation, a function word or a report of speech («… تاجیکستان امامعلی رحمان در دیدار با …»);
- right before such an office (after an optional comma): «یوران پرشون نخست وزیر سوئد».

Every word of the sequence is a word no function lexicon holds. The count is of articles, not occurrences: a name
kept is written beside a foreign office in at least --min-articles articles. A sequence the rules read already (its
first word a plain given name and its last a listed surname or a surname ending, or listed in public-figures.txt)
is left out. --candidates prints every candidate with its counts (for the reader who checks each against public
facts); without it the script prints the section of public-figures.txt: the candidates a reader confirmed held the
office (CONFIRMED, with the office and the years, from public records), each line with its counts.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, lexicon, surname_endings

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[،,\"«»“”.:؛()]")
PUNCT = set("،,\"«»“”.:؛()")
# The offices of the class, as word sequences (folded keys): heads of state and government, foreign ministers,
# speakers, secretaries-general and heads of world bodies.
OFFICES = [tuple(key(w) for w in o.split()) for o in """
رئیس جمهور
رئیس جمهوری
رییس جمهور
رییس جمهوری
نخست وزیر
وزیر امور خارجه
وزیر خارجه
وزیر دفاع
رئیس مجلس
رئیس پارلمان
صدر اعظم
صدراعظم
پادشاه
امیر
دبیرکل
دبیر کل
مدیرکل
مدیر کل
رئیس
""".strip().split("\n")]
# World bodies whose heads the news names («دبیرکل سازمان ملل», «مدیرکل آژانس بین‌المللی انرژی اتمی», «دبیرکل اوپک»).
BODIES = {key(w) for w in "سازمان‌ملل ملل آژانس اوپک ناتو اکو اتحادیه کنفرانس سازمان‌کنفرانس شورای‌همکاری یونسکو".split()}
# Words that end a name written after its office (besides punctuation and function lexicons).
ENDS = {key(w) for w in "در با که و به از را گفت افزود اظهار تاکید تأکید نیز هم روز امروز دیروز پیش".split()}
# The names printed: office holders of the corpora's years (Hamshahri 1381–1386 = 2002–2008; the Fars News scrape's
# articles are of 1382–1400 = 2003–2021 by their news ids), each checked against public records (the office and the years), as the corpora write
# them, that the name rules did not read in the corpora's articles (checked by extracting every article that writes
# the name with the rules of main 0335776: the name was missed, or read only in part, in at least one of them). They
# come from the --candidates output (written beside a foreign office) and from a reader's list of the period's office
# holders checked the same way; a name is printed when the corpora write it, word for word, in at least
# --min-articles articles. Left out after reading: «زاید آل نهیان» (also the end of «خلیفه بن زاید آل نهیان», his
# son), «امیر عبدالله» (also a Persian given name pair), «قصوری» (an everyday word: «قصور»), «امامعلی رحمان» (one
# article; the corpora write «امامعلی رحمانف», which the rules read), «برمر» alone (a one-word entry is a person of
# its own beside «پل برمر», whose surname is the whole name since «پل» is no listed given name: two people in 3 articles).
CONFIRMED = {
    "پل برمر": "head of the Coalition Provisional Authority in Iraq 2003–2004 (L. Paul Bremer)",
    "شرودر": "chancellor of Germany 1998–2005 (Gerhard Schröder)",
    "فاروق الشرع": "foreign minister of Syria 1984–2006, then vice-president",
    "لحود": "president of Lebanon 1998–2007 (Émile Lahoud)",
    "ملک فهد": "king of Saudi Arabia 1982–2005",
    "عدنان پاچه چی": "member of the Iraqi Governing Council 2003–2004, foreign minister of Iraq 1965–1967",
    "نگروپونته": "US ambassador to the UN 2001–2004 and to Iraq 2004–2005, director of national intelligence 2005–2007",
    "آرمیتاژ": "US deputy secretary of state 2001–2005 (Richard Armitage)",
    "مک کین": "US senator for Arizona 1987–2018 (John McCain)",
    "ماهاتیر محمد": "prime minister of Malaysia 1981–2003",
    "بان کی مون": "secretary-general of the United Nations 2007–2016",
    "هو جین تائو": "president of China 2003–2013 (Hu Jintao)",
    "میچل باچه لت": "president of Chile 2006–2010 (Michelle Bachelet)",
    "صفر مراد نیازوف": "president of Turkmenistan 1990–2006 (Saparmurat Niyazov)",
    "فیلیپ دوست بلازی": "foreign minister of France 2005–2007 (Philippe Douste-Blazy)",
    "نظربایف": "president of Kazakhstan 1990–2019 (Nursultan Nazarbayev)",
    "ولفوویتز": "US deputy secretary of defense 2001–2005, president of the World Bank 2005–2007 (Paul Wolfowitz)",
}
# Compound surnames written apart: the whole is the surname («جان مک کین»: given name «جان», surname «مک کین»).
WHOLE = {"مک کین"}
# «ی» is weak but still read by the rules after a plain given name.
ENDINGS = surname_endings()



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("--show", type=int, default=0, help="print N contexts of each sequence kept, to stderr")
    ap.add_argument("--candidates", action="store_true")
    a = ap.parse_args()
    function = keys_of(NON_NAME_LEXICONS + ("nationality-suffixes.txt", "jalali-months.txt", "gregorian-months.txt"))
    function |= ENDS
    countries = lexicon("countries.txt")
    foreign = {k for k, v in countries.items() if v.get("home") != "yes"}
    # A nationality adjective of a foreign country («فرانسوی», «آمریکایی») names the country too.
    foreign |= {k + "ی" for k in foreign} | {k + "یی" for k in foreign} | BODIES
    given = lexicon("given-names.txt")
    plain_given = {k for k, v in given.items() if v.get("ambiguous") != "yes"}
    surnames = set(lexicon("surnames.txt"))
    figures = set(lexicon("public-figures.txt"))

    def read_already(seq):
        first, last = seq[0], seq[-1]
        if key("".join(seq)) in figures or last in figures or key("".join(seq[1:])) in figures:
            return True
        return first in plain_given and (last in surnames or last.endswith(ENDINGS) and len(last) > 3)

    def office_at(words, j):
        """The length of the office starting at j whose complement names a foreign country or body, else 0."""
        for o in OFFICES:
            if tuple(words[j:j + len(o)]) == o:
                rest = words[j + len(o):j + len(o) + 3]
                for r, w in enumerate(rest):
                    if w in foreign:
                        return len(o) + r + 1
                return 0
        return 0

    def plain(w):
        return w not in PUNCT and w not in function and len(w) > 1

    articles, seen_articles, contexts = collections.defaultdict(set), collections.defaultdict(set), collections.defaultdict(list)
    for aid, text in dev_articles(a.shared):
        words = [w if w in PUNCT else key(w) for w in WORD.findall(text.translate(FOLD))]
        for i in range(len(words)):
            for n in (2, 3, 4):
                seq = tuple(words[i:i + n])
                if len(seq) == n and all(plain(w) for w in seq):
                    seen_articles[seq].add(aid)
            # after an office: «office … country [،] X Y [Z [W]]» ending at a function word or punctuation
            if (h := office_at(words, i)):
                j = i + h
                if j < len(words) and words[j] in "،,":
                    j += 1
                k = j
                while k < len(words) and k - j < 5 and plain(words[k]):
                    k += 1
                if 2 <= k - j <= 4 and (k == len(words) or not plain(words[k])):
                    seq = tuple(words[j:k])
                    articles[seq].add(aid)
                    if len(contexts[seq]) < a.show:
                        contexts[seq].append("after: " + " ".join(words[max(0, i - 2):k + 3]))
            # before an office: «… X Y [Z [W]] [،] office … country»: every run of two to four plain words that ends
            # right before the office (the reader picks the name's span among them)
            j = i
            if j < len(words) and words[j] in "،,":
                j += 1
            if i > 0 and office_at(words, j):
                for n in (2, 3, 4):
                    seq = tuple(words[max(0, i - n):i])
                    if len(seq) == n and all(plain(w) for w in seq):
                        articles[seq].add(aid)
                        if len(contexts[seq]) < a.show:
                            contexts[seq].append("before: " + " ".join(words[max(0, i - n - 2):j + 6]))
    # Kept: written beside a foreign office at least once and written in at least --min-articles articles.
    kept = [s for s, arts in articles.items() if len(seen_articles[s]) >= a.min_articles and not read_already(s)]
    if a.candidates:
        for s in sorted(kept, key=lambda s: (-len(articles[s]), s)):
            print(f"{' '.join(s)}\t{len(articles[s])}\t{len(seen_articles[s])}")
            for c in contexts[s]:
                print(f"    {c}")
        return
    # Word-for-word counts of the confirmed names (a name's words in a row, spaces and ZWNJ aside).
    written, beside = collections.Counter(), collections.Counter()
    confirmed = {tuple(key(w) for w in name.split()): name for name in CONFIRMED}
    for aid, text in dev_articles(a.shared):
        words = [w if w in PUNCT else key(w) for w in WORD.findall(text.translate(FOLD).replace("\u200c", ""))]
        line = " " + " ".join(words) + " "
        for seq in confirmed:
            if " " + " ".join(seq) + " " in line:
                written[seq] += 1
    for seq in confirmed:
        beside[seq] = len(articles.get(seq, ()))
    print("# --- scripts/mine-foreign-leaders.py: foreign heads of state and government, ministers, envoys and heads of"
          " world bodies of the corpora's years the rules did not read, written in at least two articles of the dev"
          " corpora, each checked against public records ---")
    for seq, name in confirmed.items():
        if written[seq] < a.min_articles:
            continue
        whole = " | surname=whole" if name in WHOLE else ""
        print(f"{name}{whole}  # {CONFIRMED[name]}; written in {written[seq]} articles of the dev corpora,"
              f" beside a foreign office (the --candidates contexts, two words or more) in {beside[seq]}")

if __name__ == "__main__":
    main()
