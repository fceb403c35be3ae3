#!/usr/bin/env python3
"""storm.py: a guest's worst minute. Runs the guide in a pty of its own and,
for SECONDS, mixes random keys (pastes of many at once too), Ctrl-Z,
SIGSTOP/SIGCONT, and window resizes from 1x1 to 65535x65535 (past the
32,767 that ncurses can draw), with no pause between them.

    python3 storm.py SECONDS GUIDE [ARG]...

Passes (exit 0) if the guide never died of a signal or an error status,
and at the end still answers: Ctrl-C ends it within five seconds, by
exiting with status 130 (128 + SIGINT, the shell's convention, issue 12),
not by dying of the signal. When the guide quits on its own (a key can do that), it is
started again. Prints one line of counts. Standard library only; a fixed
seed, so a failure can be replayed (STORM_SEED changes it).

Meant for the sanitizer build (tests/sanitize.mk): ASan reports heap
damage that a normal build might survive.
"""
import errno
import fcntl
import os
import pty
import random
import select
import signal
import struct
import sys
import termios
import time

KEYS = [b"j", b"k", b"\r", b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D", b"\x1b[5~", b"\x1b[6~",
        b" ", b"x", b"w", b"c", b"t", b"r", b"d", b"?", b"!", b"/", b"n", b"N", b"]", b"[",
        b"\t", b"g", b"G", b"h", b"l", b"b", b"\x7f", b"\x1b", b"1", b"2", b"3", b"5", b"9",
        b"p", b"\x13", b"\x11", b"\x0c"]
SIZES = [(1, 1), (8, 30), (24, 80), (12, 40), (50, 200), (1000, 1000), (1001, 80),
         (3000, 3000), (32767, 32767), (32768, 32768), (40000, 40000), (65535, 65535),
         (24, 65535), (65535, 80)]


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def start(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "vt100", "ESCDELAY": "25"})
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    set_size(fd, 24, 80)
    return pid, fd


def drain(fd, wait=0.0):
    """Reads whatever the guide wrote (it must never block on output)."""
    while True:
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            return True
        try:
            if not os.read(fd, 65536):
                return False
        except OSError as e:
            if e.errno == errno.EIO:
                return False  # the guide has gone
            raise
        wait = 0.0


def reap(pid):
    """None while running, else the exit status, or -N if killed by signal N
    (so an exit with 130 and a death by SIGINT differ)."""
    got, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED | os.WCONTINUED)
    if got == 0 or os.WIFSTOPPED(status) or os.WIFCONTINUED(status):
        return None
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: storm.py SECONDS GUIDE [ARG]...\n")
        return 2
    seconds = float(sys.argv[1])
    argv = sys.argv[2:]
    rnd = random.Random(int(os.environ.get("STORM_SEED", "17")))
    counts = dict(keys=0, pastes=0, ctrl_z=0, stops=0, resizes=0, restarts=0)
    pid, fd = start(argv)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        drain(fd)
        status = reap(pid)
        if status is not None:
            if status != 0:
                print("storm: the guide ended with status %d after %s" % (status, counts))
                return 1
            os.close(fd)
            pid, fd = start(argv)
            counts["restarts"] += 1
            continue
        action = rnd.random()
        try:
            if action < 0.45:
                os.write(fd, rnd.choice(KEYS))
                counts["keys"] += 1
            elif action < 0.50:
                os.write(fd, b"".join(rnd.choice(KEYS) for _ in range(rnd.randint(50, 400))))
                counts["pastes"] += 1
            elif action < 0.65:
                os.write(fd, b"\x1a")  # Ctrl-Z
                counts["ctrl_z"] += 1
            elif action < 0.70:
                os.kill(pid, signal.SIGSTOP)
                set_size(fd, *rnd.choice(SIZES))
                os.kill(pid, signal.SIGCONT)
                counts["stops"] += 1
            else:
                set_size(fd, *rnd.choice(SIZES))
                counts["resizes"] += 1
        except OSError:
            pass  # the guide went away in between: seen by reap above
        if rnd.random() < 0.2:
            time.sleep(rnd.random() * 0.01)
    set_size(fd, 24, 80)
    os.write(fd, b"\x03")  # Ctrl-C
    deadline = time.monotonic() + 5
    status = None
    while status is None and time.monotonic() < deadline:
        drain(fd, 0.05)
        status = reap(pid)
    if status is None:
        if os.environ.get("STORM_DEBUG"):
            os.system("grep State /proc/%d/status; cat /proc/%d/wchan; echo; gdb -p %d -batch -ex bt 2>/dev/null | tail -15" % (pid, pid, pid))
        os.kill(pid, signal.SIGKILL)
        print("storm: the guide did not end within 5 s of Ctrl-C after %s" % counts)
        return 1
    if status != 128 + signal.SIGINT:
        print("storm: Ctrl-C ended the guide with status %d (want 130; -N: killed by "
              "signal N) after %s" % (status, counts))
        return 1
    print("storm: %.0f s survived: %s" % (seconds, " ".join("%s=%d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
