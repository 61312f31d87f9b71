#!/usr/bin/env bash
# End-to-end test of the web explorer: builds the store from seeds/, starts `didar serve` on a free
# loopback port, drives the page in headless Chromium (scripts/web-e2e.py) and stops the server
# whatever happens. Installs Debian's chromium and chromium-driver and Python's selenium if missing.
#
#   scripts/web-e2e.sh                 uses .build/debug/didar (built if missing)
#   DIDAR=.build/release/didar scripts/web-e2e.sh
#   SCREENSHOT=/tmp/shot.png scripts/web-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
missing=""
for p in chromium chromium-driver fonts-noto-core; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "web-e2e: installing:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium

DIDAR="${DIDAR:-.build/debug/didar}"
if [ ! -x "$DIDAR" ]; then
  swift build --product didar
  DIDAR=.build/debug/didar
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$DIDAR" build seeds -o "$WORK/out" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
DB="$WORK/out/didar.sqlite"
[ -f "$DB" ] || { echo "web-e2e: didar build wrote no store at $DB"; cat "$WORK/build.log"; exit 1; }

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$DIDAR" serve --db "$DB" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!

URL="http://127.0.0.1:$PORT/"
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1] + 'api/stats', timeout=1)" "$URL" 2>/dev/null; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "web-e2e: the server exited"; cat "$WORK/serve.log"; exit 1; }
  sleep 0.2
done

mkdir -p docs
status=0
python3 scripts/web-e2e.py --url "$URL" --screenshot "${SCREENSHOT:-docs/web-explorer.png}" || status=$?
if [ "$status" != 0 ]; then echo "--- server log"; cat "$WORK/serve.log"; fi
exit "$status"
