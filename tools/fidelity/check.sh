#!/usr/bin/env bash
# Fidelity check of the PPTX export: exports FILE.podium, converts the deck with LibreOffice to
# PDF and then to PNG pages, renders the same slides with Podium at the same width, and compares
# each page with its slide. Prints one line per slide, the median and the minimum, and writes
# side-by-side images (LibreOffice left, Podium right) of the worst slides into OUTDIR.
#
# Usage: tools/fidelity/check.sh FILE.podium [OUTDIR]
#   WIDTH=960       page width in pixels for both images
#   THRESHOLD=0.92  exit 1 when any slide's similarity is below this (see docs/fidelity.md)
#   WORST=5         how many side-by-side images to write
# Needs target/podium.jar (./mvnw -q -o package -DskipTests), soffice, pdftoppm and ImageMagick.
#
# Similarity = 1 − RMSE of the two images after both are blurred with a Gaussian of σ = WIDTH/480
# px (2 px at 960): RMSE is normalised to the full colour range, so 1 is identical and 0 is black
# against white. The blur forgives what no one sees at projection distance (anti-aliasing,
# hinting, a text line 1 px higher), so the figure measures drift in position, size, crop and
# colour. "differing" is the share of pixels whose colour differs by more than 10 % unblurred.
set -euo pipefail

usage() { echo "usage: $0 FILE.podium [OUTDIR]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
input=$1
[[ -f $input ]] || { echo "$input: no such file" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/target/podium.jar
[[ -f $jar ]] || { echo "$jar is missing: build it with ./mvnw -q -o package -DskipTests" >&2; exit 2; }
for tool in soffice pdftoppm compare convert; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done

width=${WIDTH:-960}
threshold=${THRESHOLD:-0.92}
worst=${WORST:-5}
name=$(basename "$input" .podium)
out=${2:-fidelity-$name}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/podium-fidelity.XXXXXX")
trap 'rm -rf "$work"' EXIT
height=$(( width * 9 / 16 ))

java -jar "$jar" export "$input" --pptx "$work/$name.pptx" >&2
# A private LibreOffice profile: works as root, and several checks can run at once.
soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
  "$work/$name.pptx" >/dev/null 2>&1
[[ -f $work/$name.pdf ]] || { echo "LibreOffice did not convert $work/$name.pptx" >&2; exit 1; }
java -jar "$jar" render "$input" --out "$work/podium" --width "$width" >&2

first=$(ls "$work/podium" | head -1)
read -r rw rh < <(identify -format '%w %h\n' "$work/podium/$first")
height=$rh
mkdir -p "$work/lo"
pdftoppm -png -scale-to-x "$rw" -scale-to-y "$rh" "$work/$name.pdf" "$work/lo/page"

mapfile -t pages < <(ls "$work/lo" | sort)
mapfile -t slides < <(ls "$work/podium" | sort)
if [[ ${#pages[@]} -ne ${#slides[@]} ]]; then
  echo "the deck has ${#pages[@]} pages but Podium rendered ${#slides[@]} slides" >&2
  exit 1
fi

sigma=$(awk -v w="$rw" 'BEGIN { printf "%.2f", w / 480 }')
total=$(( rw * rh ))
results=$work/results.txt
: > "$results"
printf '%-6s %10s %10s\n' slide similarity differing
for i in "${!slides[@]}"; do
  lo=$work/lo/${pages[$i]}
  podium=$work/podium/${slides[$i]}
  convert "$lo" -blur "0x$sigma" "$work/a.png"
  convert "$podium" -blur "0x$sigma" "$work/b.png"
  rmse=$(compare -metric RMSE "$work/a.png" "$work/b.png" null: 2>&1 | sed -E 's/.*\(([0-9.e+-]+)\).*/\1/' || true)
  ae=$(compare -metric AE -fuzz 10% "$lo" "$podium" null: 2>&1 || true)
  similarity=$(awk -v r="$rmse" 'BEGIN { printf "%.4f", 1 - r }')
  differing=$(awk -v a="$ae" -v t="$total" 'BEGIN { printf "%.2f%%", 100 * a / t }')
  n=$(( i + 1 ))
  printf '%-6d %10s %10s\n' "$n" "$similarity" "$differing"
  echo "$similarity $n" >> "$results"
done

sort -n "$results" | awk -v t="$threshold" '
  { v[NR] = $1 }
  END {
    median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %.4f  min %.4f  (%d slides, threshold %s)\n", median, v[1], NR, t
  }'

rm -f "$out"/worst-*.png
rank=0
while read -r similarity n; do
  rank=$(( rank + 1 ))
  printf -v file '%s/worst-%d-slide-%03d.png' "$out" "$rank" "$n"
  convert "$work/lo/${pages[$((n - 1))]}" "$work/podium/${slides[$((n - 1))]}" +append "$file"
done < <(sort -n "$results" | head -n "$worst")
echo "side by side (LibreOffice left, Podium right): $out/worst-*.png"

below=$(awk -v t="$threshold" '$1 < t' "$results" | wc -l)
if (( below > 0 )); then
  echo "$below slide(s) below $threshold" >&2
  exit 1
fi
