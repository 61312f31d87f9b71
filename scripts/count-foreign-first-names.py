#!/usr/bin/env python3
"""The counts behind given-names.txt's section of transliterated first names of the person-missed class (round 10).

usage: scripts/count-foreign-first-names.py WORD …   [--shared ../shared]

For each word: how often the Fars News and Hamshahri development corpora (the gold set's test split left out) write it
before a word of no lexicon (its surname, as «جیم دیویدسون»), how often in all, and in how many articles the first.
Candidates came from the dev split's `person missed` entries (`didar eval --errors`) and from
scripts/mine-foreign-names.py --min-evidence 1 (its contexts read by hand: first names only, no everyday words); a
word went in when it stands before an open word at least twice, in two articles or more, in at least a third of its
occurrences, and is no word of Persian or a place («ریو», Rio; «لارا», a Venezuelan state; «برنو», Brno; «آرت», art;
«سزار» before «کوچک»; «ویکی», «راب» left out).
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, WORD


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("words", nargs="+")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    # The words of the lexicons as they were before the section was added would be fairer; the section's own words
    # are left out of `known` so that one first name before another counts.
    wanted = {key(w): w for w in a.words}
    known = keys_of(NON_NAME_LEXICONS + ("given-names.txt", "surnames.txt", "public-figures.txt")) - set(wanted)
    total, before, articles = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    for aid, text in dev_articles(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w in wanted:
                total[w] += 1
                if i + 1 < len(words) and words[i + 1] not in known and len(words[i + 1]) >= 2:
                    before[w] += 1
                    articles[w].add(aid)
    for k, w in wanted.items():
        print(f"{w}\tbefore an open word {before[k]} of {total[k]}, {len(articles[k])} articles")


if __name__ == "__main__":
    main()
