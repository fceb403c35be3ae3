#!/usr/bin/env python3
"""make_seeds.py: writes the hand-made seed inputs of tests/fuzz/corpus/.

Run from the repository root: python3 tests/fuzz/make_seeds.py
It rewrites the files it names (s-*) and leaves every other file alone
(inputs the fuzzers found are kept next to them by hand: f-* for new
coverage, r-* for reproducers of bugs).
The shipped content files are seeds too, but they are copied at build time
into build/fuzz/seeds/content/ (see fuzz.mk), so they never go stale.
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
MARK = b"@@@@\n"  # between the files of one content input

GUIDE = b"""[guide]
title = Test guide
root = home
reviewed = 2026-11-21
disclaimer = "Educational only \xe2\x80\x94 not medical advice."

[home]
type = menu
title = Home
summary = "Start here; pick a topic."
children = basics, check, words

[basics]
type = menu
title = Basics
children = what, why

[what]
type = page
title = What is it?
summary = One line.
sources = src-a
see = why
p1 = "Plain paragraph; quoted because it has a semicolon."
p2 = "- A bullet with a hanging indent that is long enough to wrap at forty columns."
p3 = "- Another bullet: caf\xc3\xa9, na\xc3\xafve, \xe2\x80\x9cquoted\xe2\x80\x9d, it\xe2\x80\x99s \xe2\x80\xa6"
p4 = Wide \xe6\xbc\xa2\xe5\xad\x97 and e\xcc\x81 combining and \xf0\x9f\x98\x80 emoji.
chart = How many improve
chart_unit = %
chart_after = 1
bar1 = Second operation | 50
bar2 = Stimulator | 70
"""

GUIDE2 = b"""[why]
type = page
title = Why
sources = src-a, src-b
p1 = "Text\twith a tab."

[check]
type = checklist
title = Self-check
p1 = Tick each statement that is true for you.
item1 = I have a clear diagnosis.
item1_weight = 1
item1_why = Because it matters.
item1_ask = What is my diagnosis?
item2 = My leg is getting weaker fast.
item2_urgent = yes
item3 = I have tried other treatments.
item3_weight = 2
item3_urgent = no
band1_min = 0
band1_max = 1
band1_title = Slow down
band1_text = "Ask for a second opinion."
band2_min = 2
band2_max = 3
band2_title = Good
urgent_title = Get help today
urgent_p1 = Call your doctor now.
bring1 = Your earlier scans
sources = src-a

[words]
type = glossary
title = Words
p1 = Words used in this guide.

[fusion]
type = term
title = Fusion
also = fusions, fused
p1 = Joining two bones.

[src-a]
type = source
title = "Source A (2026)"
summary = A source.
p1 = Where it comes from.

[src-b]
type = source
title = Source B
"""

VALID = GUIDE + MARK + GUIDE2


def content_seeds():
    s = {}
    s["valid-guide"] = VALID
    s["valid-one-file"] = GUIDE + GUIDE2
    mini = b"[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = Home\nchildren = one\n"
    one = b"[one]\ntype = page\ntitle = One\np1 = Text.\n"
    s["minimal"] = mini + MARK + one
    # iniparser 4.1 traps
    s["long-line"] = mini + b"[one]\ntype = page\ntitle = One\np1 = " + b"word " * 220 + b"\n"
    s["line-1022"] = mini + one + b"; " + b"x" * 1030 + b"\n"
    s["backslash"] = mini + b"[one]\ntype = page\ntitle = One \\\np1 = Text.\n"
    s["backslash-comment"] = mini + b"; a comment \\\n" + one
    s["unquoted-semicolon"] = mini + b"[one]\ntype = page\ntitle = One\np1 = A; B # C\n"
    s["quotes"] = mini + b"[one]\ntype = page\ntitle = 'One\np1 = \"A \"B\" C\"\np2 = \"\"\n"
    s["bom"] = b"\xef\xbb\xbf" + mini + one
    s["nul"] = mini + b"[one]\ntype = page\ntitle = O\x00ne\np1 = Text.\n"
    s["bad-utf8"] = mini + b"[one]\ntype = page\ntitle = \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf\np1 = \xff\xfe\n"
    s["upper-case"] = mini + b"[One]\ntype = page\nTitle = One\np1 = Text.\n"
    s["crlf"] = (mini + one).replace(b"\n", b"\r\n")
    s["no-newline"] = mini + b"[one]\ntype = page\ntitle = One\np1 = Text."
    s["key-before-section"] = b"title = x\n" + mini + one
    s["dup-key-and-id"] = mini + one + b"title = Two\n" + MARK + one
    s["bad-header"] = mini + b"[one\ntype = page\n[]\n[a b]\n[-x]\n" + one
    # the tree
    s["cycle"] = (b"[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = H\nchildren = a\n"
                  b"[a]\ntype = menu\ntitle = A\nchildren = b, one\n[b]\ntype = menu\ntitle = B\nchildren = a\n" + one +
                  b"[c]\ntype = menu\ntitle = C\nchildren = c\n")
    s["self-child"] = b"[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = H\nchildren = home, one\n" + one
    s["no-root"] = b"[guide]\ntitle = T\n[home]\ntype = menu\ntitle = H\nchildren = one\n" + one
    s["root-not-menu"] = b"[guide]\ntitle = T\nroot = one\nreviewed = x\nlogo = y\n" + one
    s["no-guide"] = b"[home]\ntype = menu\ntitle = H\nchildren = one\n" + one
    s["refs"] = (mini.replace(b"children = one", b"children = one, , src, nowhere ,one") + one.replace(b"p1", b"sources = one, nowhere\nsee = src\np1") +
                 b"[src]\ntype = source\ntitle = S\nsee = one\n[lost]\ntype = page\ntitle = L\np1 = x\n[odd]\ntype = widget\n[none]\ntitle = N\n")
    s["gaps"] = mini + b"[one]\ntype = page\ntitle = One\np1 = a\np3 = c\np0 = z\np01 = y\np1000 = x\np2_x = w\nitem1 = i\n"
    # checklists
    ck = b"[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = H\nchildren = ck\n[ck]\ntype = checklist\ntitle = C\n"
    s["band-gap"] = ck + b"item1 = a\nitem1_weight = 3\nband1_min = 0\nband1_max = 1\nband1_title = x\nband2_min = 3\nband2_max = 3\nband2_title = y\n"
    s["band-overlap"] = ck + b"item1 = a\nitem1_weight = 2\nband1_min = 0\nband1_max = 2\nband1_title = x\nband2_min = 1\nband2_max = 9\n"
    s["band-bad-numbers"] = ck + b"item1 = a\nitem1_weight = 101\nitem2 = b\nitem2_weight = -1\nitem3 = c\nitem3_weight = 99999999999999999999\nband1_min = 5\nband1_max = 0\nband1_title = x\nband3_min = 1\nband2_text = t\n"
    s["urgent-card"] = ck + b"item1 = a\nitem1_weight = 0\nitem1_urgent = maybe\nitem2 = b\nitem2_urgent = yes\nitem2_weight = 1\nitem4_why = w\nband1_min = 0\nband1_max = 1\nband1_title = x\nurgent_p2 = z\n"
    s["urgent-no-item"] = ck + b"item1 = a\nitem1_weight = 0\nband1_min = 0\nband1_max = 0\nband1_title = x\nurgent_title = U\nurgent_p1 = u\nbring1 = b\nbring3 = c\n"
    s["no-items-bands"] = ck + b"p1 = x\n"
    # hostile text: ESC, C0, DEL and C1 controls in values
    s["controls"] = (mini + b"[one]\ntype = page\ntitle = \x1b[2J\x1b]0;owned\x07\np1 = \"a\x01b\x7fc \xc2\x9b31m d\xc2\x85e \x1bP+q\x1b\\\\\"\n"
                     b"p2 = - \xe2\x80\xae bidi \xe2\x80\x8b zero-width \xef\xbf\xbd\n")
    s["controls-in-errors"] = mini + b"[one]\ntype = \x1b]0;x\x07\nti\x1b[31mtle = x\n[t\x1b[0m]\nweird\x1b = \xc2\x9b\n"
    s["charts"] = (mini + b"[one]\ntype = page\ntitle = One\np1 = a\nchart = C\nchart_unit = %\nchart_after = 5\nbar1 = A | 150\nbar2 = no bar\nbar3 = | 3\nbar4 = x | 9999999999999\n"
                   b"[two]\ntype = page\ntitle = Two\np1 = b\nbar1 = A | 1\n")
    s["terms"] = (mini + one + b"[t1]\ntype = term\ntitle = Word\nalso = , words ,\np1 = d\n[t2]\ntype = term\ntitle = word\n")
    # folders and other non-files named *.ini
    s["dir"] = VALID + MARK + b"@dir"
    s["fifo"] = b"@fifo\n" + MARK + VALID
    s["empty-parts"] = MARK + MARK + mini + MARK + one
    return s


def text_seeds():
    s = {}
    p = lambda w, f, t: bytes([w, f]) + t
    s["plain"] = p(40, 0, b"Pain that goes on after an operation on the back is common. Ask your team what is new.")
    s["typography-ascii"] = p(20, 1, "It\u2019s \u201cquoted\u201d \u2014 a dash, \u2026 dots, \u2022 bullet, caf\u00e9 \u00c6\u00df 5\u00b0 \u2264 6 \u2192 x \u00d7 2".encode())
    s["typography-utf8"] = p(13, 0, "It\u2019s \u201cquoted\u201d \u2014 a dash, \u2026 dots\u00a0here".encode())
    s["bullet"] = p(10, 4, b"- A bullet that wraps onto the next line with a hanging indent")
    s["heading-indent"] = p(12, 0x58, b"Sources and more sources")
    s["wide"] = p(3, 0, "\u6f22\u5b57\u304b\u306a\u6f22\u5b57 \U0001F600\U0001F600 a\u0301e\u0308".encode())
    s["width1"] = p(0, 0, "ab \u6f22 e\u0301 \U0001F600".encode())
    s["controls"] = p(30, 0, b"a\x1b[2Jb\x1b]0;t\x07c\td\x7fe\xc2\x9bf\xc2\x85g\x00hidden")
    s["controls-ascii"] = p(30, 1, b"a\x1b[2Jb\x1b]0;t\x07c\td\x7fe\xc2\x9bf\xc2\x85g")
    s["bad-utf8"] = p(8, 0, b"\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xed\xa0\x80 \xef\xbf\xbd \xf4\x90\x80\x80 \xc0\xaf \xe0\x80\xaf \xf8\x88\x80\x80\x80 \xfe\xff")
    s["long-word"] = p(7, 0, b"a" * 50 + b" " + "\u00e9".encode() * 20)
    s["spaces"] = p(1, 0, b"    ")
    s["spaces-around"] = p(5, 0, b"  lead   and   trail  ")
    s["empty"] = p(50, 0, b"")
    s["c-locale"] = p(9, 2, "caf\u00e9 \u6f22\u5b57 \u2019".encode())
    s["unprintable"] = p(9, 0, "\u0378 \U000E0001 \uFFFF \U0010FFFF \u200B\u00AD\u2028".encode())
    return s


def search_seeds():
    s = {}
    p = lambda w, f, q, t: bytes([w, f]) + q + b"\x00" + t
    s["simple"] = p(40, 0, b"Fusion", b"A spinal fusion joins two bones.\nFusion\nMore fusion here.")
    s["accents"] = p(30, 0, "caf\u00e9".encode(), "Un CAF\u00c9 et un cafe\u0301 et un caf\u00e9\nNa\u00efve".encode())
    s["typography"] = p(20, 1, b"it's \"x\" - y", "It\u2019s \u201cX\u201d \u2014 y and it's\u00a0\"x\"\u2013y".encode())
    s["ellipsis"] = p(12, 0, b"..", "wait\u2026 more\u2026x".encode())
    s["spaces"] = p(10, 0, b"  two   words  ", b"two\t words\nTWO  WORDS\n two words")
    s["narrow"] = p(3, 0, b"needle", b"hay " * 30 + b"needle" + b" hay" * 30)
    s["wide-before"] = p(12, 0, b"x", "\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57 x".encode())
    s["controls"] = p(25, 0, b"esc", b"an \x1b[31mesc\x1b[0m sequence \xc2\x9b and \xff bad")
    s["empty-query"] = p(20, 0, b"   ", b"anything")
    s["long-query"] = p(80, 1, "\u00e9".encode() * 250, "\u00e9".encode() * 300)
    s["many-nodes"] = p(40, 0, b"b", b"\n".join(b"a%d b" % i for i in range(60)))
    return s


def write(target, seeds):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(d, "s-" + name), "wb") as f:
            f.write(data)


write("content", content_seeds())
write("text", text_seeds())
write("search", search_seeds())
