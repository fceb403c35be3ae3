# tests/fuzz/fuzz.mk: libFuzzer targets for the content loader and the text
# functions (see tests/fuzz/README.md). Included from the Makefile; uses its
# CORE, WARN, CURSES_CFLAGS, INI_CFLAGS, INI_LIBS, CURSES_LIBS and DEFS.
#
#   make fuzz              fuzz every target for FUZZ_SECONDS each
#   make fuzz-replay       run every committed corpus file once (make check)
#
# Everything is built in build/fuzz/ with clang; new inputs found while
# fuzzing go to build/fuzz/work/<target>, never into the committed corpus.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_JOBS    ?= 1
FUZZ_FLAGS   ?=
FUZZ_DIR      = build/fuzz
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS   = $(WARN) $(CURSES_CFLAGS) $(INI_CFLAGS) $(DEFS) -g -O1 -fno-omit-frame-pointer \
                $(FUZZ_SAN)
# src/search.c joins the build (and gets its target) as soon as it exists.
FUZZ_SRCS     = $(sort $(CORE) $(wildcard src/search.c))
FUZZ_OBJS     = $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_SRCS))
FUZZ_TARGETS  = content text $(if $(wildcard src/search.c),search)
FUZZ_BINS     = $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZ_TARGETS))
# One sanitizer report ends the run with a failure; leaks are reported too.
FUZZ_ENV      = ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:allocator_may_return_null=1 \
                UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: fuzz fuzz-build fuzz-replay
.SECONDARY: $(FUZZ_OBJS)

$(FUZZ_DIR)/obj/%.o: src/%.c src/*.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_check.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS) $(CURSES_LIBS) $(INI_LIBS)

# Seeds made from the shipped content at build time, so they never go
# stale: each file alone, and the whole guide as one input, one part per
# file (the loader target takes up to MAX_FILES = 16 parts), which reaches
# the page layout with the real pages.
$(FUZZ_DIR)/seeds/content/all-content: content/*.ini tests/fuzz/fuzz.mk
	@rm -rf $(@D) && mkdir -p $(@D)
	@for f in content/*.ini; do cp $$f $(@D)/ship-$$(basename $$f .ini); done
	@awk 'FNR == 1 && NR > 1 && ++n < 16 { print "@@@@" } { print }' content/*.ini > $@

fuzz-build: $(FUZZ_BINS) $(FUZZ_DIR)/seeds/content/all-content

fuzz-replay: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  extra=; [ -d $(FUZZ_DIR)/seeds/$$t ] && extra=$(FUZZ_DIR)/seeds/$$t/*; \
	  log=$(FUZZ_DIR)/replay-$$t.log; \
	  if $(FUZZ_ENV) $(FUZZ_DIR)/fuzz_$$t tests/fuzz/corpus/$$t/* $$extra > $$log 2>&1; then \
	    echo "fuzz-replay: $$t: $$(grep -c '^Running: ' $$log) inputs, no crash or sanitizer report"; \
	  else \
	    tail -n 60 $$log; echo "fuzz-replay: $$t FAILED (full log: $$log)"; exit 1; \
	  fi; \
	done

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  work=$(FUZZ_DIR)/work/$$t; log=$(FUZZ_DIR)/fuzz-$$t.log; mkdir -p $$work; \
	  par=; [ $(FUZZ_JOBS) -gt 1 ] && par=-fork=$(FUZZ_JOBS); \
	  len=4096; [ $$t = content ] && len=16384; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s (log: $$log, new inputs: $$work)"; \
	  if $(FUZZ_ENV) $(FUZZ_DIR)/fuzz_$$t $$par -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=$$len \
	       -dict=tests/fuzz/$$t.dict -artifact_prefix=$(FUZZ_DIR)/$$t- -print_final_stats=1 \
	       $(FUZZ_FLAGS) $$work tests/fuzz/corpus/$$t $$( [ -d $(FUZZ_DIR)/seeds/$$t ] && echo $(FUZZ_DIR)/seeds/$$t ) \
	       > $$log 2>&1; then \
	    grep -E '^#[0-9]+(: cov:|[[:space:]]+(DONE|INITED))' $$log | tail -n 1; \
	    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' $$log; \
	    echo "fuzz: $$t: corpus in $$work: $$(ls $$work | wc -l) inputs"; \
	  else \
	    tail -n 60 $$log; repro=$$(ls -t $(FUZZ_DIR)/$$t-* 2>/dev/null | head -n 1); \
	    echo "fuzz: $$t FAILED$${repro:+: reproducer $$repro (replay: $(FUZZ_DIR)/fuzz_$$t $$repro)}"; exit 1; \
	  fi; \
	done
