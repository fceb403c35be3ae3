#!/bin/sh
# A scripted walk through the guide under valgrind, in a real terminal:
# no memory errors and no leaks (definite, indirect or possible).
. "$(dirname "$0")/lib.sh"
NAME=valgrind
command -v valgrind >/dev/null || { echo "valgrind: not installed" >&2; exit 2; }
log=$(mktemp); trap 'rm -f "$log"; cleanup' EXIT
TIMEOUT=60
RUNNER="valgrind --log-file=$log --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
start 80x24
wait_for "Failed back surgery syndrome" "starts under valgrind"
keys 3 Enter
wait_for "Home > Causes" "opens a menu"
keys 4 Enter 3 Enter
wait_for "Problems next to a fusion" "opens a third-level page"
keys Space Space G ']' '['
wait_for "Narrowing comes back" "pages through siblings"
keys '?'
wait_for "Move up" "help"
keys Escape Left Left Left
wait_for " > 3. Causes" "back at Home, Causes still selected"
resize 40 12
wait_for "3/9" "resized (the list scrolls, so the counter shows)"
resize 80 24
keys 9 Enter Space j x w Enter
wait_for "You ticked:" "self-check result"
keys Left c Left '!'
wait_for "Warning signs" "warning signs"
keys G Space Enter
wait_for "Get medical help now" "urgent card"
keys q q y # close the result, quit, yes: forget the ticks
wait_for "EXIT:0" "quits with status 0 (valgrind exits 99 on any error or leak)"
grep -q "ERROR SUMMARY: 0 errors" "$log" && ok "valgrind: 0 errors" || { bad "valgrind reported errors"; cat "$log"; }
grep -E "definitely lost|indirectly lost|possibly lost" "$log" | grep -v " 0 bytes in 0 blocks" && bad "leaks" || ok "valgrind: no leaks"
finish
