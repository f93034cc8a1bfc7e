#!/usr/bin/env bash
# Opens the workbench under a virtual display and saves a screenshot of its window.
# Usage: docs/take-screenshot.sh OUT.png [seconds-to-wait] [emoscope arguments...]
# JVM options go in EMOSCOPE_JAVA_OPTS, e.g. EMOSCOPE_JAVA_OPTS=-Demoscope.demoModel=run/models/fold-emodb_03.zip
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool; a built target/emoscope.jar.
set -euo pipefail
out=${1:?usage: take-screenshot.sh OUT.png [wait-seconds] [args...]}
wait_s=${2:-8}
shift $(( $# >= 2 ? 2 : 1 ))
cd "$(dirname "$0")/.."

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
# shellcheck disable=SC2086 # the options are meant to split into words
OMP_WAIT_POLICY=PASSIVE java ${EMOSCOPE_JAVA_OPTS:-} -jar target/emoscope.jar "$@" &
app=$!
for _ in $(seq 60); do
  xdotool search --name '^Emoscope' >/dev/null 2>&1 && break
  sleep 0.5
done
sleep "$wait_s"
window=$(xdotool search --name '^Emoscope' | head -1)
import -window "$window" "$out"
echo "saved $out"
