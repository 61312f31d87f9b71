#!/usr/bin/env python3
"""Compound surnames the dev corpora write in two words, mined with their counts (surnames.txt's section of them).

usage: scripts/mine-split-surnames.py --two-words [--shared ../shared] [--min-articles 3]

Hamshahri writes a compound surname with a space or a no-break space («قلعه نویی», «فرمان آرا», «جنان صفت»); the name
rules read a surname written apart only when surnames.txt lists it whole (DocumentContext.listedCompoundSurname) or its
second part is a surname ending. A word pair X Y is proposed when the Fars News and Hamshahri development corpora (the
test split left out) write it right after a given name of given-names.txt in at least --min-articles articles, neither
part a given name, a listed surname or public figure, or a word of the rule lexicons (stop words, heads, places …), and
the whole not listed. The output (pair, occurrences after a given name, articles) is read by hand: pieces of verbs and
phrases («خبر داد», «باخته اند», «الاسلام والمسلمین») and legends («فرهاد کوه کن») are no surnames.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[^\s\u0621-\u064A\u0670-\u06D3\u200c]")
LETTER = re.compile(r"[\u0621-\u06D3]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--two-words", action="store_true", required=True, help="pairs written apart after a given name")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-articles", type=int, default=3)
    a = ap.parse_args()
    given = set(lexicon("given-names.txt"))
    listed = set(lexicon("surnames.txt")) | set(lexicon("public-figures.txt"))
    stop = keys_of(NON_NAME_LEXICONS)
    count, articles, form = collections.Counter(), collections.defaultdict(set), {}
    for aid, text in dev_articles(a.shared):
        toks = WORD.findall(text.translate(FOLD))
        keys = [key(t) for t in toks]
        for i in range(1, len(keys) - 1):
            x, y = keys[i], keys[i + 1]
            if keys[i - 1] not in given or x in given or y in given or x in stop or y in stop:
                continue
            if len(x) < 2 or len(y) < 2 or not LETTER.match(y) or x in listed or y in listed or x + y in listed:
                continue
            count[x + y] += 1
            articles[x + y].add(aid)
            form.setdefault(x + y, toks[i] + " " + toks[i + 1])
    for c in sorted(count, key=lambda c: (-len(articles[c]), -count[c], c)):
        if len(articles[c]) >= a.min_articles:
            print(f"{form[c]}\t{count[c]}\t{len(articles[c])} articles")


if __name__ == "__main__":
    main()
