#!/bin/sh
# Finding your way (issue 6), in a real terminal: search with results and
# snippets, the match marked on the page, n and N, related-page links,
# back along the path taken, contents, recent pages, glossary words, and
# the chart.
. "$(dirname "$0")/lib.sh"
NAME=find

# The line of the screen (with attributes) that holds TEXT.
attr_line() { tmux -L "$SOCK" capture-pane -e -p | grep -F -- "$1" | head -1; }
# 0-based screen row of the first line holding TEXT.
row_of() { screen | grep -nF -- "$1" | head -1 | cut -d: -f1 | awk '{ print $1 - 1 }'; }

start
wait_for "9. Self-check: a second opinion?" "Home is shown"

# --- search
keys /
wait_for "Search for:" "/ asks what to search for"
keys "FOURTH" Enter
wait_for 'Search: "FOURTH", ' "search lists what it finds (case ignored)"
title=$(screen | grep -o 'Search: "FOURTH", [0-9]* pages\?' | head -1)
[ -n "$title" ] && ok "results are counted ($title)" || bad "results are counted"
wait_for "1. How well repeat operations work — Deciding about more surgery (" \
  "a result names its page, its section and its count of matches"
wait_for "- Fourth operation: 15 in 100 or fewer improve; 85 in 100 or more do not." \
  "a snippet shows the paragraph with the word"
keys 1 Enter
wait_for "Home > $title > How well repeat operations work" \
  "Enter opens the page, the path shows the way taken"
line=$(attr_line "15 in 100 or fewer improve")
case "$line" in
  *'[1;7mFourth'*) ok "the match is marked in reverse video" ;;
  *) bad "the match is marked in reverse video (line: $line)" ;;
esac
r=$(row_of "Fourth operation: 15 in 100")
case "$(cursor)" in
  "$r":*) ok "the cursor is on the match's line (for screen readers)" ;;
  *) bad "the cursor is on the match's line: $(cursor), want row $r" ;;
esac
keys n
sleep 0.3 # the screen looks the same but for attributes: give it a moment
line=$(attr_line "15%")
case "$line" in
  *'[1;7mFourth'*) ok "n marks the next match (the chart's label)" ;;
  *) bad "n marks the next match (line: $line)" ;;
esac
case "$(attr_line "15 in 100 or fewer improve")" in
  *'[1;4mFourth'*) ok "the earlier match is still shown, no longer current" ;;
  *) bad "the earlier match is still shown, no longer current" ;;
esac
keys n
sleep 0.3
case "$(attr_line "shows 15%")" in
  *'[1;7mfourth'*) ok "n again marks the third match" ;;
  *) bad "n again marks the third match (line: $(attr_line "shows 15%"))" ;;
esac
keys n
wait_for "Back to the first match." "n after the last match wraps and says so"
keys N
wait_for "Back to the last match." "N before the first match wraps back"

# --- the chart: bars with their numbers
wait_for "Chance of real improvement, by operation" "the chart has a title"
line=$(screen | grep -F "Second operation" | grep -F "50%")
case "$line" in
  *"Second operation  "*"█"*" 50%") ok "a bar with its number: $line" ;;
  *) bad "a bar with its number (got: $line)" ;;
esac
w50=$(screen | grep -F "Second operation  " | tr -cd '█' | wc -c)
w15=$(screen | grep -F "Fourth operation  " | tr -cd '█' | wc -c)
[ "$w50" -gt "$w15" ] && [ "$w15" -gt 0 ] && ok "a larger figure has a longer bar ($w50 > $w15 bytes)" \
  || bad "a larger figure has a longer bar ($w50 vs $w15)"

# --- links: Tab chooses, Enter follows, back returns along the path
keys G
wait_for "See also" "the related pages are listed at the end"
keys Tab
wait_for " > " "Tab marks a related page with >"
chosen=$(screen | grep '^ > ' | head -1 | sed 's/^ > //')
r=$(row_of " > $chosen")
case "$(cursor)" in
  "$r":*) ok "the cursor is on the chosen link" ;;
  *) bad "the cursor is on the chosen link: $(cursor), want row $r" ;;
esac
keys Enter
wait_for "How well repeat operations work > $chosen" "Enter follows the link ($chosen)"
keys Left
wait_for "$title > How well repeat operations work" "back returns to the page the link was on"
lacks "often fails > $chosen" "the link's page is off the path"
wait_for " > $chosen" "the chosen link is still marked on return"
keys Left
wait_gone "$title > How well repeat operations work" "back again leaves the page"
wait_for "$title" "back again returns to the search results"
line_is 2 " > 1. How well repeat operations work — " "the results list is as it was, its row selected"
keys Left
wait_for "9. Self-check: a second opinion?" "back again returns Home"

# --- contents
keys t
wait_for "Contents" "t opens the contents"
wait_for " >  1. Home" "the tree starts at Home"
wait_for "    2.   Get help now" "sections are indented under Home"
wait_for "    3.     Urgent help: what to do" "pages are indented under sections"
keys 3 Enter
wait_for "Home > Contents > Urgent help: what to do" "Enter jumps to any page"
keys Left
wait_for "Contents" "back returns to the contents"

# --- recent pages
keys v
wait_for "Recently viewed" "v lists recent pages"
line_is 2 " > 1. Urgent help: what to do" "the latest page is first"
wait_for "How well repeat operations work" "pages opened from search are listed"
keys Left Left

# --- glossary words on a page, and the glossary itself
keys 8 Enter 2 Enter
wait_for "Glossary: words you may hear" "the glossary is on the Home menu"
wait_for "Adjacent segment disease" "the glossary lists its terms, A to Z"
keys Left / "pseudarthrosis" Enter
wait_for 'Search: "pseudarthrosis"' "search again"
keys Enter d
wait_for "Words on: " "d lists the glossary words of the page"
wait_for "Spinal fusion" "a word used on that page is explained"

keys d
wait_for "These are the glossary words of the page before." "d on a words screen says so"
resize 60 20
wait_for "Words on: " "the words screen survives a resize (it once lost its list)"
resize 80 24
keys Left
wait_gone "Words on: " "back returns to the page"

# --- a search that finds nothing says so, and keeps the last search
keys / "xylophone" Enter
wait_for 'No page has "xylophone".' "a search with no result says so"
keys n
sleep 0.3 # n gives a one-line message: let it come
lacks "xylophone" "n still follows the last search that found something"
lacks "Press / to search first." "the last search is not forgotten"
keys / "   " Enter
wait_for "Search cancelled." "a blank search is cancelled"

keys q
wait_for "EXIT:0" "q quits"
finish
