#!/usr/bin/env python3
"""Counts behind UnreadListItem's coordinated item: lists of meeting participants that stop before a later person.

usage: scripts/count-cut-lists.py EXTRACT.jsonl [--shared ../shared] [--examples N]

EXTRACT.jsonl is `didar extract --json` of the two development corpora. Over its articles outside the gold set's test
split, for every meeting: the first person of the meeting's sentence after its last participant (past the trigger)
who is not a participant, when at most 25 words and no full stop stand between them and the gap ends with «،» or
«و» (a list item that did not join). Each line: the meeting's rule (last part), short (≤ 8 words) or long gap, count;
then up to --examples examples «… last participant ‖gap⟦next person⟧».
"""
import collections, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import extract_arguments, dev_records  # noqa: E402


def main():
    args = extract_arguments(examples=10)
    rows = collections.defaultdict(list)
    for rec, t in dev_records(args.extract, args.shared):
        doc = rec["document"]
        mentions = collections.defaultdict(list)
        for p in rec["people"]:
            for m in p["mentions"]:
                mentions[m["sentence"]].append((m["start"], m["end"], p["id"]))
        for meeting in rec["meetings"]:
            s, te = meeting["sentence"]["index"], meeting["trigger"]["end"]
            listed = [x for x in mentions[s] if x[2] in meeting["participants"] and x[0] >= te]
            if not listed:
                continue
            end = max(x[1] for x in listed)
            later = sorted(x for x in mentions[s] if x[0] >= end and x[2] not in meeting["participants"])
            if not later:
                continue
            gap = t[end:later[0][0]]
            words = gap.split()
            if "." in gap or len(words) > 25 or not words or not (words[-1] in ("و", "،") or gap.rstrip().endswith("،")):
                continue
            shape = (meeting["rule"].split(".")[-1], "short" if len(words) <= 8 else "long")
            rows[shape].append((doc, t[max(0, end - 40):end] + " ‖" + gap + "⟦" + t[later[0][0]:later[0][1]] + "⟧"))
    rng = random.Random(6)
    for shape, found in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        print(f"{shape[0]}\t{shape[1]}\t{len(found)}")
        for d, s in rng.sample(found, min(args.examples, len(found))):
            print(f"    {d}  {s}".replace("\n", " / "))


if __name__ == "__main__":
    main()
