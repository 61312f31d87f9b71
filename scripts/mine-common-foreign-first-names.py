#!/usr/bin/env python3
"""Common transliterated first names a reader lists, checked against the development corpora, with their counts.

usage: scripts/mine-common-foreign-first-names.py [--shared ../shared] scripts/common-foreign-first-names.txt

The list holds one first name a line, in the spelling the Iranian press uses, with its gender («اندرو | gender=m»): a
reader's list of common Western, Latin American, Russian and East Asian first names (facts, not mined). A candidate
already in given-names.txt is left out. For the others the Fars News and Hamshahri development corpora (the gold
set's test split left out) give two counts: all occurrences of the word, and those right before a word no lexicon
holds and that is no everyday word (`everyday-words.txt`): a transliterated surname, the name context. A candidate
is printed when the name context holds at least once; it is marked `ambiguous=yes` when the word is an everyday
word or a word of a function lexicon («تام» complete, «کری» deaf, «پیر» old), or when fewer than half of its
occurrences stand in the name context. Printed as given-names.txt lines with the counts as a comment.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, WORD, dev_texts, key, keys_of, lexicon


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("candidates")
    a = ap.parse_args()
    with open(a.candidates, encoding="utf-8") as f:
        rows = [line.strip().split("|") for line in f if line.strip() and not line.startswith("#")]
    candidates = [r[0].strip() for r in rows]
    gender = {key(r[0].strip()): r[1].split("=")[1].strip() if len(r) > 1 else "u" for r in rows}
    given = lexicon("given-names.txt")
    everyday = set(lexicon("everyday-words.txt"))
    function_words = keys_of(NON_NAME_LEXICONS)
    known = set(given) | set(lexicon("surnames.txt")) | everyday | function_words
    # The extractor folds «آ» into «ا» too (PersianNormalizer.key): «آنگلا» is «انگلا», already listed.
    listed = {k.replace("آ", "ا") for k in given}
    wanted = {key(c): c for c in candidates if key(c).replace("آ", "ا") not in listed}
    total, named = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w not in wanted:
                continue
            total[w] += 1
            if i + 1 < len(words) and words[i + 1] not in known and len(words[i + 1]) > 2:
                named[w] += 1
    for k, c in sorted(wanted.items(), key=lambda kv: (-named[kv[0]], kv[1])):
        if named[k] == 0:
            continue
        ambiguous = k in everyday or k in function_words or named[k] * 2 < total[k]
        attrs = " | ambiguous=yes" if ambiguous else ""
        print(f"{c} | gender={gender[k]} | origin=foreign{attrs}  # before an unknown word {named[k]} of {total[k]} in the dev corpora")


if __name__ == "__main__":
    main()
