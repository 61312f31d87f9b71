#!/usr/bin/env bash
# Reproduces the throughput table of benchmarks/README.md and writes it to benchmarks/results.md:
# a release build; the text, extract, build and render stages on the dev corpus; the adversarial inputs; then
# `didar build --no-draw` on synthesized corpora of 1k, 10k and 100k articles under
# /usr/bin/time -v (wall, CPU, peak RSS as the kernel counts them).
#
#   benchmarks/run.sh                 everything (the 100k corpus takes a few minutes to make)
#   SIZES="1000 10000" benchmarks/run.sh
#   SKIP_HAZM=1 benchmarks/run.sh     without the Python peer
#
# Corpora are written to $WORK (default /tmp/didar-bench) and reused when already there.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build-perf}"
work="${WORK:-/tmp/didar-bench}"
corpus="${CORPUS:-../shared/data/fars-news/dev.jsonl}"
sizes="${SIZES:-1000 10000 100000}"
out="benchmarks/results.md"
mkdir -p "$work"

swift build -c release --scratch-path "$scratch" --product didar >&2
didar="$scratch/release/didar"

# One JSON line per stage on the dev corpus (the corpus is read into memory first, untimed).
stages="$work/stages.jsonl"
: > "$stages"
for stage in text extract build render; do
    repeats=1
    [ "$stage" = render ] || repeats=3
    "$didar" bench --stage "$stage" --repeats "$repeats" "$corpus" | tee -a "$stages" >&2
done

# The adversarial inputs (50,000 titles, a 1 MB sentence without punctuation, 5,000 names) beside the prose.
adversarial="$work/adversarial.json"
"$didar" bench --stage adversarial --repeats 3 "$corpus" | tee "$adversarial" >&2

# `didar build --no-draw` end to end (reading from disk, streaming) on synthesized corpora.
builds="$work/builds.tsv"
: > "$builds"
for n in $sizes; do
    file="$work/synth-$n.jsonl"
    [ -s "$file" ] || "$didar" bench --synthesize "$n" --write-corpus "$file" "$corpus"
    rm -rf "$work/out-$n"
    /usr/bin/time -v "$didar" build "$file" -o "$work/out-$n" --no-draw > "$work/build-$n.log" 2> "$work/time-$n.log"
    bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$file")
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$file" "$bytes" "$work/time-$n.log" "$work/build-$n.log" >> "$builds"
done

peer=""
if [ -z "${SKIP_HAZM:-}" ]; then
    peer=$(SCRATCH="$scratch" benchmarks/hazm-peer.sh "$corpus" 3 | tail -n 4)
fi

python3 benchmarks/results_table.py "$stages" "$builds" "$corpus" "$peer" "$adversarial" > "$out"
cat "$out"
