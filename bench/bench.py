#!/usr/bin/env python3
"""bench.py: the guide side by side with dialog, whiptail and less.

    python3 bench/bench.py [--smoke] [--runs N] [--guide PATH] [--scale PATH]

Every program runs in its own pseudo-terminal of 80x24 with TERM=xterm and
LANG=C.UTF-8 (xterm: what most SSH clients announce). We count the bytes it
writes for the first screen and the time from start to the last byte of
that screen (the screen is done when nothing comes for QUIET seconds), then
the bytes each key of a fixed walk makes it write, then the peak resident
memory (VmHWM in /proc/PID/status, read after the walk). Timing is the
median of --runs runs.

Then the scaling run: gen_content.py folders of 100, 1,000 and 10,000 pages,
checked with `fbss-guide --check`, measured with bench/scale.

--smoke is the quick run `make check` uses: one run, a short walk, 100
pages; programs that are not installed are skipped. Exit status 1 if any
measurement is missing (a program failed, a key made no output, a search
found the wrong number of pages). Targets are printed, never enforced.
Standard library only.
"""
import argparse
import configparser
import curses
import fcntl
import glob
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import textwrap
import time

sys.dont_write_bytecode = True  # no __pycache__ left in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_content  # noqa: E402

ROWS, COLS = 24, 80
TERM = "xterm"
QUIET = 0.2       # seconds without output that end a screen
FIRST_WAIT = 5.0  # seconds to wait for the first screen to start
KEY_WAIT = 1.0    # seconds to wait for a key's first byte
# Walk labels, and their short column names in the table.
KEY_COLS = [("move", "move"), ("open-menu", "menu"), ("open-page", "page"), ("pgdn", "pgdn"),
            ("back", "back"), ("open-check", "check"), ("tick", "tick")]
TARGET_RSS_KB, TARGET_MOVE_B, TARGET_MS = 3000, 60, 50


class Missing(Exception):
    """A measurement that could not be taken."""


# ---- running one program in a pty

def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        try:  # set the size before exec, so the first screen is 80x24
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid, fd


def read_screen(fd, quiet, wait_first=KEY_WAIT):
    """Bytes until the output pauses for `quiet` s, and the time of the last
    byte. Waits up to wait_first s for the first byte."""
    data, last, deadline = b"", None, time.monotonic() + wait_first
    while True:
        wait = quiet if data else deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            return data, last
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the program closed the terminal
            chunk = b""
        if not chunk:
            return data, last
        data, last = data + chunk, time.monotonic()


def peak_rss_kb(pid):
    """VmHWM, the peak resident memory since exec. (wait4's ru_maxrss would
    include the Python process the child was forked from.)"""
    with open(f"/proc/{pid}/status") as f:
        kb = [int(line.split()[1]) for line in f if line.startswith("VmHWM:")]
    if not kb:  # a zombie has no memory left to report
        raise OSError("it has exited")
    return kb[0]


def finish(pid, fd, quit_key):
    """Sends quit_key, drains to EOF, returns the exit status."""
    try:
        os.write(fd, quit_key)
    except OSError:  # already gone
        pass
    deadline = time.monotonic() + FIRST_WAIT
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status)


def session(name, argv, walk, quit_key, env, quiet):
    """One run: first screen, each (label, key) of walk, peak RSS, quit."""
    t0 = time.monotonic()
    pid, fd = spawn(argv, env)
    try:
        first, last = read_screen(fd, quiet, FIRST_WAIT)
        res = {"first_b": len(first), "first_ms": ((last or t0) - t0) * 1000, "keys": []}
        for label, key in walk:
            os.write(fd, key)
            res["keys"].append((label, len(read_screen(fd, quiet)[0])))
            if not res["keys"][-1][1]:  # every key of the walk changes the screen
                raise Missing(f"{name}: no output for key {len(res['keys'])} ({label}):"
                              " is the walk wrong?")
        res["rss_kb"] = peak_rss_kb(pid)  # after the walk, before quitting
    except OSError as e:
        raise Missing(f"{name} ended early ({e})") from None
    finally:
        code = finish(pid, fd, quit_key)
    if code != 0 or not first:
        raise Missing(f"{name}: exit status {code}, first screen {len(first)} bytes")
    return res


def measure(name, argv, walk, quit_key, env, opts):
    """Median over opts.runs sessions; per-key bytes averaged per label."""
    runs = [session(name, argv, walk, quit_key, env, opts.quiet) for _ in range(opts.runs)]
    row = {"name": name, "first_b": statistics.median(r["first_b"] for r in runs),
           "first_ms": statistics.median(r["first_ms"] for r in runs),
           "rss_kb": statistics.median(r["rss_kb"] for r in runs),
           "varied": len({r["first_b"] for r in runs}) > 1}
    for label in {lb for lb, _ in walk}:
        sizes = [n for r in runs for lb, n in r["keys"] if lb == label]
        row[label] = sum(sizes) / len(sizes)
    if opts.instructions:
        row["first_mi"] = instructions(name, argv, quit_key, env)
    return row


def instructions(name, argv, quit_key, env):
    """Millions of instructions from start to the first screen and quit,
    counted by callgrind: repeatable where milliseconds are noisy."""
    out = os.path.join(env["HOME"], f"callgrind.{name.replace(' ', '-')}")
    vg = ["valgrind", "-q", "--tool=callgrind", f"--callgrind-out-file={out}"]
    session(name, vg + argv, [], quit_key, env, 1.0)
    with open(out) as f:
        total = [line.split()[1] for line in f if line.startswith(("summary:", "totals:"))]
    if not total:
        raise Missing(f"{name}: callgrind wrote no total")
    return int(total[0]) / 1e6


# ---- the content: labels for dialog and whiptail, text for less

def unquote(v):
    return v[1:-1] if len(v) > 1 and v[0] == v[-1] and v[0] in "\"'" else v


def read_content(folder):
    """{id: {key: value}} from every .ini file of folder, in file order."""
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.read(sorted(glob.glob(os.path.join(folder, "*.ini"))), encoding="utf-8")
    return {s: {k: unquote(v) for k, v in cp[s].items()} for s in cp.sections()}


def children(nodes, nid):
    return [c.strip() for c in nodes[nid].get("children", "").split(",") if c.strip()]


def paras(node):
    return [node[f"p{i}"] for i in range(1, 1000) if f"p{i}" in node]


def is_page(nodes, nid):
    return nodes[nid]["type"] == "page"


def layout(ps):
    """Paragraphs as the guide lays them out: a 1-column margin, 79 columns
    in all, bullets with a hanging indent, a blank line between paragraphs
    but not between two bullets."""
    out = []
    for i, p in enumerate(ps):
        bullet = p.startswith("- ")
        if i and not (bullet and ps[i - 1].startswith("- ")):
            out.append("")
        out += textwrap.wrap(p[2:] if bullet else p, COLS - 1,
                             initial_indent=" • " if bullet else " ",
                             subsequent_indent="   " if bullet else " ")
    return "\n".join(out) + "\n"


def same_text_folder(nodes, tmp):
    """One page holding every page's paragraphs (the first 999), so the
    guide and less show the same text; returns (folder, text file)."""
    ps = [p for nid in nodes if nodes[nid].get("type") == "page" for p in paras(nodes[nid])]
    ps = ps[:999]
    folder = os.path.join(tmp, "same-text")
    os.makedirs(folder)
    with open(os.path.join(folder, "00.ini"), "w", encoding="utf-8") as f:
        f.write("[guide]\ntitle = Same text\nroot = home\n\n[home]\ntype = menu\n"
                "title = Home\nchildren = all\n\n[all]\ntype = page\ntitle = All pages\n")
        f.write("".join(f'p{i} = "{p}"\n' for i, p in enumerate(ps, 1)))
    text = os.path.join(tmp, "same-text.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write(layout(ps))
    return folder, text


# ---- the walks

def keys():
    """Key sequences from terminfo, as a terminal in keypad mode sends them."""
    curses.setupterm(TERM, sys.__stderr__.fileno())
    k = {n: curses.tigetstr(c) for n, c in
         [("down", "kcud1"), ("up", "kcuu1"), ("left", "kcub1")]}
    k.update(enter=b"\r", space=b" ", end=b"G", quit=b"q")
    return k


def guide_walk(nodes, k, moves):
    """Home: `moves` Downs; open the first sub-menu that has pages, its
    longest page, page down, back twice, G (End) to the self-check (the
    last item of Home), tick twice. Labels starting with '-' are not reported."""
    home = children(nodes, nodes["guide"]["root"])
    sub_i = next((i for i, c in enumerate(home) if nodes[c]["type"] == "menu"
                  and any(is_page(nodes, p) for p in children(nodes, c))), None)
    if sub_i is None:
        raise Missing("walk: no menu on Home holds a page")
    sub = children(nodes, home[sub_i])
    page_j = max((j for j, p in enumerate(sub) if is_page(nodes, p)),
                 key=lambda j: len(layout(paras(nodes[sub[j]]))))
    if nodes[home[-1]]["type"] != "checklist":
        raise Missing("walk: the last item of Home is not the self-check")
    toward = k["down"] if sub_i > moves else k["up"]
    return ([("move", k["down"])] * moves + [("-nav", toward)] * abs(sub_i - moves)
            + [("open-menu", k["enter"])] + [("-nav", k["down"])] * page_j
            + [("open-page", k["enter"]), ("pgdn", k["space"]),
               ("back", k["left"]), ("back", k["left"]), ("-nav", k["end"]),
               ("open-check", k["enter"]), ("tick", k["space"]), ("tick", k["space"])])


def menu_argv(prog, nodes):
    """dialog/whiptail full-screen (24x80, 14 rows) with Home's labels."""
    home = children(nodes, nodes["guide"]["root"])
    items = [x for i, c in enumerate(home, 1) for x in (str(i), nodes[c]["title"])]
    return [prog, "--title", nodes[nodes["guide"]["root"]]["title"], "--menu",
            nodes["guide"]["title"], str(ROWS), str(COLS), str(len(home))] + items


def comparisons(opts, nodes, k, env, folder, text):
    """(name, argv, walk, quit key, required) for every program."""
    g, moves, pg = opts.guide, opts.moves, opts.pgdn
    menu_walk = [("move", k["down"])] * moves
    page_walk = [("pgdn", k["space"])] * pg
    return [
        ("fbss-guide", [g, "--content", opts.content], guide_walk(nodes, k, moves), b"q", True),
        ("dialog", menu_argv("dialog", nodes), menu_walk, k["enter"], not opts.smoke),
        ("whiptail", menu_argv("whiptail", nodes), menu_walk, k["enter"], not opts.smoke),
        ("fbss-guide same text", [g, "--content", folder],
         [("open-page", k["enter"])] + page_walk, b"q", True),
        ("less same text", ["less", text], page_walk, b"q", not opts.smoke),
    ]


# ---- the tables

def fmt(v, spec="{:.0f}"):
    return "-" if v is None else spec.format(v)


def print_table(rows):
    print(f"{'':<49}{' bytes per key (mean) ':-^63}")
    head = ["program", "first B", "first ms", "first Mi"] + [c for _, c in KEY_COLS] + ["RSS KB"]
    print("".join(f"{h:>9}" if i else f"{h:<22}" for i, h in enumerate(head)))
    for r in rows:
        cells = [fmt(r["first_b"]), fmt(r["first_ms"], "{:.1f}"), fmt(r.get("first_mi"), "{:.1f}")]
        cells += [fmt(r.get(c)) for c, _ in KEY_COLS] + [fmt(r["rss_kb"])]
        print(f"{r['name']:<22}" + "".join(f"{c:>9}" for c in cells)
              + ("  (first-screen bytes varied)" if r["varied"] else ""))


def ratio(a, b, col):
    x, y = a.get(col), b.get(col)
    return f"{x / y:.2f}" if x is not None and y else "-"


def print_ratios(by):
    pairs = [("fbss-guide", "dialog", ["first_b", "first_ms", "first_mi", "move", "rss_kb"]),
             ("fbss-guide", "whiptail", ["first_b", "first_ms", "first_mi", "move", "rss_kb"]),
             ("fbss-guide same text", "less same text", ["pgdn", "rss_kb"])]
    print("\nratios (guide / other; below 1 means the guide sends or uses less)")
    for a, b, cols in pairs:
        if a in by and b in by:
            print(f"  guide/{b.split()[0]:<9}" + "  ".join(
                f"{c} {ratio(by[a], by[b], c)}" for c in cols if c in by[a]))


def print_targets(by):
    g = by["fbss-guide"]
    checks = [(f"peak RSS <= {TARGET_RSS_KB} KB", g["rss_kb"], g["rss_kb"] <= TARGET_RSS_KB),
              (f"menu move <= {TARGET_MOVE_B} B", g["move"], g["move"] <= TARGET_MOVE_B)]
    if "less same text" in by:
        t, lv = by["fbss-guide same text"]["pgdn"], by["less same text"]["pgdn"]
        checks.append((f"page-down <= less ({lv:.0f} B)", t, t <= lv))
    if "dialog" in by:
        d = by["dialog"]["first_ms"]
        checks.append((f"first screen <= dialog ({d:.1f} ms)", g["first_ms"], g["first_ms"] <= d))
        if "first_mi" in g:
            d = by["dialog"]["first_mi"]
            checks.append((f"  in instructions ({d:.1f} Mi)", g["first_mi"], g["first_mi"] <= d))
    print("\ntargets (issue 7)")
    for what, value, ok in checks:
        print(f"  {'met   ' if ok else 'MISSED'}  {what:<34} fbss-guide: {value:.1f}")


# ---- the scaling run

def scale_row(opts, n, tmp):
    folder = os.path.join(tmp, f"gen-{n}")
    gen_content.generate(n, folder)
    subprocess.run([opts.guide, "--check", folder], check=True, stdout=subprocess.DEVNULL)
    words = [gen_content.COMMON, gen_content.RARE, gen_content.MISSING]
    out = subprocess.run([opts.scale, "-n", str(opts.runs), folder] + words, check=True,
                         capture_output=True, text=True).stdout
    row = {"search": {}}
    for line in out.splitlines():
        f = dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
        if "search" in f and "hits" in f:
            row["search"][f["search"]] = (int(f["hits"]), float(f["search_ms"]))
        elif "search" not in f:
            row.update(f)
    if int(row.get("pages", -1)) != n:
        raise Missing(f"scale: {n} pages generated, {row.get('pages')} loaded")
    hits = [h for h, _ in row["search"].values()]
    if row["search"] and hits != [n, 1, 0]:
        raise Missing(f"scale: hits for {words} are {hits}, expected [{n}, 1, 0]")
    return row


def per_1000(r, key):
    return float(r[key]) * 1000 / int(r["pages"]) if key in r else None


def print_scale(rows):
    words = [gen_content.COMMON, gen_content.RARE, gen_content.MISSING]
    print("\nscaling (generated pages of about 300 words; median of runs; RSS: peak after"
          " loading, after the index)")
    print(f"{'pages':>6}{'load ms':>9}{'/1000p':>8}{'index ms':>9}{'/1000p':>8}{'RSS KB':>8}"
          f"{'+index':>8}" + "".join(f"{'search ' + w[:6] + ' ms':>17}" for w in words))
    for r in rows:
        ss = [r["search"].get(w) for w in words]
        idx = float(r["index_ms"]) if "index_ms" in r else None
        print(f"{r['pages']:>6}{float(r['load_ms']):>9.2f}{per_1000(r, 'load_ms'):>8.2f}"
              f"{fmt(idx, '{:.2f}'):>9}{fmt(per_1000(r, 'index_ms'), '{:.2f}'):>8}"
              f"{r['rss_kb']:>8}{r.get('index_rss_kb', '-'):>8}"
              + "".join(f"{fmt(s and s[1], '{:.3f}'):>17}" for s in ss))
    if not rows[-1]["search"]:
        print("  search not measured: bench/scale was built without src/search.c")
    print_scale_targets(rows)


def print_scale_targets(rows):
    small, big = rows[0], rows[-1]
    for key in ("load_ms", "index_ms"):
        if key in big and big is not small:
            growth = per_1000(big, key) / per_1000(small, key)
            print(f"  {key[:-3]} cost per 1000 pages grows x{growth:.2f} from {small['pages']}"
                  f" to {big['pages']} pages (x1 is linear)")
    if int(big["pages"]) < 10000:
        return
    load, search = float(big["load_ms"]), max([s[1] for s in big["search"].values()], default=None)
    print(f"  target: load {big['pages']} pages within {TARGET_MS} ms: "
          + ("met" if load <= TARGET_MS else f"MISSED ({load:.1f} ms)"))
    if search is not None:
        first = search + float(big["index_ms"])
        print(f"  target: search within {TARGET_MS} ms: "
              + ("met" if search <= TARGET_MS else "MISSED") + f" (slowest {search:.1f} ms;"
              f" the first search also builds the index: {first:.1f} ms)")


# ---- main

def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="quick check that the harness runs")
    ap.add_argument("--runs", type=int, help="timing runs (median); default 5, smoke 1")
    ap.add_argument("--guide", default="./fbss-guide")
    ap.add_argument("--scale", default="bench/scale")
    ap.add_argument("--content", default="content")
    o = ap.parse_args()
    o.runs = o.runs or (1 if o.smoke else 5)
    o.quiet = 0.1 if o.smoke else QUIET
    o.moves, o.pgdn = (2, 2) if o.smoke else (5, 10)
    o.sizes = [100] if o.smoke else [100, 1000, 10000]
    o.instructions = not o.smoke and shutil.which("valgrind") is not None
    return o


def bench_env(home):
    # A fresh HOME: no ~/.dialogrc, ~/.newtrc or less history changes the output.
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": TERM,
            "LANG": "C.UTF-8", "LESSHISTFILE": "-"}


def run(opts, tmp):
    nodes = read_content(opts.content)
    k, env = keys(), bench_env(tmp)
    folder, text = same_text_folder(nodes, tmp)
    rows = []
    for name, argv, walk, quit_key, required in comparisons(opts, nodes, k, env, folder, text):
        if not required and not shutil.which(argv[0]):
            print(f"(skipped {name}: {argv[0]} is not installed)")
            continue
        rows.append(measure(name, argv, walk, quit_key, env, opts))
    print(f"TERM={TERM} {COLS}x{ROWS} LANG=C.UTF-8; median of {opts.runs} run(s); "
          f"a screen ends after {opts.quiet * 1000:.0f} ms without output;\n"
          "first Mi: million instructions to the first screen and quit (callgrind)")
    print_table(rows)
    by = {r["name"]: r for r in rows}
    print_ratios(by)
    print_targets(by)
    print_scale([scale_row(opts, n, tmp) for n in opts.sizes])


def main():
    opts = parse_args()
    tmp = tempfile.mkdtemp(prefix="fbss-bench-")
    try:
        run(opts, tmp)
    except (Missing, subprocess.CalledProcessError, OSError, KeyError) as e:
        print(f"bench: measurement missing: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
