#!/usr/bin/env python3
"""Names written as one word in the development corpora, cut as GluedNameSplitter cuts them, with their counts.

usage: scripts/count-glued-names.py [--shared ../shared]

Mirrors Sources/Extractors/Recognizers/GluedNameSplitter.swift on the Fars News and Hamshahri development corpora
(the gold set's test split left out): a word that starts no lexicon entry, cut into a given name and a public
figure («محمدخاتمی»), a transliterated first name and a surname, figure or given name that is no plural
(«بشاراسد»), a title and a given name or such a name («دکترعلیرضا»), or a `glued=yes` stop word and one of these
(«بابشاراسد»). The «ی» adjective of a given name («علیرضایی») and a word after a given name («مهدی علیخانی») stay
whole. Prints each cut with its count and the word before and after its first occurrence, so that a reader can
judge the cuts; the Swift rule is what runs (the lexicon check here is by whole key, not every lexicon entry's
first word).
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_texts, key, lexicon

WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u064b-\u065f\u0670\u0640]+(?:\u200c[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u064b-\u065f\u0670\u0640]+)*")
LISTS = ["given-names.txt", "surnames.txt", "public-figures.txt", "titles.txt", "stop-words.txt", "non-name-words.txt",
         "common-word-surnames.txt", "role-heads.txt", "institution-heads.txt", "place-names.txt", "countries.txt",
         "provinces.txt", "counties.txt", "named-institutions.txt", "media.txt", "lineage-honorifics.txt",
         "group-nouns.txt", "zwnj-words.txt"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    G, S, P, T = (lexicon(f) for f in ("given-names.txt", "surnames.txt", "public-figures.txt", "titles.txt"))
    glued = [k for k, v in lexicon("stop-words.txt").items() if v.get("glued") == "yes"]
    plural = list(lexicon("plural-suffixes.txt"))
    known = set().union(*(lexicon(f) for f in LISTS))

    def figure(x):
        return x in P and P[x].get("ambiguous") != "yes"

    def name(w):
        for i in range(2, len(w) - 2):
            g, x = w[:i], w[i:]
            if g not in G or G[g].get("ambiguous") == "yes":
                continue
            if figure(x):
                return [g, x]
            if G[g].get("origin") == "foreign" and (x in S or x in P or (x in G and not any(x.endswith(p) for p in plural))):
                return [g, x]
        return None

    def titled(w):
        for i in range(3, len(w) - 2):
            t, x = w[:i], w[i:]
            if t not in T:
                continue
            if (x in G and G[x].get("ambiguous") != "yes") or figure(x):
                return [t, x]
            n = name(x)
            if n:
                return [t] + n
        return None

    def split(w):
        if w in known or len(w) < 5:
            return None
        if w.endswith("ی"):
            stem = w[:-2] if w[-2] == "ی" or (w[-2] == "ا" and w[-3] == "ه") else w[:-1]
            if stem in G:
                return None
        r = name(w) or titled(w)
        if r:
            return r
        for g in glued:
            if w.startswith(g) and len(w) - len(g) >= 3:
                rest = w[len(g):]
                if figure(rest):
                    return [g, rest]
                r = name(rest) or titled(rest)
                if r:
                    return [g] + r
        return None

    counts, where = collections.Counter(), {}
    for text in dev_texts(a.shared):
        words = [m.group() for m in WORD.finditer(text)]
        for j, w in enumerate(words):
            if j and key(words[j - 1]) in G:
                continue
            s = split(key(w))
            if s:
                cut = " + ".join(s)
                counts[cut] += 1
                where.setdefault(cut, " ".join(words[max(0, j - 1):j + 2]))
    for cut, n in counts.most_common():
        print(f"{n}\t{cut}\t{where[cut]}")
    print(f"# {sum(counts.values())} glued names, {len(counts)} kinds")


if __name__ == "__main__":
    main()
