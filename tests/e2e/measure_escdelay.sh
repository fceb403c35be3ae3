#!/bin/sh
# measure_escdelay.sh: not a test (make check does not run it). Splits an
# arrow (ESC, a pause, then "[B") at a menu and reports what the guide did
# for each pause, with the guide's default escape delay; and how long a
# lone Esc takes to go back. README's "Esc and slow links" quotes it.
#     sh tests/e2e/measure_escdelay.sh [PAUSE_MS ...]
. "$(dirname "$0")/lib.sh"
NAME=escdelay
raw() { tmux -L "$SOCK" send-keys -H "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
for gap in ${*:-0 20 50 80 95 110 150 300 600 900 1500}; do
  start 80x24 TERM=vt100 ESCDELAY=
  wait_for " >  1. Get help now" >/dev/null
  keys 4 Enter
  wait_for " Home > Causes" >/dev/null
  raw 1b; sleep "$(echo "$gap" | awk '{ print $1 / 1000 }')"; raw 5b 42
  sleep 0.5
  s=$(screen)
  if printf '%s\n' "$s" | grep -q "Home > Causes" && printf '%s\n' "$s" | grep -q " >  2. "; then
    what="Down (one key)"
  elif printf '%s\n' "$s" | grep -q " >  4. Causes"; then
    what="Esc (went back; the rest did nothing)"
  else
    what="other: $(printf '%s\n' "$s" | grep ' > ' | head -1)"
  fi
  printf 'pause %5s ms: %s\n' "$gap" "$what"
done
start 80x24 TERM=vt100 ESCDELAY=
wait_for " >  1. Get help now" >/dev/null
for i in 1 2 3 4 5; do
  keys 4 Enter
  wait_for " Home > Causes" >/dev/null
  t0=$(now_ms); raw 1b
  while ! screen | grep -q " >  4. Causes"; do :; done
  echo "lone Esc went back after $(( $(now_ms) - t0 )) ms (polling the screen included)"
done
