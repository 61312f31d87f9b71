#!/usr/bin/env python3
"""Print the gold records of some parts of the gold set (as drawn by gold-sample.py), for scoring a part alone.

usage: scripts/gold-subset.py --split test --part C D [--gold-dir Tests/CLITests/Fixtures/gold] > fresh-test.jsonl

The parts are those of manifest.tsv's `part` column. Parts C and D were drawn in a later round than A and B, so
their test split is the one no figure had been taken on before that round; reporting it apart from A and B shows
how the rules do on articles measured once only. Output keeps the gold file's order and bytes, line for line.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--part", nargs="+", required=True, help="manifest parts, e.g. C D")
    ap.add_argument("--gold-dir", default=os.path.join(HERE, "..", "Tests", "CLITests", "Fixtures", "gold"))
    a = ap.parse_args()
    with open(os.path.join(a.gold_dir, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    part_of = {r[0]: r[5] for r in rows}
    unknown = set(a.part) - set(part_of.values())
    if unknown:
        sys.exit(f"gold-subset.py: no part {', '.join(sorted(unknown))} in the manifest")
    with open(os.path.join(a.gold_dir, f"{a.split}.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rid = json.loads(line).get("id")
            if rid not in part_of:
                sys.exit(f"gold-subset.py: {a.split}.jsonl:{n}: {rid!r} is not in the manifest")
            if part_of[rid] in a.part:
                sys.stdout.write(line)


if __name__ == "__main__":
    main()
