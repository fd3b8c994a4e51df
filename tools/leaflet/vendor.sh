#!/usr/bin/env bash
# Vendors Leaflet (the version tools/leaflet/package-lock.json pins, from npm) into
# htdocs/static/leaflet/, where nginx serves it from the site itself: the map's optional
# pannable enhancement (README, Configuration: map_tiles_url) never loads it from a CDN.
# ./portal runs it; run it by hand before `make install` on a machine without ./portal.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
npm ci --prefix "$root/tools/leaflet" --no-audit --no-fund >/dev/null
src=$root/tools/leaflet/node_modules/leaflet
dst=$root/htdocs/static/leaflet
rm -rf "$dst.tmp"
mkdir -p "$dst.tmp"
cp "$src/dist/leaflet.js" "$src/dist/leaflet.css" "$src/LICENSE" "$dst.tmp/"
cp -R "$src/dist/images" "$dst.tmp/"
rm -rf "$dst"
mv "$dst.tmp" "$dst"
