#!/bin/sh
# Resizing keeps the reader's place; below the minimum a clear notice.
. "$(dirname "$0")/lib.sh"
NAME=resize
start 80x24

wait_for "Failed back surgery syndrome: a patient guide" "starts at Home"
keys 3 Enter 1 Enter
wait_for "Home > Causes > Why surgery may not end the pain" "opens a long page"
keys Space Space
wait_gone "Top" "scrolled into the page"
# The first text line under the title bar is where the reader is.
first=$(screen | sed -n 2p | sed 's/^ *//' | cut -c1-20)
resize 40 12
wait_for "Space:more" "redrawn at 40x12"
screen | grep -qF -- "$first" && ok "the same text is still on screen at 40x12" || bad "lost the place: \"$first\""
resize 120 40
wait_for "Space:more" "redrawn at 120x40"
screen | grep -qF -- "$first" && ok "the same text is still on screen at 120x40" || bad "lost the place: \"$first\""

resize 20 6
wait_for "Terminal too small." "below the minimum a notice is shown"
wait_for "Need 30x8 or more." "the notice says the size needed"
keys j
resize 80 24
wait_for "Space:more" "back at 80x24 the page returns"
screen | grep -qF -- "$first" && ok "the place survived the tiny window" || bad "lost the place: \"$first\""

keys Left
wait_for " >  1. Why surgery may not end the pain" "menu keeps its selection after resizes"
resize 40 12
wait_for "Causes" "menu redrawn at 40x12"
wait_for ">  1. Why surgery" "selection still marked at 40x12"
keys G
wait_for "12/12" "End moves to the last item in a small window"
wait_for "> 12. Risk factors" "the last item scrolled into view"
resize 20 6
wait_for "Terminal too small." "menu too small notice"
keys q
wait_for "EXIT:0" "q quits even from the too-small notice"
finish
