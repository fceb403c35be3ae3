#!/bin/sh
# Shared machines (issue 5): in kiosk mode an idle timeout brings the next
# person back to Home with every tick, search and recent page forgotten;
# no file is ever written; quitting leaves a clear screen.
. "$(dirname "$0")/lib.sh"
NAME=kiosk

home=$(mktemp -d); tmpd=$(mktemp -d); work=$(mktemp -d)
trap 'cleanup; rm -rf "$home" "$tmpd" "$work"' EXIT

CWD=$work start 80x24 HOME="$home" TMPDIR="$tmpd" -- --kiosk --idle 2
wait_for "9. Self-check: a second opinion?" "kiosk mode starts at Home"

# A reader ticks a box, reads a page and searches.
keys 9 Enter
wait_for "[ ]" "the self-check opens"
keys Space
wait_for "[x]" "a statement is ticked"
keys s
wait_for "Saving is turned off on this machine." "saving is refused"
keys Left 2 Enter Enter
wait_for "Home > What is FBSS? > What FBSS is" "a page is read"
keys / "scar" Enter
wait_for 'Search: "scar"' "a search is made"

# Then walks away. Nothing is pressed for 2 seconds.
wait_for "9. Self-check: a second opinion?" "after the idle time the guide is back at Home"
line_is 0 " Home" "the path is forgotten (the title bar shows only Home)"
keys v
wait_for "No pages viewed yet." "the recent pages are forgotten"
keys 9 Enter
wait_for "[ ]" "the self-check opens again"
lacks "[x]" "every tick is cleared"
keys Left n
keys 2 Enter Enter n
wait_for "Press / to search first." "the search is forgotten"

# A half-typed search is dropped too: the prompt gives way to Home.
keys 2 Enter / "private wo"
wait_for "Search for: private wo" "a search is being typed"
wait_gone "Search for: private wo" "the idle time clears the half-typed search"
line_is 0 " Home" "and the guide is back at Home"

keys q
wait_for "EXIT:0" "q quits"
lacks "What FBSS is" "quitting clears the screen: no text is left for the next person"
lacks "Failed back surgery syndrome" "no guide text at all is left"
left=$(find "$home" "$tmpd" "$work" -mindepth 1 | head -5)
[ -z "$left" ] && ok "HOME, TMPDIR and the working folder stay empty" || bad "files left: $left"

# Without --idle nothing is forgotten on its own.
start 80x24 -- --kiosk
wait_for "9. Self-check: a second opinion?" "kiosk without --idle"
keys '?' G
wait_for "Help" "? opens the help"
sleep 0.3 # let the end of the help come
# The help's lines are wrapped: read them as one text.
if screen | tr '\n' ' ' | tr -s ' ' | grep -qF "(self-check, sheet) (turned off on this machine)"; then
  ok "the help says saving is turned off, rather than offering it"
else
  bad "the help says saving is turned off, rather than offering it"
fi
keys Escape
keys 9 Enter Space
wait_for "[x]" "a tick"
sleep 3 # waiting is the point of this check: the tick must survive it
lacks "9. Self-check: a second opinion?" "no timeout unless asked"
wait_for "[x]" "the tick is kept"
keys q
wait_for "EXIT:0" "q quits"

finish
