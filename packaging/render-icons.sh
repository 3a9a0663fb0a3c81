#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from resources/icons/genlens.svg (rsvg-convert,
# Debian package librsvg2-bin). The PNGs are committed, so the build does not need the tool; run
# this again after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" genlens.svg --output "genlens-$size.png"
done
echo "render-icons: wrote $(ls genlens-*.png | wc -l) PNGs in resources/icons"
