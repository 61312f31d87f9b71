#!/usr/bin/env python3
"""Persian given names the lexicon misses, mined from the names the development corpora write before a surname.

usage: scripts/mine-given-before-surname.py [--shared ../shared] [--min-count 3] [--min-share 0.5] [--weak]

A single-word name of `shared/data/lexicon-sources/given-names-gender.csv` that given-names.txt does not hold is
proposed when, in the Fars News and Hamshahri development corpora (the gold set's test split left out), the word
right after it is a surname of surnames.txt (not one marked ambiguous) or ends in a strong surname ending of
surname-suffixes.txt («زاده», «پور», «نژاد» …) at least --min-count times and in at least --min-share of its
occurrences: a first name stands before a surname, an everyday word anywhere. Words of the lexicons of titles,
heads, places, stop and non-name words, surnames and public figures are left out, and so are the words in
NOT_GIVEN (a reader's judgement: the counts let them through, but they are the first part of a surname). Printed as
the given-names.txt section, each line with the list's gender and its counts.

--weak also counts a next word that ends in the common «ی» (four letters or more, no word of the lexicons of titles,
heads, places, stop and non-name words, and no given name): the round-12 section was mined with
`--weak --min-count 3 --min-share 0.5`, then every candidate read in its contexts (most that pass are everyday words
before an adjective, «معظم», «بهره», «غنی»; the names kept hold in every context read).
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_texts, key, keys_of, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3\u200c]+|[^\s\u0621-\u064A\u0670-\u06D3\u200c]")
# Through the counts but the first half of a surname written apart («عبدالله پوری حسینی», «سیامک قلیچ خانی»,
# «پروین دخت یزدانیان»), a word of a title or a book's name («شازده کوچولو»).
NOT_GIVEN = {key(w) for w in "پوری قلیچ دخت شازده".split()}
GENDER = {"M": "m", "F": "f"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.5)
    ap.add_argument("--weak", action="store_true")
    a = ap.parse_args()
    excluded = NOT_GIVEN | keys_of(NON_NAME_LEXICONS + ("given-names.txt", "surnames.txt", "public-figures.txt"))
    surnames = {k for k, v in lexicon("surnames.txt").items() if v.get("ambiguous") != "yes"}
    endings = [k for k, v in lexicon("surname-suffixes.txt").items() if v.get("strength") != "weak"]
    excluded_next = keys_of(NON_NAME_LEXICONS + ("given-names.txt",))
    gender = {}
    with open(os.path.join(a.shared, "data", "lexicon-sources", "given-names-gender.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if row and " " not in row[0].strip() and row[1] in GENDER:
                gender.setdefault(key(row[0]), (row[0].strip(), GENDER[row[1]]))
    seen, before = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w not in gender or w in excluded or len(w) < 3:
                continue
            seen[w] += 1
            nxt = words[i + 1] if i + 1 < len(words) else ""
            weak = a.weak and nxt.endswith("ی") and len(nxt) >= 4 and nxt not in excluded_next
            if nxt in surnames or weak or any(nxt.endswith(e) and len(nxt) > len(e) + 1 for e in endings):
                before[w] += 1
    for w in sorted(before):
        n, total = before[w], seen[w]
        if n >= a.min_count and n >= a.min_share * total:
            surface, g = gender[w]
            print(f"{surface} | gender={g}  # before a surname {n} of {total}")


if __name__ == "__main__":
    main()
