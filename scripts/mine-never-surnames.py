#!/usr/bin/env python3
"""Everyday words that end like a surname but are never one, for non-name-words.txt.

usage: scripts/mine-never-surnames.py [--shared ../shared] [--max-after-given 0]

The name rules read a word ending in «ی» after a given name as its surname («علی رضایی»), and a third word so ending
as the rest of a compound surname written apart («هادی روستایی [ساماندهی]», «صدام حسین [طرفداری]», «کریم قنبری
[پاسخگوی]»). A word of everyday-words.txt (tagged outside any entity in the Arman NER training fold at least twice and
never inside a person's name) that ends in «ی», of four letters or more, and that no name list holds (surnames.txt,
common-word-surnames.txt, given-names.txt, public-figures.txt, non-name-words.txt, nor the public surname list
`lexicon-sources/surnames-freq.csv`), is kept when the Fars News and Hamshahri development corpora (the gold set's
test split left out) write it right after a given name of given-names.txt (not `ambiguous=yes`) at most
--max-after-given times: a surname no list holds («انتظامی» of «عزت‌الله
انتظامی», «متکی» of «منوچهر متکی») is written after its bearer's given name again and again, an everyday noun or
adjective is not. At 1 the list also took «وفاداری» of «یدالله وفاداری», a name of the dev split's gold; at 0 (the
round-27 section) it holds 1,223 words, and on the 6,835 articles of the two dev corpora 46 records changed, about 50
readings such as «پنالتی», «کناره‌گیری», «صدام موضوعی», «کریم قنبری [پاسخگوی]» gone, offices moved from them to their
holders («وزیر بازرگانی» to «محمد شریعتمداری»), and «حمید مرتاض هجری», «آروند دشت آرای» lost. The output is the
non-name-words.txt section, each line with its counts (after a given name, all occurrences in the corpora). Run it on
non-name-words.txt without the section it printed.
"""
import argparse, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, WORD, dev_articles, key, keys_of, lexicon, public_surnames


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--max-after-given", type=int, default=0)
    a = ap.parse_args()
    everyday = lexicon("everyday-words.txt")
    given = lexicon("given-names.txt")
    plain_given = {k for k, v in given.items() if v.get("ambiguous") != "yes"}
    names = keys_of(("given-names.txt", "surnames.txt", "common-word-surnames.txt", "public-figures.txt", "non-name-words.txt"))
    names |= public_surnames(a.shared, multi_word=True)
    candidates = {k for k in everyday if k.endswith("ی") and len(k) >= 4 and k not in names}
    seen, after_given = collections.Counter(), collections.Counter()
    for _, text in dev_articles(a.shared):
        words = [key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            if w in candidates:
                seen[w] += 1
                if i > 0 and words[i - 1] in plain_given:
                    after_given[w] += 1
    for w in sorted(candidates, key=lambda w: (-seen[w], w)):
        if seen[w] == 0 or after_given[w] > a.max_after_given:
            continue
        print(f"{w}  # {after_given[w]} of {seen[w]}")


if __name__ == "__main__":
    main()
