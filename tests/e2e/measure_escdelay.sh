#!/bin/sh
# measure_escdelay.sh: not a test (make check does not run it). Splits an
# arrow (ESC, a pause, then "[B") at a menu and reports what the guide did
# for each pause, with the guide's default escape delay; and how long a
# lone Esc takes to go back. README's "Esc goes back after 100 ms" quotes it.
#     sh tests/e2e/measure_escdelay.sh [PAUSE_MS ...]
. "$(dirname "$0")/lib.sh"
NAME=escdelay
raw() { tmux -L "$SOCK" send-keys -H "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# to_causes: from Home to the Causes menu, its first item selected.
to_causes() {
  wait_for "Failed back surgery syndrome" >/dev/null
  n=$(screen | grep -E "^ [ >] *[0-9]+\. Causes" | sed -E 's/^ [ >] *([0-9]+)\..*/\1/')
  keys "$n" Enter
  wait_for " Home > Causes" >/dev/null
}
at_home() { screen | grep -qE "^ > *[0-9]+\. Causes"; }
for gap in ${*:-0 20 50 80 95 110 150 300 600 900 1500}; do
  start 80x24 TERM=vt100 ESCDELAY=
  to_causes
  raw 1b; sleep "$(echo "$gap" | awk '{ print $1 / 1000 }')"; raw 5b 42
  sleep 0.5
  if screen | grep -q "Home > Causes" && screen | grep -qE "^ > *2\. "; then
    what="Down (one key)"
  elif at_home; then
    what="Esc (went back; the rest did nothing)"
  else
    what="other: $(screen | grep ' > ' | head -1)"
  fi
  printf 'pause %5s ms: %s\n' "$gap" "$what"
done
start 80x24 TERM=vt100 ESCDELAY=
for i in 1 2 3 4 5; do
  to_causes
  t0=$(now_ms); raw 1b
  while ! at_home && [ $(( $(now_ms) - t0 )) -lt 3000 ]; do :; done
  echo "lone Esc went back after $(( $(now_ms) - t0 )) ms (polling the screen included)"
done
