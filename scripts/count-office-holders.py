#!/usr/bin/env python3
"""Counts behind office-holders.txt: for each office, the development-corpus articles that name one of its holders
in term (the article's date from `didar extract --json`) and write the office, and of those the articles where the
office stands alone somewhere (no listed holder's name within five words of it): what `coref.listed-holder` can give.

    .build/debug/didar extract --json ../shared/data/fars-news/dev.jsonl ../shared/data/hamshahri/dev.jsonl > /tmp/records.jsonl
    python3 scripts/count-office-holders.py --records /tmp/records.jsonl [--shared ../shared]
"""
import argparse, json, os, re
from mining import HERE, dev_articles, key

LEXICON = os.path.join(HERE, "..", "Sources", "Extractors", "Resources", "Lexicons", "office-holders.txt")


def offices():
    """(office as written, [(holder, from, until)]) for each line of office-holders.txt."""
    out = []
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split("|")]
            attrs = dict(x.split("=", 1) for x in fields[1:])
            holders = []
            for item in attrs["holder"].split(","):
                name, _, term = item.partition("@")
                start, _, end = term.partition("/")
                holders.append((name, start, end))
            out.append((fields[0], holders))
    return out


def words(text):
    return [key(w) for w in re.split(r"[\s\u200c.,،:;!?؟«»\"()\-]+", text) if key(w)]


def find(seq, sub):
    return [i for i in range(len(seq) - len(sub) + 1) if seq[i:i + len(sub)] == sub]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", required=True, help="didar extract --json output of the two corpora (dates)")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    args = ap.parse_args()
    dates = {}
    with open(args.records, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            dates[rec["document"]] = (rec.get("date") or "")[:10]
    table = offices()
    counts = {office: [0, 0] for office, _ in table}
    for doc, text in dev_articles(args.shared):
        date = dates.get(doc, "")
        if len(date) != 10:
            continue
        w = words(text)
        for office, holders in table:
            at = find(w, [key(x) for x in office.split()])
            if not at:
                continue
            named = [[key(x) for x in h.split()] for h, s, e in holders if s <= date and (not e or date < e)]
            places = [i for n in named for i in find(w, n)]
            if not places:
                continue
            counts[office][0] += 1
            if any(all(abs(p - i) > 5 for p in places) for i in at):
                counts[office][1] += 1
    for office, (both, alone) in counts.items():
        print(f"{office}\t{both}\t{alone}")


if __name__ == "__main__":
    main()
