#!/usr/bin/env python3
"""Counts behind the name rules of round 9: how often the two development corpora write each shape.

usage: scripts/count-name-shapes.py [--shared ../shared] [--examples N]

Over the Fars News and Hamshahri development corpora (the gold set's test split left out), counts and shows examples of:
  time-of-day   a given name (not `ambiguous=yes`), a word no list or ending marks as a surname, then «ظهر», «صبح» or
                «عصر» (name-followers.txt: «علیرضا آرامش ظهر امروز در …»);
  haj           a given name, then «حاج» or «حاجی» and a word (titles.txt `surname-part=yes`: «مهرداد حاج علیزاده»);
  pair          «GIVEN WORD و GIVEN WORD», both given names plain, at least one WORD marked by no list or ending
                (NameRecognizer.inPairOfNames: «بیژن مفید و حمید جمعدر»);
  roster        a list of three items or more, each one word, three of them surname-like (listed, or a surname ending
                stronger than «ی»), one listed (NameRecognizer.rosterSurname: «مرادی، حقدوست، کاویانپور و جباری»);
  slavic        words ending in «ویچ», «فسکی», «نسکی» (surname-suffixes.txt `origin=foreign`), by word.
Each line: the shape, occurrences, articles; then up to --examples random examples (seeded).
"""
import argparse, collections, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_articles, key, keys_of, lexicon

WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]+|\S")
TIMES = {key(w) for w in "ظهر صبح عصر".split()}
HAJ = {key(w) for w in "حاج حاجی".split()}
SLAVIC = tuple(key(w) for w in "ویچ فسکی نسکی".split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--examples", type=int, default=10)
    a = ap.parse_args()
    given, surnames = lexicon("given-names.txt"), lexicon("surnames.txt")
    non = keys_of(NON_NAME_LEXICONS)
    places = keys_of(["countries.txt", "provinces.txt", "counties.txt", "place-names.txt", "world-capitals.txt"])
    suffixes = lexicon("surname-suffixes.txt")
    endings = tuple(k for k in suffixes)
    strong = tuple(k for k, v in suffixes.items() if v.get("strength") != "weak" and v.get("apart") != "only")
    plain = lambda k: k in given and not given[k].get("ambiguous") and not given[k].get("abbreviated") and not given[k].get("origin")
    marked = lambda k: k in surnames or k.endswith(endings)
    open_word = lambda k: k not in non and k not in given and re.match(r"[\u0621-\u06CC]", k) is not None and len(k) >= 3
    listed = lambda k: k in surnames and surnames[k].get("ambiguous") != "yes"
    roster_word = lambda k: k not in non and k not in places and k not in given and (listed(k) or k.endswith(strong) and len(k) > 4)
    count, arts, ex = collections.Counter(), collections.defaultdict(set), collections.defaultdict(list)

    def hit(shape, aid, text):
        count[shape] += 1
        arts[shape].add(aid)
        ex[shape].append(f"{aid} | {text}")

    for aid, text in dev_articles(a.shared):
        toks = WORD.findall(text.translate(FOLD).replace("\u200c", ""))
        ks = [key(t) for t in toks]
        n = len(ks)
        for i in range(n - 2):
            around = " ".join(toks[max(0, i - 3):i + 6])
            if plain(ks[i]) and open_word(ks[i + 1]) and not marked(ks[i + 1]) and ks[i + 2] in TIMES:
                hit("time-of-day", aid, around)
            if ks[i] in given and ks[i + 1] in HAJ and re.match(r"[\u0621-\u06CC]", ks[i + 2]):
                hit("haj", aid, around)
            if i + 4 < n and plain(ks[i]) and open_word(ks[i + 1]) and ks[i + 2] == "و" and plain(ks[i + 3]) \
                    and open_word(ks[i + 4]) and not (marked(ks[i + 1]) and marked(ks[i + 4])):
                hit("pair", aid, around)
        for k in ks:
            if k.endswith(SLAVIC) and len(k) > 4:
                hit("slavic " + k, aid, k)
        i = 0
        while i < n:
            items, j = [], i
            while j < n and re.match(r"[\u0621-\u06CC]", ks[j]) and ks[j] != "و":
                items.append(j)
                s = j + 1
                if s < n and ks[s] in ("،", ","):
                    s += 1
                    if s < n and ks[s] == "و":
                        s += 1
                elif s < n and ks[s] == "و":
                    s += 1
                else:
                    break
                j = s
            if len(items) >= 3:
                words = [ks[x] for x in items]
                if sum(map(roster_word, words)) >= 3 and any(map(listed, words)):
                    hit("roster", aid, " ".join(toks[max(0, items[0] - 3):items[-1] + 3]))
                i = items[-1] + 1
            else:
                i += 1
    random.seed(9)
    slavic = collections.Counter()
    for shape in sorted(count):
        if shape.startswith("slavic "):
            slavic[shape] = count[shape]
            continue
        print(f"{shape}\t{count[shape]}\t{len(arts[shape])} articles")
        for e in random.sample(ex[shape], min(a.examples, len(ex[shape]))):
            print("   ", e)
    print(f"slavic\t{sum(slavic.values())}\t{len(set().union(*(arts[s] for s in slavic))) if slavic else 0} articles")
    for shape, c in slavic.most_common(a.examples * 3):
        print(f"    {shape[7:]} {c}")


if __name__ == "__main__":
    main()
