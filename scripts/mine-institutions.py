#!/usr/bin/env python3
"""Institution names the development corpora attest after an office, with their counts.

usage: scripts/mine-institutions.py [--shared ../shared] [--min-count 8] [--keep 0.6] [--heads | --bare | --long | --continued | --after HEAD]

Counts the runs of two to six words that start with an institution head (HEADS: the heads of
institution-heads.txt and the ones issue 16 found missing) right after an office word (OFFICES: «رئیس»,
«مدیرکل», «دبیر» …) in the Fars News and Hamshahri development corpora, the gold set's test split left out.
A run is printed when it occurs at least --min-count times and no one-word-longer run keeps --keep of its
count (then the longer run is the name and the shorter one is cut short); a run ending in «و» or a function
word is never a name. Printed as `count<TAB>run`, most frequent first, for a reader to choose the names
that are institutions of their own (named-institutions.txt, with the count as a comment).
With --heads, prints instead how often each word of HEADS follows an office (the counts of institution-heads.txt);
with --bare, the runs of a bare-name head written in --min-count articles or more (bare_names); with --long, the
runs of any head and two to five words written in --min-count articles or more, anywhere (long_names); with
--continued, the words the corpora write right after a listed body (continued_names: a listed name cut short); with
--after HEAD, every word the corpora write right after HEAD (words_after: the verbs and generic adjectives that make a
`bare=name` head no body's name, its `not-bare=` in institution-heads.txt).
"""
import argparse, collections, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import HERE, dev_texts

# Words are split at ZWNJ too: a head is counted whether or not it is joined to the next word.
FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "\u00a0": " ", "\u200c": " "})
WORD = re.compile(r"[\u0600-\u06FF]+")
OFFICES = {"رئیس", "رییس", "مدیرکل", "دبیر", "دبیرکل", "مدیرعامل", "معاون", "عضو", "سخنگوی", "نماینده", "سرپرست",
           "مسئول", "مسوول", "کل", "عامل", "قائم", "مقام", "نایب", "اعضای", "رؤسای", "روسای", "کارشناس", "مشاور"}
HEADS = {"سازمان", "فدراسیون", "کانون", "اتحادیه", "حزب", "جبهه", "ائتلاف", "مرکز", "پژوهشگاه", "موسسه", "مؤسسه",
         "صندوق", "انستیتو", "دانشکده", "پالایشگاه", "دیوان", "دادگاه", "نیروی", "شورای", "مجمع", "مجلس", "کمیسیون",
         "ستاد", "بنیاد", "جمعیت", "انجمن", "کمیته", "بانک", "شرکت", "خانه", "جامعه", "پارلمان", "اتاق", "هیات",
         "هیئت", "گروه", "جنبش", "باشگاه", "دانشگاه", "وزارت", "دفتر", "اداره", "پژوهشکده", "سازمانهای"}
STOP = {"و", "در", "به", "از", "با", "که", "این", "آن", "را", "برای", "تا", "بر", "نیز", "هم", "یک", "خود", "است",
        "گفت", "کرد", "شد", "های", "ها", "ای", "اظهار", "داشت", "افزود", "روز", "امروز", "سال", "گذشته"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--keep", type=float, default=0.6)
    ap.add_argument("--heads", action="store_true")
    ap.add_argument("--bare", action="store_true")
    ap.add_argument("--long", action="store_true")
    ap.add_argument("--continued", action="store_true")
    ap.add_argument("--after", metavar="HEAD")
    a = ap.parse_args()
    if a.after:
        return words_after(a.shared, a.after, a.min_count)
    if a.continued:
        return continued_names(a.shared, a.min_count)
    if a.bare:
        return bare_names(a.shared, a.min_count)
    if a.long:
        return long_names(a.shared, a.min_count, a.keep)
    runs = collections.Counter()
    for text in dev_texts(a.shared):
        words = WORD.findall(unicodedata.normalize("NFC", text).translate(FOLD))
        for i in range(1, len(words)):
            if words[i] in HEADS and words[i - 1] in OFFICES:
                for n in range(2, 7):
                    if i + n <= len(words):
                        runs[" ".join(words[i:i + n])] += 1
    if a.heads:
        heads = collections.Counter()
        for run, c in runs.items():
            if len(run.split()) == 2: heads[run.split()[0]] += c
        for h, c in heads.most_common(): print(f"{c}\t{h}")
        return
    out = []
    for run, c in runs.items():
        last = run.split()[-1]
        if c < a.min_count or last in STOP or last in HEADS:
            continue
        longer = max((c2 for r2, c2 in runs.items() if r2.startswith(run + " ") and len(r2.split()) == len(run.split()) + 1), default=0)
        if longer >= a.keep * c:
            continue
        out.append((c, run))
    for c, run in sorted(out, key=lambda x: (-x[0], x[1])):
        print(f"{c}\t{run}")


def lexicon_sets():
    """What both miners read from the lexicons, as keys (mining.key with «آ/أ/ئ» folded as the keys write them): the
    key function, the institution heads (with attributes), every head key («مجلس» too), the listed bodies, the stop
    words, the verbs of speech and every place name."""
    from mining import key, lexicon
    fold = str.maketrans({"آ": "ا", "أ": "ا", "ئ": "ی"})
    def k(s): return key(s).translate(fold)
    heads = lexicon("institution-heads.txt")
    allheads = {k(h) for h in heads} | {k("مجلس")}
    named = {k(n) for n in lexicon("named-institutions.txt")}
    stop = {k(w) for w in lexicon("stop-words.txt")}
    speech = {k(w) for w in lexicon("speech-verbs.txt")}
    places = set()
    for f in ("provinces.txt", "countries.txt", "place-names.txt", "counties.txt", "world-capitals.txt"):
        places |= {k(p) for p in lexicon(f)}
    return k, heads, allheads, named, stop, speech, places


# A token: a run of Arabic-script letters, or any other single non-space character.
token = re.compile(r"[\u0600-\u06FF]+|[^\s\u0600-\u06FF]")
arabic = re.compile(r"[\u0600-\u06FF]")


def count_run(docs, total, ending, phrase, nxt, d, enders):
    """Counts `phrase` in article `d`, and as ending there when the word after it (`nxt`) is no letter or one of
    `enders` (a function word, a verb of speech, a place or a head), «و» apart: the run may go on with it."""
    total[phrase] += 1
    docs[phrase].add(d)
    if nxt != "و" and (not arabic.match(nxt) or nxt in enders):
        ending[phrase] += 1


def bare_names(shared, min_docs):
    """Runs of a `bare=name` head (and «شرکت», «مرکز») and one or two words, none of them a function word, a head or
    a place, not after «این»: printed as `articles<TAB>occurrences<TAB>ending<TAB>run` when at least `min_docs`
    articles write the run and at least half of its occurrences end there (punctuation, a function word other than
    «و», a verb of speech, a place or a body it belongs to), for a reader to choose the bodies with a name of their
    own (named-institutions.txt; issue 16 item 3 read the list of --min-count 4)."""
    k, heads, allheads, named, stop, speech, places = lexicon_sets()
    bare = {k(h) for h, v in heads.items() if v.get("bare") == "name"} | {k("شرکت"), k("مرکز")}
    docs, ending, total = collections.defaultdict(set), collections.Counter(), collections.Counter()
    enders = stop | speech | places | allheads
    for d, text in enumerate(dev_texts(shared)):
        w = [k(x) if arabic.match(x) else x for x in token.findall(unicodedata.normalize("NFC", text).translate(FOLD))]
        for i, x in enumerate(w):
            if x not in bare or (i > 0 and w[i - 1] in (k("این"), k("همین"), k("آن"))):
                continue
            for n in (1, 2):
                run = w[i + 1:i + 1 + n]
                if len(run) < n or any(not arabic.match(r) or r in stop or r in allheads or r in places for r in run):
                    break
                count_run(docs, total, ending, " ".join([x] + run), w[i + 1 + n] if i + 1 + n < len(w) else ".", d, enders)
    out = [(len(docs[p]), total[p], ending[p], p) for p in docs
           if len(docs[p]) >= min_docs and ending[p] >= total[p] / 2 and p.replace(" ", "") not in named]
    for row in sorted(out, key=lambda r: (-r[0], r[3])):
        print(*row, sep="\t")


def long_names(shared, min_docs, keep):
    """Runs of an institution head (institution-heads.txt, «مجلس» left out) and two to five words, wherever the text
    writes them (not after «این», «همین», «آن»): the national bodies the news names with no place and no office before
    them («ستاد ملی مبارزه با دوپینگ», «کانون پرورش فکری کودکان و نوجوانان»). No word of a run is a place, a head
    or a function word, but «و» and the preposition of a nested head («مبارزه با») inside it; a run is printed as
    `articles<TAB>occurrences<TAB>ending<TAB>run` when at least `min_docs` articles write it, at least half of its
    occurrences end there (as in bare_names) and no one-word-longer run keeps `keep` of them (then it is cut short).
    Listed names are left out. For a reader to choose the bodies (named-institutions.txt)."""
    k, heads, allheads, named, stop, speech, places = lexicon_sets()
    starts = {k(w) for w in ("سازمان", "ستاد", "شورای", "کانون", "مؤسسه", "موسسه", "مرکز", "انجمن", "جمعیت", "بنیاد", "شرکت",
                             "کمیته", "کمیسیون", "فدراسیون", "اتحادیه", "مجمع", "دانشگاه", "پژوهشگاه", "پژوهشکده", "صندوق",
                             "حزب", "جبهه", "جنبش", "اداره", "دفتر", "بانک", "آژانس", "دیوان", "هیئت", "هیات", "نیروی")}
    nested = {"مبارزه", "حمایت", "نظارت", "پیشگیری", "حفاظت", "مقابله", "دفاع"}
    inner = {"و", "با", "از", "بر"}
    stop = stop | {"های", "ها", "ای", "این", "آن", "که", "را"}
    docs, ending, total = collections.defaultdict(set), collections.Counter(), collections.Counter()
    enders = stop | speech | places | allheads
    for d, text in enumerate(dev_texts(shared)):
        w = [k(x) if arabic.match(x) else x for x in token.findall(unicodedata.normalize("NFC", text).translate(FOLD))]
        for i, x in enumerate(w):
            if x not in starts or (i > 0 and w[i - 1] in (k("این"), k("همین"), k("آن"))):
                continue
            for n in range(2, 6):
                run = w[i + 1:i + 1 + n]
                if len(run) < n or any(not arabic.match(r) or r in places or r in allheads and r not in nested
                                       or r in stop and not (r in inner and 0 < m < n - 1) for m, r in enumerate(run)):
                    break
                if run[-1] in inner or run[-1] in nested:
                    continue
                count_run(docs, total, ending, " ".join([x] + run), w[i + 1 + n] if i + 1 + n < len(w) else ".", d, enders)
    out = []
    for p in docs:
        if len(docs[p]) < min_docs or ending[p] < total[p] / 2 or p.replace(" ", "") in named:
            continue
        longer = max((total[q] for q in total if q.startswith(p + " ") and len(q.split()) == len(p.split()) + 1), default=0)
        if longer >= keep * total[p]:
            continue
        out.append((len(docs[p]), total[p], ending[p], p))
    for row in sorted(out, key=lambda r: (-r[0], r[3])):
        print(*row, sep="\t")


def words_after(shared, head, min_count):
    """The words right after the one-word head `head` (not after «این», «همین», «آن»), printed as
    `occurrences<TAB>articles<TAB>word` when written at least `min_count` times, most frequent first: a reader picks
    the verbs («شرکت کنندگان», «شرکت کرده») and the generic adjectives («شرکت مذکور», «شرکت خارجی») that are no
    company's name, the head's `not-bare=` (institution-heads.txt)."""
    k, heads, allheads, named, stop, speech, places = lexicon_sets()
    h = k(head)
    total, docs = collections.Counter(), collections.defaultdict(set)
    for d, text in enumerate(dev_texts(shared)):
        w = [k(x) if arabic.match(x) else x for x in token.findall(unicodedata.normalize("NFC", text).translate(FOLD))]
        for i in range(len(w) - 1):
            if w[i] == h and arabic.match(w[i + 1]) and not (i > 0 and w[i - 1] in (k("این"), k("همین"), k("آن"))):
                total[w[i + 1]] += 1
                docs[w[i + 1]].add(d)
    for word, c in total.most_common():
        if c >= min_count:
            print(c, len(docs[word]), word, sep="\t")


def continued_names(shared, min_count):
    """A listed body (named-institutions.txt) and the word right after it, when that word is no function word, verb of
    speech, place or head and no longer listed body starts there: printed as `articles<TAB>occurrences<TAB>body + word`
    when at least `min_count` occurrences write it, for a reader to choose the longer bodies the short entry cuts short
    («بسیج دانشجویی», «ایران خودرو دیزل»; a verb or an adjective of the sentence, «وزارت بهداشت اعلام», is not one)."""
    from mining import LEXICONS, lexicon
    k, heads, allheads, named, stop, speech, places = lexicon_sets()
    names = {}
    with open(os.path.join(LEXICONS, "named-institutions.txt"), encoding="utf-8") as f:
        for line in f:
            entry = line.split("#")[0].split("|")[0].strip()
            if entry:
                w = [k(x) for x in token.findall(unicodedata.normalize("NFC", entry).translate(FOLD))]
                names.setdefault(w[0], []).append(w)
    prefixes = {k(p) for p in lexicon("place-prefixes.txt")}
    enders = stop | speech | places | prefixes | allheads | {k(w) for w in ("های", "ها", "ای", "را", "که", "این")}
    docs, total = collections.defaultdict(set), collections.Counter()
    punctuation = str.maketrans({"،": " ، ", "؛": " ؛ ", "؟": " ؟ "})
    for d, text in enumerate(dev_texts(shared)):
        text = unicodedata.normalize("NFC", text).translate(FOLD).translate(punctuation)
        w = [k(x) if arabic.match(x) and x not in "،؛؟" else x for x in token.findall(text)]
        for i, x in enumerate(w):
            found = [n for n in names.get(x, ()) if w[i:i + len(n)] == n]
            if not found:
                continue
            n = max(found, key=len)
            if i + len(n) >= len(w) or not arabic.match(w[i + len(n)]) or w[i + len(n)] in "،؛؟" or w[i + len(n)] in enders:
                continue
            run = " ".join(n) + " + " + w[i + len(n)]
            total[run] += 1
            docs[run].add(d)
    for run, c in sorted(total.items(), key=lambda x: (-x[1], x[0])):
        if c >= min_count:
            print(len(docs[run]), c, run, sep="\t")


main()
