# lib.sh: drive the real fbss-guide in a real terminal (tmux).
# Each test file sources this, calls start, then keys / wait_for / expect.
# One tmux server (-L) per test; polling, never blind sleeps.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN="${FBSS_BIN:-$ROOT/fbss-guide}"  # FBSS_BIN: test another build (e.g. sanitizers)
CONTENT="$ROOT/content"
SOCK_BASE="fbss-e2e-$$-$(basename "$0" .sh)"
SOCK="$SOCK_BASE-0"
RUNS=0
TIMEOUT=${E2E_TIMEOUT:-10}
PASS=0
FAIL=0
NAME=""

# Kills the guide too: one that ignored the hang-up must not outlive its test.
cleanup() {
  pid=$(guide_pid 2>/dev/null)
  tmux -L "$SOCK" kill-server 2>/dev/null || true
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  true
}

trap cleanup EXIT

# start [WxH] [ENV=VALUE ...] -- ARGS...: runs the guide in a new terminal;
# when it ends the pane shows "EXIT:<status>".
start() {
  size=80x24
  case "${1:-}" in *x*) size=$1; shift ;; esac
  envs="TERM=vt100 LANG=C.UTF-8 ESCDELAY=25"
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
  [ "${1:-}" = "--" ] && shift
  cleanup
  # A fresh server per start: a server still shutting down can't be reused.
  RUNS=$((RUNS + 1))
  SOCK="$SOCK_BASE-$RUNS"
  tmux -L "$SOCK" -f /dev/null new-session -d -c "${CWD:-$ROOT}" -x "${size%x*}" -y "${size#*x}" \
    "env $envs ${RUNNER:-} '$BIN' --content '$CONTENT' $*; echo EXIT:\$?; sleep 600"
  tmux -L "$SOCK" set-option -g status off >/dev/null
}

screen() { tmux -L "$SOCK" capture-pane -p 2>/dev/null; }
keys() { tmux -L "$SOCK" send-keys "$@"; }
resize() { tmux -L "$SOCK" resize-window -x "$1" -y "$2"; }
cursor() { tmux -L "$SOCK" display -p '#{cursor_y}:#{cursor_x}'; }
guide_pid() { pgrep -P "$(tmux -L "$SOCK" display -p '#{pane_pid}')" -f fbss-guide | head -1; }

# alive PID: running, not merely a zombie waiting for its parent (after a
# hang-up the parent is init, which may reap it late).
alive() {
  kill -0 "$1" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null
}

# gone_within PID SECONDS: the process has ended in time.
gone_within() {
  end=$(( $(date +%s%N) / 1000000 + $2 * 1000 ))
  while alive "$1"; do
    [ $(( $(date +%s%N) / 1000000 )) -gt "$end" ] && return 1
    sleep 0.02
  done
  return 0
}

ok() { PASS=$((PASS + 1)); printf '  ok   %s: %s\n' "$NAME" "$1"; }
bad() {
  FAIL=$((FAIL + 1)); printf '  FAIL %s: %s\n' "$NAME" "$1"
  screen | sed 's/^/       | /'
}

# wait_for TEXT [DESCRIPTION]: polls the screen until TEXT (a fixed
# string) appears.
wait_for() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    if screen | grep -qF -- "$1"; then ok "${2:-shows \"$1\"}"; return 0; fi
    sleep 0.05
  done
  bad "${2:-shows \"$1\"} (not found: \"$1\")"
  return 1
}

# wait_gone TEXT: polls until TEXT is no longer on screen.
wait_gone() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    if ! screen | grep -qF -- "$1"; then ok "${2:-no longer shows \"$1\"}"; return 0; fi
    sleep 0.05
  done
  bad "${2:-no longer shows \"$1\"}"
  return 1
}

# lacks TEXT: the screen, as it is now, does not show TEXT.
lacks() {
  if screen | grep -qF -- "$1"; then bad "${2:-does not show \"$1\"}"; else ok "${2:-does not show \"$1\"}"; fi
}

# line_is N TEXT: screen line N (0-based) starts with TEXT.
line_is() {
  got=$(screen | sed -n "$(( $1 + 1 ))p")
  case "$got" in "$2"*) ok "${3:-line $1 is \"$2\"}" ;; *) bad "${3:-line $1 is \"$2\"} (got \"$got\")" ;; esac
}

finish() {
  printf '%s: %d passed, %d failed\n' "$NAME" "$PASS" "$FAIL"
  [ "$FAIL" -eq 0 ]
}
