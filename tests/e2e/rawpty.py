#!/usr/bin/env python3
"""rawpty.py: run a program in a pty of its own and record every byte it
sends to the terminal.

    python3 rawpty.py LOGFILE COMMAND [ARG]...

Meant to sit between a tmux pane and the guide (lib.sh's RUNNER): keys typed
into the pane reach COMMAND unchanged, COMMAND's output reaches the pane (so
tmux still draws the screen and the usual wait_for/keys work) and is also
appended, raw and unbuffered, to LOGFILE. The pty has the pane's size and
follows its resizes. The exit status is COMMAND's (128+N if killed by
signal N). Standard library only.

Run it with PYTHONCOERCECLOCALE=0 in the environment: otherwise, under the
C locale, Python exports LC_CTYPE=C.UTF-8 (PEP 538) and COMMAND would run
in a UTF-8 locale it was not given.
"""
import errno
import fcntl
import os
import pty
import select
import signal
import sys
import termios
import tty


def copy_winsize(src_fd, dst_fd):
    try:
        size = fcntl.ioctl(src_fd, termios.TIOCGWINSZ, b"\0" * 8)
        fcntl.ioctl(dst_fd, termios.TIOCSWINSZ, size)
    except OSError:
        pass


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: rawpty.py LOGFILE COMMAND [ARG]...\n")
        return 2
    if os.environ.get("PYTHONCOERCECLOCALE") != "0":
        sys.stderr.write("rawpty.py: run with PYTHONCOERCECLOCALE=0 (see the top of the file)\n")
        return 2
    log = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    interactive = os.isatty(stdin)

    pid, master = pty.fork()
    if pid == 0:
        try:
            os.execvp(sys.argv[2], sys.argv[2:])
        except OSError as e:
            os.write(2, ("rawpty.py: cannot run %s: %s\n" % (sys.argv[2], e.strerror)).encode())
        os._exit(127)
    if interactive:
        copy_winsize(stdin, master)
        saved = termios.tcgetattr(stdin)
        tty.setraw(stdin)  # keys pass through as typed; the child's pty does the rest
    # A resize of our terminal becomes a resize of the child's (the kernel
    # then sends it SIGWINCH). The handler only wakes select up.
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)

    def on_winch(_sig, _frame):
        try:
            os.write(wake_w, b"w")
        except OSError:
            pass

    signal.signal(signal.SIGWINCH, on_winch)
    fds = [master, wake_r] + ([stdin] if interactive else [])
    try:
        while True:
            try:
                ready, _, _ = select.select(fds, [], [])
            except InterruptedError:
                continue
            if wake_r in ready:
                os.read(wake_r, 64)
                if interactive:
                    copy_winsize(stdin, master)
            if stdin in ready:
                try:
                    data = os.read(stdin, 4096)
                except OSError:
                    data = b""
                if not data:  # our terminal went away: hang the child up too
                    break
                os.write(master, data)
            if master in ready:
                try:
                    data = os.read(master, 65536)
                except OSError as e:
                    if e.errno != errno.EIO:
                        raise
                    data = b""
                if not data:  # the child closed the terminal (it ended)
                    break
                os.write(log, data)
                try:
                    os.write(stdout, data)
                except OSError:
                    break
    finally:
        if interactive:
            termios.tcsetattr(stdin, termios.TCSADRAIN, saved)
    os.close(master)  # hang-up for the child if it is still there
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == "__main__":
    sys.exit(main())
