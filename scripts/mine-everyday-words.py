#!/usr/bin/env python3
"""everyday-words.txt: words of everyday Persian prose, mined from the Arman NER training fold.

usage: scripts/mine-everyday-words.py [--shared ../shared] [--min-count 2] > Sources/Extractors/Resources/Lexicons/everyday-words.txt

A word goes in when Arman's annotators tagged it outside any entity (`O`) at least --min-count times and never as part
of a person's name (B-pers/I-pers), and no name lexicon of the project holds it (given-names.txt, surnames.txt,
public-figures.txt). The list answers one question of the name rules: is the open word before a transliterated
surname («… بلاژوویچ») a first name no list knows («میروسلاو», «ولاتکو») or a Persian noun the surname completes
by the ezafe («عملکرد بلاژوویچ», «بازگشت ایبراهیموویچ»)? Words are written as their keys (letters folded as the
extractor folds them, no ZWNJ or spaces), one a line, with the count of their `O` occurrences.
"""
import argparse, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, key, keys_of, WORD


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=2)
    a = ap.parse_args()
    names = keys_of(("given-names.txt", "surnames.txt", "public-figures.txt"))
    outside, person = collections.Counter(), set()
    with open(os.path.join(a.shared, "data", "arman", "train_fold1.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2 or not WORD.fullmatch(parts[0]):
                continue
            k = key(parts[0])
            if parts[1].lower().endswith("-pers"):
                person.add(k)
            elif parts[1] == "O":
                outside[k] += 1
    kept = sorted((k for k, n in outside.items() if n >= a.min_count and k not in person and k not in names and len(k) >= 2),
                  key=lambda k: (-outside[k], k))
    print("# everyday-words.txt — words of everyday Persian prose: tagged outside any entity (O) at least "
          f"{a.min_count} times in the")
    print("# Arman NER training fold and never inside a person's name, held by no name lexicon "
          "(scripts/mine-everyday-words.py).")
    print("# Used by the name rules to tell a Persian noun before a transliterated surname («عملکرد بلاژوویچ») from a")
    print("# first name no list knows («میروسلاو بلاژوویچ»). Keys (folded letters), each with its count of O occurrences.")
    for k in kept:
        print(f"{k}  # {outside[k]}")


if __name__ == "__main__":
    main()
