#!/usr/bin/env python3
"""Everyday words that end like a surname, mined from the development corpora with their counts (non-name-words.txt).

usage: scripts/mine-ending-words.py [--shared ../shared] [--min-count 30] [--max-after-given 0.02]

The name rules take a word that ends in a surname ending of surname-suffixes.txt («…راد», «…یان», «…وند», «…نیا»,
«…فر», «…لو» …) as a surname after a given name, though no list holds it. Many everyday words end so: plurals
(«افراد», «مبتلایان», «مشتریان»), verbs («شوند», «بروند»), nouns («روند», «پیوند», «سفر») and places («اسپانیا»,
«دماوند»); after a given name that is also a word they make a false person («آزاد افراد», «ستاره دورتموند»,
«اعظم مبتلایان»). A word is proposed when, in the Fars News and Hamshahri development corpora (the gold set's test
split left out), it ends in such an ending (not the weak «ی»), is written at least --min-count times, and stands
right after a given name of given-names.txt in at most --max-after-given of its occurrences (a surname follows a
given name often: «ابتکار» 8 of 77, «هوشمند» 1 of 289 are in the public list of surnames and left out). Left out
too: words of surnames.txt, given-names.txt, public-figures.txt and non-name-words.txt, words of
lexicon-sources/surnames-freq.csv (a surname of the public list may be an everyday word as well) and of
given-names-gender.csv (a first name: «صفر ابی‌اف», «صفر مراد نیازوف», «دنیا») but for the everyday words of
LISTED_EVERYDAY, the endings themselves written apart («کار», «دوست», «مند»: the second half of a compound surname, «حقیقت دوست»), and
NOT_EVERYDAY. Printed as non-name-words.txt lines with the counts.
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon, surname_endings

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3\u200c]+")
# Through the counts, but names too (a reader's judgement): «اسکار» (Oscar, a first name), «پارسیان» (a surname and
# a bank's name).
NOT_EVERYDAY = {key(w) for w in "اسکار پارسیان".split()}
# Everyday words that the given-name list of lexicon-sources holds all the same (registry noise there): «افراد»
# (people) stood as a false surname after a given name in 11 records of the two dev corpora («عمر افراد»).
LISTED_EVERYDAY = {key(w) for w in "افراد بیان زیان شکار سالیان".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=30)
    ap.add_argument("--max-after-given", type=float, default=0.02)
    a = ap.parse_args()
    endings = tuple(e for e in surname_endings() if e != key("ی"))
    given = set(lexicon("given-names.txt"))
    known = (set(lexicon("surnames.txt")) | given | set(lexicon("public-figures.txt"))
             | set(lexicon("non-name-words.txt")) | set(endings) | NOT_EVERYDAY)
    with open(os.path.join(a.shared, "data", "lexicon-sources", "surnames-freq.csv"), encoding="utf-8") as f:
        known |= {key(row[0]) for row in csv.reader(f) if row}
    with open(os.path.join(a.shared, "data", "lexicon-sources", "given-names-gender.csv"), encoding="utf-8") as f:
        known |= {key(row[0]) for row in csv.reader(f) if row} - LISTED_EVERYDAY
    seen, after_given = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            if i > 0 and words[i - 1] in given:
                after_given[w] += 1
    for w, n in seen.most_common():
        if n < a.min_count:
            break
        if w.endswith(endings) and w not in known and after_given[w] <= a.max_after_given * n:
            print(f"{w}  # {n} in the dev corpora, right after a given name {after_given[w]}")


if __name__ == "__main__":
    main()
