#!/usr/bin/env bash
# The memory curve of `didar build --no-draw` (issue 17 item 1): one line per corpus with its size, wall
# and CPU seconds, peak RSS (`/usr/bin/time -v`) and the people the build found. Run the same files through
# two binaries to compare them. The fixed-pool corpora of benchmarks/results.md are made with
#   didar bench --synthesize N --pool 5000 --write-corpus fixed-N.jsonl ../shared/data/fars-news/dev.jsonl
#
#   benchmarks/mem-curve.sh .build/release/didar /tmp/fixed-1000.jsonl /tmp/fixed-10000.jsonl
set -euo pipefail
didar="$1"
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'corpus\tbytes\twall\tcpu_s\tpeak_rss_mb\tpeople\n'
for file in "$@"; do
    /usr/bin/time -v "$didar" build "$file" -o "$work/out" --no-draw -q > "$work/log" 2> "$work/time"
    wall=$(awk '/Elapsed/ {print $NF}' "$work/time")
    cpu=$(awk '/User time|System time/ {s += $NF} END {print s}' "$work/time")
    rss=$(awk '/Maximum resident/ {print int($NF / 1024)}' "$work/time")
    people=$(awk '$1 == "person" {print $2}' "$work/log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$file")" "$(stat -c %s "$file")" "$wall" "$cpu" "$rss" "$people"
    rm -rf "$work/out"
done
