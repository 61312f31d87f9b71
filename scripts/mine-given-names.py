#!/usr/bin/env python3
"""Given names the lexicon misses, mined with their counts (most of them transliterated foreign first names).

usage: scripts/mine-given-names.py [--shared ../shared] [--min-arman 1] [--min-arman-share 0.5] [--min-role 2]

Two sources, each with a count the printed comment carries:

1. Arman's training fold (`shared/data/arman/train_fold1.txt`, tags B-pers/I-pers): a word that opens a person
   span of two words or more at least --min-arman times and in at least --min-arman-share of all its occurrences
   in the fold (a first name, not a word that happens to stand before a name), and that the Fars News and
   Hamshahri development corpora also attest (the gold set's test split left out).
2. The development corpora: a word X in «X Y <role head>» or «X Y، <role head>» («کالین پاول وزیر …»,
   «عمیر پرتز، وزیر …») at least --min-role times, with two different Y or more, and in at least a fifth of
   X's occurrences: the first word of a name a role phrase follows.

Words listed in given-names.txt or in a lexicon of titles, role and institution heads, places, stop words or
non-name words are left out, and so are words of two letters or fewer. A word in the Persian given-name lists of
`shared/data/lexicon-sources/` (given-names-gender.csv) gets that list's gender; any other is marked
origin=foreign (a transliterated first name), gender=u. Everyday words that pass the counts are dropped by hand
in NOT_NAMES (a reader's judgement, printed nowhere).
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3\u200c]+|[،,]")
# Through the counts, but everyday words or pieces of other words (a reader's judgement).
# Surnames that open «حداد عادل», «مصباح یزدی», «ابوالقاسمی …», «حواتمه», «رودریگز»; titles («ملا», «میرزا», «سید»);
# everyday words («باری», «رحم», «کرم», «وفا», «فخر», «مرحمت», «ثانی», «زاید», «قایم» of «قائم مقام», «ملک» king,
# «دری» the language, «روس» Russian, «گول», «گرین», «نیک», «اوکی»); syllables of East Asian names that stand
# alone too often («یونگ», «تانگ», «جیا», «وگل», «شایول»); «وجدی», «حمد» (too few to tell); «واین», which Hamshahri
# also writes for «و این» glued.
NOT_NAMES = {key(w) for w in """
حداد مصباح ابوالقاسمی حواتمه رودریگز ملا میرزا سید سیده باری رحم کرم وفا فخر مرحمت ثانی زاید قایم ملک دری روس
گول گرین نیک اوکی یونگ تانگ جیا وگل شایول وجدی حمد واین
""".split()}


def arman_counts(path):
    """(first words of person spans of ≥ 2 words, all words) of Arman's fold, as Counters of keys."""
    first, seen = collections.Counter(), collections.Counter()
    words, tags = [], []

    def flush():
        i = 0
        while i < len(words):
            if tags[i] == "B-pers":
                j = i + 1
                while j < len(words) and tags[j] == "I-pers":
                    j += 1
                if j - i >= 2:
                    first[words[i]] += 1
                i = j
            else:
                i += 1

    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) < 2:
                flush(); words, tags = [], []
                continue
            w = key(p[0])
            seen[w] += 1
            words.append(w); tags.append(p[-1])
    flush()
    return first, seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-arman", type=int, default=1)
    ap.add_argument("--min-arman-share", type=float, default=0.5)
    ap.add_argument("--min-role", type=int, default=2)
    a = ap.parse_args()
    excluded = set(lexicon("given-names.txt")) | NOT_NAMES
    for name in ("stop-words.txt", "non-name-words.txt", "titles.txt", "role-heads.txt", "institution-heads.txt",
                 "provinces.txt", "counties.txt", "countries.txt", "world-capitals.txt", "place-names.txt",
                 "place-prefixes.txt", "surnames.txt", "public-figures.txt", "common-word-surnames.txt",
                 "speech-verbs.txt", "group-nouns.txt", "pronouns.txt", "discourse-markers.txt", "name-followers.txt"):
        excluded |= set(lexicon(name))
    roles = set(lexicon("role-heads.txt"))
    persian = {}
    with open(os.path.join(a.shared, "data", "lexicon-sources", "given-names-gender.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and row[1].strip() in ("M", "F"):
                persian.setdefault(key(row[0]), row[1].strip().lower())

    first, arman_seen = arman_counts(os.path.join(a.shared, "data", "arman", "train_fold1.txt"))
    seen, before_role, partners = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    for text in dev_texts(a.shared):
        words = [w if w in "،," else key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            j = i + 2
            if j < len(words) and words[j] in "،,":
                j += 1
            if j < len(words) and words[i + 1] not in "،," and (words[j] in roles or j + 1 < len(words) and words[j] + words[j + 1] in roles):
                if words[i + 1] not in excluded:
                    before_role[w] += 1
                    partners[w].add(words[i + 1])

    # The extractor's keys also fold «آ أ إ» to «ا» and «ؤ» to «و» («آلکساندر» is «الکساندر», «فواد» is «فؤاد»).
    loose = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ؤ": "و"})
    excluded_loose = {w.translate(loose) for w in excluded}

    def ok(w):
        return w not in excluded and w.translate(loose) not in excluded_loose and len(w) > 2 and not w.isdigit()

    out = {}
    for w, c in first.items():
        if ok(w) and c >= a.min_arman and c / arman_seen[w] >= a.min_arman_share and seen[w] > 0:
            out[w] = f"opens a person span in Arman's fold {c} of {arman_seen[w]}; in the dev corpora {seen[w]}, before a name and a role {before_role[w]}"
    for w, c in before_role.items():
        if ok(w) and w not in out and c >= a.min_role and len(partners[w]) >= 2 and c / seen[w] >= 0.2:
            out[w] = f"before a word and a role head in the dev corpora {c} of {seen[w]} ({len(partners[w])} different words); opens a person span in Arman's fold {first[w]}"
    persian_out = sorted(w for w in out if w in persian)
    foreign_out = sorted(w for w in out if w not in persian)
    print("# --- mined by scripts/mine-given-names.py: Persian given names (gender from given-names-gender.csv) ---")
    for w in persian_out:
        print(f"{w} | gender={persian[w]}  # {out[w]}")
    print("# --- mined by scripts/mine-given-names.py: transliterated first names, in no Persian given-name list ---")
    for w in foreign_out:
        print(f"{w} | gender=u | origin=foreign  # {out[w]}")


if __name__ == "__main__":
    main()
