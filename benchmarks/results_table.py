#!/usr/bin/env python3
"""Turns the raw measurements of benchmarks/run.sh into the Markdown table of benchmarks/results.md.

    results_table.py STAGES.jsonl BUILDS.tsv CORPUS "PEER SUMMARY"

STAGES.jsonl holds one `didar bench` JSON object per line; BUILDS.tsv one line per synthesized
corpus: articles, file, text bytes, the `/usr/bin/time -v` log and the build's own output.
"""
import json
import os
import re
import sys


def time_v(path):
    """Wall seconds, CPU seconds and peak RSS (MB) from a `/usr/bin/time -v` log."""
    text = open(path).read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, user + system, rss_kb / 1024


def counts(path):
    """Person nodes and meeting edges from the summary table `didar build` prints."""
    found = {}
    for line in open(path):
        match = re.match(r"^(\S.*?)\s{2,}(\d+)\s*$", line)
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def adversarial_table(path):
    """The `didar bench --stage adversarial` report as a table: each case per byte, beside the prose."""
    report = json.load(open(path))
    rows = [("ordinary prose (the corpus)", report["prose"])] + [
        (name, report["cases"][name]) for name in ("titles", "unpunctuated", "names") if name in report["cases"]]
    print("| input | MB | tokens | text µs/byte | extract µs/byte | × prose | people | meetings |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base = report["prose"]["extract_us_per_byte"]
    for name, r in rows:
        print(f"| {name} | {r['bytes'] / 1e6:.2f} | {r['tokens']:,} | {r['text_us_per_byte']:.4f} | {r['extract_us_per_byte']:.4f} "
              f"| {r['extract_us_per_byte'] / base:.2f} | {r['people']:,} | {r['meetings']:,} |")


def main():
    stages_path, builds_path, corpus, peer = sys.argv[1:5]
    adversarial_path = sys.argv[5] if len(sys.argv) > 5 else ""
    print("# Throughput measurements\n")
    print(f"Machine: {os.cpu_count()} cores, shared with other work while measured (wall times are pessimistic; "
          "CPU seconds are not). Reproduce with `benchmarks/run.sh`.\n")
    print(f"## Stages on `{corpus}` (`didar bench --stage STAGE`)\n")
    print("| stage | documents | MB | wall s | CPU s | MB/s | MB/CPU-s | docs/s | peak RSS MB | threads |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in open(stages_path):
        r = json.loads(line)
        print(f"| {r['stage']} | {r['documents']} | {r['bytes'] / 1e6:.2f} | {r['seconds']:.2f} | {r['cpu_seconds']:.2f} "
              f"| {r['mb_per_s']:.2f} | {r['mb_per_cpu_s']:.2f} | {r['docs_per_s']:.0f} | {r['peak_rss_mb']:.0f} | {r['threads']} |")
    print("\n## `didar build FILE -o OUT --no-draw` on synthesized corpora (`/usr/bin/time -v`)\n")
    print("| articles | MB | wall s | CPU s | MB/s | docs/s | peak RSS MB | people | unnamed | institutions | meeting edges |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in open(builds_path):
        n, _, size, time_log, build_log = line.rstrip("\n").split("\t")
        wall, cpu, rss = time_v(time_log)
        c = counts(build_log)
        mb = int(size) / 1e6
        print(f"| {int(n):,} | {mb:.1f} | {wall:.1f} | {cpu:.1f} | {mb / wall:.2f} | {int(n) / wall:.0f} | {rss:.0f} "
              f"| {c.get('person', 0):,} | {c.get('unnamed-role-holder', 0):,} | {c.get('institution', 0):,} "
              f"| {c.get('met edges', 0):,} |")
    if peer.strip():
        print("\n## The Python peer (Hazm) on the same corpus (`benchmarks/hazm-peer.sh`)\n")
        print("```")
        print(peer.strip())
        print("```")
    if adversarial_path:
        print("\n## Adversarial inputs (`didar bench --stage adversarial`, one core, CPU time, fastest of three)\n")
        adversarial_table(adversarial_path)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--adversarial"]:  # only the adversarial table, from one report
        adversarial_table(sys.argv[2])
    else:
        main()
