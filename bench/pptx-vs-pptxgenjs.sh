#!/usr/bin/env bash
# PPTX export benchmark: Podium's `export` against PptxGenJS writing the same pages with the same
# picture bytes, as whole processes, runs interleaved (Podium, PptxGenJS, Podium at original
# quality, Podium, …) so machine noise falls on all alike. Prints every run and the median wall
# time and file size per writer. PptxGenJS gets the pictures Podium's `high` deck stores, already
# scaled; Podium scales them in each run, so `--quality original` (no scaling of upright photos)
# is timed too.
#
# Usage: bench/pptx-vs-pptxgenjs.sh [RUNS] [WORKDIR]      (RUNS defaults to 7)
# Needs target/podium.jar (./mvnw -q -o package -DskipTests), node and `npm ci` in bench/pptxgenjs.
# BASELINE_JAR=path/to/podium.jar (an earlier build, with its lib/ beside it) adds that build's
# `high` export with the warm cache to each round, for a before/after comparison under the same
# load; BASELINE_LAUNCHER=path/to/bin/podium (that build's launcher) adds its run too.
# Podium keeps the pictures it makes in a per-user cache (XDG_CACHE_HOME). "cold" runs start each
# time from an empty cache folder, as a first export of new photos does; "warm" runs use a folder
# filled by one export before the rounds, as re-exporting after an edit does.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(realpath -m "${2:-target/pptx-bench}")
[[ -f target/podium.jar ]] || { echo "target/podium.jar is missing: ./mvnw -q -o package -DskipTests" >&2; exit 2; }
[[ -d bench/pptxgenjs/node_modules/pptxgenjs ]] || (cd bench/pptxgenjs && npm ci --no-audit --no-fund >&2)

if [[ ! -f $work/generated/pages.json || ! -f $work/sample/pages.json ]]; then
  ./mvnw -q -o -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
  java -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    org.podium.bench.PptxExportBenchmark "$work"
fi

# whole-process wall time in milliseconds of the command in "$@"
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "node $(node --version), pptxgenjs $(node -p "require('./bench/pptxgenjs/node_modules/pptxgenjs/package.json').version"), $(java -version 2>&1 | head -1)"
for name in sample generated; do
  dir=$work/$name
  podium_times=() js_times=() original_times=() baseline_times=() warm_times=() launcher_times=()
  baseline_launcher_times=()
  cold=$work/cache-cold warm=$work/cache-warm-$name
  rm -rf "$warm"
  XDG_CACHE_HOME=$warm java -jar target/podium.jar export "$dir/programme.podium" --pptx "$dir/podium-warm.pptx" >/dev/null
  for (( i = 1; i <= runs; i++ )); do
    rm -rf "$cold"
    p=$(XDG_CACHE_HOME=$cold wall_ms java -jar target/podium.jar export "$dir/programme.podium" --pptx "$dir/podium.pptx")
    j=$(wall_ms node bench/pptxgenjs/write.js "$dir/pages.json" "$dir/pptxgenjs.pptx")
    w=$(XDG_CACHE_HOME=$warm wall_ms java -jar target/podium.jar export "$dir/programme.podium" --pptx "$dir/podium-warm.pptx")
    l=$(XDG_CACHE_HOME=$warm wall_ms bin/podium export "$dir/programme.podium" --pptx "$dir/podium-launcher.pptx")
    rm -rf "$cold"
    o=$(XDG_CACHE_HOME=$cold wall_ms java -jar target/podium.jar export "$dir/programme.podium" \
      --pptx "$dir/podium-original.pptx" --quality original)
    podium_times+=("$p") js_times+=("$j") original_times+=("$o") warm_times+=("$w") launcher_times+=("$l")
    line="$name run $i: podium ${p} ms, pptxgenjs ${j} ms, podium warm cache ${w} ms, bin/podium warm cache ${l} ms, podium original ${o} ms"
    if [[ -n ${BASELINE_JAR:-} ]]; then
      b=$(XDG_CACHE_HOME=$warm wall_ms java -jar "$BASELINE_JAR" export "$dir/programme.podium" --pptx "$dir/baseline.pptx")
      baseline_times+=("$b")
      line="$line, baseline warm cache ${b} ms"
    fi
    if [[ -n ${BASELINE_LAUNCHER:-} ]]; then
      b=$(XDG_CACHE_HOME=$warm wall_ms "$BASELINE_LAUNCHER" export "$dir/programme.podium" --pptx "$dir/baseline.pptx")
      baseline_launcher_times+=("$b")
      line="$line, baseline launcher warm cache ${b} ms"
    fi
    echo "$line"
  done
  cmp -s <(unzip -p "$dir/podium.pptx" 'ppt/media/*') <(unzip -p "$dir/podium-warm.pptx" 'ppt/media/*') \
    || { echo "$name: the warm-cache deck's pictures differ from the cold one's" >&2; exit 1; }
  mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }
  printf '%s, median of %d runs: podium %s ms (%s MB), warm cache %s ms, bin/podium warm cache %s ms, pptxgenjs %s ms (%s MB), podium original %s ms (%s MB)\n' \
    "$name" "$runs" "$(printf '%s\n' "${podium_times[@]}" | median)" "$(mb "$dir/podium.pptx")" \
    "$(printf '%s\n' "${warm_times[@]}" | median)" "$(printf '%s\n' "${launcher_times[@]}" | median)" \
    "$(printf '%s\n' "${js_times[@]}" | median)" "$(mb "$dir/pptxgenjs.pptx")" \
    "$(printf '%s\n' "${original_times[@]}" | median)" "$(mb "$dir/podium-original.pptx")"
  if [[ -n ${BASELINE_JAR:-} ]]; then
    printf '%s, median of %d runs: baseline warm cache %s ms (%s MB)\n' "$name" "$runs" \
      "$(printf '%s\n' "${baseline_times[@]}" | median)" "$(mb "$dir/baseline.pptx")"
  fi
  if [[ -n ${BASELINE_LAUNCHER:-} ]]; then
    printf '%s, median of %d runs: baseline launcher warm cache %s ms\n' "$name" "$runs" \
      "$(printf '%s\n' "${baseline_launcher_times[@]}" | median)"
  fi
done
