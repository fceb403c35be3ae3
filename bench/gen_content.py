#!/usr/bin/env python3
"""gen_content.py: write a valid content folder of N generated pages.

    python3 bench/gen_content.py N OUTDIR [PAGES_PER_FILE]

The tree is home -> one part menu per file -> menus of 10 -> pages, so every
page is reachable and no menu is long. Pages are spread over files of
PAGES_PER_FILE (default 100) because iniparser 4.1 scans every key it holds
on each insert: one huge file would make loading quadratic for a reason the
guide cannot fix. Pages look like the shipped ones: a title, a summary, five
paragraphs (about 300 words, one of them a bullet), a source and a `see`.

Search words (used by bench.py and scale.c): COMMON is on every page, RARE
on exactly one, MISSING on none. Output is the same for the same N.
"""
import os
import random
import sys

COMMON, RARE, MISSING = "pain", "zygapophysial", "xylophone"
FANOUT = 10  # items per generated menu

WORDS = """the a of and to in is that it for on with as you your may be can
this are or not by at from have more some after about when will most other
spine back leg nerve disc bone scar tissue operation surgeon doctor scan
fusion level screw implant rehab exercise therapy walk sleep work family
stress mood weight smoking test result choice risk option chance week month
year second opinion question answer care team body muscle joint movement
help hurt change better worse slow quick careful common rare early late
café naïve patient’s""".split()


def sentence(rnd, first=None):
    words = [first] if first else []
    words += rnd.choices(WORDS, k=rnd.randint(7, 14))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rnd, lead=None):
    return " ".join(sentence(rnd, lead if i == 0 else None) for i in range(rnd.randint(5, 8)))


def page(rnd, n, total):
    lines = [f"[page-{n}]", "type = page", f"title = Generated page {n}",
             f"summary = One line about page {n}.", "sources = src-gen"]
    if n + 1 <= total:
        lines.append(f"see = page-{n + 1}")
    paras = [paragraph(rnd, COMMON)] + [paragraph(rnd) for _ in range(3)]
    paras.insert(2, "- " + sentence(rnd))
    if n == (total + 1) // 2:
        paras[-1] += f" A {RARE} joint is named here once."
    lines += [f'p{i} = "{p}"' for i, p in enumerate(paras, 1)]
    return "\n".join(lines) + "\n\n"


def menu(mid, title, children):
    return (f"[{mid}]\ntype = menu\ntitle = {title}\n"
            f"children = {', '.join(children)}\n\n")


def group(ids, prefix, out):
    """Menus of at most FANOUT items over ids, nested until at most FANOUT
    remain (so no children line nears the 1000-byte limit). Appends the
    menus to out; returns the top-level ids."""
    level = 1
    while len(ids) > FANOUT:
        chunks = [ids[i:i + FANOUT] for i in range(0, len(ids), FANOUT)]
        names = [f"{prefix}-{level}-{i + 1}" for i in range(len(chunks))]
        out += [menu(m, f"Menu {m}", c) for m, c in zip(names, chunks)]
        ids, level = names, level + 1
    return ids


def part_file(rnd, part, first, last, total):
    """One file: the part menu, the menus under it and their pages."""
    menus = []
    top = group([f"page-{n}" for n in range(first, last + 1)], f"m{part}", menus)
    return (menu(f"part-{part}", f"Part {part}", top) + "".join(menus)
            + "".join(page(rnd, n, total) for n in range(first, last + 1)))


def guide_file(parts):
    menus = []
    top = group([f"part-{p}" for p in parts], "v", menus)
    return ("[guide]\ntitle = Generated guide\nroot = home\n\n" + menu("home", "Home", top)
            + "".join(menus) + "[src-gen]\ntype = source\ntitle = A generated source\n")


def generate(n, outdir, per_file=100):
    rnd = random.Random(n)
    os.makedirs(outdir, exist_ok=True)
    parts = list(range(1, (n + per_file - 1) // per_file + 1))
    with open(os.path.join(outdir, "00-guide.ini"), "w", encoding="utf-8") as f:
        f.write(guide_file(parts))
    for p in parts:
        first = (p - 1) * per_file + 1
        last = min(p * per_file, n)
        with open(os.path.join(outdir, f"p{p:05d}.ini"), "w", encoding="utf-8") as f:
            f.write(part_file(rnd, p, first, last, n))


def main():
    if len(sys.argv) not in (3, 4) or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.stderr.write("usage: gen_content.py N OUTDIR [PAGES_PER_FILE]\n")
        return 2
    generate(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
