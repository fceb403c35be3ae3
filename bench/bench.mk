# bench.mk: `make bench` measures the guide against dialog, whiptail and
# less, and how loading and search scale (see bench/README.md). `make
# bench-smoke`, run by `make check`, only shows that the harness works.
# `make bench-profile` counts instructions (callgrind) where time is noisy.
# Included from the Makefile; uses its CORE, ALL_CFLAGS, CURSES_LIBS,
# INI_LIBS and the fbss-guide target.

BENCH_SRCS    = $(CORE)
BENCH_OBJS    = $(BENCH_SRCS:.c=.o)

.PHONY: bench bench-smoke bench-profile bench-clean

bench/scale: bench/scale.c $(BENCH_OBJS) src/*.h
	$(CC) $(ALL_CFLAGS) -o $@ bench/scale.c $(BENCH_OBJS) $(CURSES_LIBS) $(INI_LIBS)

bench:
	@sh scripts/deps.sh bench
	@$(MAKE) --no-print-directory fbss-guide bench/scale
	python3 bench/bench.py

bench-smoke: fbss-guide bench/scale
	python3 bench/bench.py --smoke

# Loading 10,000 generated pages, building the index and one search, under
# callgrind. The core is rebuilt in a temporary folder with -fno-inline so
# each static function keeps its own count; src/*.o are left alone.
bench-profile:
	@sh scripts/deps.sh bench
	@d=$$(mktemp -d /tmp/fbss-profile.XXXXXX) && \
	for f in $(BENCH_SRCS); do \
	  $(CC) $(ALL_CFLAGS) -fno-inline -c -o $$d/$$(basename $$f .c).o $$f || exit 1; \
	done && \
	$(CC) $(ALL_CFLAGS) -fno-inline -o $$d/scale bench/scale.c $$d/*.o \
	  $(CURSES_LIBS) $(INI_LIBS) && \
	python3 bench/gen_content.py 10000 $$d/content && \
	valgrind -q --tool=callgrind --callgrind-out-file=$$d/callgrind.out \
	  $$d/scale -n 1 $$d/content pain && \
	callgrind_annotate --inclusive=yes $$d/callgrind.out | \
	  sed -n '/PROGRAM TOTALS/,$$p' | head -45 && \
	echo "bench-profile: kept in $$d (callgrind_annotate $$d/callgrind.out)"

bench-clean:
	rm -f bench/scale
