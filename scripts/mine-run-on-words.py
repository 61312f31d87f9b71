#!/usr/bin/env python3
"""Everyday «ی» words a full name runs on over, mined from the development corpora with their counts.

usage: scripts/mine-run-on-words.py [--shared ../shared] [--min-after 2] [--min-count 50] [--max-surname 0.01]

The name rules take a word ending in «ی» after a listed surname as the second half of a compound surname («موسوی
خویی», «مرادی کرمانی»). An everyday word there is the start of the next phrase instead: «احمدرضا افشاری دانشجوی
مهندسی برق», «سهراب بختیاری زاده بازی خوبی …», «محمد اصلانی کشتی …». A word is proposed for non-name-words.txt when,
in the Fars News and Hamshahri development corpora (the gold set's test split left out), it ends in «ی», follows a
given name (no everyday word) and a listed surname at least --min-after times, is written at least --min-count
times in all, and stands as a surname right after a given name in at most --max-surname of its occurrences (a
surname follows a given name often; an everyday word almost never). Words of the lexicons the rules already read
(role and group heads, places, stop words, listed surnames) are left out, and so are the surnames in SURNAMES_TOO that
the counts let through (a reader's judgement). Printed as lexicon lines with their counts.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, dev_texts, key, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[^\s\u0621-\u064A\u0670-\u06D3\u200c]")

# Through the counts but a surname too («شیخ محمد خیابانی»).
SURNAMES_TOO = {key("خیابانی")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-after", type=int, default=2)
    ap.add_argument("--min-count", type=int, default=50)
    ap.add_argument("--max-surname", type=float, default=0.01)
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    plain_given = {k for k, v in given.items() if v.get("ambiguous") != "yes"}
    surnames = set(lexicon("surnames.txt")) | set(lexicon("public-figures.txt"))
    known = set(surnames) | set(given)
    # non-name-words.txt without this script's own section: a word it printed is no word the lexicons held already.
    own = False
    with open(os.path.join(HERE, "..", "Sources", "Extractors", "Resources", "Lexicons", "non-name-words.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("# ---"):
                own = "mined by scripts/mine-run-on-words.py" in line
            entry = line.split("#")[0].split("|")[0].strip()
            if entry and not own:
                known.add(key(entry))
    for name in ("stop-words.txt", "role-heads.txt", "group-nouns.txt", "institution-heads.txt",
                 "provinces.txt", "counties.txt", "countries.txt", "world-capitals.txt", "place-names.txt",
                 "common-word-surnames.txt", "titles.txt", "speech-verbs.txt", "role-modifiers.txt"):
        known |= set(lexicon(name))
    seen, after_name, as_surname = collections.Counter(), collections.Counter(), collections.Counter()
    for text in dev_texts(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            if i >= 1 and words[i - 1] in given:
                as_surname[w] += 1
            if i >= 2 and words[i - 2] in plain_given and words[i - 1] in surnames:
                after_name[w] += 1
    kept = [w for w, c in after_name.items() if c >= a.min_after and w.endswith("ی") and len(w) > 2 and w not in known and w not in SURNAMES_TOO
            and seen[w] >= a.min_count and as_surname[w] / seen[w] <= a.max_surname]
    print("# --- mined by scripts/mine-run-on-words.py: everyday «ی» words the corpora write right after a given name and a"
          " listed surname, never (or almost never) as a surname; a name runs on over none of them ---")
    for w in sorted(kept, key=lambda w: (-after_name[w], w)):
        print(f"{w}  # after a full name {after_name[w]}, after a given name {as_surname[w]}, of {seen[w]}")


if __name__ == "__main__":
    main()
