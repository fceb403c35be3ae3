/* fuzz_search.c: libFuzzer target for src/search.c.
 *
 * Input: byte 0 the snippet width (0..199), byte 1 the flags (bit 0: ASCII
 * mode, bit 1: the C locale), then the query, a NUL byte, and the text.
 * The text, split at newlines, also becomes a small guide (three lines to
 * a node: title, p1, p2) that is indexed and searched.
 *
 * Checks: search_fold_query gives at most cap - 1 bytes of valid UTF-8,
 * lower-case, without tabs, newlines, leading, trailing or double spaces,
 * and folding it again changes nothing. search_find returns a range inside
 * the text, on character boundaries, whose folded form starts with the
 * query. search_snippet is terminal-safe, at most width columns (8 at
 * least) and its match range lies inside it, on character boundaries.
 * search_run finds every node that holds each word of the query (stop
 * words aside) at the start of a word of one of its fields, folded on its
 * own; lists no node twice; ranks by falling score; and every word it
 * marks (search_find_word) is a whole word on character boundaries, in a
 * terminal-safe snippet that fits. */
#define _GNU_SOURCE
#include "fuzz_check.h"

#include "../../src/search.h"
#include "../../src/words.h"

#define MAX_NODES 16

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locales_init();
    return 0;
}

/* The folded form of s, malloc'd (big enough never to be cut). */
static char *fold_all(const char *s, size_t len)
{
    size_t cap = len * 4 + 8;
    char *copy = strndup(s, len), *out = malloc(cap);

    FUZZ_REQUIRE(copy && out, "out of memory");
    search_fold_query(copy, out, cap);
    free(copy);
    return out;
}

static void check_fold(const char *q, size_t cap)
{
    char *out = malloc(cap + 1), *again;
    size_t n;

    FUZZ_REQUIRE(out, "out of memory");
    out[cap] = 'Z'; /* must stay untouched */
    n = search_fold_query(q, out, cap);
    FUZZ_REQUIRE(out[cap] == 'Z', "search_fold_query wrote past cap %zu", cap);
    if (cap == 0) {
        FUZZ_REQUIRE(n == 0, "cap 0 gave %zu bytes", n);
        free(out);
        return;
    }
    FUZZ_REQUIRE(n < cap && strlen(out) == n, "fold gave %zu bytes (strlen %zu), cap %zu", n,
                 strlen(out), cap);
    FUZZ_REQUIRE(ref_utf8_prefix(out, n) == n, "folded query is not valid UTF-8");
    FUZZ_REQUIRE(n == 0 || (out[0] != ' ' && out[n - 1] != ' '), "leading/trailing space");
    for (size_t i = 0; i < n; i++) {
        FUZZ_REQUIRE(!(out[i] >= 'A' && out[i] <= 'Z'), "upper case in folded query");
        FUZZ_REQUIRE(out[i] != '\t' && out[i] != '\n' && out[i] != '\r', "tab/newline kept");
        FUZZ_REQUIRE(!(out[i] == ' ' && out[i + 1] == ' '), "double space in folded query");
    }
    again = fold_all(out, n);
    FUZZ_REQUIRE(strcmp(again, out) == 0, "folding is not idempotent: \"%s\" -> \"%s\"", out,
                 again);
    free(again);
    free(out);
}

static void check_find(const char *s, const char *fq)
{
    size_t len = strlen(s), from = 0, start, end, found = 0;

    while (from <= len && search_find(s, len, fq, from, &start, &end)) {
        FUZZ_REQUIRE(start >= from && start < end && end <= len,
                     "search_find range [%zu,%zu) from %zu, len %zu", start, end, from, len);
        FUZZ_REQUIRE(on_boundary(s, len, start) && on_boundary(s, len, end),
                     "search_find range [%zu,%zu) cuts a character", start, end);
        /* The match may begin inside the first character's folded form
         * ("eeee" in "oeeee" from "œéé..."), at most 3 bytes in. */
        char *f = fold_all(s + start, end - start);
        char *at = strstr(f, fq);
        FUZZ_REQUIRE(at && at - f <= 3,
                     "match [%zu,%zu) folds to \"%s\", which does not hold \"%s\" at its start",
                     start, end, f, fq);
        free(f);
        from = end;
        if (++found > len)
            break;
    }
}

static void check_snippet(const char *text, const char *fq, int width, bool ascii)
{
    size_t ms = (size_t)-1, ml = (size_t)-1, len, cstart, cend;
    char *snip = search_snippet(text, fq, width, ascii, &ms, &ml);
    char *clean = text_clean(text, ascii);

    FUZZ_REQUIRE(snip && clean, "search_snippet or text_clean returned NULL");
    len = strlen(snip);
    require_terminal_safe(snip, len, ascii, "snippet");
    FUZZ_REQUIRE(text_width(snip, len) <= (width < 8 ? 8 : width),
                 "snippet is %d columns, width %d", text_width(snip, len), width);
    FUZZ_REQUIRE(ms <= len && ml <= len - ms, "snippet match [%zu,+%zu) outside %zu bytes", ms,
                 ml, len);
    FUZZ_REQUIRE(on_boundary(snip, len, ms) && on_boundary(snip, len, ms + ml),
                 "snippet match [%zu,+%zu) cuts a character", ms, ml);
    if (ml > 0) {
        FUZZ_REQUIRE(search_find(clean, strlen(clean), fq, 0, &cstart, &cend),
                     "snippet highlights a match that search_find does not find");
        FUZZ_REQUIRE(ml <= cend - cstart && memcmp(snip + ms, clean + cstart, ml) == 0,
                     "snippet highlights other text than the match");
    }
    free(clean);
    free(snip);
}

/* The words a query searches for, as rank.c is documented to take them:
 * the first 40 words, stop words dropped unless there is nothing else,
 * at most 12, each cut to WORDS_MAX bytes. Returns how many. */
#define REF_QWORDS 40
#define REF_TERMS 12
static size_t ref_terms(const char *fq, char out[][WORDS_MAX + 1])
{
    size_t len = strlen(fq), pos = 0, start, n, k = 0, starts[REF_QWORDS], lens[REF_QWORDS];
    size_t nw = 0;
    bool all_stop = true;

    while (nw < REF_QWORDS && (n = words_next(fq, len, &pos, &start)) > 0) {
        starts[nw] = start;
        lens[nw++] = n;
        all_stop = all_stop && words_is_stop(fq + start, n);
    }
    for (size_t i = 0; i < nw && k < REF_TERMS; i++) {
        if (!all_stop && words_is_stop(fq + starts[i], lens[i]))
            continue;
        n = lens[i] < WORDS_MAX ? lens[i] : WORDS_MAX;
        memcpy(out[k], fq + starts[i], n);
        out[k++][n] = '\0';
    }
    return k;
}

/* True if some word of a field of n, folded on its own, starts with w. */
static bool node_has_word(const struct node *n, const char *w)
{
    size_t wl = strlen(w);

    for (size_t f = 0; f < search_field_count(n); f++) {
        const char *t = search_field_text(n, f);
        char *folded = fold_all(t, strlen(t));
        size_t len = strlen(folded), pos = 0, start, k;
        bool has = false;
        while (!has && (k = words_next(folded, len, &pos, &start)) > 0)
            has = (k < WORDS_MAX ? k : WORDS_MAX) >= wl && memcmp(folded + start, w, wl) == 0;
        free(folded);
        if (has)
            return true;
    }
    return false;
}

/* Every word the results mark is a whole word of the text, on character
 * boundaries, and a snippet around it is terminal-safe and fits. */
static void check_marks(const struct node *n, const struct search_results *r, int width,
                        bool ascii)
{
    for (size_t f = 0; f < search_field_count(n); f++) {
        const char *t = search_field_text(n, f);
        size_t len = strlen(t), from = 0, a, b, k = 0, ms, ml;
        while (search_find_word(t, len, r->match, from, &a, &b) && k++ <= len) {
            FUZZ_REQUIRE(a >= from && a < b && b <= len, "mark [%zu,%zu) from %zu, len %zu", a,
                         b, from, len);
            FUZZ_REQUIRE(on_boundary(t, len, a) && on_boundary(t, len, b),
                         "mark [%zu,%zu) cuts a character", a, b);
            from = b;
        }
        char *snip = search_snippet_words(t, r->match, width, ascii, &ms, &ml);
        FUZZ_REQUIRE(snip, "search_snippet_words returned NULL");
        require_terminal_safe(snip, strlen(snip), ascii, "word snippet");
        FUZZ_REQUIRE(text_width(snip, strlen(snip)) <= (width < 8 ? 8 : width),
                     "word snippet too wide");
        FUZZ_REQUIRE(ms <= strlen(snip) && ml <= strlen(snip) - ms, "word snippet mark outside");
        free(snip);
    }
}

static void check_run(char *text, const char *query, const char *fq, int width, bool ascii)
{
    struct node nodes[MAX_NODES];
    struct node *ptrs[MAX_NODES];
    const char *lines[MAX_NODES * 3];
    char terms[REF_TERMS][WORDS_MAX + 1], advice[4][SEARCH_LINE];
    struct guide g = { 0 };
    struct search_results r = { 0 };
    size_t n_lines = 0, n_terms = ref_terms(fq, terms);
    struct search_index *ix;

    for (char *p = text; n_lines < MAX_NODES * 3;) {
        lines[n_lines++] = p;
        p = strchr(p, '\n');
        if (!p)
            break;
        *p++ = '\0';
    }
    memset(nodes, 0, sizeof nodes);
    for (size_t i = 0; i * 3 < n_lines; i++) {
        nodes[i].id = "n";
        nodes[i].type = NODE_PAGE;
        nodes[i].title = lines[i * 3];
        nodes[i].paras = &lines[i * 3 + 1];
        nodes[i].n_paras = n_lines - i * 3 - 1 < 2 ? n_lines - i * 3 - 1 : 2;
        nodes[i].index = i;
        ptrs[g.n_nodes++] = &nodes[i];
    }
    g.nodes = ptrs;
    ix = search_index_build(&g);
    FUZZ_REQUIRE(ix && search_run(ix, query, &r), "search_index_build/search_run failed");
    if (n_terms == 0)
        FUZZ_REQUIRE(r.n == 0, "a query of no words found %zu nodes", r.n);
    for (size_t i = 0; i < g.n_nodes; i++) {
        const struct node *n = &nodes[i];
        size_t k, seen = 0;
        bool all = n_terms > 0;
        for (size_t t = 0; all && t < n_terms; t++)
            all = node_has_word(n, terms[t]);
        for (k = 0; k < r.n; k++)
            seen += r.v[k].node == n;
        FUZZ_REQUIRE(seen <= 1, "node %zu listed %zu times", i, seen);
        /* Spellings and corrections may add nodes; none that holds every
         * word may be missing. */
        FUZZ_REQUIRE(!all || seen == 1, "node %zu holds every word of \"%s\" but is not found",
                     i, fq);
    }
    for (size_t k = 0; k < r.n; k++) {
        FUZZ_REQUIRE(r.v[k].field < search_field_count(r.v[k].node) && r.v[k].count >= 1,
                     "result %zu: field %zu count %zu", k, r.v[k].field, r.v[k].count);
        FUZZ_REQUIRE(k == 0 || r.v[k - 1].score >= r.v[k].score, "result %zu ranks above %zu",
                     k, k - 1);
        check_marks(r.v[k].node, &r, width, ascii);
    }
    FUZZ_REQUIRE(strlen(r.shown) < sizeof r.shown && strlen(r.match) < sizeof r.match,
                 "shown or match not terminated");
    if (r.n == 0)
        for (size_t k = search_suggest(ix, query, advice, 4); k-- > 0;)
            FUZZ_REQUIRE(strlen(advice[k]) < SEARCH_LINE, "advice not terminated");
    search_results_free(&r);
    search_index_free(ix);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf, *query, *text, fq[SEARCH_MAX_QUERY * 4 + 1];
    int width;
    bool ascii;

    if (size < 2)
        return 0;
    width = data[0] % 200;
    ascii = data[1] & 1;
    buf = malloc(size + 1);
    FUZZ_REQUIRE(buf, "out of memory");
    memcpy(buf, data + 2, size - 2);
    buf[size - 2] = '\0';
    buf[size - 1] = '\0';
    query = buf;
    text = buf + strlen(buf) + 1; /* after the first NUL, or "" */
    uselocale(data[1] & 2 ? fuzz_c_locale : fuzz_utf8_locale);

    check_fold(query, sizeof fq);
    check_fold(query, (size_t)width); /* small caps cut the query */
    search_fold_query(query, fq, sizeof fq);
    check_find(text, fq);
    check_snippet(text, fq, width, ascii);
    check_snippet(text, fq, width, !ascii);
    check_run(text, query, fq, width, ascii);

    uselocale(fuzz_utf8_locale);
    free(buf);
    return 0;
}
