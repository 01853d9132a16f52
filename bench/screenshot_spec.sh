#!/usr/bin/env bash
# Looks at the living documentation in a real headless browser and saves a screenshot of each language.
# Needs Debian's chromium (apt-get install chromium). Usage: bench/screenshot_spec.sh [reports/spec]
set -euo pipefail
spec="${1:-reports/spec}"
page="$(cd "$spec" && pwd)/index.html"
[ -f "$page" ] || { echo "no $page: run 'joinsim spec' first" >&2; exit 2; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
for lang in en fr nl; do
  profile="$(mktemp -d)"
  # the page shows the language named in the URL fragment
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --window-size=1280,1600 --screenshot="$spec/screenshot-$lang.png" "file://$page#$lang" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$spec/screenshot-$lang.png"
done
