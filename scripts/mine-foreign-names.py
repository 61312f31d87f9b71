#!/usr/bin/env python3
"""Transliterated foreign first names the lexicon misses, mined from the development corpora with their counts.

usage: scripts/mine-foreign-names.py [--shared ../shared] [--min-evidence 2] [--min-share 0.2] [--show N]

A word X is a candidate first name when the Fars News and Hamshahri development corpora (the gold set's test split
left out) write it as the first word of a two-word name that something other than the lexicons vouches for:

- «X Y، <role head>» (the comma of apposition: «داوید کونارسکی، ملی‌پوش …»);
- «X Y <role head> …<foreign country or capital>» within four words (a foreign office: «اسپنسر آبراهامز وزیر انرژی
  آمریکا»);
- «X Y <speech verb>» («گفت», «افزود», …) or «X Y در گفت‌وگو با»;
- «"X Y"» between quotes right before a role head.

Y must be a word no lexicon holds (a transliterated surname). X is kept when these contexts make at least
--min-evidence of its occurrences and at least --min-share of all of them (a first name stands before a surname;
an everyday word stands anywhere), and when no Persian given-name list of `shared/data/lexicon-sources/` holds it
(those are the Iranian names scripts/mine-given-names.py mines). Everyday words that pass the counts are dropped
by hand in NOT_NAMES (a reader's judgement). The output is the given-names.txt section, each line with its counts.
"""
import argparse, collections, csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_texts, key, keys_of, lexicon

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[،,\"«»“”]")
# Through the counts but not first names (a reader's judgement): pieces of compounds and kunyas («بن», «ابو»,
# «ابومصعب»), Persian surnames' first halves («غلامیان دهکردی», «رییسعلی دلواری»), an outlet's name («روسیسکایا
# گازتا», «اسکای نیوز»), syllables of East Asian names that stand alone («جیا»), second halves of Western names
# («پیه», «وود», «گرین», «باچه», «مورنو» of «لوئیس مورنو اوکامپو») and everyday words or glued ones («لوله‌های», «هق‌هق», «وآموزش»).
NOT_NAMES = {key(w) for w in """
بن ابو آل ال آقا جناب ابومصعب غلامیان رییسعلی رئیسعلی روسیسکایا اسکای جیا پیه وود گرین باچه مورنو لوله‌های هق‌هق وآموزش
""".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-evidence", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.2)
    ap.add_argument("--show", type=int, default=0, help="print N contexts of each word kept, to stderr")
    a = ap.parse_args()
    excluded = set(NOT_NAMES) | keys_of(NON_NAME_LEXICONS + ("given-names.txt", "surnames.txt", "public-figures.txt"))
    roles = set(lexicon("role-heads.txt"))
    speech = set(lexicon("speech-verbs.txt"))
    foreign = {k for k, v in lexicon("countries.txt").items() if v.get("home") != "yes"}
    foreign |= {k for k, v in lexicon("world-capitals.txt").items() if v.get("country") != "ایران"}
    persian = set()
    with open(os.path.join(a.shared, "data", "lexicon-sources", "given-names-gender.csv"), encoding="utf-8") as f:
        persian |= {key(row[0]) for row in csv.reader(f) if row}
    with open(os.path.join(a.shared, "data", "lexicon-sources", "given-names-freq.csv"), encoding="utf-8-sig") as f:
        persian |= {key(row[0]) for row in csv.reader(f) if row}
    loose = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ؤ": "و"})
    excluded_loose = {w.translate(loose) for w in excluded | persian}

    def open_word(w, shortest=3):
        return w not in "،,\"«»“”" and w not in excluded and w.translate(loose) not in excluded_loose and len(w) >= shortest

    def head_at(words, j, lex):
        """The number of words of an entry of `lex` at j (one or two words), else 0."""
        if j < len(words) and words[j] in lex:
            return 1
        if j + 1 < len(words) and words[j] + words[j + 1] in lex:
            return 2
        return 0

    seen, evidence, partners = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    contexts = collections.defaultdict(list)
    for text in dev_texts(a.shared):
        words = [w if len(w) == 1 and w in "،,\"«»“”" else key(w) for w in WORD.findall(text.translate(FOLD))]
        for i, w in enumerate(words):
            seen[w] += 1
            if i + 2 >= len(words) or not open_word(w) or not open_word(words[i + 1], shortest=2):
                continue
            j, why = i + 2, None
            if words[j] in "،," and head_at(words, j + 1, roles):
                why = "comma-role"
            elif (h := head_at(words, j, roles)) and any(x in foreign for x in words[j + h:j + h + 4]):
                why = "foreign-office"
            elif head_at(words, j, speech):
                why = "speech"
            elif i > 0 and words[i - 1] in "\"«“" and words[j] in "\"»”" and head_at(words, j + 1, roles):
                why = "quoted-role"
            if why:
                evidence[w] += 1
                partners[w].add(words[i + 1])
                if len(contexts[w]) < a.show:
                    contexts[w].append(f"{why}: {' '.join(words[max(0, i - 3):i + 6])}")
    kept = sorted(w for w, c in evidence.items() if c >= a.min_evidence and c / seen[w] >= a.min_share)
    print("# --- mined by scripts/mine-foreign-names.py: transliterated first names before a second word and an apposition,"
          " a foreign office or a report of speech in the dev corpora ---")
    for w in kept:
        print(f"{w} | gender=u | origin=foreign  # before a surname and a role or a report of speech"
              f" {evidence[w]} of {seen[w]} in the dev corpora ({len(partners[w])} different surnames)")
        for c in contexts[w]:
            print(f"    {c}", file=sys.stderr)


if __name__ == "__main__":
    main()
