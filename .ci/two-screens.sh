#!/usr/bin/env bash
# The presenter's two-screen test on a real X server: Xorg with the dummy driver gives two outputs,
# DUMMY0 (1920x1080, primary: the operator's laptop) and DUMMY1 (1280x720 right of it: the
# projector). Runs the JUnit tests tagged "twoscreens" with the GTK platform on that display; they
# unplug and re-plug DUMMY1 with xrandr. Screenshots land in target/two-screens/.
# Needs root (Xorg), and: xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils libgtk-3-0
# imagemagick. Usage: .ci/two-screens.sh [display number, default 17]; MAVEN_OFFLINE=1 runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/.."

display_number="${1:-17}"
export DISPLAY=":${display_number}"
config="$PWD/.ci/xorg-two-screens.conf"
log="$PWD/target/xorg-two-screens.log"
mkdir -p target

fail() {
  echo "two-screens: $*" >&2
  exit 1
}

for tool in Xorg xrandr import; do
  command -v "$tool" >/dev/null || fail "$tool is missing; install xserver-xorg-core x11-xserver-utils imagemagick"
done
[ -e "/tmp/.X${display_number}-lock" ] && fail "display $DISPLAY is taken (/tmp/.X${display_number}-lock); pass another number"

Xorg "$DISPLAY" -config "$config" -noreset -nolisten tcp -logfile "$log" >/dev/null 2>&1 &
xorg_pid=$!
cleanup() {
  kill "$xorg_pid" 2>/dev/null || true
  wait "$xorg_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 50); do
  xrandr --query >/dev/null 2>&1 && break
  kill -0 "$xorg_pid" 2>/dev/null || fail "Xorg exited at start; see $log"
  sleep 0.2
done
xrandr --query >/dev/null 2>&1 || fail "Xorg on $DISPLAY did not answer within 10 s; see $log"

xrandr --output DUMMY0 --mode 1920x1080 --primary
xrandr --addmode DUMMY1 1280x720
xrandr --output DUMMY1 --mode 1280x720 --right-of DUMMY0
xrandr --query | grep -q '^DUMMY1 connected 1280x720+1920+0' || fail "DUMMY1 is not at 1280x720+1920+0: $(xrandr --query | grep DUMMY)"

./mvnw -B -ntp ${MAVEN_OFFLINE:+-o} test -Ptwo-screens -Dgroups=twoscreens -DexcludedGroups= \
  -Dsurefire.failIfNoSpecifiedTests=false \
  || fail "the two-screen tests failed; screenshots in target/two-screens/, X log in $log"

for shot in both-screens projector-unplugged projector-back; do
  [ -s "target/two-screens/$shot.png" ] || fail "screenshot target/two-screens/$shot.png is missing"
done
echo "two-screens: passed; screenshots in target/two-screens/"
