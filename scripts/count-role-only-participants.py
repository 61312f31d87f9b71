#!/usr/bin/env python3
"""Counts behind the coreference rules of round 10: meeting participants the records know only by an office.

usage: scripts/count-role-only-participants.py EXTRACT.jsonl [--shared ../shared] [--examples N]

EXTRACT.jsonl is `didar extract --json` of the two development corpora. Over its articles outside the gold set's test
split, counts and shows examples of:
  unnamed-met     unnamed holders that are a party of a met pair (`person.unnamed-role` kept in the record);
  same-head       of those, the ones whose article has a named person holding an office of the same head (the office
                  may be that person's, written shorter or fuller: «مدیرعامل شرکت واحد» beside «… شرکت واحد
                  اتوبوسرانی»; or another country's: «رئیس جمهور الجزایر» beside «رئیس جمهور مصر»);
  kicker          articles opening with a kicker line «… در …:» of at most 12 words (the Hamshahri layout), and of
                  those the ones whose record still holds an unnamed holder (coref.headline-speaker reads
                  «NAME در …:» since round 10).
Each line: the shape, occurrences, articles; then up to --examples examples.
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import extract_arguments, dev_records, key  # noqa: E402


def main():
    args = extract_arguments(examples=8)
    shapes = {"unnamed-met": [], "same-head": [], "kicker": [], "kicker-unnamed": []}
    for rec, text in dev_records(args.extract, args.shared):
        doc = rec["document"]
        people = {p["id"]: p for p in rec["people"]}
        in_met = {x for m in rec["met"] for x in (m["a"], m["b"])}
        for p in rec["people"]:
            if not p.get("unnamed") or p["id"] not in in_met:
                continue
            shapes["unnamed-met"].append((doc, p["name"]))
            heads = {key(r["head"]) for r in p["roles"]}
            named = [q for q in people.values() if not q.get("unnamed") and any(key(r["head"]) in heads for r in q["roles"])]
            if named:
                shapes["same-head"].append((doc, f'{p["name"]} ~ {named[0]["name"]}'))
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        if lines and lines[0].endswith(":") and re.search(r"\sدر\s", lines[0]) and len(lines[0].split()) <= 14:
            shapes["kicker"].append((doc, lines[0]))
            if any(p.get("unnamed") for p in rec["people"]):
                shapes["kicker-unnamed"].append((doc, lines[0]))
    rng = random.Random(10)
    for name, rows in shapes.items():
        print(f"{name}\t{len(rows)}\t{len({d for d, _ in rows})}")
        for d, s in rng.sample(rows, min(args.examples, len(rows))):
            print(f"    {d}  {s}")


if __name__ == "__main__":
    main()
