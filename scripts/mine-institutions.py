#!/usr/bin/env python3
"""Institution names the development corpora attest after an office, with their counts.

usage: scripts/mine-institutions.py [--shared ../shared] [--min-count 8] [--keep 0.6] [--heads]

Counts the runs of two to six words that start with an institution head (HEADS: the heads of
institution-heads.txt and the ones issue 16 found missing) right after an office word (OFFICES: «رئیس»,
«مدیرکل», «دبیر» …) in the Fars News and Hamshahri development corpora, the gold set's test split left out.
A run is printed when it occurs at least --min-count times and no one-word-longer run keeps --keep of its
count (then the longer run is the name and the shorter one is cut short); a run ending in «و» or a function
word is never a name. Printed as `count<TAB>run`, most frequent first, for a reader to choose the names
that are institutions of their own (named-institutions.txt, with the count as a comment).
With --heads, prints instead how often each word of HEADS follows an office (the counts of institution-heads.txt).
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
    a = ap.parse_args()
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


main()
