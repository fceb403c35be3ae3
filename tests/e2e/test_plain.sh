#!/bin/sh
# Plain mode (no curses): --plain, and automatic when stdin or stdout is
# not a terminal or TERM is dumb, unset or unknown. Numbered menus read
# line by line; only text comes out (no escape sequences), status 0 at q
# or end of input, and nothing is written to disk unless asked.
. "$(dirname "$0")/lib.sh"
NAME=plain
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT

# feed TEXT ARGS...: types TEXT (printf format) into the guide; stdout in
# $tmp/out, stderr in $tmp/err, status in $rc.
feed() {
  text=$1; shift
  printf "$text" | "$BIN" --content "$CONTENT" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
}
expect_rc() { [ "$rc" = "$1" ] && ok "$2 (status $1)" || bad "$2: status $rc, not $1; stderr: $(cat "$tmp/err")"; }
expect_in() { grep -qF -- "$2" "$tmp/$1" && ok "$3" || bad "$3: \"$2\" not in $1: $(head -c 2000 "$tmp/$1")"; }
expect_no_err() { [ ! -s "$tmp/err" ] && ok "$1: nothing on stderr" || bad "$1: stderr: $(cat "$tmp/err")"; }
# No escape sequence or other control byte (only newline) in the output.
expect_text_only() {
  if LC_ALL=C tr -d '\n' <"$tmp/out" | LC_ALL=C grep -q '[[:cntrl:]]'; then
    bad "$1: control bytes in the output: $(LC_ALL=C grep -n '[[:cntrl:]]' "$tmp/out" | head -3 | od -c | head)"
  else
    ok "$1: text only, no escape sequences"
  fi
}

# ---- --plain with a pipe on both sides
feed '1\n1\n<\nq\n' --plain
expect_rc 0 "--plain: 1, 1, <, q"
expect_in out "Failed back surgery syndrome: a patient guide" "--plain shows the guide's title"
expect_in out "1. Get help now" "--plain numbers Home's items"
expect_in out "Urgent help: what to do" "1 opens the Get help now menu"
expect_in out "? help, q quit" "the commands are listed once"
expect_text_only "--plain"
expect_no_err "--plain"
[ "$(grep -c '^> ' "$tmp/out")" -eq 4 ] && ok "one prompt per line typed, q reads no more" \
  || bad "prompts: $(grep -c '^> ' "$tmp/out"), not 4"

# ---- automatic plain mode: stdin and stdout are not terminals
feed '9\n1 3\nr\nq\n'
expect_rc 0 "no terminal: the self-check by numbers"
expect_in out "[x] I have had two or more spine operations already." "a number ticks a statement"
expect_in out "Why it matters: The surgeon's guide says each further operation" "r lists each ticked statement with what the sources say"
expect_text_only "no terminal"
expect_no_err "no terminal"

feed '!\n1\nr\n'
expect_rc 0 "end of input without q"
expect_in out "URGENT: Get medical help now" "! and a warning sign give the urgent card"

"$BIN" --content "$CONTENT" </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
expect_rc 0 "empty input ends at once"
expect_in out "1. Get help now" "empty input still shows Home once"

# ---- ASCII, width and unknown input
feed '2\n1\nxyz\n/scar\n1\n?\nq\n' --plain --ascii
expect_rc 0 "--plain --ascii"
if LC_ALL=C grep -q '[^ -~]' "$tmp/out"; then bad "--ascii: non-ASCII bytes: $(LC_ALL=C grep -n '[^ -~]' "$tmp/out" | head -3)"
else ok "--ascii sends only printable ASCII"; fi
long=$(awk 'length($0) > 80' "$tmp/out" | head -1)
[ -z "$long" ] && ok "to a pipe, lines fit 80 columns" || bad "line over 80 columns: $long"
expect_in out 'Not understood: "xyz". Type ? for help.' "unknown input gets a one-line message"
expect_in out 'Search: "scar", ' "/word searches"
expect_in out "- q or quit: quit" "? shows the plain-mode commands"
expect_in out "- < or back: go back" "? shows one set of letters: < goes back"

# ---- nothing written unless asked; kiosk never writes
mkdir "$tmp/home" "$tmp/tmpdir" "$tmp/cwd"
(cd "$tmp/cwd" && printf '9\n1\nr\ns notes.txt\nq\n' | HOME="$tmp/home" TMPDIR="$tmp/tmpdir" \
  "$BIN" --content "$CONTENT" --plain --kiosk >"$tmp/out" 2>"$tmp/err"); rc=$?
expect_rc 0 "--kiosk session"
expect_in out "Saving is turned off on this machine." "--kiosk refuses to save"
left=$(find "$tmp/home" "$tmp/tmpdir" "$tmp/cwd" -mindepth 1)
[ -z "$left" ] && ok "a kiosk session leaves no file" || bad "files left: $left"
(cd "$tmp/cwd" && printf '9\n1\ns notes.txt\nq\n' | HOME="$tmp/home" TMPDIR="$tmp/tmpdir" \
  "$BIN" --content "$CONTENT" --plain >"$tmp/out" 2>"$tmp/err"); rc=$?
expect_rc 0 "save on request"
grep -qF "Self-check: a second opinion?" "$tmp/cwd/notes.txt" 2>/dev/null \
  && ok "s NAME saves the summary, only where asked" || bad "notes.txt not saved: $(cat "$tmp/out" | tail -5)"
left=$(find "$tmp/home" "$tmp/tmpdir" "$tmp/cwd" -mindepth 1)
[ "$left" = "$tmp/cwd/notes.txt" ] && ok "no other file is written" || bad "files: $left"

# ---- in a real terminal: TERM dumb, unset or unknown, or stdout a pipe
# plain_in_terminal DESCRIPTION: the guide was started with start; checks
# it runs in plain mode and ends with status 0 at q.
# wait_prompt DESCRIPTION: a line that is only the prompt (tmux drops the
# space after ">"): plain mode, not a full screen.
wait_prompt() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    if screen | grep -qx '> *'; then ok "$1"; return 0; fi
    sleep 0.05
  done
  bad "$1 (no line that is only \"> \")"
  return 1
}

plain_in_terminal() {
  wait_prompt "$1: a prompt, not a full screen" || return
  wait_for "1. Get help now" "$1: numbered Home"
  keys 1 Enter
  wait_for "Urgent help: what to do" "$1: 1 opens a menu"
  keys q Enter
  wait_for "EXIT:0" "$1: q ends with status 0"
}

start TERM=dumb --
plain_in_terminal "TERM=dumb"
RUNNER="env -u TERM"
start --
plain_in_terminal "TERM unset"
RUNNER=""
start TERM=nosuchterm --
wait_for "Plain mode: terminal type 'nosuchterm' is not known here. For the full screen," \
  "TERM=nosuchterm: a line above the prompt says why, and how to get the full screen"
plain_in_terminal "TERM=nosuchterm"
start -- "2>'$tmp/err' | cat"
plain_in_terminal "stdout to a pipe"
expect_in err "the output is not a terminal, so the guide runs in plain mode; for the full screen" \
  "stdout to a pipe: one line on stderr says why"
start TERM=vt100 -- --plain
plain_in_terminal "--plain on a vt100"

finish
