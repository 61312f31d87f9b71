#!/usr/bin/env python3
"""How much of what `didar extract` finds changes when an article is written in Hamshahri typography.

usage: scripts/typography-drift.py [--corpus ../shared/data/fars-news/dev.jsonl] [--mode all|letters|zwnj|glue|nbsp]
                                   [--didar .build/release/didar] [--show 40]

The Fars News text writes «ی/ک» and joins a word's parts with a ZWNJ («منطقه‌ای», «طلایی‌نیک»); Hamshahri writes «ي/ك»,
no ZWNJ (a space, or nothing) and no-break spaces between words. Each article of the corpus is rewritten so (`--mode`:
`letters` «ي/ك» only, `zwnj` each ZWNJ a space, `glue` each ZWNJ dropped, `nbsp` a third of the spaces no-break,
`all` letters, ZWNJ as space and NBSP), both versions are extracted, and the people, roles, institutions and met
pairs of each record are compared by key (`mining.key`: letters unified, spaces and ZWNJ dropped). Prints how many of each the
rewriting lost and gained, then the records that differ: a rule that reads only one writing of a word is a rule the
other outlet's articles miss.
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, key


def rewrite(text, mode, rng):
    if mode in ("all", "letters"):
        text = text.replace("ی", "ي").replace("ک", "ك")
    if mode in ("all", "zwnj"):
        text = text.replace("\u200c", " ")
    if mode == "glue":
        text = text.replace("\u200c", "")
    if mode in ("all", "nbsp"):
        text = "".join("\u00a0" if ch == " " and rng.random() < 0.33 else ch for ch in text)
    return text


def facts(record):
    name = {p["id"]: key(p["name"]) for p in record["people"]}
    return {
        "people": set(name.values()),
        "roles": {(name[p["id"]], key(r["text"])) for p in record["people"] for r in p["roles"]},
        "institutions": {key(i["name"]) for i in record["institutions"]},
        "met": {tuple(sorted((name[m["a"]], name[m["b"]]))) for m in record["met"]},
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "data", "fars-news", "dev.jsonl"))
    ap.add_argument("--mode", default="zwnj", choices=["all", "letters", "zwnj", "glue", "nbsp"])
    ap.add_argument("--didar", default=os.path.join(HERE, "..", ".build", "release", "didar"))
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        rewritten = os.path.join(tmp, "rewritten.jsonl")
        with open(a.corpus, encoding="utf-8") as src, open(rewritten, "w", encoding="utf-8") as out:
            for line in src:
                d = json.loads(line)
                d["text"] = rewrite(d["text"], a.mode, rng)
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        run = lambda path: [json.loads(l) for l in subprocess.run([a.didar, "extract", "--json", path], capture_output=True,
                                                                  text=True, check=True).stdout.splitlines()]
        before, after = run(a.corpus), run(rewritten)
    totals, shown = collections.Counter(), 0
    for r0, r1 in zip(before, after):
        f0, f1 = facts(r0), facts(r1)
        for field in f0:
            totals[field] += len(f0[field])
            totals[field + " lost"] += len(f0[field] - f1[field])
            totals[field + " gained"] += len(f1[field] - f0[field])
            if f0[field] != f1[field] and shown < a.show:
                shown += 1
                print(r0["document"], field, "lost", sorted(f0[field] - f1[field])[:4], "gained", sorted(f1[field] - f0[field])[:4])
    for field in ("people", "roles", "institutions", "met"):
        print(f"{field}: {totals[field]} in the original, {totals[field + ' lost']} lost, {totals[field + ' gained']} gained")


if __name__ == "__main__":
    main()
