/* scale.c: how loading and searching a content folder cost as it grows.
 *
 *     bench/scale [-n RUNS] DIR [WORD]...
 *
 * Loads DIR RUNS times (content_load_fast, as the browser starts, then
 * content_free) and prints the median load time and the peak resident
 * memory; then, given WORDs, builds the search index RUNS times and runs
 * each WORD RUNS times, printing medians and hit counts.
 * Output is "key=value" lines, for bench.py. Exit status 2 if DIR does not
 * load. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../src/content.h"
#include "../src/search.h"

#define MAX_RUNS 99

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Peak resident memory in KB: VmHWM counts from exec, while getrusage's
 * ru_maxrss also counts the parent this process was forked from (a 200 MB
 * Python parent shows as 200 MB). getrusage is the fallback off Linux. */
static long peak_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    struct rusage ru;

    while (f && kb < 0 && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld", &kb) != 1)
            kb = -1;
    if (f)
        fclose(f);
    if (kb < 0 && getrusage(RUSAGE_SELF, &ru) == 0)
        kb = ru.ru_maxrss;
    return kb;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int load(const char *dir, struct guide *g)
{
    struct diag d = { 0 };
    int ok = content_load_fast(dir, g, &d);

    if (!ok)
        diag_print(&d, stderr);
    diag_free(&d);
    return ok;
}

/* Loads dir runs times; keeps the last load in g for the search. */
static int time_load(const char *dir, int runs, struct guide *g)
{
    double ms[MAX_RUNS];
    struct content_stats st;
    long base = peak_rss_kb();

    for (int i = 0; i < runs; i++) {
        if (i)
            content_free(g);
        double t = now_ms();
        if (!load(dir, g))
            return 0;
        ms[i] = now_ms() - t;
    }
    content_stats(g, &st);
    printf("pages=%zu words=%zu load_ms=%.3f rss_kb=%ld base_rss_kb=%ld\n", st.pages,
           st.words, median(ms, runs), peak_rss_kb(), base);
    return 1;
}

static struct search_index *time_index(const struct guide *g, int runs)
{
    double ms[MAX_RUNS];
    struct search_index *ix = NULL;

    for (int i = 0; i < runs; i++) {
        search_index_free(ix);
        double t = now_ms();
        ix = search_index_build(g);
        ms[i] = now_ms() - t;
        if (!ix)
            return NULL;
    }
    printf("index_ms=%.3f index_rss_kb=%ld\n", median(ms, runs), peak_rss_kb());
    return ix;
}

static int time_search(const struct search_index *ix, const char *word, int runs)
{
    double ms[MAX_RUNS];
    size_t hits = 0;

    for (int i = 0; i < runs; i++) {
        struct search_results r = { 0 };
        double t = now_ms();
        if (!search_run(ix, word, &r))
            return 0;
        ms[i] = now_ms() - t;
        hits = r.n;
        search_results_free(&r);
    }
    printf("search=%s hits=%zu search_ms=%.3f\n", word, hits, median(ms, runs));
    return 1;
}

static int searches(const struct guide *g, int runs, char **words, int n)
{
    struct search_index *ix;
    int ok;

    if (n == 0) /* load only: what a profile of loading wants */
        return 1;
    ix = time_index(g, runs);
    ok = ix != NULL;

    for (int i = 0; ok && i < n; i++)
        ok = time_search(ix, words[i], runs);
    search_index_free(ix);
    return ok;
}

int main(int argc, char **argv)
{
    int runs = 5, i = 1, ok;
    struct guide g;

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        i = 3;
    }
    if (i >= argc || runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, "usage: scale [-n RUNS] DIR [WORD]...\n");
        return 2;
    }
    if (!time_load(argv[i], runs, &g))
        return 2;
    ok = searches(&g, runs, argv + i + 1, argc - i - 1);
    content_free(&g);
    return ok ? 0 : 2;
}
