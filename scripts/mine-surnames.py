#!/usr/bin/env python3
"""Surnames of a public list that the development corpora attest as surnames, with their counts.

usage: scripts/mine-surnames.py [--shared ../shared] [--min-count 3] [--min-share 0.3]

A candidate from `lexicon-sources/surnames-freq.csv` is proposed for `surnames.txt` when, in the Fars News and
Hamshahri development corpora (the articles of the gold set's test split left out, so that the test split stays
unseen), it follows a given name of `given-names.txt` (not one marked ambiguous) at least --min-count times, and
at least --min-share of all its occurrences do. A share below 0.5 on a frequent word marks it ambiguous=yes.
Printed as lexicon lines, each with its counts as a comment: `name | ambiguous=yes  # after a given name 13 of 40`.
Entries already in surnames.txt or given-names.txt, or listed as stop or non-name words, are left out; so are
the words in NOT_SURNAMES, which the counts let through but a reader knows better (a title, a name fragment).
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon

WORD = re.compile(r"[\u0600-\u06FF\u200c]+")
# Through the counts, not surnames: «آبادی» (village; «… آبادی» in place names), «حاجی» (a title), «قلی» and
# «بیک» (second parts of given names), «دائی» (uncle), «موری» (a transliteration of other names).
NOT_SURNAMES = {"آبادی", "حاجی", "قلی", "بیک", "دائی", "موری"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.3)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    known = set(lexicon("surnames.txt")) | set(given) | set(lexicon("stop-words.txt")) | set(lexicon("non-name-words.txt"))
    context = {k for k, attrs in given.items() if attrs.get("ambiguous") != "yes"}
    seen, after_given = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            two = w + words[i + 1] if i + 1 < len(words) else None
            seen[w] += 1
            if two: seen[two] += 1
            if i > 0 and words[i - 1] in context:
                after_given[w] += 1
                if two: after_given[two] += 1
    rows = []
    with open(os.path.join(a.shared, "data", "lexicon-sources", "surnames-freq.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            surface = row[0].strip()
            k = key(surface)
            if row[0] == "frequency" or len(k) < 3 or k in known or surface in NOT_SURNAMES:
                continue
            n, total = after_given[k], seen[k]
            if n >= a.min_count and n >= a.min_share * total:
                known.add(k)
                rows.append((surface, n, total))
    for surface, n, total in sorted(rows):
        attrs = " | ambiguous=yes" if total >= 30 and n < 0.5 * total else ""
        print(f"{surface}{attrs}  # after a given name {n} of {total}")


if __name__ == "__main__":
    main()
