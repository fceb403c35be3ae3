#!/bin/sh
# Keys as terminals really send them: the raw bytes of Home, End, PgUp,
# PgDn, the arrows and F1 in the forms PuTTY, xterm, rxvt, screen and the
# Linux console use, under TERM=vt100, xterm, linux and screen (whose
# descriptions lack most of them); unknown sequences swallowed whole; Esc
# and an arrow split across two packets; Ctrl-H; digits that time out.
. "$(dirname "$0")/lib.sh"
NAME=keys

raw() { tmux -L "$SOCK" send-keys -H "$@"; }
# cursor_line: the text of the screen line the hardware cursor is on (the
# selected row, on every screen).
cursor_line() { screen | sed -n "$(( $(cursor | cut -d: -f1) + 1 ))p"; }
# same_line WHAT WANT: the cursor's line is WANT (after the screen settles).
same_line() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    [ "$(cursor_line)" = "$2" ] && { ok "$1"; return 0; }
    sleep 0.05
  done
  bad "$1 (cursor on \"$(cursor_line)\", want \"$2\")"
}
# wait_re REGEX [DESCRIPTION]: polls the screen until a line matches REGEX.
wait_re() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    if screen | grep -qE -- "$1"; then ok "${2:-shows /$1/}"; return 0; fi
    sleep 0.05
  done
  bad "${2:-shows /$1/} (no line matches /$1/)"
}
# wait_sel N [DESCRIPTION]: item N of a menu or list is selected (" > N. ").
wait_sel() { n=$1; shift; wait_re "^ > *$n\. " "$@"; }
# not_sel N DESCRIPTION: item N is not selected now.
not_sel() {
  if screen | grep -qE -- "^ > *$1\. "; then bad "$2"; else ok "$2"; fi
}
# open_item TITLE: types the number of the menu item titled TITLE, then Enter.
open_item() {
  n=$(screen | grep -E "^ [ >] *[0-9]+\. $1" | head -1 | sed -E 's/^ [ >] *([0-9]+)\..*/\1/')
  keys "$n" Enter
}
# settle: let the guide read what was sent (Esc waits for the rest of a
# sequence) before looking at a screen that should not change.
settle() { sleep 0.4; }

for t in vt100 xterm linux screen; do
  start 80x24 TERM=$t
  wait_sel 1 "TERM=$t: Home is drawn"
  keys G; sleep 0.2; last=$(cursor_line)
  keys g; sleep 0.2; first=$(cursor_line)
  # End as PuTTY sends it: the last item, not Back and item 4.
  raw 1b 5b 34 7e
  same_line "TERM=$t: ESC [ 4 ~ (End) selects Home's last item" "$last"
  lacks "This is Home" "TERM=$t: ESC [ 4 ~ is not read as Esc"
  raw 1b 5b 31 7e
  same_line "TERM=$t: ESC [ 1 ~ (Home) selects the first item" "$first"
  raw 1b 4f 46
  same_line "TERM=$t: ESC O F (End) selects the last item" "$last"
  raw 1b 5b 48
  same_line "TERM=$t: ESC [ H (Home)" "$first"
  raw 1b 5b 46
  same_line "TERM=$t: ESC [ F (End)" "$last"
  raw 1b 4f 48
  same_line "TERM=$t: ESC O H (Home)" "$first"
  raw 1b 5b 38 7e
  same_line "TERM=$t: ESC [ 8 ~ (rxvt End)" "$last"
  raw 1b 5b 37 7e
  same_line "TERM=$t: ESC [ 7 ~ (rxvt Home)" "$first"
  raw 1b 5b 42
  wait_sel 2 "TERM=$t: ESC [ B (Down)"
  raw 1b 4f 42
  wait_sel 3 "TERM=$t: ESC O B (Down, application mode)"
  raw 1b 5b 31 3b 35 41
  wait_sel 2 "TERM=$t: ESC [ 1 ; 5 A (Ctrl-Up) moves up"
  raw 1b 4f 41
  wait_sel 1 "TERM=$t: ESC O A (Up)"

  # On the self-check: End must not throw the reader to Home.
  keys G Enter
  wait_for "ticked" "TERM=$t: the self-check opens"
  keys G; sleep 0.2; item_last=$(cursor_line)
  keys g; sleep 0.2; item_first=$(cursor_line)
  raw 1b 5b 34 7e
  same_line "TERM=$t: End on the self-check selects its last statement" "$item_last"
  wait_for "ticked" "TERM=$t: and stays on the self-check"
  raw 1b 5b 31 7e
  same_line "TERM=$t: Home on the self-check selects its first statement" "$item_first"
  # Unknown sequences are swallowed whole: no Back, no item 9.
  raw 1b 5b 39 39 7e 1b 5b 32 30 30 7e 1b 5b 3f 31 3b 32 63
  settle
  same_line "TERM=$t: unknown sequences do nothing" "$item_first"
  wait_for "ticked" "TERM=$t: still on the self-check after unknown sequences"

  # F1 opens help, as xterm, rxvt and the Linux console send it.
  for f1 in "1b 4f 50" "1b 5b 31 31 7e" "1b 5b 5b 41"; do
    raw $f1
    wait_for "> Help" "TERM=$t: F1 ($f1) opens help"
    keys Left
    wait_for "ticked" "TERM=$t: back from help"
  done

  # PgDn and PgUp on a long page scroll like Space and b.
  keys m
  wait_for " Home" "TERM=$t: back at Home"
  keys /
  wait_for "Search for:" "TERM=$t: / asks for a word"
  keys "pain"
  raw 1b 5b 31 7e 1b 4f 48 1b 5b 34 7e
  settle
  wait_for "Search for: pain" "TERM=$t: Home and End in the search prompt keep what was typed"
  keys Enter
  wait_for 'Search: "pain"' "TERM=$t: the search still runs"
  keys Left g
  raw 1b 5b 36 7e
  same_line "TERM=$t: ESC [ 6 ~ (PgDn) on Home goes to its last item" "$last"
  raw 1b 5b 35 7e
  same_line "TERM=$t: ESC [ 5 ~ (PgUp) on Home goes to its first item" "$first"
  open_item Causes
  wait_for " Home > Causes" "TERM=$t: the Causes menu"
  open_item "Why surgery may not end the pain"
  wait_for "Home > Causes > Why surgery may not end the pain" "TERM=$t: a long page"
  keys g Space; sleep 0.3; paged=$(screen); keys b; sleep 0.3; back=$(screen)
  keys g; sleep 0.3; raw 1b 5b 36 7e; sleep 0.3
  [ "$(screen)" = "$paged" ] && ok "TERM=$t: ESC [ 6 ~ (PgDn) pages like Space" \
    || bad "TERM=$t: ESC [ 6 ~ (PgDn) did not page like Space"
  raw 1b 5b 35 7e; sleep 0.3
  [ "$(screen)" = "$back" ] && ok "TERM=$t: ESC [ 5 ~ (PgUp) pages back like b" \
    || bad "TERM=$t: ESC [ 5 ~ (PgUp) did not page back like b"
  # Ctrl-H is Backspace: back.
  raw 08
  wait_for "Home > Causes" "TERM=$t: Ctrl-H goes back"
  lacks "Home > Causes > Why" "TERM=$t: Ctrl-H left the page"
  keys q
  wait_for "EXIT:0" "TERM=$t: quits"
done

# ---- Esc and the escape delay (no ESCDELAY: the guide's own 100 ms) ----
# to_causes: from Home to the Causes menu (12 items), item 1 selected.
to_causes() {
  wait_sel 1 "$1: Home is drawn"
  open_item Causes
  wait_for " Home > Causes" "$1: the Causes menu"
  causes_line=$(screen | grep -E "^ [ >] *[0-9]+\. Causes")
}
start 80x24 TERM=vt100 ESCDELAY=
to_causes "default delay"
raw 1b
wait_re "^ > *[0-9]+\. Causes" "a lone Esc goes back"
# An arrow split across two packets, the rest well within the delay
# (ESCDELAY=250, the most it allows, and a 50 ms pause: a busy machine
# has 200 ms to spare).
start 80x24 TERM=vt100 ESCDELAY=250
to_causes "split arrow"
raw 1b; sleep 0.05; raw 5b 42
wait_sel 2 "ESC, a pause, then [ B is Down"
wait_for " Home > Causes" "and not Esc"
# The rest of a key arriving after the delay: Esc went back, but the rest
# is swallowed, not read as [, 5 and ~ (item 5).
start 80x24 TERM=vt100 ESCDELAY=
to_causes "late rest"
raw 1b; sleep 0.4; raw 5b 35 7e
wait_re "^ > *[0-9]+\. Causes" "ESC past the delay is Esc"
settle
not_sel 5 "the late [ 5 ~ does not select item 5"
wait_re "^ > *[0-9]+\. Causes" "Causes stays selected"

# ---- Digits time out: 1, a pause, 5 is item 5 ----
start 80x24 TERM=vt100
wait_sel 1 "digits: Home is drawn"
keys t
wait_for "Contents" "the contents list (many rows)"
keys 1 5
wait_sel 15 "1 5 typed quickly is item 15"
keys g
wait_sel 1 "back to the first row"
keys 1; sleep 1.5; keys 5
wait_sel 5 "1, a pause, then 5 is item 5"
not_sel 15 "not item 15"
finish
