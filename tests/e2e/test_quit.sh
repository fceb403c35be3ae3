#!/bin/sh
# Quitting and clearing never lose work by surprise: q closes a screen
# opened on top (help, contents, recent, words, search results, a result)
# and quits only from the reader's own path; with ticks it asks first,
# except under --kiosk (one key); c asks first; Ctrl-C at a question
# cancels the question, not the guide. Plain mode asks the same.
. "$(dirname "$0")/lib.sh"
NAME=quit
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT

# open_item TITLE: types the number of the menu item titled TITLE, Enter.
open_item() {
  n=$(screen | grep -E "^ [ >] *[0-9]+\. $1" | head -1 | sed -E 's/^ [ >] *([0-9]+)\..*/\1/')
  keys "$n" Enter
}
running() { [ -n "$(guide_pid)" ]; }

start 80x24
wait_for "Failed back surgery syndrome" "started"
# q closes each screen opened on top, back to the page the reader was on.
open_item Causes
wait_for " Home > Causes" "a menu on the reader's path"
open_item "Scar tissue"
PAGE="Home > Causes > Scar tissue"
wait_for "$PAGE" "a page"
for step in "? Help" "t Contents" "v Recent" "d Words"; do
  k=${step%% *}; what=${step#* }
  keys "$k"
  wait_for "> $what" "$k opens $what"
  keys q
  wait_gone "> $what" "q closes $what"
  wait_for "$PAGE" "back on the page after $what"
done
keys / "scar" Enter
wait_for 'Search: "scar"' "a search lists its results"
keys q
wait_gone 'Search: "scar"' "q closes the search results"
wait_for "$PAGE" "back on the page after the search results"
running && ok "the guide still runs after q on five screens on top" || bad "the guide quit"

# On the reader's path, with nothing ticked, q quits at once.
keys q
wait_for "EXIT:0" "q on a page with nothing ticked quits at once"
lacks "Quit?" "without asking"

# With ticks: c and q ask first; Ctrl-C at a question cancels only it.
start 80x24
wait_for "Failed back surgery syndrome" "started again"
keys G Enter
wait_for "ticked" "the self-check"
keys c
wait_for "No ticks to clear." "c with nothing ticked says so"
keys Space
wait_for "1 of" "one tick"
keys c
wait_for "Clear all 1 tick? (y/n)" "c asks before clearing"
keys C-c
wait_gone "Clear all 1 tick?" "Ctrl-C cancels the question"
wait_for "1 of" "the tick is kept"
running && ok "Ctrl-C at a question leaves the guide running" || bad "Ctrl-C at a question ended the guide"
keys Enter
wait_for "> Result" "the result screen"
keys q
wait_gone "> Result" "q closes the result screen"
wait_for "1 of" "back at the statements, tick kept"
keys q
wait_for "Quit and lose your answers? (y/n)" "q with a tick asks first"
keys n
wait_gone "Quit?" "n: not quitting"
running && ok "n keeps the guide running" || bad "n quit the guide"
keys /
wait_for "Search for:" "a search prompt"
keys "pain" C-c
wait_gone "Search for:" "Ctrl-C cancels the search prompt"
running && ok "Ctrl-C at the search prompt leaves the guide running" \
  || bad "Ctrl-C at the search prompt ended the guide"
wait_for "1 of" "still on the self-check, tick kept"
keys q
wait_for "Quit and lose your answers? (y/n)" "q asks again"
keys y
wait_for "EXIT:0" "y quits, status 0"

# Ctrl-C on a screen (not at a question) ends the guide: 128 + SIGINT.
start 80x24
wait_for "Failed back surgery syndrome" "started a third time"
keys C-c
wait_for "EXIT:130" "Ctrl-C outside a question ends the guide with status 130"

# --kiosk: quitting stays one key, from any screen, and clears everything.
start 80x24 -- --kiosk
wait_for "Failed back surgery syndrome" "kiosk"
keys G Enter Space Enter
wait_for "> Result" "kiosk: a tick and its result"
keys q
wait_for "EXIT:0" "kiosk: q quits at once, even on a result with ticks"
lacks "Quit?" "kiosk: no question"
lacks "Result" "kiosk: the screen is cleared"

# ---- plain mode asks the same questions ----
last=$(printf 'q\n' | "$BIN" --content "$CONTENT" --plain | grep -Eo '^ *[0-9]+\.' | tail -1 | tr -dc 0-9)
out=$(printf '%s\n1\nc\nn\nq\nn\nq\ny\n2\n' "$last" | "$BIN" --content "$CONTENT" --plain 2>&1); rc=$?
printf '%s\n' "$out" | grep -qF "Clear all ticks? (y/n) Ticks kept." && ok "plain: c asks; n keeps the ticks" \
  || bad "plain: c did not ask: $(printf '%s\n' "$out" | grep -i tick | tail -3)"
printf '%s\n' "$out" | grep -qF "Quit and lose your answers? (y/n) Not quitting." \
  && ok "plain: q with ticks asks; n stays" || bad "plain: q did not ask: $(printf '%s\n' "$out" | tail -3)"
[ "$rc" -eq 0 ] && ok "plain: y quits with status 0" || bad "plain: status $rc"
printf '%s\n' "$out" | grep -q "2\. \[x\]" && bad "plain: a line after y was read" \
  || ok "plain: nothing is read after y"
out=$(printf '%s\n1\nq\n2\n' "$last" | "$BIN" --content "$CONTENT" --plain --kiosk 2>&1)
printf '%s\n' "$out" | grep -qF "Quit?" && bad "plain --kiosk asked before quitting" \
  || ok "plain --kiosk: q quits at once"
finish
