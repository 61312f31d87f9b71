#!/usr/bin/env python3
"""Counts behind the comma list's vouching for a second given name as the surname (NameRecognizer.spelledName).

usage: scripts/count-list-items.py EXTRACT.jsonl [--shared ../shared] [--examples N]

EXTRACT.jsonl is `didar extract --json` of the two development corpora. Over its articles outside the gold set's test
split, every item of a comma list (items split at «،» and «و» within a line) of two or three words that no person
mention covers and that stands between two items opening with a person the rules read. Each line: the item's shape
(whether its first word is a given name of given-names.txt, and what the second word is: a given name, another
lexicon's word, or an open word), its count, then up to --examples examples. The shape «GIVEN GIVEN» is the one the
rule reads; read the examples to judge them.
"""
import collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import NON_NAME_LEXICONS, dev_records, extract_arguments, key, keys_of, lexicon  # noqa: E402

SEP = re.compile(r"،|\s+و\s+|,")


def main():
    args = extract_arguments(examples=20)
    given, other = set(lexicon("given-names.txt")), keys_of(NON_NAME_LEXICONS)
    rows = collections.defaultdict(list)
    for rec, t in dev_records(args.extract, args.shared):
        starts = {m["start"] for p in rec["people"] for m in p["mentions"]}
        cover = [(m["start"], m["end"]) for p in rec["people"] for m in p["mentions"]]
        pos = 0
        for line in t.split("\n"):
            items, last = [], 0
            for m in SEP.finditer(line):
                items.append((pos + last, line[last:m.start()]))
                last = m.end()
            items.append((pos + last, line[last:]))
            pos += len(line) + 1
            opens = lambda it: it[0] + len(it[1]) - len(it[1].lstrip()) in starts
            for n in range(1, len(items) - 1):
                s, x = items[n]
                words = x.split()
                s += len(x) - len(x.lstrip())
                if not 2 <= len(words) <= 3 or any(a <= s < b or s <= a < s + len(x.strip()) for a, b in cover):
                    continue
                if opens(items[n - 1]) and opens(items[n + 1]):
                    second = key(words[1])
                    shape = ("GIVEN" if key(words[0]) in given else "word",
                             "GIVEN" if second in given else "lexicon" if second in other else "open", len(words))
                    rows[shape].append(f"{rec['document']} «{x.strip()}»")
    for shape, ex in sorted(rows.items(), key=lambda r: -len(r[1])):
        print(" ".join(map(str, shape)), len(ex))
        for e in ex[:args.examples]:
            print("   ", e)


if __name__ == "__main__":
    main()
