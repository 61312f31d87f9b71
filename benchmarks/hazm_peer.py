#!/usr/bin/env python3
"""The Python peer: Hazm's normalize + sentence split + word tokenize on a JSON Lines corpus.

Measures the same thing `didar bench --stage text` measures on the same file: the texts are read
into memory first (not timed), then every text is normalized, split into sentences and each
sentence tokenized into words on one core. Prints one JSON object like didar's bench output.

    python benchmarks/hazm_peer.py ../shared/data/fars-news/dev.jsonl [--repeats 3] [--text-field text]
"""
import argparse
import json
import resource
import sys
import time
from importlib.metadata import version


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSON Lines file, one article a line")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--repeats", type=int, default=1, help="run this many times and report the best")
    args = parser.parse_args()

    import hazm  # imported after argument parsing so --help works without the venv

    texts = []
    with open(args.corpus, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = record.get(args.text_field)
            if isinstance(text, str) and text.strip():
                texts.append(text)
    size = sum(len(t.encode("utf-8")) for t in texts)

    normalizer = hazm.Normalizer()
    best = None
    tokens = 0
    for _ in range(max(1, args.repeats)):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        tokens = 0
        for text in texts:
            for sentence in hazm.sent_tokenize(normalizer.normalize(text)):
                tokens += len(hazm.word_tokenize(sentence))
        sample = (time.perf_counter() - wall0, time.process_time() - cpu0)
        if best is None or sample[0] < best[0]:
            best = sample
    wall, cpu = max(best[0], 1e-9), best[1]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "peer": "hazm",
        "hazm_version": version("hazm"),
        "documents": len(texts),
        "bytes": size,
        "tokens": tokens,
        "seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "mb_per_s": round(size / 1e6 / wall, 3),
        # On a loaded machine wall time includes waiting for a core; CPU time does not.
        "mb_per_cpu_s": round(size / 1e6 / max(cpu, 1e-9), 3),
        "docs_per_s": round(len(texts) / wall, 3),
        "peak_rss_mb": round(peak_mb, 3),
        "threads": 1,
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
