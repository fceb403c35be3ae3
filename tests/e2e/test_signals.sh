#!/bin/sh
# Ctrl-C, SIGTERM and a dropped link (SIGHUP) end the guide promptly and
# give the terminal back.
. "$(dirname "$0")/lib.sh"
NAME=signals


start 80x24
wait_for "Failed back surgery syndrome" "running"
keys C-c
wait_for "EXIT:130" "Ctrl-C ends the guide with status 130 (128 + SIGINT)"
lacks "Failed back surgery syndrome" "Ctrl-C leaves a cleared screen"

start 80x24
wait_for "Failed back surgery syndrome" "running again"
keys 3 Enter
wait_for "Home > Causes" "inside a menu"
pid=$(guide_pid)
kill -TERM "$pid"
gone_within "$pid" 1 && ok "SIGTERM ends it within a second" || bad "still running after SIGTERM"
wait_for "EXIT:143" "SIGTERM exit status is 143 (128 + SIGTERM)"

start 80x24
wait_for "Failed back surgery syndrome" "running a third time"
pid=$(guide_pid)
# Closing the terminal is what a dropped SSH link does: SIGHUP and EOF.
tmux -L "$SOCK" kill-server
gone_within "$pid" 1 && ok "a hang-up ends it within a second" || { bad "still running after hang-up"; kill -9 "$pid"; }
finish
