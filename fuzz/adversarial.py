#!/usr/bin/env python3
"""Writes the full-size adversarial inputs of issue 8 into a folder, for timing with the release binary:

    python3 fuzz/adversarial.py /tmp/adv && for f in /tmp/adv/*.txt; do
        /usr/bin/time -f "%e s %M KB $f" .build-robust/release/didar extract --json "$f" > /dev/null; done

titles.txt: 50,000 repeated «سید » then a name; sentence.txt: one 1 MB sentence without punctuation;
names.txt: 5,000 names in one comma list; names-and.txt: 5,000 names joined by «و» after a trigger.
"""
import os, sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/didar-adversarial"
os.makedirs(out, exist_ok=True)
given = ["علی", "محمد", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم"]
surnames = ["رضایی", "احمدی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "رحیمی", "صادقی"]
names = [f"{given[i % 8]} {surnames[(i // 8) % 9]}" for i in range(5000)]
words = ["استاندار", "کرمان", "علی", "رضایی", "با", "وزیر", "کشور", "دیدار", "کرد", "و", "در", "جلسه", "شورای", "شهر", "گفت"]
sentence, i = [], 0
size = 0
while size < 1_000_000:
    w = words[(i * 7 + i // 15) % len(words)]
    sentence.append(w); size += len(w.encode()) + 1; i += 1
files = {
    "titles.txt": "سید " * 50_000 + "علی رضایی با محمد احمدی دیدار کرد.",
    "sentence.txt": " ".join(sentence),
    "names.txt": "در این دیدار " + "، ".join(names) + " حضور داشتند.",
    "names-and.txt": "استاندار کرمان با " + " و ".join(names) + " دیدار کرد.",
}
for name, text in files.items():
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{name}: {len(text.encode())} bytes")
