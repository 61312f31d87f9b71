#!/usr/bin/env python3
"""Offices written as items of a participant list that the records do not make participants (round 14).

usage: scripts/count-presence-offices.py EXTRACT.jsonl [--shared ../shared] [--examples N]

EXTRACT.jsonl is `didar extract --json` of the two development corpora. Over their articles outside the gold set's
test split, reads the list after «با حضور» (up to the sentence's end or a verb of the ceremony: «برگزار»,
«افتتاح», «آغاز», …), cuts it into items at «،» and «و», and keeps the items that open with a role head of
role-heads.txt. An item is `read` when a person mention of the record starts inside it (an unnamed holder kept as a
participant, or the named person the office is given to), `missed` otherwise. Missed items are grouped by shape:
  jadid       the head and «جدید» («رئیس جدید …»)
  plural      a plural head («وزیران», «وزرای», «رؤسای», «مدیران کل» …)
  long        four or more words after the head
  bare-place  ends in a bare «استان» or «شهرستان»
  other
Each line: the shape, items, articles; then up to --examples examples.
"""
import os, random, re, sys, collections

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mining import extract_arguments, dev_records, lexicon, key  # noqa: E402

END = re.compile(r"(برگزار|افتتاح|آغاز|گشایش|گشايش|به بهره|کلنگ|كلنگ|تجلیل|تجليل|انجام|صورت|معرفی|معرفي|تشکیل|تشكيل|[.:؟!\n])")
PLURAL = ("وزیران", "وزرای", "وزراي", "وزيران", "رؤسای", "روسای", "رؤساي", "روساي", "مدیران", "مديران", "معاونان", "معاونين", "معاونین", "سفرای", "سفراي", "نمایندگان", "نمايندگان", "استانداران", "فرمانداران", "فرماندهان")


def main():
    args = extract_arguments(examples=10)
    heads = sorted(lexicon("role-heads.txt"), key=len, reverse=True)
    shapes = collections.defaultdict(list)
    read = 0
    for rec, text in dev_records(args.extract, args.shared):
        starts = [m["start"] for p in rec["people"] for m in p["mentions"]]
        for m in re.finditer(r"با\s+حضور\s+", text):
            tail = text[m.end():m.end() + 400]
            e = END.search(tail)
            span = tail[:e.start()] if e else tail
            pos = m.end()
            for item in re.split(r"(،|,|\sو\s)", span):
                if item in ("،", ",") or re.fullmatch(r"\sو\s", item or ""):
                    pos += len(item)
                    continue
                s = item.strip()
                lead = len(item) - len(item.lstrip())
                a, b = pos + lead, pos + len(item)
                pos += len(item)
                words = s.split()
                if not words:
                    continue
                k2 = key(" ".join(words[:2]))
                plural = words[0] in PLURAL
                if not plural and not any(key(words[0]) == h or k2 == h for h in heads):
                    continue
                if any(a <= x < b for x in starts):
                    read += 1
                    continue
                if len(words) > 1 and words[1] in ("جدید", "جديد"):
                    shape = "jadid"
                elif plural:
                    shape = "plural"
                elif words[-1] in ("استان", "شهرستان"):
                    shape = "bare-place"
                elif len(words) >= 5:
                    shape = "long"
                else:
                    shape = "other"
                shapes[shape].append((rec["document"], s))
    rng = random.Random(14)
    print(f"read\t{read}")
    for name, rows in sorted(shapes.items(), key=lambda x: -len(x[1])):
        print(f"{name}\t{len(rows)}\t{len({d for d, _ in rows})}")
        for d, s in rng.sample(rows, min(args.examples, len(rows))):
            print(f"    {d}  {s}")


if __name__ == "__main__":
    main()
