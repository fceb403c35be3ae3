# fbss-guide: `make run` opens the guide, `make check` runs every test.
# Both first install what is missing (Debian/Ubuntu; see scripts/deps.sh).

VERSION    = 0.1.0
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share/fbss-guide
MANDIR    ?= $(PREFIX)/share/man/man1
DESTDIR   ?=

CC        ?= cc
CFLAGS    ?= -O2 -g
WARN       = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
CURSES_CFLAGS := $(shell pkg-config --cflags ncursesw 2>/dev/null || pkg-config --cflags ncurses 2>/dev/null)
CURSES_LIBS   := $(shell pkg-config --libs ncursesw 2>/dev/null || pkg-config --libs ncurses 2>/dev/null || echo -lncursesw)
# iniparser has no pkg-config file on Debian.
INI_CFLAGS := $(shell pkg-config --cflags iniparser 2>/dev/null || echo -I/usr/include/iniparser)
INI_LIBS   := $(shell pkg-config --libs iniparser 2>/dev/null || echo -liniparser)
DEFS       = -DFBSS_VERSION='"$(VERSION)"' -DFBSS_DATADIR='"$(DATADIR)"'
# CPPFLAGS and LDFLAGS: the packager's (dpkg-buildflags hardening) too.
ALL_CFLAGS = $(WARN) $(CURSES_CFLAGS) $(INI_CFLAGS) $(DEFS) $(CPPFLAGS) $(CFLAGS)

# Modules that need no terminal: unit-tested with cmocka.
CORE  = src/text.c src/diag.c src/inifile.c src/content.c src/layout.c src/aidlayout.c src/keys.c \
        src/check.c src/savefile.c src/search.c src/rank.c src/words.c src/lineedit.c \
        src/history.c src/glossary.c src/sheet.c src/printout.c src/selection.c src/session.c \
        src/sessionaid.c src/plain.c src/input.c src/status.c
UI    = src/ui.c src/app.c src/nav.c src/menu.c src/pager.c src/listscreen.c src/checkscreen.c \
        src/aidscreens.c src/docview.c \
        src/main.c
OBJS  = $(CORE:.c=.o) $(UI:.c=.o)
UNIT  = tests/unit/test_text tests/unit/test_content tests/unit/test_layout \
        tests/unit/test_keys tests/unit/test_check tests/unit/test_search \
        tests/unit/test_history tests/unit/test_glossary tests/unit/test_plain \
        tests/unit/test_aid tests/unit/test_sheet tests/unit/test_hostile \
        tests/unit/test_session tests/unit/test_words tests/unit/test_lineedit \
        tests/unit/test_relevance tests/unit/test_input tests/unit/test_savefile \
        tests/unit/test_status tests/unit/test_printout
# The copy check's tool comes with the team's shared/ folder beside the
# checkout. Without it the check is skipped with one line, unless
# REQUIRE_COPYCHECK is set (.ci/run sets it): then its absence fails.
COPYCHECK ?= ../shared/tools/copycheck

.PHONY: grade all run check deps-run deps-check unit e2e content-check valgrind clang-build install \
        uninstall clean sshd-example deb install-check

all: fbss-guide

fbss-guide: $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(CURSES_LIBS) $(INI_LIBS)

src/%.o: src/%.c src/*.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# main.o holds the version and the share folder: rebuild it when they change
# (so `make install PREFIX=...` after `make` finds its content).
src/main.o: src/build-config
src/build-config: FORCE
	@echo '$(DEFS)' | cmp -s - $@ || echo '$(DEFS)' > $@
FORCE:

deps-run:
	@sh scripts/deps.sh run

deps-check:
	@sh scripts/deps.sh check

run: deps-run
	@$(MAKE) --no-print-directory fbss-guide
	./fbss-guide --content content

tests/unit/test_%: tests/unit/test_%.c tests/unit/testutil.h $(CORE:.c=.o)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(CORE:.c=.o) $(CURSES_LIBS) $(INI_LIBS) -lcmocka

unit: $(UNIT)
	@for t in $(UNIT); do ./$$t || exit 1; done

content-check: fbss-guide
	./fbss-guide --check content
	sh tests/content_rules.sh content
	sh tests/content_trust.sh content
	sh tests/content_rules_test.sh ./fbss-guide
	sh tests/grade.sh content 8
	@if [ -x "$(COPYCHECK)" ]; then $(COPYCHECK) content; \
	 elif [ -n "$(REQUIRE_COPYCHECK)" ]; then \
	   echo "content-check: FAILED: the copy check must run here (REQUIRE_COPYCHECK is set), but $(COPYCHECK) is not there (set COPYCHECK=PATH)"; exit 1; \
	 else echo "content-check: copy check skipped: $(COPYCHECK) is not there (it comes with the team's shared/ folder; set COPYCHECK=PATH to run it)"; fi

e2e: fbss-guide
	sh tests/e2e/run.sh

valgrind: fbss-guide
	sh tests/e2e/valgrind_walk.sh

# The code must build cleanly with clang as well as gcc.
clang-build:
	@tmp=$$(mktemp -d) && for f in $(CORE) $(UI); do \
	  clang $(ALL_CFLAGS) -c -o $$tmp/$$(basename $$f .c).o $$f || { rm -rf $$tmp; exit 1; }; \
	done && rm -rf $$tmp && echo "clang-build: clean under $(WARN)"

check: deps-check
	@$(MAKE) --no-print-directory fbss-guide $(UNIT)
	@$(MAKE) --no-print-directory clang-build unit content-check e2e valgrind bench-smoke
	@$(MAKE) --no-print-directory fuzz-replay sanitize
	@$(MAKE) --no-print-directory install-check
	@echo "make check: all tests passed"

install: fbss-guide
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)
	install -m 755 fbss-guide $(DESTDIR)$(BINDIR)/fbss-guide
	install -m 644 content/*.ini $(DESTDIR)$(DATADIR)/
	sed 's|/usr/local/share/fbss-guide|$(DATADIR)|g' doc/fbss-guide.1 > $(DESTDIR)$(MANDIR)/fbss-guide.1
	chmod 644 $(DESTDIR)$(MANDIR)/fbss-guide.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fbss-guide $(DESTDIR)$(MANDIR)/fbss-guide.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -f fbss-guide src/*.o src/build-config $(UNIT) bench/scale
	rm -rf build tests/e2e/out

# doc/ssh.md's sshd_config.d block as a ready file naming $(BINDIR), for
# the Debian package's examples.
sshd-example:
	@mkdir -p build/examples/sshd_config.d
	@{ echo "# /etc/ssh/sshd_config.d/fbss-guide.conf: the account \"guide\" gets the guide"; \
	   echo "# in kiosk mode and nothing else. Create the account and read doc/ssh.md"; \
	   echo "# (in /usr/share/doc/fbss-guide/ with the package) first; then: sshd -t"; \
	   awk '/^Create `\/etc\/ssh\/sshd_config.d\/fbss-guide.conf`:/ { on = 1; next } \
	        on && /^    / { sub(/^    /, ""); print; seen = 1; next } on && seen { exit }' doc/ssh.md | \
	   sed 's|/usr/local/bin/fbss-guide|$(BINDIR)/fbss-guide|'; \
	 } > build/examples/sshd_config.d/fbss-guide.conf
	@grep -q '^Match User guide' build/examples/sshd_config.d/fbss-guide.conf || \
	  { echo "sshd-example: no sshd_config.d block found in doc/ssh.md"; exit 1; }

# The Debian package, built from a copy of the sources in build/deb/ (so
# the build here is left alone), checked with lintian; see scripts/deb.sh.
deb:
	@sh scripts/deps.sh deb
	@sh scripts/deb.sh

# The package installed with apt-get, run, man page read, purged, and
# nothing left; a fresh copy's content checks; deps.sh's package names;
# one version everywhere (tests/install/).
install-check: fbss-guide
	@sh tests/install/run.sh

include bench/bench.mk tests/fuzz/fuzz.mk tests/sanitize.mk

# Reading grade of every page (US school grade, Flesch-Kincaid via `style`).
grade:
	sh tests/grade.sh content 8
