#!/usr/bin/env bash
# Fuzzes the readers, the normalizer and the extractors with libFuzzer and the address sanitizer.
#
#   scripts/fuzz.sh [seconds=600] [extra libFuzzer flags…]
#
# Builds fuzz/.build/didar-fuzz from Sources/Extractors/**/*.swift + fuzz/*.swift +
# Tests/ExtractorsTests/Robustness/ExtractionInvariants.swift (one module, -sanitize=fuzzer,address),
# makes the seed corpus in fuzz/corpus-work/ (seeds and the first dev.jsonl records, git-ignored),
# and runs it niced (FUZZ_TIMEOUT raises the 10 s per-input limit on a machine so loaded that wall-clock time
# is not CPU time — check a timeout artifact with `time fuzz/.build/didar-fuzz <artifact>` before calling it a hang) (DIDAR_RESOURCES points the harness at the snapshot's lexicons), with -timeout=10 (a slow input is a hang bug) and -max_len=65536.
# Crashes land in fuzz/artifacts/; turn each into a regression test in Tests/ExtractorsTests/Robustness/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
shared="${DIDAR_SHARED:-../shared}"
dev_records="${FUZZ_DEV_RECORDS:-300}"
build=fuzz/.build
mkdir -p "$build" fuzz/corpus-work fuzz/artifacts

sources=$(find Sources/Extractors -name '*.swift' | sort)
binary="$build/didar-fuzz"
# FUZZ_REUSE=1 keeps an existing binary even when the sources changed (a rebuild takes minutes).
if [[ ! -x "$binary" ]] || { [[ "${FUZZ_REUSE:-0}" != 1 ]] && [[ -n "$(find $sources fuzz/*.swift Tests/ExtractorsTests/Robustness/ExtractionInvariants.swift -newer "$binary" 2>/dev/null)" ]]; }; then
    echo "fuzz.sh: building $binary" >&2
    # Compile a snapshot: others may be editing the sources while the (slow) build runs.
    rm -rf "$build/src" && mkdir -p "$build/src"
    cp -R Sources/Extractors "$build/src/Extractors"
    cp fuzz/*.swift Tests/ExtractorsTests/Robustness/ExtractionInvariants.swift "$build/src/"
    snapshot=$(find "$build/src" -name '*.swift' | sort)
    # -O keeps the run fast enough to explore; -g keeps symbols for the crash reports.
    nice -n 10 swiftc -module-name DidarFuzz -parse-as-library -O -g \
        -sanitize=fuzzer,address -D DIDAR_FUZZ \
        $snapshot -o "$binary" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
    [[ ${PIPESTATUS[0]} -eq 0 ]] || { echo "fuzz.sh: the build failed" >&2; exit 1; }
fi
python3 fuzz/make_corpus.py "$PWD" "$shared" fuzz/corpus-work/seed fuzz/.build/persian.dict "$dev_records" 65536 >&2
mkdir -p fuzz/corpus-work/found

export DIDAR_RESOURCES="$PWD/$build/src/Extractors/Resources"
# found/ first: libFuzzer writes new inputs into the first corpus folder, seed/ is only read.
exec nice -n 10 "$binary" fuzz/corpus-work/found fuzz/corpus-work/seed \
    -dict=fuzz/.build/persian.dict -max_len=65536 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=3072 \
    -max_total_time="$seconds" -artifact_prefix=fuzz/artifacts/ -print_final_stats=1 "$@"
