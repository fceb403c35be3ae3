#!/bin/sh
# Small and wide screens: at 40x12 and 30x8 the status line keeps ?:help
# (and on a self-check Enter:result), whatever else it drops; the question
# at the start of a self-check can be reached with Up, g and PgUp; long
# titles end with an ellipsis ("..." in ASCII); at 132 columns text keeps
# a readable measure.
. "$(dirname "$0")/lib.sh"
NAME=small

status() { screen | tail -1; }
has_status() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    case "$(status)" in *"$1"*) ok "$2"; return 0 ;; esac
    sleep 0.05
  done
  bad "$2 (status line: \"$(status)\")"
}
# open_item TITLE: types the number of the menu item whose title starts
# with TITLE (as much of it as shows), then Enter.
open_item() {
  n=$(screen | grep -E "^ [ >] *[0-9]+\. $1" | head -1 | sed -E 's/^ [ >] *([0-9]+)\..*/\1/')
  keys "$n" Enter
}
# up_until TEXT KEY: presses KEY (at most 30 times) until TEXT shows.
up_until() {
  i=0
  while [ $i -lt 30 ]; do
    screen | grep -qF -- "$1" && return 0
    keys "$2"; sleep 0.1; i=$((i + 1))
  done
  screen | grep -qF -- "$1"
}

for size in 40x12 30x8; do
  for t in vt100 linux; do
    label="$size TERM=$t"
    start "$size" TERM=$t
    wait_for "Home" "$label: Home"
    has_status "?:help" "$label: Home's status line keeps ?:help"
    keys G Enter
    wait_for "[ ] " "$label: the self-check"
    has_status "?:help" "$label: the self-check keeps ?:help"
    has_status "Enter:result" "$label: and Enter:result"
    lacks "Tick each statement" "$label: the question is above the first statement"
    up_until "Tick each statement" Up && ok "$label: Up from the first statement scrolls to \"Tick each statement\"" \
      || bad "$label: Up never showed \"Tick each statement\""
    up_until "Should I get a second" Up && ok "$label: and on up to the question" \
      || bad "$label: Up never showed the question"
    keys Down
    sleep 0.2
    keys g
    wait_for "Should I get a second" "$label: g shows the question"
    keys Down
    wait_gone "Should I get a second" "$label: Down goes back to the statements"
    up_until "Should I get a second" PPage && ok "$label: PgUp scrolls to the question too" \
      || bad "$label: PgUp never showed the question"
    keys Space Enter
    wait_for "> Result" "$label: the result"
    has_status "?:help" "$label: the result keeps ?:help"
    keys Left
    wait_gone "> Result" "$label: Left leaves the result"
    keys Left
    wait_for "Enter:open" "$label: back at Home"
    keys t
    wait_for "Contents" "$label: the contents"
    has_status "?:help" "$label: a list keeps ?:help"
    keys q g
    sleep 0.3
    open_item Causes
    wait_for "Causes" "$label: a menu"
    keys Enter
    wait_for "Why surgery" "$label: a page"
    has_status "?:help" "$label: a page keeps ?:help"
    keys q y
    wait_for "EXIT:0" "$label: quits"
  done
done

# ---- long titles end with an ellipsis ----
start 30x8 TERM=vt100 LANG=C.UTF-8
wait_for "Home" "30x8 UTF-8: Home"
keys G
wait_for "Self-check" "30x8 UTF-8: the self-check item"
screen | grep -qE "Self-check: a[^?]*… *$" && ok "30x8 UTF-8: a long title ends with …" \
  || bad "30x8 UTF-8: no … on the cut title: $(screen | grep Self-check)"
keys q
start 30x8 TERM=vt100 LANG=C LC_ALL=C
wait_for "Home" "30x8 ASCII: Home"
keys G
wait_for "Self-check" "30x8 ASCII: the self-check item"
screen | grep -qE "Self-check: a[^?]*\.\.\. *$" && ok "30x8 ASCII: a long title ends with ..." \
  || bad "30x8 ASCII: no ... on the cut title: $(screen | grep Self-check)"
keys q

# ---- 132 columns: a readable measure ----
start 132x43 TERM=xterm
wait_for "Home" "132x43: Home"
open_item Causes
wait_for "Causes" "132x43: a menu"
keys Enter
wait_for "Why surgery may not end the pain" "132x43: a page"
widest=$(screen | sed '1d;$d' | awk '{ sub(/ +$/, ""); if (length($0) > w) w = length($0) } END { print w + 0 }')
[ "$widest" -le 80 ] && [ "$widest" -ge 60 ] \
  && ok "132x43: the page's lines stay within 80 columns (widest $widest)" \
  || bad "132x43: the widest text line is $widest columns"
keys m G Enter
wait_for "ticked" "132x43: the self-check"
widest=$(screen | sed '1d;$d' | awk '{ sub(/ +$/, ""); if (length($0) > w) w = length($0) } END { print w + 0 }')
[ "$widest" -le 80 ] && ok "132x43: the self-check stays within 80 columns (widest $widest)" \
  || bad "132x43: the self-check's widest line is $widest columns"
keys q
finish
