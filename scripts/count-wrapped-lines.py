#!/usr/bin/env python3
"""Count the line breaks the sentence splitter still cuts inside a sentence (issue 16 item 4).

A Python model of SentenceSplitter.lines + LineWrap: a single line feed between two words is kept as a
sentence break unless the line ends with a word of line-continuers.txt or LineWrap finds the text
hard-wrapped and the line reaches 80 % of its longest line. Of the breaks that are still cut, those whose
line ends without sentence punctuation are counted by shape (line length relative to the longest line of
the text, the last word of the line, the line's index: a headline is line 0-2).

usage: scripts/count-wrapped-lines.py CORPUS.jsonl [samples-per-shape]
"""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, '..', 'Sources', 'Extractors', 'Resources', 'Lexicons')


def norm(s):
    return s.translate(str.maketrans({'ي': 'ی', 'ى': 'ی', 'ك': 'ک'}))


def lexicon(name):
    out = set()
    for line in open(os.path.join(LEX, name), encoding='utf-8'):
        line = line.split('#', 1)[0].split('|', 1)[0].strip()
        if line:
            out.add(norm(line))
    return out


BLANK = ' \t\u00a0\u200c\u200f\u200e\ufeff'
CLOSERS = '»)]"\'”’›}'
FINAL = '.!?؟…:؛'


def punctuated(line):
    s = line.rstrip(BLANK).rstrip(CLOSERS)
    return s == '' or s[-1] in FINAL


def wrapped_lines(lines):
    """Indices of the lines LineWrap counts wrapped (lines = text split at \\n, last line excluded)."""
    info = [(len(l.strip(BLANK)), punctuated(l)) for l in lines[:-1]]
    long = [i for i in info if i[0] >= 60]
    if len(long) < 3 or sum(1 for i in long if not i[1]) * 2 < len(long):
        return set(), 0
    longest = max(i[0] for i in info)
    width = -(-longest * 8 // 10)
    return {k for k, (n, p) in enumerate(info) if not p and n >= width}, longest


WORD = re.compile(r'[\u0600-\u06FF\u200c]+|[A-Za-z]+')


def main():
    path = sys.argv[1]
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    cont = lexicon('line-continuers.txt')
    counts = collections.Counter()
    shapes = collections.defaultdict(list)
    lastwords = collections.Counter()
    articles = 0
    for raw in open(path, encoding='utf-8'):
        d = json.loads(raw)
        text = norm(d['text']).replace('\r\n', '\n')
        lines = text.split('\n')
        articles += 1
        wrapped, longest = wrapped_lines(lines)
        hard = bool(wrapped)
        for k in range(len(lines) - 1):
            a, b = lines[k], lines[k + 1]
            if not a.strip(BLANK) or not b.strip(BLANK):
                continue
            counts['single breaks'] += 1
            first = WORD.match(b.lstrip(BLANK))
            words = WORD.findall(a)
            ends_word = bool(words) and a.rstrip(BLANK).endswith(words[-1])
            if not first:
                counts['next line starts with punctuation/digit'] += 1
                continue
            if ends_word and words[-1] in cont:
                counts['joined: continuer'] += 1
                continue
            if k in wrapped:
                counts['joined: wrap width'] += 1
                continue
            if punctuated(a):
                counts['cut: punctuated'] += 1
                continue
            n = len(a.strip(BLANK))
            rel = n / longest if longest else 0
            if hard:
                shape = 'wrapped text, line %s of width' % ('>=50%' if rel >= .5 else '<50%')
            else:
                shape = 'unwrapped text'
            if k <= 1:
                shape += ', headline (line %d)' % k
            if not ends_word:
                shape += ', ends with punctuation ' + a.rstrip(BLANK)[-1:]
            counts['cut: ' + shape] += 1
            if ends_word:
                lastwords[words[-1]] += 1
            if len(shapes[shape]) < samples:
                shapes[shape].append((d['id'], k, n, longest, a.strip(BLANK)[-60:], b.strip(BLANK)[:40]))
    print('articles', articles)
    for key, n in sorted(counts.items(), key=lambda x: -x[1]):
        print('%6d  %s' % (n, key))
    print('\nlast words of cut lines without punctuation:')
    print(' '.join('%s:%d' % kv for kv in lastwords.most_common(60)))
    for shape, ex in sorted(shapes.items()):
        print('\n##', shape)
        for e in ex:
            print('  %s l%d %d/%d  …%s ⏎ %s…' % e)


if __name__ == '__main__':
    main()
