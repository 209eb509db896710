#!/usr/bin/env bash
# Launch-to-window: how long from starting the JVM until Podium's main window, with the sample
# programme open, is mapped on an X display; against an empty JavaFX window started the same way,
# alternating runs. Needs Xvfb and xdotool (apt-get install xvfb xdotool) and a built jar
# (./mvnw -q package -DskipTests). Usage: bench/startup.sh [RUNS, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
display=:31
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)   # a fresh user: first start, so the sample opens; no recovery offer
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
export DISPLAY=$display
sleep 1
./mvnw -q -o -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

# Milliseconds from start until a window whose title matches $1 is visible; the program is then ended.
time_to_window() {
  local pattern=$1
  shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  # polled every 10 ms: `xdotool search --sync` retries only every 0.5 s, which rounds every
  # figure up to the next half second
  until xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; do
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

podium=()
empty=()
for _ in $(seq 1 "$runs"); do
  podium+=("$(time_to_window '分享會 — Podium$' java -Duser.home="$home" -jar target/podium.jar)")
  empty+=("$(time_to_window 'Podium baseline' java -Duser.home="$home" -cp "$cp" 'org.podium.bench.EmptyWindow$Main')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "podium window with the sample: ${podium[*]} ms; median $(median "${podium[@]}") ms"
echo "empty JavaFX window (baseline): ${empty[*]} ms; median $(median "${empty[@]}") ms"
