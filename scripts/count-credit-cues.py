#!/usr/bin/env python3
"""Counts of the words that credit a work to a person (credit-cues.txt), in the development corpora.

usage: scripts/count-credit-cues.py --records RECORDS.jsonl [--shared ../shared] [CUE …]

For each cue (the entries of credit-cues.txt, or the cues given), over the Fars News and Hamshahri development
corpora (the gold set's test split left out): how often it is written, how often a given name of given-names.txt (one word or two) follows it, and how
often that given name starts no person mention of RECORDS (`didar extract --json` of the same two corpora, made
before the cue was listed): the names the cue is there to read. Printed as `cue  # total, before a given name N,
unread M`, the comment credit-cues.txt carries.
"""
import argparse, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, key, lexicon, test_ids

TOKEN = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|\S")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--records", required=True)
    ap.add_argument("cues", nargs="*")
    a = ap.parse_args()
    given = lexicon("given-names.txt")
    surfaces = a.cues or [line.split("#")[0].split("|")[0].strip()
                          for line in open(os.path.join(HERE, "..", "Sources", "Extractors", "Resources", "Lexicons",
                                                        "credit-cues.txt"), encoding="utf-8")
                          if line.split("#")[0].strip()]
    cues = {key(c): c for c in surfaces}
    starts = {}
    with open(a.records, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            starts[r["document"]] = {m["start"] for p in r["people"] for m in p["mentions"]}
            covered = starts[r["document"]]
            for p in r["people"]:
                for m in p["mentions"]:
                    covered.update(range(m["start"], m["end"]))
    total, before, unread = ({c: 0 for c in cues} for _ in range(3))
    skip = test_ids()
    for corpus in ("fars-news", "hamshahri"):
        with open(os.path.join(a.shared, "data", corpus, "dev.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in skip:
                    continue
                text, covered = r["text"], starts.get(r["id"], set())
                toks = [(m.start(), key(m.group().translate(FOLD))) for m in TOKEN.finditer(text)]
                for i in range(len(toks)):
                    for n in (1, 2):
                        c = "".join(k for _, k in toks[i:i + n])
                        if c not in cues or i + n >= len(toks):
                            continue
                        total[c] += 1
                        s, k = toks[i + n]
                        two = k + toks[i + n + 1][1] if i + n + 1 < len(toks) else None
                        if k in given or two in given:
                            before[c] += 1
                            unread[c] += s not in covered
    for c, surface in cues.items():
        print(f"{surface}  # {total[c]}, before a given name {before[c]}, unread {unread[c]}")


if __name__ == "__main__":
    main()
