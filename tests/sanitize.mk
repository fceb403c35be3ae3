# tests/sanitize.mk: the program and the unit tests built with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer in
# build/asan/, then every unit test and the end-to-end suite run against
# them. Included from the Makefile; uses its CORE, UI, UNIT, WARN,
# CURSES_*, INI_* and DEFS.
#
# The guide runs inside tmux during the end-to-end tests, where a report on
# stderr would go unseen: every report is written to build/asan/log/ and
# the target fails if any file appears there.
#
# Then a guest's worst minute (tests/e2e/storm.py, STORM_SECONDS): random
# keys and pastes, Ctrl-Z, SIGSTOP/SIGCONT and resizes up to 65535x65535
# with no pause, against the ASan build; it must survive and end on Ctrl-C.
#
# LeakSanitizer checks the unit tests only. In the end-to-end tests the
# guide is hung up on (SIGHUP) while it exits, and LeakSanitizer's
# stop-the-world then hung here: one such guide spun for 30 minutes. Leaks
# of the real program are checked by valgrind over a scripted walk
# (tests/e2e/valgrind_walk.sh: 0 leaks).

SAN_CC      ?= $(CC)
SAN_DIR      = build/asan
SAN_FLAGS    = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1
# Warnings stay on but are not errors here: gcc's instrumentation makes it
# warn falsely (e.g. -Wformat-truncation); the normal and clang builds
# keep -Werror.
SAN_CFLAGS   = $(filter-out -Werror,$(WARN)) $(CURSES_CFLAGS) $(INI_CFLAGS) $(DEFS) $(SAN_FLAGS)
SAN_CORE     = $(patsubst src/%.c,$(SAN_DIR)/obj/%.o,$(CORE))
SAN_OBJS     = $(SAN_CORE) $(patsubst src/%.c,$(SAN_DIR)/obj/%.o,$(UI))
SAN_UNIT     = $(patsubst tests/unit/%,$(SAN_DIR)/unit/%,$(UNIT))
SAN_LOG      = $(abspath $(SAN_DIR)/log)
STORM_SECONDS ?= 60
SAN_ENV      = ASAN_OPTIONS=log_path=$(SAN_LOG)/asan:abort_on_error=0:halt_on_error=1:detect_leaks=1 \
               UBSAN_OPTIONS=log_path=$(SAN_LOG)/ubsan:halt_on_error=1:print_stacktrace=1 \
               LSAN_OPTIONS=log_path=$(SAN_LOG)/lsan

.PHONY: sanitize sanitize-build

$(SAN_DIR)/obj/%.o: src/%.c src/*.h
	@mkdir -p $(@D)
	$(SAN_CC) $(SAN_CFLAGS) -c -o $@ $<

$(SAN_DIR)/obj/main.o: src/build-config

$(SAN_DIR)/fbss-guide: $(SAN_OBJS)
	$(SAN_CC) $(SAN_CFLAGS) -o $@ $(SAN_OBJS) $(CURSES_LIBS) $(INI_LIBS)

$(SAN_DIR)/unit/test_%: tests/unit/test_%.c tests/unit/testutil.h $(SAN_CORE)
	@mkdir -p $(@D)
	$(SAN_CC) $(SAN_CFLAGS) -o $@ $< $(SAN_CORE) $(CURSES_LIBS) $(INI_LIBS) -lcmocka

sanitize-build: $(SAN_DIR)/fbss-guide $(SAN_UNIT)

sanitize: sanitize-build
	@rm -rf $(SAN_LOG) && mkdir -p $(SAN_LOG)
	@export $(SAN_ENV); fail=0; \
	for t in $(SAN_UNIT); do ./$$t > $(SAN_DIR)/$$(basename $$t).out 2>&1 || { \
	  cat $(SAN_DIR)/$$(basename $$t).out; echo "sanitize: $$t failed"; fail=1; }; done; \
	[ $$fail = 0 ] && echo "sanitize: $(words $(SAN_UNIT)) unit test programs passed"; \
	ASAN_OPTIONS=$$ASAN_OPTIONS:detect_leaks=0 FBSS_BIN=$(abspath $(SAN_DIR)/fbss-guide) \
	  sh tests/e2e/run.sh || fail=1; \
	storm=$$(mktemp -d) && ( cd $$storm && HOME=$$storm ASAN_OPTIONS=$$ASAN_OPTIONS:detect_leaks=0 \
	  python3 $(abspath tests/e2e/storm.py) $(STORM_SECONDS) $(abspath $(SAN_DIR)/fbss-guide) \
	  --content $(abspath content) ) || fail=1; rm -rf $$storm; \
	if [ -n "$$(ls -A $(SAN_LOG))" ]; then \
	  for f in $(SAN_LOG)/*; do echo "== $$f"; cat "$$f"; done; \
	  echo "sanitize: sanitizer reports above (in $(SAN_LOG))"; fail=1; \
	fi; \
	[ $$fail = 0 ] && echo "sanitize: clean: unit tests under ASan, LSan and UBSan, e2e under ASan and UBSan"; \
	exit $$fail
