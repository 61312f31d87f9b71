#!/usr/bin/env python3
"""Companies of the Tehran Stock Exchange list that the corpora write as companies, for named-institutions.txt.

usage: scripts/mine-listed-companies.py [--shared ../shared] [--min-share 0.3]

A company name of `lexicon-sources/tse-companies.tsv` (not a bond, a right or a facility: «اوراق …», «ح . …», «ص. …»,
«تسهیلات …»), in no lexicon yet, counted in the Fars News and Hamshahri development corpora (the gold set's test
split left out) where it stands as a company: after «شرکت», «سهام», «نماد» or «سهامداران», or as an item of a list
(a comma, a dash or a colon before it, a comma, a dash, «و» or a period after it: «… عبارتند از سرمایه‌گذاری توسعه ملی،
سرمایه‌گذاری ملی ایران، پتروشیمی شیراز، چادرملو، …»). A name of two words or more written so at least once is kept; a
name of one word («زامیاد», «باما») is also a word or a place more often than not, and is kept only when written so in
--min-share of its occurrences, in no lexicon, and read (NOT_COMPANIES: a reader's judgement). The output is the
named-institutions.txt section, each line with its counts (as a company, all occurrences). Run it on
named-institutions.txt without the section it printed (its names are in no lexicon then).
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, lexicon

SKIP = ("ح .", "ح.", "اوراق", "ص.", "تسهیلات")
# Read in their contexts: words or places more often than companies here, or a club («استقلال» independence and the
# football club, «سیمرغ» a place, «باما» «با ما» with us, «مارگارین» the food, «ذوب آهن اصفهان» the club of the league
# tables), and phrases of everyday prose the list happens to hold («نیرو محرکه» driving force, «تولید سموم علف کش»,
# «چینی ایران», «درخشان تهران», «نورد آلومینیوم»), and a name that opens another company's («لیزینگ ایران» of
# «مدیرعامل لیزینگ ایران خودرو», which it cut short).
NOT_COMPANIES = {key(w) for w in "استقلال سیمرغ باما مارگارین".split()} | {key(p) for p in (
    "ذوب آهن اصفهان", "نیرو محرکه", "تولید سموم علف کش", "چینی ایران", "درخشان تهران", "نورد آلومینیوم", "لیزینگ ایران")}
COMPANY_CUES = ("شرکت", "سهام", "نماد", "سهامداران", "شرکتهای", "شرکت‌های")


def norm(s):
    return re.sub(r"[\u200c ]+", " ", s.translate(FOLD)).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-share", type=float, default=0.3)
    a = ap.parse_args()
    known = keys_of(NON_NAME_LEXICONS + ("everyday-words.txt", "surnames.txt", "given-names.txt", "public-figures.txt"))
    names = {}
    with open(os.path.join(a.shared, "data", "lexicon-sources", "tse-companies.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 2 or row[0] == "symbol" or row[1].strip().startswith(SKIP):
                continue
            n = norm(row[1])
            if len(key(n)) >= 4 and key(n) not in known and key(n) not in NOT_COMPANIES:
                names.setdefault(n, row[0])
    articles = [norm(t) for _, t in dev_articles(a.shared)]
    cue = "|".join(norm(c) for c in COMPANY_CUES)
    seen, company = collections.Counter(), collections.Counter()
    for n in names:
        rx = re.compile(r"(?<![\w\u0600-\u06FF])" + re.escape(n) + r"(?![\w\u0600-\u06FF])")
        for t in articles:
            for m in rx.finditer(t):
                seen[n] += 1
                before, after = t[max(0, m.start() - 12):m.start()], t[m.end():m.end() + 3]
                if re.search(r"(" + cue + r")\s*$", before) or re.search(r"[،,\-:]\s*$", before) and re.match(r"\s*([،,\-.]|و\s)", after):
                    company[n] += 1
    for n in sorted(names, key=lambda n: (-company[n], n)):
        if company[n] == 0:
            continue
        if " " not in n and company[n] / seen[n] < a.min_share:
            continue
        print(f"{n} | gloss=listed company ({names[n]})  # {company[n]} as a company of {seen[n]}")


if __name__ == "__main__":
    main()
