#!/usr/bin/env python3
"""Office and profession words the development corpora attest as role heads, with their counts.

usage: scripts/mine-role-heads.py [--shared ../shared] [--min-count 20] [WORD …]

A word heads a role phrase when an institution follows it: an institution head (institution-heads.txt) or the
first word of a listed institution (named-institutions.txt), or a country (countries.txt). For every word (or the
WORDs given) this counts, over the Fars News and Hamshahri development corpora with the gold set's test split
left out, how often it stands right before such a word and how often it stands right after a comma that follows
a two-word name-like run (the apposition «علی رضایی، بازیکن تیم …»). Printed as
`count<TAB>apposition<TAB>word`, most frequent first; words already in role-heads.txt are marked `*`.
"""
import argparse, collections, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_texts, key, lexicon

FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "\u00a0": " ", "\u200c": " "})
WORD = re.compile(r"[\u0600-\u06FF]+|[،,]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("words", nargs="*")
    a = ap.parse_args()
    inst = set(lexicon("institution-heads.txt"))
    firsts = {k for k in (key(l.split("|")[0].split()[0]) for l in open(os.path.join(HERE, "..", "Sources", "Extractors", "Resources",
              "Lexicons", "named-institutions.txt"), encoding="utf-8") if l.strip() and not l.startswith("#"))}
    countries = set(lexicon("countries.txt"))
    heads = set(lexicon("role-heads.txt"))
    wanted = {key(w) for w in a.words}
    before, apposition = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = WORD.findall(unicodedata.normalize("NFC", text).translate(FOLD))
        for i in range(len(words) - 1):
            w = key(words[i])
            nxt = key(words[i + 1])
            if nxt in inst or nxt in firsts or nxt in countries:
                before[w] += 1
                if i >= 3 and words[i - 1] in "،," and words[i - 2] not in "،," and words[i - 3] not in "،,":
                    apposition[w] += 1
    rows = [(c, apposition[w], w) for w, c in before.items() if (w in wanted if wanted else c >= a.min_count)]
    for c, ap_, w in sorted(rows, key=lambda x: (-x[0], x[2])):
        print(f"{c}\t{ap_}\t{w}{' *' if w in heads else ''}")


main()
