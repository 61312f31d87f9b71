"""Count the shapes of national offices the role reader cuts short or misses (round 10): heads glued to the
next word («وزیرفرهنگ»), «رئیس‌جمهور» spellings, number words after «منطقه» («شهردار منطقه یک»), and
«و» glued to the next word inside an office («وزیر رفاه وتامین اجتماعی»), a comma inside a ministry's
official name («وزیر علوم، تحقیقات و فناوری»). Test split left out.

Usage: python3 scripts/count-office-shapes.py ../shared
"""
import re, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
from mining import dev_articles, FOLD

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
c = collections.Counter()
glued = collections.Counter()
for _, text in dev_articles(shared):
    t = text.translate(FOLD)
    for m in re.finditer(r"(?<![\u0600-\u06FF\u200c])(وزیر|معاون|رییس|رئیس|دبیر|استاندار|شهردار|سفیر|مدیرکل)([\u0621-\u064A\u067E-\u06D3]{2,})", t):
        glued[m.group(0)] += 1
    # Folded, «رئیس» and «رییس» are one spelling; the joiner and «ی» are what tell the variants apart.
    for m in re.finditer(r"رییس([\s\u200c]?)جمهور(ی?)", t):
        c["president:" + {"": "glued", "\u200c": "zwnj"}.get(m.group(1), "space") + ("+ی" if m.group(2) else "")] += 1
    for m in re.finditer(r"شهردار(?:ی)? منطقه (یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|نوزده|بیست|[0-9۰-۹]+)", t):
        c["district:" + ("digit" if m.group(1)[0] in "0123456789۰۱۲۳۴۵۶۷۸۹" else "word")] += 1
    for m in re.finditer(r"وزیر [\u0621-\u06D3\u200c ]{2,30}? و(?=[\u0621-\u06D3])(تامین|تأمین|دارایی|فناوری|آموزش|ارشاد|تجارت|معدن|صنایع|ارتباطات)", t):
        c["glued-va:" + m.group(1)] += 1
    for m in re.finditer(r"(?:وزیر|وزارت) (علوم|بهداشت)[،,] ?(?:تحقیقات|درمان)", t):
        c["comma:" + m.group(1)] += 1
for k, v in sorted(c.items(), key=lambda x: -x[1]):
    print(v, k)
print("-- glued heads")
for k, v in glued.most_common(60):
    print(v, k)
