#!/usr/bin/env python3
"""Count the given names that are also words of bodies' names (given-names.txt `qualifier=yes`).

For each given name marked `ambiguous=yes`, counts its occurrences in the two dev corpora (test split left out)
within three words after an institution head (no stop word between) with no surname or given name right after
it, and prints the count, the number of articles and a few examples, so that the names read as part of a body's
name («کمیسیون عمران مجلس», «تیم ملی امید ایران») can be chosen by reading them.

Usage: python3 scripts/count-qualifier-names.py [SHARED_DIR] [--min N]
"""
import collections, os, re, sys
from mining import HERE, key, lexicon, dev_texts

args = [a for a in sys.argv[1:] if not a.startswith("--")]
shared = args[0] if args else os.path.join(HERE, "..", "..", "shared")
minimum = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 20

given = lexicon("given-names.txt")
ambiguous = {k for k, v in given.items() if v.get("ambiguous") == "yes"}
heads, stops, surnames = set(lexicon("institution-heads.txt")), set(lexicon("stop-words.txt")), set(lexicon("surnames.txt"))

count, articles, examples, before_name = collections.Counter(), collections.defaultdict(set), collections.defaultdict(list), collections.Counter()
for article, text in enumerate(dev_texts(shared)):
    for sentence in re.split(r"[.!?؟\n:،,()«»\"]", text):
        words = sentence.split()
        keys = [key(w) for w in words]
        for i, k in enumerate(keys):
            if k not in ambiguous:
                continue
            in_phrase = False
            for b in range(i - 1, max(-1, i - 4), -1):
                if keys[b] in stops:
                    break
                if keys[b] in heads:
                    in_phrase = True
                    break
            if not in_phrase:
                continue
            after = keys[i + 1] if i + 1 < len(keys) else ""
            if after in surnames or after in given:
                before_name[k] += 1
                continue
            count[k] += 1
            articles[k].add(article)
            if len(examples[k]) < 3:
                examples[k].append(" ".join(words[max(0, i - 3):i + 3]))
for k, n in count.most_common():
    if n >= minimum:
        print(f"{k}\t{n}\t{len(articles[k])} articles\tbefore a name {before_name[k]}\t" + " ; ".join(examples[k]))
