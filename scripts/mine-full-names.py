#!/usr/bin/env python3
"""Full names (two or three words) the development corpora write often with an office or a report of speech, that the name rules cannot read.

usage: scripts/mine-full-names.py [--shared ../shared] [--min-evidence 3] [--min-share 0.3] [--show N]

The name rules read a written name from its given name and a surname that a list holds or that ends like a Persian
surname. Foreign heads of state, ministers and envoys («حسنی مبارک», «امین لحود», «زلمی خلیل زاد») and some Iranian
names («بهمن فرمان آرا») are neither: a given name that is also an everyday word, or a surname no list holds and no
ending vouches for. Such a name is a fact of the corpora when they write it again and again with what vouches for a
name: a sequence «X Y» (or «X Y Z») is a candidate when the Fars News and Hamshahri development corpora (the gold
set's test split left out) write it

- right before a comma and a role head («وجیت آلکپروف، بنیانگذار …»);
- right before a role head whose complement names a foreign country or capital within four words (a foreign
  office: «امین لحود رئیس جمهوری لبنان»; a role head alone is too often a noun phrase's end: «طرح استیضاح وزیر»);
- right before a report of speech («گفت», «افزود», …).

It is kept when these contexts make at least --min-evidence of its occurrences and at least --min-share of all of
them, when its last word is no word of a function lexicon (a role head, a place, a stop word …), and when the rules
would not read it already: its first word is not a given name that is no everyday word, or its last word is neither
a listed surname nor ends like one. Sequences that pass the counts but are no name are dropped by hand in
NOT_NAMES (a reader's judgement). The output is a section of public-figures.txt, each line with its counts.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import FOLD, HERE, NON_NAME_LEXICONS, dev_texts, key, keys_of, lexicon, surname_endings

WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*|[،,\"«»“”.:؛]")
PUNCT = set("،,\"«»“”.:؛")
# Through the counts, not names or not surely one person's (a reader's judgement): phrases before a report of speech
# («شاید بتوان», «منبع آگاه», «صدور اطلاعیه ای»), bodies and products («آتیه صبا», «بیمه سلامت», «صنایع ریلی»,
# «نجات هلال احمر», «یون هاپ»), pieces of longer names («الله هاشمی شاهرودی», «مستخدمین حسینی», «برادر کاوه»), an
# offices' head («سخنگوی کاخ سفید», «مقام آمریکایی»), a place adjective («صالح آبادی») and names whose words are also
# everyday words the corpora write as such («روشن روان», «خوش چهره», «رسول پناه», «وود وارد»).
NOT_NAMES = {key(w) for w in """
شاید بتوان
دراین باره
منبع آگاه
خبر فوق
صدور اطلاعیه ای
آتیه صبا
بدرود حیات
بیمه سلامت
صنایع ریلی
خوش چهره
شاید بشود
مستخدمین حسینی
مقام آمریکایی
مقام هندی
پاسخ باید
آثار امام راحل
اعتیاد بهزیستی
الله هاشمی شاهرودی
امور مساجد
انتشار اطلاعیه ای
برادر کاوه
روشن روان
سخن خواهیم
سخنان کوتاهی
سخنگوی کاخ سفید
لولههای فایبرگلاس
نجات هلال احمر
واقع باید
وقوع قتل
وود وارد
کارگردان فیلم کوتاه
یون هاپ
صالح آبادی
رسول پناه
نجفپور بوشهری
""".split("\n") if w.strip()}
# A three-word name that holds a two-word piece of NOT_NAMES («کامبیز روشن روان»: the given name vouches for it).
KEEP = {key("کامبیز روشن روان")}
# Compound surnames written apart whose first part is also a given name: the whole is the surname («دکتر خلیل زاد»,
# not «زاد»), printed with `surname=whole`.
WHOLE = {key(w) for w in ("خلیل زاد", "علی اف")}
# General knowledge: heads of state and government, party and militia leaders, athletes the news names in full, whose
# words the rules cannot read, or read only in part (a given name that is also an everyday word or a public figure's
# surname that is one: «حسنی مبارک», «بشار اسد», «مقتدی صدر»; «نوری مالکی» read «مالکی», so that a list after «با»
# that starts with «نوری» held no one), printed with their counts in the dev corpora whatever the contexts, when
# the corpora write them at least twice. The dev corpora write them mostly in full and once, so the contexts above
# count them less often.
KNOWN = """
حسنی مبارک
امیل لحود
محمود عباس
زلمی خلیل زاد
بی نظیر بوتو
مقتدی صدر
بشار اسد
عبدالعزیز حکیم
ملک عبدالله
سعود الفیصل
ادینسون کاوانی
نوری مالکی
""".split("\n")
# «ی» is weak but still read by the rules after a plain given name.
ENDINGS = surname_endings()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-evidence", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.3)
    ap.add_argument("--show", type=int, default=0, help="print N contexts of each sequence kept, to stderr")
    a = ap.parse_args()
    function = keys_of(NON_NAME_LEXICONS + ("nationality-suffixes.txt", "jalali-months.txt", "gregorian-months.txt"))
    given = lexicon("given-names.txt")
    plain_given = {k for k, v in given.items() if v.get("ambiguous") != "yes"}
    surnames = set(lexicon("surnames.txt"))
    # The figures listed before this script's own sections: a name it printed is no name the rules read already.
    figures = set()
    with open(os.path.join(HERE, "..", "Sources", "Extractors", "Resources", "Lexicons", "public-figures.txt"), encoding="utf-8") as f:
        for line in f:
            if "mined by scripts/mine-full-names.py" in line:
                break
            entry = line.split("#")[0].split("|")[0].strip()
            if entry:
                figures.add(key(entry))
    roles = set(lexicon("role-heads.txt"))
    speech = set(lexicon("speech-verbs.txt"))
    foreign = {k for k, v in lexicon("countries.txt").items() if v.get("home") != "yes"}
    foreign |= {k for k, v in lexicon("world-capitals.txt").items() if v.get("country") != "ایران"}

    def head_at(words, j, lex):
        if j < len(words) and words[j] in lex:
            return 1
        if j + 1 < len(words) and words[j] + words[j + 1] in lex:
            return 2
        return 0

    def read_already(seq):
        first, last = seq[0], seq[-1]
        if key("".join(seq)) in figures or key("".join(seq[1:])) in figures or last in figures:
            return True
        if first in plain_given and (last in surnames or last.endswith(ENDINGS) and len(last) > 3):
            return True
        return False

    known = {tuple(key(w) for w in line.split()): line for line in KNOWN if line.strip()}
    known_seen = collections.Counter()
    seen, evidence, contexts = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for text in dev_texts(a.shared):
        words = [w if w in PUNCT else key(w) for w in WORD.findall(text.translate(FOLD))]
        for i in range(len(words)):
            for n in (2, 3):
                if tuple(words[i:i + n]) in known:
                    known_seen[tuple(words[i:i + n])] += 1
            for n in (2, 3):
                seq = tuple(words[i:i + n])
                if len(seq) < n or any(w in PUNCT or w in function or len(w) < 2 for w in seq):
                    continue
                seen[seq] += 1
                j, why = i + n, None
                if j < len(words) and words[j] in "،," and head_at(words, j + 1, roles):
                    why = "comma-role"
                elif (h := head_at(words, j, roles)) and any(x in foreign for x in words[j + h:j + h + 4]):
                    why = "foreign-office"
                elif head_at(words, j, speech):
                    why = "speech"
                if why:
                    evidence[seq] += 1
                    if len(contexts[seq]) < a.show:
                        contexts[seq].append(f"{why}: {' '.join(words[max(0, i - 3):i + n + 4])}")
    kept = []
    for seq, c in evidence.items():
        # A three-word sequence goes with a two-word piece of it that is no name («اعلام خبر فوق»).
        pieces = {key("".join(seq)), key("".join(seq[:2])), key("".join(seq[-2:]))} if len(seq) == 3 else {key("".join(seq))}
        if c < a.min_evidence or c / seen[seq] < a.min_share or pieces & NOT_NAMES and key("".join(seq)) not in KEEP or read_already(seq):
            continue
        # A three-word sequence kept only when its two-word start is no name of its own kept already.
        kept.append(seq)
    keys = {s for s in kept if len(s) == 2}
    kept = [s for s in kept if len(s) == 2 or s[:2] not in keys and s[1:] not in keys]
    print("# --- mined by scripts/mine-full-names.py: full names the dev corpora write with an apposition, a foreign office"
          " or a report of speech, that the name rules cannot read from their words ---")
    for seq in sorted(kept, key=lambda s: (-evidence[s], s)):
        whole = " | surname=whole" if key("".join(seq)) in WHOLE or key("".join(seq[1:])) in WHOLE else ""
        print(f"{' '.join(seq)}{whole}  # before an apposition, a foreign office or a report of speech {evidence[seq]} of {seen[seq]} in the dev corpora")
        for c in contexts[seq]:
            print(f"    {c}", file=sys.stderr)
    print("# --- general knowledge: full names of heads of state, leaders and athletes the rules cannot read from their"
          " words (scripts/mine-full-names.py, KNOWN), at least twice in the dev corpora ---")
    for seq, line in known.items():
        if known_seen[seq] >= 2:
            whole = " | surname=whole" if key("".join(seq[1:])) in WHOLE else ""
            print(f"{line}{whole}  # in the dev corpora {known_seen[seq]}, with an apposition, a foreign office or a report of"
                  f" speech {evidence[seq]}")


if __name__ == "__main__":
    main()
