#!/usr/bin/env bash
# The same corpus through the Python peer (Hazm) and through `didar bench --stage text`, in the
# same run, and the ratio of their throughputs (both on one core).
#
#   benchmarks/hazm-peer.sh [corpus.jsonl] [repeats]
#
# Makes a virtual environment in .venv-hazm/ (git-ignored) on first use and installs Hazm from
# PyPI into it; set HAZM_VERSION to pin another release if the newest does not install.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/fars-news/dev.jsonl}"
repeats="${2:-3}"
venv=".venv-hazm"
scratch="${SCRATCH:-.build-perf}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
if ! "$venv/bin/python" -c "import hazm" 2>/dev/null; then
    "$venv/bin/pip" install --quiet "hazm${HAZM_VERSION:+==$HAZM_VERSION}"
fi

didar="$scratch/release/didar"
if [ ! -x "$didar" ]; then
    swift build -c release --scratch-path "$scratch" --product didar >&2
fi

peer=$("$venv/bin/python" benchmarks/hazm_peer.py "$corpus" --repeats "$repeats")
ours=$("$didar" bench --stage text --repeats "$repeats" "$corpus")
echo "hazm:  $peer"
echo "didar: $ours"
python3 - "$peer" "$ours" <<'PY'
import json, sys
peer, ours = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"text layer on {ours['documents']} documents ({ours['bytes'] / 1e6:.2f} MB), one core:")
print(f"  hazm  {peer['mb_per_s']:8.2f} MB/s  {peer['mb_per_cpu_s']:8.2f} MB/CPU-s  {peer['cpu_seconds']:7.2f} s CPU")
print(f"  didar {ours['mb_per_s']:8.2f} MB/s  {ours['mb_per_cpu_s']:8.2f} MB/CPU-s  {ours['cpu_seconds']:7.2f} s CPU")
print(f"  ratio didar / hazm: {ours['mb_per_s'] / peer['mb_per_s']:.1f}x wall, {ours['mb_per_cpu_s'] / peer['mb_per_cpu_s']:.1f}x CPU")
PY
