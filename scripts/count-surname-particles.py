#!/usr/bin/env python3
"""Counts the shapes of the tenth round's name rules on the Fars News and Hamshahri development corpora (test split left out).

- particles: a transliterated first name (given-names.txt `origin=foreign`), a word of surname-particles.txt (or a
  candidate particle) and the word after it («لئوناردو دی کاپریو», «دومینیک دو ویلپن»); each occurrence is printed
  with what follows, to be read.
- never-surnames: with `--extraction FILE` (the JSON Lines of `didar extract --json` on the two corpora), the person
  mentions of the name rules whose last word is in non-name-words.txt, by word, to see which are never surnames.

Usage: scripts/count-surname-particles.py [--shared ../shared] [--extraction FILE]
"""
import argparse, collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mining
from mining import key, lexicon, WORD

CANDIDATES = {"دل", "فن", "مک", "دی", "لا", "ون", "فان", "دو", "دا", "دلا", "وان", "ده", "دوس"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(mining.HERE, "..", "..", "shared"))
    ap.add_argument("--extraction")
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    listed = set(lexicon("surname-particles.txt"))
    texts = dict(mining.dev_articles(a.shared))
    counts = collections.Counter()
    for doc, t in texts.items():
        ws = list(WORD.finditer(t))
        for g, p, w in zip(ws, ws[1:], ws[2:]):
            entry = given.get(key(g.group()))
            if entry is None or entry.get("origin") != "foreign" or key(p.group()) not in CANDIDATES | listed:
                continue
            if t[g.end():p.start()].strip() or t[p.end():w.start()].strip():
                continue
            counts[key(p.group())] += 1
            print(f"{doc}\t{g.group()} {p.group()} {w.group()}\t{t[w.end():w.end() + 20]!r}")
    print("particles after a foreign first name:", dict(counts.most_common()))
    if a.extraction:
        nonname = lexicon("non-name-words.txt")
        words = collections.Counter()
        for line in open(a.extraction, encoding="utf-8"):
            r = json.loads(line)
            if r["document"] not in texts:
                continue
            for p in r["people"]:
                for m in p["mentions"]:
                    parts = m["text"].split()
                    if m["rule"].startswith("person.") and m["rule"] != "person.unnamed-role" and len(parts) >= 2 and key(parts[-1]) in nonname:
                        words[parts[-1]] += 1
        print("name mentions ending in a word of non-name-words.txt:", dict(words.most_common()))


if __name__ == "__main__":
    main()
