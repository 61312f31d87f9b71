#!/usr/bin/env python3
"""Assemble annotated records into the gold set's dev and test files, after checking each one.

usage: scripts/gold-assemble.py ANNOTATIONS.jsonl… [--shared ../shared] [--gold-dir Tests/CLITests/Fixtures/gold]

Each record goes to the split the manifest (written by gold-sample.py) gave its article. A record is refused,
with file:line, when its article is not in the manifest, its sha256 differs from the corpus text's, a `pair`
names no annotated person, a role's institution is not among `institutions`, or an article is annotated twice.
Output is sorted by id, one record a line, so that re-assembling gives the same bytes.

A person's roles that the scorer cannot tell apart (the same key in `score.py`: they differ only in spacing, ZWNJ or
Arabic letters, «مدیرکل …» and «مدیر کل …») are one role: the first written is kept (docs/annotation.md, "Roles").
"""
import argparse, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def scoring_key():
    """score.py's key: the one notion of "the same string" the gold set and the scorer share."""
    sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
    import score
    return score.key


def merge_same_roles(rec, key):
    """Drops a person's role whose scoring key an earlier role of theirs has; returns how many were dropped."""
    dropped = 0
    for p in rec.get("people", []):
        seen, kept = set(), []
        for r in p.get("roles", []):
            k = key(r.get("role", ""))
            if k in seen:
                dropped += 1
                continue
            seen.add(k)
            kept.append(r)
        p["roles"] = kept
    return dropped


def check(rec, where, manifest):
    errs = []
    if rec.get("id") not in manifest:
        return [f"{where}: {rec.get('id')!r} is not an article of the manifest"]
    if rec.get("sha256") != manifest[rec["id"]]["sha256"]:
        errs.append(f"{where}: sha256 differs from the corpus text of {rec['id']}")
    names = {p.get("name") for p in rec.get("people", [])}
    insts = set(rec.get("institutions", []))
    for field in ("met", "met_optional"):
        for m in rec.get(field, []):
            pair = m.get("pair", [])
            if len(pair) != 2 or any(n not in names for n in pair) or pair[0] == pair[1]:
                errs.append(f"{where}: {field} pair {pair} does not name two annotated people")
    for p in rec.get("people", []):
        for r in p.get("roles", []):
            if r.get("institution") and r["institution"] not in insts:
                errs.append(f"{where}: role institution {r['institution']!r} of {p.get('name')!r} is not in institutions")
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("annotations", nargs="+")
    ap.add_argument("--gold-dir", default=os.path.join(HERE, "..", "Tests", "CLITests", "Fixtures", "gold"))
    a = ap.parse_args()
    with open(os.path.join(a.gold_dir, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    manifest = {r[0]: {"corpus": r[1], "split": r[2], "sha256": r[3]} for r in rows}
    records, errors = {}, []
    key, merged = scoring_key(), 0
    for path in a.annotations:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: not JSON: {e}"); continue
                errs = check(rec, where, manifest)
                if rec.get("id") in records:
                    errs.append(f"{where}: {rec['id']} is annotated twice")
                errors += errs
                if not errs:
                    merged += merge_same_roles(rec, key)
                    records[rec["id"]] = rec
    for e in errors:
        print(e, file=sys.stderr)
    if merged:
        print(f"{merged} roles merged with a role of the same scoring key", file=sys.stderr)
    for split in ("dev", "test"):
        out = sorted((r for i, r in records.items() if manifest[i]["split"] == split), key=lambda r: r["id"])
        tmp = os.path.join(a.gold_dir, f".{split}.jsonl.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(tmp, os.path.join(a.gold_dir, f"{split}.jsonl"))
        print(f"{split}: {len(out)} of {sum(1 for m in manifest.values() if m['split'] == split)} articles", file=sys.stderr)
    missing = sorted(set(manifest) - set(records))
    if missing:
        print("not annotated:", " ".join(missing), file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
