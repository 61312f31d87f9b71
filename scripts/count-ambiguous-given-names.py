#!/usr/bin/env python3
"""How often a given name marked `ambiguous=yes` stands before a word that reads like a surname, and how often that is
a name: the counts behind the names given-names.txt no longer marks ambiguous (round 10).

usage: scripts/count-ambiguous-given-names.py [--shared ../shared] [--top 40] [WORD …]

A surname-like word: one of no rule lexicon, of four letters or more, listed in surnames.txt or ending in a surname
ending of surname-suffixes.txt («ی», «زاده», …). For each `ambiguous=yes` given name (not `origin=foreign`):
- dev: in the Fars News and Hamshahri development corpora (the test split left out), its occurrences before such a
  word, of all its occurrences, and up to 3 contexts;
- arman: in the ArmanPersoNERCorpus (train fold 1), its occurrences before such a word, and how many of them the
  annotators tagged a person (B-pers/I-pers), with the contexts they did not.
A name whose Arman occurrences before such a word are all people, and whose dev contexts read as names, needs no
more evidence than a plain given name there.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, lexicon, surname_endings, WORD


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("words", nargs="*")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    surnames = lexicon("surnames.txt")
    names = {key(w) for w in a.words} or {k for k, v in given.items() if v.get("ambiguous") == "yes" and v.get("origin") != "foreign"}
    known = keys_of(NON_NAME_LEXICONS + ("common-word-surnames.txt",)) | set(given)
    ends = tuple(key(e) for e in surname_endings())

    def surname_like(w):
        return w not in known and len(w) > 3 and (w in surnames or w.endswith(ends))

    total, before, ctx = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for _, text in dev_articles(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words[:-1]):
            if w in names:
                total[w] += 1
                if surname_like(words[i + 1]):
                    before[w] += 1
                    if len(ctx[w]) < 3:
                        ctx[w].append(" ".join(words[max(0, i - 2):i + 3]))
    arman, person, missed = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    words, tags = [], []
    for line in list(open(os.path.join(a.shared, "data", "arman", "train_fold1.txt"), encoding="utf-8")) + [""]:
        parts = line.split()
        if len(parts) >= 2:
            words.append(key(parts[0])); tags.append(parts[-1]); continue
        for i in range(len(words) - 1):
            if words[i] in names and surname_like(words[i + 1]):
                arman[words[i]] += 1
                if tags[i] in ("B-pers", "I-pers"):
                    person[words[i]] += 1
                else:
                    missed[words[i]].append(" ".join(words[max(0, i - 2):i + 3]))
        words, tags = [], []
    for w in sorted(names, key=lambda w: (-arman[w], -before[w]))[:a.top]:
        print(f"{w}\tdev {before[w]} of {total[w]}\tarman {person[w]} of {arman[w]} people\t"
              + " | ".join(ctx[w]) + ("\tnot people: " + " | ".join(missed[w][:3]) if missed[w] else ""))


if __name__ == "__main__":
    main()
