#!/bin/sh
# Serving the guide over SSH (doc/ssh.md): a real sshd from Debian's
# openssh-server on 127.0.0.1, with its own config, port, host key and client
# key, and ForceCommand running the guide in kiosk mode. A real ssh client in
# a tmux terminal connects, walks the guide, and disconnects: cleanly with q,
# abruptly (client killed), and by closing its terminal. Each time the guide
# on the server must end within two seconds and leave no process behind.
# If sshd cannot start, the test fails (never skips). SSHD=PATH tries another sshd.
. "$(dirname "$0")/lib.sh"
NAME=ssh
SSHD=${SSHD:-/usr/sbin/sshd}
USER_NAME=$(id -un)
tmp=$(mktemp -d)
sshd_pid=""
# Every process of a session gets this in its environment (sshd's SetEnv),
# so even an orphan that left sshd's process tree can be found.
mark="fbss-e2e-$$-$(date +%s%N)"
stop_sshd() {
  # sshd forks a process per connection; none may outlive the test.
  left="$(descendants "$sshd_pid") $(marked)"
  [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null
  for p in $left; do kill -9 "$p" 2>/dev/null; done
  sshd_pid=""
}
trap 'cleanup; stop_sshd; rm -rf "$tmp"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# descendants PID: every process below PID (connection handlers, the guide).
descendants() {
  [ -n "$1" ] || return 0
  for c in $(pgrep -P "$1"); do echo "$c"; descendants "$c"; done
}
# server_guides: the fbss-guide processes our sshd started.
server_guides() {
  for p in $(descendants "$sshd_pid"); do
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = fbss-guide ] && echo "$p"
  done
}
# marked: the live processes started by a session of our sshd.
marked() {
  for f in $(grep -lxzF "FBSS_E2E_MARK=$mark" /proc/[0-9]*/environ 2>/dev/null); do
    p=${f#/proc/}; p=${p%/environ}
    alive "$p" && echo "$p"
  done
}
# all_gone_within MS PID...: every PID has ended within MS milliseconds;
# $took is how long it took.
all_gone_within() {
  t0=$(now_ms); end=$(( t0 + $1 )); shift
  for p in "$@"; do
    while alive "$p"; do
      [ "$(now_ms)" -gt "$end" ] && return 1
      sleep 0.02
    done
  done
  took=$(( $(now_ms) - t0 ))
}
# wait_guide: polls until the guide runs on the server; prints its pid.
wait_guide() {
  end=$(( $(now_ms) + TIMEOUT * 1000 ))
  while [ "$(now_ms)" -le "$end" ]; do
    g=$(server_guides | head -1)
    [ -n "$g" ] && { echo "$g"; return 0; }
    sleep 0.05
  done
  return 1
}
# fail_hard MESSAGE: a broken setup is a failure, never a silent skip.
fail_hard() {
  bad "$1"
  [ -f "$tmp/sshd.log" ] && sed 's/^/       sshd.log | /' "$tmp/sshd.log" | tail -20
  finish
  exit 1
}

# ---- The server ----
[ -x "$SSHD" ] || fail_hard "$SSHD is missing: install Debian's openssh-server (scripts/deps.sh)"
command -v ssh >/dev/null || fail_hard "ssh is missing: install openssh-client"
# A free port: the kernel picks one; sshd gets it a moment later.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') \
  || fail_hard "could not find a free port"
ssh-keygen -q -t ed25519 -N '' -C fbss-e2e-host -f "$tmp/host_key" || fail_hard "ssh-keygen (host key) failed"
ssh-keygen -q -t ed25519 -N '' -C fbss-e2e-client -f "$tmp/client_key" || fail_hard "ssh-keygen (client key) failed"
cp "$tmp/client_key.pub" "$tmp/authorized_keys"
# As root, sshd wants its privilege-separation folder.
if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
  mkdir -p /run/sshd && chmod 755 /run/sshd
fi
# The kiosk part is the same as in doc/ssh.md; the rest makes a private
# server that any user can run (UsePAM no, StrictModes no, a high port).
cat >"$tmp/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers $USER_NAME
AcceptEnv LANG LC_*
LogLevel VERBOSE
SetEnv FBSS_E2E_MARK=$mark

Match User $USER_NAME
    ForceCommand $BIN --content $CONTENT --kiosk
    PermitTTY yes
    AllowTcpForwarding no
    AllowStreamLocalForwarding no
    X11Forwarding no
    AllowAgentForwarding no
    PermitTunnel no
EOF
out=$("$SSHD" -t -f "$tmp/sshd_config" 2>&1) && ok "sshd accepts the config (sshd -t)" \
  || fail_hard "sshd rejects the config: $out"
"$SSHD" -D -f "$tmp/sshd_config" -E "$tmp/sshd.log" &
sshd_pid=$!
end=$(( $(now_ms) + TIMEOUT * 1000 ))
until grep -q "Server listening on 127.0.0.1 port $port" "$tmp/sshd.log" 2>/dev/null; do
  alive "$sshd_pid" || fail_hard "sshd exited at start"
  [ "$(now_ms)" -gt "$end" ] && fail_hard "sshd is not listening on 127.0.0.1:$port after ${TIMEOUT}s"
  sleep 0.05
done
ok "sshd listens on 127.0.0.1:$port (user $USER_NAME)"

# connect [ARGS]: a new terminal (TERM=vt100) running ssh -tt to our server;
# when ssh ends the pane shows "EXIT:<status>".
connect() {
  cleanup
  RUNS=$((RUNS + 1))
  SOCK="$SOCK_BASE-$RUNS"
  tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 \
    "env TERM=vt100 LANG=C.UTF-8 ssh -F /dev/null -tt -p $port -i '$tmp/client_key' \
       -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
       -o BatchMode=yes -o LogLevel=ERROR -o SendEnv=LANG $USER_NAME@127.0.0.1 $*; \
     echo EXIT:\$?; sleep 600"
  tmux -L "$SOCK" set-option -g status off >/dev/null
}
client_pid() { pgrep -P "$(tmux -L "$SOCK" display -p '#{pane_pid}')" -x ssh | head -1; }
# login_fails: says why, from sshd's log, when the guide never appeared.
login_fails() {
  why=$(grep -E 'not allowed|locked|refused|failed|error|fatal|aborting' "$tmp/sshd.log" | tail -3 | tr '\n' ' ')
  case "$why" in
    *chown*) why="$why(an sshd not run as root can give a terminal only if $USER_NAME is in group tty, or /dev/pts is mounted with gid=5)" ;;
  esac
  fail_hard "no guide on the server after ssh connected${why:+; sshd says: $why}"
}

# ---- A session, then an abrupt disconnect (the client is killed) ----
connect
wait_for "Failed back surgery syndrome: a patient guide" "over ssh -tt the guide draws Home" || login_fails
guide=$(wait_guide) || login_fails
ok "the guide runs on the server (pid $guide, under our sshd)"
tr '\0' '\n' <"/proc/$guide/environ" | grep -qx TERM=vt100 \
  && ok "ssh passed TERM=vt100 to the guide" \
  || bad "the guide's TERM is $(tr '\0' '\n' <"/proc/$guide/environ" | grep '^TERM=')"
tr '\0' ' ' <"/proc/$guide/cmdline" | grep -qF -- "--kiosk" \
  && ok "ForceCommand started it in kiosk mode" || bad "not in kiosk mode: $(tr '\0' ' ' <"/proc/$guide/cmdline")"
line_is 3 " > 1. Get help now" "the first item is selected with >"
keys 3 Enter
wait_for " Home > Causes" "Enter opens a topic over ssh"
keys Enter
wait_for "Home > Causes > Why surgery may not end the pain" "a page opens"
keys Space
wait_gone "Top" "Space scrolls the page"
keys Escape
wait_for " >  1. Why surgery may not end the pain" "Esc goes back"
keys Left
wait_for " > 3. Causes" "Left goes back to Home"
keys G Enter Enter s
wait_for "Saving is turned off on this machine." "kiosk mode refuses to save over ssh"
client=$(client_pid)
[ -n "$client" ] || fail_hard "no ssh client process in the terminal"
session=$(descendants "$sshd_pid")
kill -KILL "$client"
# shellcheck disable=SC2086
all_gone_within 2000 "$guide" && ok "client killed: the guide on the server ends within 2 s ($took ms)" \
  || bad "client killed: the guide (pid $guide) still runs after 2 s"
all_gone_within 2000 $session && ok "client killed: sshd's session processes end too" \
  || bad "client killed: left behind: $(for p in $session; do alive "$p" && ps -o pid=,args= -p "$p"; done)"
left=$(marked)
[ -z "$left" ] && ok "client killed: no process of the session is left, not even an orphan" \
  || { bad "client killed: left: $(ps -o pid=,ppid=,args= -p "$(echo $left | tr ' ' ,)")"; kill -9 $left; }
alive "$sshd_pid" && ok "sshd itself still serves" || fail_hard "sshd died"

# ---- A clean quit with q ends the ssh session ----
connect
wait_for "Failed back surgery syndrome: a patient guide" "reconnected" || login_fails
guide=$(wait_guide) || login_fails
keys 2 Enter
wait_for " Home > What is FBSS?" "a topic opens"
keys q
wait_for "EXIT:0" "q ends the ssh session with status 0"
lacks "What is FBSS?" "quitting clears the screen"
all_gone_within 2000 "$guide" && ok "q: the guide has ended on the server" || bad "q: the guide still runs"
end=$(( $(now_ms) + 2000 ))
while [ -n "$(descendants "$sshd_pid")$(marked)" ] && [ "$(now_ms)" -le "$end" ]; do sleep 0.05; done
left="$(descendants "$sshd_pid") $(marked)"
[ -z "$(echo $left)" ] && ok "q: nothing of the session is left on the server" \
  || { bad "q: left on the server: $(ps -o pid=,ppid=,args= -p "$(echo $left | tr ' ' ,)")"; kill -9 $left; }

# ---- Closing the terminal (a dropped link on the client side) ----
connect
wait_for "Failed back surgery syndrome: a patient guide" "connected a third time" || login_fails
guide=$(wait_guide) || login_fails
keys 3 Enter
wait_for " Home > Causes" "inside a menu"
session=$(descendants "$sshd_pid")
tmux -L "$SOCK" kill-server
# shellcheck disable=SC2086
all_gone_within 2000 "$guide" $session && ok "terminal closed: the guide and its session end within 2 s ($took ms)" \
  || bad "terminal closed: still running: $(for p in $session; do alive "$p" && ps -o pid=,args= -p "$p"; done)"
left=$(marked)
[ -z "$left" ] && ok "terminal closed: no process of the session is left, not even an orphan" \
  || { bad "terminal closed: left: $(ps -o pid=,ppid=,args= -p "$(echo $left | tr ' ' ,)")"; kill -9 $left; }

# ---- The client cannot choose what runs ----
connect "'echo INJECTED; id'"
wait_for "Failed back surgery syndrome: a patient guide" "a command sent by the client is ignored: the guide starts" \
  || login_fails
lacks "INJECTED" "the client's command did not run"
keys q
wait_for "EXIT:0" "quits"
finish
