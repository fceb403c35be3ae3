#!/bin/sh
# A guest on a shared machine or over SSH (issue 17): keys that signal or
# freeze (Ctrl-\, Ctrl-S, Ctrl-Z), absurd window sizes, a hostile
# environment, and what is left in the terminal's scrollback after quitting.
. "$(dirname "$0")/lib.sh"
NAME=guest

tmp=$(mktemp -d)
trap 'cleanup; rm -rf "$tmp"' EXIT


# history: the pane's scrollback and screen, as the next person could see them.
history() { tmux -L "$SOCK" capture-pane -p -S - 2>/dev/null; }

# shell_start: a new terminal with an interactive shell (job control: a
# pane's own process group is orphaned, and stops are not delivered there).
shell_start() {
  cleanup
  RUNS=$((RUNS + 1)); SOCK="$SOCK_BASE-$RUNS"
  tmux -L "$SOCK" -f /dev/null new-session -d -c "$ROOT" -x 80 -y 24 "env PS1='shell> ' sh -i"
  tmux -L "$SOCK" set-option -g status off >/dev/null
  wait_for "shell>" "a shell with job control"
}

# As root, ncurses itself ignores TERMINFO; run as nobody to see the guide's part.
as_guest=""
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
  as_guest="setpriv --reuid=65534 --regid=65534 --clear-groups"
chmod 755 "$tmp"

# --- Ctrl-\ (SIGQUIT) ends the guide like SIGTERM: status 131 (128 + 3, the
# shell's convention, as for every signal), screen cleared, no core file
# (before: killed by SIGQUIT, with the answers left on screen).
# Core files are allowed here (prlimit), as on many desktops.
mkdir "$tmp/cwd" && chmod 777 "$tmp/cwd"
CWD=$tmp/cwd RUNNER="prlimit --core=unlimited" start 80x24 -- --kiosk
wait_for "Failed back surgery syndrome" "running"
keys 'C-\'
wait_for "EXIT:131" "Ctrl-\\ ends the guide with status 131 (128 + SIGQUIT)"
lacks "Failed back surgery syndrome" "Ctrl-\\ leaves a cleared screen"
[ -z "$(ls "$tmp/cwd")" ] && ok "Ctrl-\\ writes no core file" || bad "files left: $(ls "$tmp/cwd")"
# A crash under --kiosk dumps no core either (the limit is 0, and the
# process is not dumpable).
CWD=$tmp/cwd RUNNER="prlimit --core=unlimited" start 80x24 -- --kiosk
wait_for "Failed back surgery syndrome" "running under --kiosk"
limits=$(grep "Max core file size" "/proc/$(guide_pid)/limits")
case "$limits" in *"size"*" 0 "*) ok "the core size limit is 0" ;; *) bad "core limit: $limits" ;; esac
pid=$(guide_pid)
kill -ABRT "$pid"
wait_for "EXIT:134" "SIGABRT ends it"
[ -z "$(ls "$tmp/cwd")" ] && ok "a crash under --kiosk writes no core file" || bad "files left: $(ls "$tmp/cwd")"
rm -f "$tmp/cwd"/*

# Not dumpable either: the kernel then gives the process's /proc files to
# root, so another process of the same guest cannot read its memory.
if [ -n "$as_guest" ]; then
  for mode in own kiosk; do
    arg=""; [ $mode = kiosk ] && arg=--kiosk
    RUNNER=$as_guest start 80x24 -- $arg
    wait_for "Failed back surgery syndrome" "running as a guest user ($mode)"
    owner=$(stat -c %U "/proc/$(guide_pid)/mem")
    if [ $mode = own ]; then
      [ "$owner" = nobody ] && ok "without --kiosk its memory belongs to the guest (the check below means something)" || bad "owner $owner"
    else
      [ "$owner" = root ] && ok "under --kiosk the process is not dumpable" || bad "under --kiosk /proc/PID/mem belongs to $owner"
    fi
    keys q
  done
fi

# --- Ctrl-S (XOFF) must not freeze the screen (before: nothing moved until
# Ctrl-Q, and SIGTERM did not end the guide).
start 80x24
wait_for "Failed back surgery syndrome" "running again"
keys C-s
keys 2 Enter
wait_for "Home > What is FBSS?" "after Ctrl-S the screen still follows the keys"
pid=$(guide_pid)
kill -TERM "$pid"
gone_within "$pid" 1 && ok "after Ctrl-S, SIGTERM ends it within a second" || bad "still running after SIGTERM"

# --- Under --kiosk, Ctrl-Z is ignored: a stopped guide would keep the
# answers, and the next person would get the shell (before: it stopped).
shell_start
keys "env TERM=vt100 LANG=C.UTF-8 '$BIN' --content '$CONTENT' --kiosk" Enter
wait_for "Failed back surgery syndrome" "kiosk running"
keys C-z
sleep 0.3 # a stop would take effect at once; the keys below must still work
keys 2 Enter
wait_for "Home > What is FBSS?" "under --kiosk, Ctrl-Z does not stop the guide"
lacks "Stopped" "no job was stopped"
keys q

# --- Without --kiosk, Ctrl-Z and fg in a shell with job control: the
# guide gives the terminal back and repaints when it comes back.
shell_start
keys "env TERM=vt100 LANG=C.UTF-8 '$BIN' --content '$CONTENT'" Enter
wait_for "Failed back surgery syndrome" "the guide runs in it"
keys C-z
wait_gone "Failed back surgery syndrome" "Ctrl-Z gives the screen back to the shell"
keys "fg" Enter
wait_for "Failed back surgery syndrome" "fg brings the guide back, repainted"
resize 60 20
keys 2 Enter
wait_for "Home > What is FBSS?" "keys and resizes work after fg"
keys q
wait_gone "What is FBSS?" "q quits"

# --- Window size: a window past 1000 columns or rows is "too large", like
# a small one is too small; then only q counts.
start 80x24
wait_for "Failed back surgery syndrome" "running at 80x24"
resize 1200 30
wait_for "Terminal too large." "a 1200-column window is too large"
wait_for "Need 1000x1000 or less." "the notice says the limit"
keys 2 Enter
resize 80 24
wait_for "Failed back surgery syndrome" "back at 80x24 the guide returns"
lacks "Home > What is FBSS?" "keys pressed while too large did nothing"
resize 1200 30
wait_for "Terminal too large." "too large again"
keys q
wait_for "EXIT:0" "q quits from the too-large notice"

# LINES and COLUMNS of 30000 (before: 2.3 GB for one session).
start 80x24 LINES=30000 COLUMNS=30000
wait_for "Terminal too large." "LINES=COLUMNS=30000 is too large"
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$(guide_pid)/status" 2>/dev/null)
[ -n "$rss" ] && [ "$rss" -lt 400000 ] && ok "and costs ${rss} KB, under 400 MB" || bad "resident memory: ${rss:-?} KB"
keys q
wait_for "EXIT:0" "q quits"

# --- A guest's environment under --kiosk: terminal descriptions only from
# the system's database, sizes only from the terminal.
mkdir -p "$tmp/ti"
# A fake vt100 without cursor addressing: honoured, it forces plain mode.
printf 'vt100|fake vt100 without cup,\n\tcols#80, lines#24, clear=\\E[H\\E[J,\n' > "$tmp/vt100.src"
tic -o "$tmp/ti" "$tmp/vt100.src" 2>/dev/null
chmod -R a+rX "$tmp/ti"
RUNNER=$as_guest start 80x24 TERMINFO="$tmp/ti" -- "2>$tmp/err"
wait_for "Failed back surgery syndrome" "without --kiosk, the fake TERMINFO is honoured..."
grep -q "cannot move the cursor" "$tmp/err" && ok "...and means plain mode (so the check below means something)" ||
  bad "the fake terminfo was not used: $(cat "$tmp/err")"
keys q Enter
RUNNER=$as_guest start 80x24 TERMINFO="$tmp/ti" TERMINFO_DIRS="$tmp/ti" -- --kiosk
wait_for "Failed back surgery syndrome" "TERMINFO is ignored under --kiosk: the full screen starts"
wait_for "q:quit" "the full screen's status line"
keys q
start 80x24 LINES=10 COLUMNS=40 -- --kiosk
wait_for "Failed back surgery syndrome" "kiosk with LINES=10 COLUMNS=40"
row=$(screen | grep -n "q:quit" | cut -d: -f1)
[ "$row" = 24 ] && ok "LINES is ignored: the status line is on row 24" || bad "status line on row ${row:-?}"
keys q

# --- Scrollback: after quitting, nothing of the guide is left to scroll up
# to, on a terminal without an alternate screen (vt100) and on xterm (before:
# tmux kept vt100's last screen in its history).
for t in vt100 xterm; do
  start 80x24 TERM=$t
  wait_for "Failed back surgery syndrome" "running on $t"
  keys 2 Enter
  wait_for "What FBSS is" "a menu on $t"
  keys q
  wait_for "EXIT:0" "q quits on $t"
  if history | grep -q "What FBSS is\|Failed back surgery"; then
    bad "on $t the scrollback still holds the guide's text"
  else
    ok "on $t the scrollback holds nothing of the guide"
  fi
done

# On a terminal with an alternate screen (xterm), the guide's text never
# reaches the history, so a reader's own history is left alone.
shell_start
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
  keys "echo history-line-$i" Enter
done
wait_for "history-line-25" "the shell's lines scroll past the screen"
screen | grep -q "history-line-1$" && bad "line 1 is still on the screen" || ok "line 1 is in the scrollback only"
keys "env TERM=xterm LANG=C.UTF-8 '$BIN' --content '$CONTENT'" Enter
wait_for "Failed back surgery syndrome" "the guide on xterm"
keys q
wait_gone "Failed back surgery syndrome" "q quits"
history | grep -q "history-line-1$" && ok "the reader's own scrollback stays on xterm" || bad "the reader's scrollback was wiped"

# Idle reset under --kiosk clears the scrollback too (a resize had pushed
# the screen into tmux's history).
start 80x24 -- --kiosk --idle 2
wait_for "Failed back surgery syndrome" "kiosk with --idle 2"
keys 2 Enter
wait_for "The names for FBSS" "a menu is read"
resize 70 20
resize 80 24
history | grep -q "The names for FBSS" && ok "a resize put the menu in the scrollback" || bad "no menu in the scrollback"
wait_for "Get help now" "after the idle time, back at Home"
sleep 0.3
if history | grep -q "The names for FBSS"; then bad "the scrollback still holds the page read"; else ok "the idle reset leaves nothing in the scrollback"; fi

# --- Names printed raw: a content folder whose name holds ESC, BEL and the
# 8-bit C1 CSI byte (0x9B) is shown with visible marks by --check.
bad_dir=$(printf '%s/x\033]2;pwned\007\233y' "$tmp")
mkdir "$bad_dir" && cp "$CONTENT"/*.ini "$bad_dir"/
out=$("$BIN" --check "$bad_dir" 2>&1)
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '[\033\007\233]')"; then
  bad "--check printed control bytes from the folder's name"
else
  ok "--check prints the folder's name without control bytes"
fi
printf '%s' "$out" | grep -q "ok: " && ok "and the check passes" || bad "--check: $out"
rm -rf "$bad_dir"

# TERM in plain mode's warning.
start 80x24 "TERM=$(printf 'evil\033[31m')" -- "2>$tmp/err"
wait_for "Failed back surgery syndrome" "an unknown TERM runs plain mode"
keys q Enter
wait_for "EXIT:" "plain mode quits"
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/err"; then bad "the TERM warning holds ESC"; else ok "the TERM warning is printed clean"; fi
grep -q "is not known here" "$tmp/err" && ok "and still says why" || bad "warning: $(cat "$tmp/err")"

# --- Bidi overrides and isolates, and U+FEFF, in content: shown as marks
# (before: sent as they are, so "REVO" could show as "OVER" and a word hide).
mkdir "$tmp/bidi"
printf '[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = Home\nchildren = one\n[one]\ntype = page\ntitle = One\np1 = "left \342\200\256REVO\342\200\254 mid \342\201\246iso\342\201\251 bom\357\273\277 end"\n' >"$tmp/bidi/a.ini"
CONTENT=$tmp/bidi start 80x24
wait_for "1. One" "a page with bidi controls"
keys Enter
wait_for "end" "the page opens"
marks=$(screen | grep -o "$(printf '\357\277\275')" | wc -l)
[ "$marks" = 5 ] && ok "the five invisible controls show as five marks" || bad "$marks marks"
screen | grep -q "$(printf '\342\200\256')" && bad "U+202E reached the terminal" || ok "U+202E never reaches the terminal"
keys q

# --- A paste of 20,000 keys costs a redraw per batch of waiting keys, not
# one per key (before: about 7 s of CPU, and every redraw sent down the
# line). The keys go down and up a page in turn, so the screen ends as it
# began; then G shows that the guide answers.
log=$tmp/raw.log
: >"$log"
RUNNER="env PYTHONCOERCECLOCALE=0 python3 '$ROOT/tests/e2e/rawpty.py' '$log'" start 40x12
wait_for "Failed back surgery syndrome" "running at 40x12"
keys 2 Enter Enter
wait_for "> What FBSS is" "a page is open"
lacks "End" "the page starts at its top"
sleep 0.3
before=$(wc -c <"$log")
chunk=$(awk 'BEGIN { for (i = 0; i < 1000; i++) printf "jk" }')
for i in 1 2 3 4 5 6 7 8 9 10; do keys -l "$chunk"; done # tmux takes 2 KB at a time
keys G
wait_for "End" "after the paste the guide answers"
after=$(wc -c <"$log")
sent=$((after - before))
# One redraw of 40x12 is under 1 KB; one per key would be hundreds of KB.
[ "$sent" -lt 20000 ] && ok "the paste cost $sent bytes of output (a redraw per batch, not per key)" ||
  bad "the paste cost $sent bytes of output"
keys q

# --- Plain mode whose output closes early (| head): status 2, documented,
# not death by SIGPIPE (141 before).
st=$( { { i=0; while [ $i -lt 200 ]; do echo 2; i=$((i + 1)); done; } |
        "$BIN" --content "$CONTENT" --plain; echo $? >"$tmp/st"; } | head -c 100 >/dev/null; cat "$tmp/st")
[ "$st" = 2 ] && ok "plain mode ends with status 2 when its output closes" || bad "status $st"

finish
