#!/usr/bin/env python3
"""Given names in «…الله» that the corpora write abbreviated, «ا...» for «الله» («یدا... صمدی», «عزت ا... انتظامی»).

usage: scripts/mine-abbreviated-given-names.py [--shared ../shared] [--min-count 1]

Persian print often shortens the «الله» of a compound name to «ا» and an ellipsis, glued to the first part or after
a space: «یدا...» for «یدالله», «عزت ا...» for «عزت‌الله», «آیت ا...» for the title «آیت‌الله». The ellipsis would end
the sentence and leave the given name without its surname. For every given name of given-names.txt that ends in
«الله» (its own spelling or its `canonical=`), the Fars News and Hamshahri development corpora (the gold set's test
split left out) are searched for the abbreviated writing; a name written so at least --min-count times is printed
as a given-names.txt line (`abbreviated=yes`, the full name as `canonical=`) with its count, and each form as an
abbreviations.txt line (those it does not hold yet), so that the sentence splitter does not end a sentence at its
ellipsis.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, LEXICONS, dev_articles, key, lexicon

ALLAH = "الله"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=1)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    # Entries this script printed before are left in: only a plain given name of the same key is another name.
    plain = {k for k, attrs in given.items() if attrs.get("abbreviated") != "yes"}
    surface = {}
    with open(os.path.join(LEXICONS, "given-names.txt"), encoding="utf-8") as f:
        for line in f:
            entry = line.split("#")[0].split("|")[0].strip()
            if entry:
                surface.setdefault(key(entry), entry)
    # stem («ید», «عزت») → the full name as given-names.txt writes its canonical form.
    full = {}
    for k, attrs in given.items():
        if attrs.get("abbreviated") == "yes":
            continue
        name = key(attrs.get("canonical", k))
        # The entry's own spelling too: «عطاالله», the hamza dropped, is written «عطاا...».
        for written_as in (name, k):
            if written_as.endswith(ALLAH) and len(written_as) > len(ALLAH):
                full.setdefault(written_as[: -len(ALLAH)], (surface.get(name, attrs.get("canonical", k)), attrs.get("gender", "m")))
    # A word of letters (a ZWNJ inside), then «ا» glued to it or after one space, then an ellipsis glued to the «ا».
    pattern = re.compile(r"(?<![\w\u200c])([\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u200c]+?)(\u200c| )?ا(\.{2,}|…)")
    counts, articles, glued = collections.Counter(), collections.defaultdict(set), collections.defaultdict(collections.Counter)
    written = collections.defaultdict(collections.Counter)
    for aid, text in dev_articles(a.shared):
        for m in pattern.finditer(text.translate(FOLD)):
            stem = key(m.group(1))
            if stem in full:
                counts[stem] += 1
                articles[stem].add(aid)
                glued[stem][m.group(2) != " "] += 1
                written[stem][m.group(1) + (m.group(2) or "") + "ا"] += 1
    print(f"# --- given-names.txt: mined by scripts/mine-abbreviated-given-names.py (min-count {a.min_count}) ---")
    for stem, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        if n < a.min_count or stem + "ا" in plain:
            continue
        name, gender = full[stem]
        form = written[stem].most_common(1)[0][0]
        print(f"{form} | gender={gender} | canonical={name} | abbreviated=yes  # «{form}...» {n} times in {len(articles[stem])} articles")
    print("# --- abbreviations.txt: the glued forms, whose ellipsis ends no sentence (and «ا» for the forms written apart) ---")
    listed = set(lexicon("abbreviations.txt"))
    if "ا" not in listed:
        print("ا | script=persian | gloss=«الله» abbreviated, written apart («عزت ا...», «آیت ا...»)")
    for stem, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        if n >= a.min_count and stem + "ا" not in plain and glued[stem][True] and stem + "ا" not in listed:
            print(f"{written[stem].most_common(1)[0][0]} | script=persian | gloss=abbreviated given name ({full[stem][0]})  # {n}")


if __name__ == "__main__":
    main()
