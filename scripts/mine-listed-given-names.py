#!/usr/bin/env python3
"""Iranian given names of the public lists that given-names.txt misses, kept when the corpora write them before a
listed surname.

usage: scripts/mine-listed-given-names.py [--shared ../shared] [--min-share-of-bearers 0.01] [--min-count 2] [--min-ratio 0.2]

A one-word name of `shared/data/lexicon-sources/given-names-freq.csv` borne by at least --min-share-of-bearers
percent of that list's people, not yet in given-names.txt, is kept when the Fars News and Hamshahri development
corpora (the gold set's test split left out) write it right before a surname of surnames.txt at least --min-count
times and in at least --min-ratio of all its occurrences: a given name, not an everyday word that is also a name
(«دولت», «ولی», «قدرت» stand before a surname far less often than that). The gender is that of
given-names-gender.csv. The output is the given-names.txt section, each line with its counts.
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon, WORD

# Through the counts but no given name of its own (a reader's judgement): «سادات» follows a woman's given name
# («فاطمه سادات»), «سیدرسول» is «سید» and a listed name written together.
NOT_NAMES = {key(w) for w in "سادات سیدرسول".split()}
# Names that are also everyday words, marked `ambiguous=yes` (a reader's judgement): «محراب» altar, mihrab.
EVERYDAY = {key(w) for w in "محراب".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-share-of-bearers", type=float, default=0.01)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-ratio", type=float, default=0.2)
    a = ap.parse_args()
    src = os.path.join(a.shared, "data", "lexicon-sources")
    given, surnames = set(lexicon("given-names.txt")), set(lexicon("surnames.txt"))
    share = {}
    with open(os.path.join(src, "given-names-freq.csv"), encoding="utf-8-sig") as f:
        for row in csv.reader(f):
            if len(row) < 2 or not row[1].strip().endswith("%") or " " in row[0].strip():
                continue
            try:
                s = float(row[1].strip()[:-1])
            except ValueError:
                continue
            k = key(row[0])
            share[k] = max(s, share.get(k, 0.0))
    gender = {}
    with open(os.path.join(src, "given-names-gender.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and row[1].strip() in ("M", "F"):
                gender.setdefault(key(row[0]), row[1].strip().lower())
    candidates = {k for k, s in share.items() if s >= a.min_share_of_bearers and k not in given and k not in NOT_NAMES}
    seen, before = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w in candidates:
                seen[w] += 1
                if i + 1 < len(words) and words[i + 1] in surnames:
                    before[w] += 1
    kept = sorted(w for w in candidates if before[w] >= a.min_count and before[w] / seen[w] >= a.min_ratio)
    print("# --- mined by scripts/mine-listed-given-names.py: names of lexicon-sources/given-names-freq.csv the dev corpora"
          " write before a listed surname ---")
    for w in kept:
        ambiguous = " | ambiguous=yes" if w in EVERYDAY else ""
        print(f"{w} | gender={gender.get(w, 'u')}{ambiguous}  # {share[w]:.2f} % of bearers; before a listed surname {before[w]} of {seen[w]} in the dev corpora")


if __name__ == "__main__":
    main()
