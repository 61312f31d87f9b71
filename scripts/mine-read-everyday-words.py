#!/usr/bin/env python3
"""Everyday words the name rules read as a name, mined from `didar extract --json` records with their counts.

usage: scripts/mine-read-everyday-words.py EXTRACT [--shared ../shared] [--min-count 50] [--max-after-given 0.01]

Two rules take an open word for a name on the evidence of its neighbours alone:
- a transliterated first name (given-names.txt `origin=foreign`) vouches for the word after it as a surname
  («اسپنسر آبراهامز»); when the first name stands alone the next word is an everyday one: «هیلاری هنوز …», «جیمز
  باید …», «کوین واقعا …», «دونالد حذف …»;
- a word that opens a sentence right before a report of speech is its speaker (`person.surname-speaker`,
  «یونسی گفت»); a modal or a pronoun stands there too: «باید گفت که …», «خودش می‌گوید …», «بایستی خاطرنشان ساخت».
A word is proposed for non-name-words.txt when a person of EXTRACT (the records of the two dev corpora, articles of
the test split left out) is written so, the word is
written at least --min-count times in the two dev corpora and right after a given name in at most --max-after-given of
them (a surname follows given names often), and no list of surnames or given names (the lexicons and
lexicon-sources/) holds it. Transliterated surnames that are Persian words too are left out by hand in NAMES_TOO.
Printed as non-name-words.txt lines with the counts.
"""
import argparse, collections, csv, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_articles, key, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3\u200c]+")
# Through the counts, but names as well (a reader's judgement): «کلی» (Kelly), «زمین» (Jiang Zemin), «دین» (Dean),
# «بدن» (Bodin), «پول» (Paul, Poole), «کی» (Kay), «رد» (Reid), «سر» (Sir), «آب», «سینما» (unclear), and the regnal
# numbers («الیزابت دوم», «گوستاو سوم»), «فن» (the particle «von»).
NAMES_TOO = {key(w) for w in "کلی زمین دین بدن پول کی رد سر آب سینما دوم سوم اول فن".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=50)
    ap.add_argument("--max-after-given", type=float, default=0.01)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    foreign = {k for k, attrs in given.items() if attrs.get("origin") == "foreign"}
    known = set(lexicon("surnames.txt")) | set(given) | set(lexicon("public-figures.txt")) | set(lexicon("non-name-words.txt"))
    for name in ("surnames-freq.csv", "given-names-gender.csv"):
        with open(os.path.join(a.shared, "data", "lexicon-sources", name), encoding="utf-8") as f:
            known |= {key(row[0]) for row in csv.reader(f) if row}
    known |= NAMES_TOO
    texts = dict(dev_articles(a.shared))
    seen, after_given = collections.Counter(), collections.Counter()
    for text in texts.values():
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            if i > 0 and words[i - 1] in given:
                after_given[w] += 1
    read = collections.Counter()
    with open(a.extract, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["document"] not in texts:
                continue
            for person in rec["people"]:
                for m in person["mentions"]:
                    words = m["text"].split()
                    if m["rule"].startswith("person.") and len(words) == 2 and key(words[0]) in foreign:
                        read[key(words[1])] += 1
                    elif m["rule"] == "person.surname-speaker" and len(words) == 1:
                        read[key(words[0])] += 1
    for w, n in read.most_common():
        if len(w) > 2 and w not in known and seen[w] >= a.min_count and after_given[w] <= a.max_after_given * seen[w]:
            print(f"{w}  # {seen[w]} in the dev corpora, right after a given name {after_given[w]}; read as a name in {n} records")


if __name__ == "__main__":
    main()
