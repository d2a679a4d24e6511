#!/usr/bin/env bash
# Offline demo: set up, serve the two saved fixture sites on 127.0.0.1, crawl
# them with the real spiders into ./archive.db, then search the archive.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/newsarchive ]; then
  echo "== setting up .venv (first run only)"
  python3 -m venv .venv
  .venv/bin/pip install -q -e '.[test]'
fi
export PATH="$PWD/.venv/bin:$PATH"
export NEWSARCHIVE_DB="${NEWSARCHIVE_DB:-$PWD/archive.db}"

log=$(mktemp)
python tests/fixture_server.py tests/sites/baodienbienphu tests/sites/laodongthudo >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
read -r -a redirect <"$log"

echo "== crawling both fixture sites into $NEWSARCHIVE_DB (robots.txt obeyed, no delay)"
newsarchive crawl baodienbienphu laodongthudo "${redirect[@]}" --delay 0 --log-level WARNING

echo
echo "== newsarchive search \"dien bien\"   (typed without accents)"
newsarchive search dien bien --limit 3
echo "== newsarchive search '\"người lao động\"' --site laodongthudo   (a phrase, with accents)"
newsarchive search '"người lao động"' --site laodongthudo --limit 2

echo
echo "== the same archive in a browser: run"
echo "     .venv/bin/newsarchive --db $NEWSARCHIVE_DB serve"
echo "   and open http://127.0.0.1:8001/-/archive?q=dien+bien  (Ctrl+C stops it;"
echo "   plain '.venv/bin/datasette $NEWSARCHIVE_DB' gets the same pages)"
