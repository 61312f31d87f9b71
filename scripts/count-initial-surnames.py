#!/usr/bin/env python3
"""Count surnames written as an initial after a given name: «وحید. ل», «مجید- ص», «علی.ر», «مهتاب _ ف».

usage: scripts/count-initial-surnames.py [--shared ../shared] [--examples 8]

Over the Fars News and Hamshahri development corpora (the gold set's test split left out), counts a given name of
given-names.txt, then a period, a dash or an underscore (glued or spaced), then a word of one letter, by the mark,
with the number of articles and a few examples. Left out as NameRecognizer.initialSurnameEnd leaves them out: the
letters «و» (and) and «خ» (a street's abbreviation), a letter that opens an acronym (another glued period and
letter after it: «ج.ا.ا», «ع.د») and a letter before «)» or a dash (an item's marker, a letter signed «ص - تهران»).
The rows «kept» are what the recognizer reads; «left out» what it does not.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_articles, key, lexicon

L = "\u0621-\u064A\u0670-\u06D3"
SHAPE = re.compile(rf"(?<![{L}\u200c])([{L}]+)([ \u00a0]*([.\-–—_])[ \u00a0]*)([{L}])(?![{L}\u200c])")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--examples", type=int, default=8)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    counts, articles, examples = collections.Counter(), collections.defaultdict(set), collections.defaultdict(list)
    for doc, text in dev_articles(a.shared):
        for m in SHAPE.finditer(text):
            if key(m.group(1)) not in given:
                continue
            rest = text[m.end():m.end() + 2]
            letter = m.group(4)
            if letter in "وخ":
                why = "left out: «و» or «خ»"
            elif re.match(rf"\.[{L}]", rest):
                why = "left out: an acronym"
            elif re.match(r"[ \u00a0]*[)\-–_]", text[m.end():m.end() + 3]):
                why = "left out: an item's marker or a signature"
            else:
                why = "kept, mark " + m.group(3)
            counts[why] += 1
            articles[why].add(doc)
            examples[why].append(f"{doc}: …{text[max(0, m.start() - 25):m.end() + 25]}…".replace("\n", " "))
    for why, n in sorted(counts.items()):
        print(f"{why}\t{n} times in {len(articles[why])} articles")
        for e in examples[why][:a.examples]:
            print("    " + e)


if __name__ == "__main__":
    main()
