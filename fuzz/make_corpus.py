#!/usr/bin/env python3
"""Builds the fuzz seed corpus and dictionary (scripts/fuzz.sh calls it).

Every corpus file starts with the mode byte the harness reads (0 text file, 1 JSON Lines,
2 normalizer + extractor, 3 error paths), then the payload, cut to max_len bytes on a
UTF-8 boundary. Sources: the seed articles, the first N dev.jsonl records (as text and as
JSON Lines), and a few hostile shapes. The dictionary holds the lexicon entries the rules
key on (titles, role heads, triggers) plus the control characters that break naive readers.
"""
import hashlib, json, os, sys

def cut(b: bytes, n: int) -> bytes:
    if len(b) <= n:
        return b
    b = b[:n]
    while b and (b[-1] & 0xC0) == 0x80:
        b = b[:-1]
    return b[:-1] if b and b[-1] >= 0xC0 else b

def main():
    root, shared, out, dict_path, n_dev, max_len = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
    os.makedirs(out, exist_ok=True)
    def put(mode: int, payload: bytes):
        data = bytes([mode]) + cut(payload, max_len - 1)
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    seeds = os.path.join(shared, "seeds")
    if os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            if name.endswith(".txt"):
                b = open(os.path.join(seeds, name), "rb").read()
                put(0, b); put(2, b); put(3, b[:2000])
    dev = os.path.join(shared, "data", "fars-news", "dev.jsonl")
    if os.path.exists(dev):
        with open(dev, "rb") as f:
            lines = [l for _, l in zip(range(n_dev), f)]
        for i, line in enumerate(lines):
            try:
                text = json.loads(line)["text"].encode()
            except Exception:
                continue
            put(0 if i % 2 == 0 else 2, text[:8000])
        for i in range(0, len(lines), 4):
            put(1, b"".join(lines[i:i + 4]))
    hostile = [
        (0, b"\xef\xbb\xbf" + "دیدار".encode()), (0, b"\xff\xfe" + "سلام".encode("utf-16-le")),
        (0, b"\xfe\xff" + "سلام".encode("utf-16-be")), (0, "سید ".encode() * 500),
        (2, "\u202eعلی رضایی\u202c با 😀 Latin و عربي ديدار كرد".encode()),
        (2, "&lt;b&gt;<p>رئیس‌جمهور</p>&amp;nbsp;".encode()),
        (1, b'{"id": 1, "text": 5}\n{"text": "\\u0000"}\n{broken\n{"id": "a", "text": "\\ud800"}\n'),
        (3, b"\x00\x01\x02"), (2, "، ".join(["محمد رضایی"] * 300).encode()),
    ]
    for mode, payload in hostile:
        put(mode, payload)
    words = set()
    lex = os.path.join(root, "Sources", "Extractors", "Resources", "Lexicons")
    for name in ["titles.txt", "role-heads.txt", "meeting-frames.txt", "institution-heads.txt", "pronouns.txt", "jalali-months.txt"]:
        path = os.path.join(lex, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            fields = [f.strip() for f in line.split("#")[0].split("|")]
            if name == "meeting-frames.txt":
                # A frame line is `id | … | triggers=a,b,c | …`: its trigger words go to the dictionary.
                for f in fields:
                    if f.startswith("triggers="):
                        words.update(t.strip() for t in f[len("triggers="):].split(",") if t.strip())
            elif fields[0]:
                words.add(fields[0])
    words |= {"\u200c", "\u202e", "\u200f", "\u0640", "\ufeff", "،", "؛", "«", "»", " با ", " و ", "\r\n", '"text":', '"id":', "\\u", "\\\\", '\\"'}
    with open(dict_path, "w") as f:
        for w in sorted(words):
            f.write('"' + "".join("\\x%02x" % c for c in w.encode()) + '"\n')
    print(f"corpus: {len(os.listdir(out))} files in {out}; dictionary: {len(words)} entries")

main()
