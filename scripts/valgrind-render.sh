#!/usr/bin/env bash
# Shows that rendering through the Graphviz C library leaks nothing per render: builds
# scripts/render-loop.swift together with Sources/Graphviz, runs it under valgrind at N=10 and N=100
# rounds (each round: PNG, PDF, SVG, laid-out DOT, a parse and a syntax error), and prints valgrind's
# "definitely lost" line for both. A leak per render would make the N=100 figure ~10x the N=10 one;
# equal figures mean whatever is lost is lost once (library initialisation), not per render.
#
# Needs: swiftc, libgraphviz-dev, fonts-noto-core, valgrind (apt-get install -y valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed: apt-get install -y valgrind" >&2
    exit 2
fi

work="${TMPDIR:-/tmp}/didar-valgrind"
mkdir -p "$work"
binary="$work/render-loop"

# shellcheck disable=SC2046  # pkg-config prints several flags on purpose
swiftc -g -Onone -parse-as-library -swift-version 6 \
    -I Sources/CGraphviz $(pkg-config --cflags libgvc | sed 's/-I/-Xcc -I/g') \
    Sources/Graphviz/*.swift scripts/render-loop.swift \
    -o "$binary"

status=0
for rounds in 10 100; do
    log="$work/valgrind-$rounds.log"
    valgrind --leak-check=full --errors-for-leak-kinds=definite --log-file="$log" "$binary" "$rounds" || status=$?
    for kind in 'definitely lost' 'indirectly lost' 'possibly lost'; do
        echo "N=$rounds: $(grep -h "$kind:" "$log" | sed 's/^==[0-9]*== *//')"
    done
    echo "N=$rounds: $(grep -h 'ERROR SUMMARY' "$log" | sed 's/^==[0-9]*== *//')"
done
echo "full logs: $work/valgrind-10.log $work/valgrind-100.log"
exit "$status"
