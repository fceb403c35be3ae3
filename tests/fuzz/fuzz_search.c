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
 * search_run finds exactly the nodes one of whose fields, folded on its
 * own, contains the folded query, with the field of the first match, and
 * the title matches first. */
#define _GNU_SOURCE
#include "fuzz_check.h"

#include "../../src/search.h"

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

/* True if field f of n, folded on its own, contains fq. */
static bool field_has(const struct node *n, size_t f, const char *fq)
{
    const char *t = search_field_text(n, f);
    char *folded = fold_all(t, strlen(t));
    bool has = strstr(folded, fq) != NULL;

    free(folded);
    return has;
}

static void check_run(char *text, const char *query, const char *fq)
{
    struct node nodes[MAX_NODES];
    struct node *ptrs[MAX_NODES];
    const char *lines[MAX_NODES * 3];
    struct guide g = { 0 };
    struct search_results r = { 0 };
    size_t n_lines = 0, hit = 0;
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
        ptrs[g.n_nodes++] = &nodes[i];
    }
    g.nodes = ptrs;
    ix = search_index_build(&g);
    FUZZ_REQUIRE(ix && search_run(ix, query, &r), "search_index_build/search_run failed");
    if (!fq[0])
        FUZZ_REQUIRE(r.n == 0, "an empty query found %zu nodes", r.n);
    for (size_t i = 0; i < g.n_nodes; i++) {
        const struct node *n = &nodes[i];
        size_t first = (size_t)-1, k;
        for (size_t f = 0; fq[0] && f < search_field_count(n) && first == (size_t)-1; f++)
            if (field_has(n, f, fq))
                first = f;
        for (k = 0; k < r.n && r.v[k].node != n; k++)
            ;
        FUZZ_REQUIRE((first != (size_t)-1) == (k < r.n), "node %zu: found %d, expected %d", i,
                     k < r.n, first != (size_t)-1);
        if (k == r.n)
            continue;
        hit++;
        FUZZ_REQUIRE(r.v[k].field == first && r.v[k].count >= 1,
                     "node %zu: field %zu count %zu, expected field %zu", i, r.v[k].field,
                     r.v[k].count, first);
    }
    FUZZ_REQUIRE(hit == r.n, "%zu results for %zu matching nodes", r.n, hit);
    for (size_t k = 1; k < r.n; k++)
        FUZZ_REQUIRE(!(r.v[k].field == 0 && r.v[k - 1].field != 0),
                     "a title match after another match");
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
    check_run(text, query, fq);

    uselocale(fuzz_utf8_locale);
    free(buf);
    return 0;
}
