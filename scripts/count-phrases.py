#!/usr/bin/env python3
"""How often each phrase is written in the development corpora: the count a lexicon line carries as its comment.

usage: scripts/count-phrases.py [--shared ../shared] [--after WORD,WORD…] PHRASE …

Counts, over the Fars News and Hamshahri development corpora with the gold set's test split left out, the
places where the words of PHRASE stand one after another as whole words (letters folded as the matcher folds
them; a space, an NBSP or a ZWNJ between two words, or none, are one). With --after, only the places right
after one of the WORDs (an office: «رئیس,دبیرکل») are counted. Printed as `count<TAB>phrase`, in the order given.
"""
import argparse, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, FOLD, dev_texts

SEP = r"[\s\u200c\u00a0]*"


def pattern(phrase, after):
    letters = [re.escape(c) for c in unicodedata.normalize("NFC", phrase).translate(FOLD) if not c.isspace() and c != "\u200c"]
    body = SEP.join(letters)
    lead = ""
    if after:
        lead = "(?:" + "|".join(SEP.join(re.escape(c) for c in w.translate(FOLD)) for w in after) + r")[\s\u200c\u00a0]+"
    return re.compile(r"(?<![\u0600-\u06FF])" + lead + body + r"(?![\u0600-\u06FF])")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--after", default="")
    ap.add_argument("phrases", nargs="+")
    a = ap.parse_args()
    after = [w for w in a.after.split(",") if w]
    pats = [(p, pattern(p, after)) for p in a.phrases]
    counts = [0] * len(pats)
    for text in dev_texts(a.shared):
        folded = unicodedata.normalize("NFC", text).translate(FOLD)
        for n, (_, pat) in enumerate(pats):
            counts[n] += len(pat.findall(folded))
    for (p, _), c in zip(pats, counts):
        print(f"{c}\t{p}")


main()
