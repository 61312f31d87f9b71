#!/usr/bin/env python3
"""Event and project nouns the development corpora attest as the complement of a role, with their counts.

usage: scripts/mine-role-events.py [--shared ../shared] WORD …

For each WORD, counts over the Fars News and Hamshahri development corpora (the gold set's test split left out) how
often a role head of role-heads.txt, with up to two modifiers of role-modifiers.txt, stands right before
«این/همین WORD» (`demonstrative`), and before the bare WORD that a phrase end follows: punctuation, «با», «در», «که»,
«به», «از» or a verb of speech (`bare`). Printed as `demonstrative<TAB>bare<TAB>word`. The counts of role-events.txt.
"""
import argparse, collections, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_texts, key, lexicon

FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "\u00a0": " "})
TOKEN = re.compile(r"[\u0600-\u06FF\u200c]+|[^\s\u0600-\u06FF]")
ENDS = {"با", "در", "که", "به", "از", "گفت", "افزود", "اظهار", "تصریح", "خاطرنشان"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("words", nargs="+")
    a = ap.parse_args()
    heads, mods = set(lexicon("role-heads.txt")), set(lexicon("role-modifiers.txt"))
    wanted = {key(w) for w in a.words}
    dem, bare = collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in TOKEN.findall(unicodedata.normalize("NFC", text).translate(FOLD))]
        for i, w in enumerate(words):
            # A head of one or two words, then up to two modifiers.
            j = i + 2 if i + 1 < len(words) and w + words[i + 1] in heads else i + 1 if w in heads else None
            if j is None:
                continue
            for _ in range(2):
                if j < len(words) and words[j] in mods:
                    j += 1
            if j + 1 < len(words) and words[j] in ("این", "همین") and words[j + 1] in wanted:
                dem[words[j + 1]] += 1
            elif j + 1 < len(words) and words[j] in wanted:
                nxt = words[j + 1]
                if not re.match(r"[\u0600-\u06FF]", nxt) or nxt in ENDS:
                    bare[words[j]] += 1
    for w in sorted(wanted, key=lambda w: -(dem[w] + bare[w])):
        print(f"{dem[w]}\t{bare[w]}\t{w}")


if __name__ == "__main__":
    main()
