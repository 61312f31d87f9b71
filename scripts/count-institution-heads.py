#!/usr/bin/env python3
"""How often candidate institution heads the lexicons lack stand right after an office word in the two dev corpora.

usage: scripts/count-institution-heads.py WORD...

For each WORD: its count anywhere, its count right after an office word of mine-institutions.py's OFFICES
(«رئیس», «مدیر», «دبیر» …), and the most frequent one- and two-word continuations after an office, so a reader can
tell a body's head («مدیر مدرسه …») from a word that names no body. Test split left out (mining.dev_articles).
"""
import collections, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_articles

FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "\u00a0": " ", "\u200c": ""})
WORD = re.compile(r"[\u0600-\u06FF0-9]+|[،,.:؛()«»\"]")
OFFICES = {"رئیس", "رییس", "مدیر", "مدیرکل", "دبیر", "دبیرکل", "مدیرعامل", "معاون", "عضو", "سخنگوی", "نماینده",
           "سرپرست", "مسئول", "مسوول", "مسؤول", "عامل", "نایب", "اعضای", "رؤسای", "روسای", "کارشناس", "مشاور",
           "مجری", "مدیران", "کارکنان", "مسئولان", "رئیسه", "هیئت", "هیات"}


def main():
    words = [w.translate(FOLD) for w in sys.argv[1:]]
    shared = os.path.join(HERE, "..", "..", "shared")
    total, after, arts = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    cont = collections.defaultdict(collections.Counter)
    for doc, text in dev_articles(shared):
        toks = WORD.findall(text.translate(FOLD))
        for i, t in enumerate(toks):
            if t not in words: continue
            total[t] += 1
            if i and toks[i - 1] in OFFICES:
                after[t] += 1; arts[t].add(doc)
                cont[t][" ".join(toks[i:i + 3])] += 1
    for w in words:
        print(f"{w}\tall {total[w]}\tafter an office {after[w]} in {len(arts[w])} articles")
        for c, n in cont[w].most_common(8): print(f"\t{n}\t{c}")


main()
