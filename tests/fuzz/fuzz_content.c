/* fuzz_content.c: libFuzzer target for the content loader (src/content.c,
 * src/inifile.c, iniparser behind them), the page layout and self-check
 * scoring of whatever it accepts.
 *
 * Input: up to MAX_FILES .ini files separated by a line "@@@@" (the marker
 * line itself is dropped). A part that is exactly "@dir" becomes a folder
 * named like a content file, "@fifo" a named pipe (the "x.ini is not a
 * file" traps). The files are written to a fresh folder under /dev/shm
 * (TMPDIR, then /tmp, when it is missing), loaded, and removed again.
 *
 * Checks: content_load fails exactly when it reports errors, and then
 * leaves the guide empty; the error text is printable. A guide it accepts
 * is sound: a root menu, every node findable by id, children that are not
 * sources, no cycle, every node but sources reachable from the root,
 * checklist bands that tile 0..max_score so every score has one band.
 * Every node is laid out with doc_page (and the checklist parts with
 * doc_add) at a width taken from the input, in UTF-8 and ASCII mode, and
 * every line is terminal-safe and within the width. Error messages, which
 * --check prints, hold no control character either. */
#define _GNU_SOURCE
#include "fuzz_check.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/check.h"
#include "../../src/content.h"
#include "../../src/diag.h"
#include "../../src/layout.h"

#define MAX_FILES 16 /* as many parts as fuzz.mk's all-content seed has */
#define MARKER "\n@@@@\n"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char work_dir[4096];
static FILE *devnull;
/* Error messages go to a terminal too (fbss-guide --check): no control
 * character of the content may reach it. FBSS_FUZZ_LAX_DIAG=1 turns this
 * check off, to fuzz for other bugs while such a bug is open. */
static bool lax_diag;

static void remove_work_dir(void)
{
    if (work_dir[0])
        rmdir(work_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *bases[] = { "/dev/shm", getenv("TMPDIR"), "/tmp" };

    (void)argc;
    (void)argv;
    fuzz_locales_init();
    for (size_t i = 0; i < 3 && !work_dir[0]; i++) {
        if (!bases[i])
            continue;
        snprintf(work_dir, sizeof work_dir, "%s/fbss-fuzz-XXXXXX", bases[i]);
        if (!mkdtemp(work_dir))
            work_dir[0] = '\0';
    }
    if (!work_dir[0]) {
        perror("fuzz_content: cannot make a temporary folder");
        exit(1);
    }
    atexit(remove_work_dir);
    lax_diag = getenv("FBSS_FUZZ_LAX_DIAG") && strcmp(getenv("FBSS_FUZZ_LAX_DIAG"), "0") != 0;
    devnull = fopen("/dev/null", "w");
    return 0;
}

/* Writes the parts of the input; returns how many paths it made. */
static size_t write_parts(const uint8_t *data, size_t size, char paths[][4200])
{
    const char *p = (const char *)data, *end = p + size;
    size_t n = 0;

    while (n < MAX_FILES) {
        const char *m = n + 1 < MAX_FILES ? memmem(p, (size_t)(end - p), MARKER, 6) : NULL;
        size_t len = m ? (size_t)(m + 1 - p) : (size_t)(end - p); /* keeps the '\n' */
        size_t bare = len && p[len - 1] == '\n' ? len - 1 : len; /* without its newline */

        snprintf(paths[n], 4200, "%s/%02zu-part.ini", work_dir, n);
        if (bare == 4 && memcmp(p, "@dir", 4) == 0) {
            FUZZ_REQUIRE(mkdir(paths[n], 0700) == 0, "mkdir %s: %s", paths[n], strerror(errno));
        } else if (bare == 5 && memcmp(p, "@fifo", 5) == 0) {
            FUZZ_REQUIRE(mkfifo(paths[n], 0600) == 0, "mkfifo %s: %s", paths[n],
                         strerror(errno));
        } else {
            FILE *f = fopen(paths[n], "wb");
            FUZZ_REQUIRE(f && fwrite(p, 1, len, f) == len && fclose(f) == 0, "write %s: %s",
                         paths[n], strerror(errno));
        }
        n++;
        if (!m)
            break;
        p = m + 6;
    }
    return n;
}

static void remove_parts(char paths[][4200], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (unlink(paths[i]) != 0)
            FUZZ_REQUIRE(rmdir(paths[i]) == 0, "cannot remove %s: %s", paths[i],
                         strerror(errno));
}

static void require_printable(const char *msg)
{
    const unsigned char *u = (const unsigned char *)msg;
    size_t len = strlen(msg);

    FUZZ_REQUIRE(ref_utf8_prefix(msg, len) == len, "error message is not valid UTF-8: %s", msg);
    for (size_t i = 0; i < len; i++)
        FUZZ_REQUIRE((u[i] >= 0x20 || u[i] == '\n' || u[i] == '\t') && u[i] != 0x7F &&
                         !(u[i] == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F),
                     "error message has control byte 0x%02x%s at %zu", u[i],
                     u[i] == 0xC2 ? " (C1)" : "", i);
}

static void check_lines(const struct doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        const struct doc_line *l = &d->lines[i];
        int room = d->width - l->indent;
        require_terminal_safe(l->s, l->len, d->ascii, "page line");
        if (l->marker)
            require_terminal_safe(l->marker, strlen(l->marker), d->ascii, "bullet marker");
        FUZZ_REQUIRE(text_width(l->s, l->len) <= (room < 1 ? 1 : room) ||
                         char_len(l->s, l->len) == l->len,
                     "page line %zu is %d wide at width %d (indent %d)", i,
                     text_width(l->s, l->len), d->width, l->indent);
    }
}

static void add_opt(struct doc *d, const char *s, int indent)
{
    if (s)
        FUZZ_REQUIRE(doc_add_indented(d, s, LINE_TEXT, indent), "doc_add_indented failed");
}

static void lay_out(const struct guide *g, const struct node *n, int width, bool ascii)
{
    struct doc d;

    doc_init(&d, width, ascii);
    FUZZ_REQUIRE(doc_page(&d, n), "doc_page failed on [%s]", n->id);
    add_opt(&d, n->summary, 0);
    add_opt(&d, g->title, 0);
    add_opt(&d, g->disclaimer, 0);
    if (n->check) {
        const struct checklist *c = n->check;
        for (size_t i = 0; i < c->n_items; i++) {
            add_opt(&d, c->items[i].text, 4);
            add_opt(&d, c->items[i].why, 6);
            add_opt(&d, c->items[i].ask, 6);
        }
        for (size_t i = 0; i < c->n_bands; i++) {
            add_opt(&d, c->bands[i].title, 0);
            add_opt(&d, c->bands[i].text, 0);
        }
        add_opt(&d, c->urgent_title, 0);
        for (size_t i = 0; i < c->n_urgent_paras; i++)
            add_opt(&d, c->urgent_paras[i], 0);
        for (size_t i = 0; i < c->n_bring; i++)
            add_opt(&d, c->bring[i], 2);
    }
    check_lines(&d);
    doc_free(&d);
}

/* Scores a checklist with ticks taken from seed; every result has a band
 * or the urgent card. */
static void score(const struct guide *g, const struct node *n, uint32_t seed)
{
    const struct checklist *c = n->check;
    bool *ticked = calloc(c->n_items + 1, sizeof *ticked);
    struct check_result r;
    int max = 0;

    FUZZ_REQUIRE(ticked, "out of memory");
    for (size_t i = 0; i < c->n_items; i++) {
        ticked[i] = (seed >> (i % 32)) & 1;
        max += c->items[i].urgent ? 0 : c->items[i].weight;
    }
    FUZZ_REQUIRE(max == c->max_score, "max_score %d, sum of weights %d", c->max_score, max);
    check_score(c, ticked, &r);
    FUZZ_REQUIRE(r.score >= 0 && r.score <= c->max_score, "score %d of %d", r.score,
                 c->max_score);
    /* A checklist without bands gives no verdict: its result is the list. */
    FUZZ_REQUIRE(r.urgent || c->n_bands == 0 ? r.band == NULL : r.band != NULL,
                 "[%s]: score %d has no band", n->id, r.score);
    FUZZ_REQUIRE(!r.urgent || c->urgent_title, "[%s]: urgent but no urgent card", n->id);
    char *sum = check_summary(g, n, ticked);
    FUZZ_REQUIRE(sum != NULL, "check_summary failed");
    free(sum);
    free(ticked);
}

/* Every checklist's bands, sorted by min, tile 0..max_score. A checklist
 * may have no bands, and then no weights: it informs and does not score. */
static void check_bands(const struct node *n)
{
    const struct checklist *c = n->check;
    int next = 0;

    FUZZ_REQUIRE(c && c->n_items > 0, "[%s]: checklist without items", n->id);
    if (c->n_bands == 0) {
        FUZZ_REQUIRE(c->max_score == 0, "[%s]: weights (sum %d) but no bands", n->id,
                     c->max_score);
        return;
    }
    for (size_t i = 0; i < c->n_bands; i++) {
        const struct check_band *b = &c->bands[i];
        FUZZ_REQUIRE(b->title, "[%s] band %zu has no title", n->id, i);
        FUZZ_REQUIRE(b->min == next && b->max >= b->min, "[%s] band %zu is %d..%d, expected %d..",
                     n->id, i, b->min, b->max, next);
        next = b->max + 1;
    }
    FUZZ_REQUIRE(next == c->max_score + 1, "[%s] bands end at %d, max score %d", n->id, next - 1,
                 c->max_score);
}

/* Depth-first from the root: no node is met again on its own path. */
static void walk(const struct node *n, const struct node **path, size_t depth, size_t max,
                 unsigned char *seen, const struct guide *g)
{
    size_t idx = 0;

    FUZZ_REQUIRE(depth < max, "path deeper than the number of nodes: a cycle");
    for (size_t i = 0; i < depth; i++)
        FUZZ_REQUIRE(path[i] != n, "cycle through [%s]", n->id);
    while (idx < g->n_nodes && g->nodes[idx] != n)
        idx++;
    FUZZ_REQUIRE(idx < g->n_nodes, "[%s] is reachable but not in g->nodes", n->id);
    if (seen[idx])
        return; /* already walked below; no cycle through it then */
    path[depth] = n;
    for (size_t i = 0; i < n->n_children; i++) {
        FUZZ_REQUIRE(n->children[i] && n->children[i]->type != NODE_SOURCE,
                     "[%s] child %zu is a source", n->id, i);
        walk(n->children[i], path, depth + 1, max, seen, g);
    }
    seen[idx] = 1;
}

static void check_guide(const struct guide *g, int width, uint32_t seed)
{
    struct content_stats st;
    const struct node **path = calloc(g->n_nodes + 1, sizeof *path);
    unsigned char *seen = calloc(g->n_nodes + 1, 1);

    FUZZ_REQUIRE(path && seen, "out of memory");
    FUZZ_REQUIRE(g->root && g->root->type == NODE_MENU && g->title, "no root menu or title");
    content_stats(g, &st);
    FUZZ_REQUIRE(st.pages + st.menus + st.checklists + st.sources + st.terms <= g->n_nodes,
                 "content_stats counts more nodes than there are");
    walk(g->root, path, 0, g->n_nodes + 1, seen, g);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const struct node *n = g->nodes[i];
        FUZZ_REQUIRE(n && n->id && n->title, "node %zu incomplete", i);
        FUZZ_REQUIRE(content_find(g, n->id) == n, "content_find([%s]) misses it", n->id);
        FUZZ_REQUIRE(seen[i] || n->type == NODE_SOURCE, "[%s] is not reachable", n->id);
        for (size_t k = 0; k < n->n_paras; k++)
            FUZZ_REQUIRE(n->paras[k], "[%s] p%zu is NULL", n->id, k + 1);
        for (size_t k = 0; k < n->n_sources; k++)
            FUZZ_REQUIRE(n->sources[k]->type == NODE_SOURCE, "[%s] source %zu is not a source",
                         n->id, k);
        if (n->type == NODE_CHECKLIST) {
            check_bands(n);
            score(g, n, seed);
        }
        lay_out(g, n, width, false);
        lay_out(g, n, width, true);
    }
    free(path);
    free(seen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char paths[MAX_FILES][4200];
    struct guide g;
    struct diag d = { 0 };
    uint32_t hash = 2166136261u; /* FNV-1a: the width and ticks */
    size_t n;
    bool ok;

    for (size_t i = 0; i < size; i++)
        hash = (hash ^ data[i]) * 16777619u;
    n = write_parts(data, size, paths);
    ok = content_load(work_dir, &g, &d);
    remove_parts(paths, n);

    FUZZ_REQUIRE(ok == (diag_count(&d) == 0), "content_load returned %d with %zu errors", ok,
                 diag_count(&d));
    if (ok) {
        check_guide(&g, 1 + (int)(hash % 200), hash >> 8);
    } else {
        FUZZ_REQUIRE(!g.root && !g.nodes && g.n_nodes == 0 && !g.arena,
                     "failed load left a partial guide");
        for (size_t i = 0; i < d.n; i++) {
            FUZZ_REQUIRE(d.msgs[i] && d.msgs[i][0], "empty error message %zu", i);
            if (!lax_diag)
                require_printable(d.msgs[i]);
        }
        if (devnull)
            diag_print(&d, devnull);
    }
    content_free(&g);
    diag_free(&d);
    return 0;
}
