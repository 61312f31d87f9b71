#!/usr/bin/env bash
# Where in a `didar build --no-draw` the memory is (issue 17 item 1): samples the build's RSS, its high-water
# mark (VmRSS, VmHWM from /proc), its threads and the sizes in MB of the new store's temporary file, its meeting
# spill and its graph spill every half second, one line each; the tail starts when the graph spill appears
# (resolution), the store file grows again when its derived tables are written. Prints wall, CPU seconds and peak
# RSS (`/usr/bin/time -v`) at the end. The "Sixth step" and "Seventh step" of benchmarks/results.md were measured with it.
#
#   benchmarks/mem-phases.sh .build/release/didar /tmp/fixed-100000.jsonl /tmp/out /tmp/run
#   (writes /tmp/run.samples, /tmp/run.time, /tmp/run.stdout)
set -uo pipefail
bin="$1"; corpus="$2"; out="$3"; log="$4"
rm -rf "$out"; mkdir -p "$out"
start=$(date +%s.%N)
/usr/bin/time -v "$bin" build "$corpus" -o "$out" --no-draw -q > "$log.stdout" 2> "$log.time" &
tpid=$!
sleep 0.2
pid=$(pgrep -P $tpid | head -1)
printf 't\trss\thwm\tthreads\tstore\tmeetings\tspill\n' > "$log.samples"
mb() { local s; s=$(stat -c %s "$1" 2>/dev/null) && echo $((s / 1048576)) || echo -; }
while kill -0 "$pid" 2>/dev/null; do
    t=$(echo "$(date +%s.%N) - $start" | bc)
    read -r rss hwm threads < <(awk '/VmRSS/ {r = int($2 / 1024)} /VmHWM/ {h = int($2 / 1024)} /Threads/ {n = $2} END {print r, h, n}' /proc/$pid/status 2>/dev/null)
    tmp="$out/.didar.sqlite.tmp-$pid"
    printf '%.1f\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$rss" "$hwm" "$threads" "$(mb "$tmp")" "$(mb "$tmp-meetings")" "$(mb "$tmp-spill")" >> "$log.samples"
    sleep 0.5
done
wait $tpid
awk '/Elapsed/ {print "wall", $NF} /Maximum resident/ {print "peak_rss_mb", int($NF / 1024)} /User time|System time/ {s += $NF} END {print "cpu_s", s}' "$log.time"
