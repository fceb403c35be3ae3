#!/bin/sh
# Messages are read whole on a small screen: one wider than the status line
# wraps upward over the bottom rows instead of being cut off, so the part
# that says what to do (try fewer words, press t, look in the glossary) is
# there at 40x12 and 30x8, and is gone again at the next key.
. "$(dirname "$0")/lib.sh"
NAME=messages

# whole TEXT DESCRIPTION: TEXT is on screen once its lines are joined.
whole() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    if screen | sed 's/^ *//; s/ *$//' | tr '\n' ' ' | grep -qF -- "$1"; then ok "$2"; return 0; fi
    sleep 0.05
  done
  bad "$2 (not found whole: \"$1\")"
}

for size in 40x12 30x8; do
  start $size LANG=C -- --ascii
  wait_for "Home" "$size: started"
  keys / "scar tissue pregnancy" Enter
  whole 'No page has "scar tissue pregnancy". Try fewer words: "scar tissue" finds' \
    "$size: nothing found says which fewer words find pages"
  whole "Or press t for the contents, or look in the glossary." \
    "$size: and what else to do, not cut off"
  keys j
  wait_gone "look in the glossary" "$size: the next key takes the message away"
  wait_for "?:help" "$size: the status line is back"
  keys q
  wait_for "EXIT:0" "$size: quits"
done
# A sign of another screen says where it works, as a letter does (and as
# plain mode does): + on a menu was silent.
start 80x24 LANG=C -- --ascii
wait_for "Home" "80x24: started"
keys +
wait_for "That works on pages, in a self-check or in My appointment sheet." \
  "+ on a menu says where it works"
keys q
wait_for "EXIT:0" "quits"
# Every screen keeps ?:help on its status line, the appointment sheet too
# (it has more hints than the status line took: ?:help, its last, was lost).
for size in 80x24 40x12; do
  start $size LANG=C -- --ascii
  wait_for "Home" "$size: started"
  keys a
  wait_for "My appointment sheet" "$size: a opens the sheet"
  case "$(screen | tail -1)" in
    *"?:help"*) ok "$size: the sheet's status line keeps ?:help" ;;
    *) bad "$size: the sheet's status line lacks ?:help: $(screen | tail -1)" ;;
  esac
  keys q q # q closes the sheet, then quits
  wait_for "EXIT:0" "$size: quits"
done
finish
