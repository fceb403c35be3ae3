#!/bin/sh
# Walks the guide as a reader would: Home, a topic, a page, scrolling,
# next page, back, resize, help and quit.
. "$(dirname "$0")/lib.sh"
NAME=walk
start 80x24

wait_for "Failed back surgery syndrome: a patient guide" "starts at Home"
line_is 0 " Home" "title bar shows the breadcrumb Home"
line_is 3 " > 1. Get help now" "first item selected with >"
lacks "1/9" "no counter when every row is on screen (each shows its number)"
[ "$(cursor)" = "3:1" ] && ok "hardware cursor on the selected row" || bad "cursor at $(cursor), not 3:1"
keys Enter
wait_for "      Where to go if you have a warning sign, or feel unsafe." \
  "a short menu shows each item's summary under it"
keys Left
wait_for " > 1. Get help now" "back at Home"

keys Down Down
wait_for " > 3. Causes" "Down moves the selection"
[ "$(cursor)" = "7:1" ] && ok "cursor follows the selection" || bad "cursor at $(cursor), not 7:1"
keys Enter
wait_for " Home > Causes" "Enter opens a topic; breadcrumb shows the path"
wait_for "1. Why surgery may not end the pain" "topic lists its pages"

keys 4 Enter
wait_for "Home > Causes > New or returning problems" "digit 4 and Enter open a submenu"
keys j Enter
wait_for "Home > Causes > New or returning problems > Narrowing comes back" "third level page opens"
wait_for "Top" "position indicator shows Top"
keys Space
wait_gone "Top" "Space scrolls the page"
keys g
wait_for "Top" "g goes back to the top"
keys G
wait_for "End" "G goes to the end"
wait_for "Sources" "the page ends with its sources"

keys ']'
wait_for "Problems next to a fusion" "] opens the next page of the same menu"
keys '['
wait_for "Narrowing comes back" "[ returns to the previous page"

keys Left
wait_for " > 2. Narrowing comes back" "back returns to the menu with the page still selected"
keys Left Left
wait_for " Home" "back twice reaches Home"
line_is 7 " > 3. Causes" "Home keeps the selection"

keys Enter Enter
wait_for "Home > Causes > Why surgery may not end the pain" "open a page again"
resize 40 12
wait_for "Space:more" "at 40x12 the page still has its status line"
wait_for "... >" "long breadcrumb is shortened from the left"
resize 80 24
wait_for "Home > Causes > Why surgery may not end the pain" "back at 80x24 the full breadcrumb returns"

keys '?'
wait_for "Move up" "? opens help generated from the key table"
wait_for "/: Search every page for a word" "help lists search"
keys G
wait_for "Warning signs: do I need help now?" "help lists the ! key (at its end)"
keys Escape
wait_for "Home > Causes > Why surgery may not end the pain" "Esc leaves help"

keys q
wait_for "EXIT:0" "q quits with status 0"
lacks "Why surgery may not end the pain" "quitting clears the screen"
finish
