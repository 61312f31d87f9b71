#!/usr/bin/env python3
"""Counts behind a one-word entry of public-figures.txt: how often the dev corpora write the word alone.

usage: scripts/count-one-word-names.py WORD … [--shared ../shared]

For each word: its occurrences in the Fars News and Hamshahri development corpora (the gold set's test split left
out) and in how many articles; how many of them stand alone (not right after a given name of given-names.txt), and in
how many articles; how many stand after a given name. A word goes in the sports section when it stands alone in three
articles or more and its contexts, read by hand, name the person each time. `LEX` marks a word some lexicon holds.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, WORD, dev_articles, key, keys_of, lexicon  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("words", nargs="+")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    given = set(lexicon("given-names.txt"))
    known = keys_of(NON_NAME_LEXICONS + ("public-figures.txt", "surnames.txt")) | given
    wanted = [key(w) for w in a.words]
    total, alone, after = collections.Counter(), collections.Counter(), collections.Counter()
    articles, alone_articles = collections.defaultdict(set), collections.defaultdict(set)
    for aid, text in dev_articles(a.shared):
        words = [key(m.group()) for m in WORD.finditer(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w not in wanted:
                continue
            total[w] += 1
            articles[w].add(aid)
            if i and words[i - 1] in given:
                after[w] += 1
            else:
                alone[w] += 1
                alone_articles[w].add(aid)
    for surface, w in zip(a.words, wanted):
        print(f"{surface}  # alone {alone[w]} times in {len(alone_articles[w])} articles, after a given name {after[w]}, "
              f"of {total[w]} in {len(articles[w])} articles{'  LEX' if w in known else ''}")


if __name__ == "__main__":
    main()
