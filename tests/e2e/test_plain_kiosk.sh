#!/bin/sh
# Plain mode under --kiosk in a real terminal: quitting and the idle time
# forget the reader on the terminal too. Plain mode's text goes to the
# terminal's scrollback (it has no alternate screen), so the next person
# could scroll up to "[x] I have new trouble passing urine"; the screen and
# the scrollback are cleared (terminfo clear, then E3 or ESC [ 3 J). Without
# --kiosk the reader's own terminal keeps its text.
. "$(dirname "$0")/lib.sh"
NAME=plain-kiosk

history() { tmux -L "$SOCK" capture-pane -p -S -1000 2>/dev/null; }

# quit
start 80x24 TERM=vt100 -- --plain --kiosk
wait_for "Type a number" "kiosk: plain mode started"
keys "!" Enter
wait_for "Warning signs" "the warning signs"
keys 1 Enter
wait_for "1 of" "a sign ticked"
keys q Enter
wait_for "EXIT:0" "q quits"
history | grep -q "\[x\]" && bad "after q the tick can still be scrolled back to" \
  || ok "after q the ticked sign is gone from the screen and the scrollback"
history | grep -q "Warning signs" && bad "after q the pages read can be scrolled back to" \
  || ok "after q the pages read are gone too"

# idle
start 80x24 TERM=vt100 -- --plain --kiosk --idle 2
wait_for "Type a number" "kiosk idle: plain mode started"
keys "!" Enter
wait_for "Warning signs" "the warning signs"
keys 1 Enter
wait_for "1 of" "a sign ticked"
wait_for "Nothing was typed for 2 seconds" "the idle time forgets the reader"
history | grep -q "\[x\]" && bad "after the idle time the tick can still be scrolled back to" \
  || ok "after the idle time the ticked sign is gone from the scrollback"
keys q Enter
wait_for "EXIT:0" "q quits"

# SIGTERM and a hang-up: the guest is gone, the terminal still forgets
for sig in TERM HUP; do
  start 80x24 TERM=vt100 -- --plain --kiosk
  wait_for "Type a number" "kiosk SIG$sig: plain mode started"
  keys "!" Enter
  wait_for "Warning signs" "the warning signs"
  keys 1 Enter
  wait_for "1 of" "a sign ticked"
  kill -$sig "$(guide_pid)"
  wait_for "EXIT:" "SIG$sig ends it"
  history | grep -q "\[x\]" && bad "after SIG$sig the tick can still be scrolled back to" \
    || ok "after SIG$sig the ticked sign is gone from the screen and the scrollback"
done

# Ctrl-\ (SIGQUIT): like SIGTERM, no core file, status 128 + 3
start 80x24 TERM=vt100 -- --plain --kiosk
wait_for "Type a number" "kiosk Ctrl-\\: plain mode started"
keys "!" Enter
wait_for "Warning signs" "the warning signs"
keys 1 Enter
wait_for "1 of" "a sign ticked"
keys 'C-\'
wait_for "EXIT:131" "Ctrl-\\ ends plain mode with status 131"
history | grep -q "\[x\]" && bad "after Ctrl-\\ the tick can still be scrolled back to" \
  || ok "after Ctrl-\\ the ticked sign is gone from the screen and the scrollback"

# not a kiosk: the reader's own terminal is left alone
start 80x24 TERM=vt100 -- --plain
wait_for "Type a number" "not a kiosk: plain mode started"
keys q Enter
wait_for "EXIT:0" "q quits"
history | grep -q "Type a number" && ok "without --kiosk the text stays in the terminal" \
  || bad "without --kiosk the terminal was cleared"
finish
