#!/usr/bin/env bash
# Regenerates the app icons from assets/icon.svg (run by hand after changing the SVG; the outputs are committed,
# so building the installer needs none of these tools). Needs: imagemagick, icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
mkdir -p "$out"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 384 assets/icon.svg -resize "${size}x${size}" "$out/icon-$size.png"
done
convert "$out/icon-16.png" "$out/icon-32.png" "$out/icon-48.png" "$out/icon-64.png" "$out/icon-128.png" \
  "$out/icon-256.png" "$out/icon.ico"
png2icns "$out/icon.icns" "$out/icon-16.png" "$out/icon-32.png" "$out/icon-128.png" "$out/icon-256.png" \
  "$out/icon-512.png" >/dev/null
# the window icon: 64 px is what window lists show, and it decodes in a fraction of the 256 px one
cp "$out/icon-64.png" src/main/resources/backoffice/app/icon-64.png
echo "icons written to $out"
