#!/usr/bin/env python3
"""Counts candidate news-item boundaries by shape alone, approximately (lines split on line feeds, not on the
sentence splitter's soft wraps): a line of at most N words without final punctuation or colon, or a line of
punctuation only («***»), after a paragraph of at least 20 words (a boundary inside the article, not its title).
NewsItems.swift takes such a headline line as a boundary only when a dateline/agency prefix follows it: the bare
shape also matches crossheads of one report (Hamshahri dev 1504 of 5360 articles, Fars dev 148 of 1475 with N=12).

usage: scripts/count-news-items.py CORPUS.jsonl [N=12] [SAMPLE=0]"""
import json, random, re, sys

path = sys.argv[1]; limit = int(sys.argv[2]) if len(sys.argv) > 2 else 12; sample = int(sys.argv[3]) if len(sys.argv) > 3 else 0
word = re.compile(r"[\w\u0600-\u06FF]+")
docs = with_b = bounds = 0
examples = []
for line in open(path, encoding="utf-8"):
    d = json.loads(line); docs += 1
    lines = [l.strip() for l in d["text"].split("\n") if l.strip()]
    body = False; n = 0
    for i, l in enumerate(lines):
        words = word.findall(l)
        sep = not words and re.fullmatch(r"[*\-=_#•·. ]+", l)
        head = 0 < len(words) <= limit and l[-1] not in ".!?؟…:"
        if body and (sep or head) and i + 1 < len(lines):
            n += 1; examples.append((d["id"], lines[i - 1][-60:], l, lines[i + 1][:80]))
        if len(words) >= 20: body = True
    bounds += n; with_b += n > 0
print(f"{path}: {docs} articles, {with_b} with a boundary inside the text ({with_b/docs:.1%}), {bounds} boundaries")
random.seed(21)
for e in random.sample(examples, min(sample, len(examples))):
    print(f"{e[0]}\n   …{e[1]}\n   >> {e[2]}\n   {e[3]}…")
