/* plain.c: plain mode (see plain.h). Every answer goes through layout.c,
 * so content is cleaned (no control characters, ASCII when asked) and
 * wrapped exactly as on screen.
 *
 * For screen readers, which read every word each time, the prompt is just
 * "> ": the command list is printed once at the start and on "?", and each
 * kind of screen (page, self-check, search results) explains its own
 * commands once, the first time it appears. */
#define _GNU_SOURCE
#include "plain.h"
#include "grow.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "layout.h"
#include "savefile.h"
#include "search.h"
#include "text.h"

#define NO_INDEX ((size_t)-1)
#define DEFAULT_WIDTH 80
#define MIN_WIDTH 20
#define ECHO_COLS 30 /* columns of unknown input quoted back */
#define MAX_HITS 20  /* search results listed */
#define MAX_PICKS 64 /* statements one line can tick */

enum hint { HINT_PAGE = 1, HINT_CHECK = 2, HINT_RESULTS = 4 };

struct pframe {
    struct node *node;          /* NULL: a list of search results */
    size_t index;               /* its place in the parent menu, or NO_INDEX */
    struct search_results hits; /* search results only */
    char *query;
};

struct plain {
    struct guide *g;
    int width;
    bool ascii, kiosk;
    FILE *in, *out;
    struct pframe *stack; /* the path actually taken; [0] is Home */
    size_t depth, cap;
    struct node help;
    const char *help_paras[24];
    char *help_end; /* the disclaimer paragraph of the help, allocated */
    struct check_state *checks;
    size_t n_checks;
    struct search_index *index; /* built at the first search */
    unsigned hinted;            /* hints already given (enum hint) */
    char *line;
    size_t line_cap;
    bool quit, failed; /* failed: out of memory */
};

static void plain_show(struct plain *p, bool full);

/* ---- output: everything from content or input goes through layout.c */

/* One laid-out line. A prefix (ASCII, no wider than the indent, such as
 * " 3. [x] ") takes the place of the bullet marker. */
static void plain_put_line(struct plain *p, const struct doc_line *l, const char *prefix)
{
    const char *lead = prefix ? prefix : l->marker;
    int col = 0;

    if (lead) {
        fputs(lead, p->out);
        col = text_width(lead, strlen(lead));
    }
    if (l->len > 0) {
        for (; col < l->indent; col++)
            fputc(' ', p->out);
        fwrite(l->s, 1, l->len, p->out);
    }
    fputc('\n', p->out);
}

/* Wraps text to the width and prints it. With a prefix the text hangs
 * after it; without, a leading "- " makes a bullet. */
static void plain_put(struct plain *p, const char *text, enum line_kind kind, const char *prefix)
{
    struct doc d;
    bool ok;

    doc_init(&d, p->width, p->ascii);
    ok = prefix ? doc_add_indented(&d, text, kind, (int)strlen(prefix))
                : doc_add(&d, text, kind);
    for (size_t i = 0; ok && i < d.n; i++)
        plain_put_line(p, &d.lines[i], i == 0 ? prefix : NULL);
    if (!ok)
        p->failed = true;
    doc_free(&d);
}

static void plain_blank(struct plain *p)
{
    fputc('\n', p->out);
}

__attribute__((format(printf, 2, 3))) static void plain_say(struct plain *p, const char *fmt, ...)
{
    va_list ap;
    char *s;
    int n;

    va_start(ap, fmt);
    n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) {
        p->failed = true;
        return;
    }
    plain_put(p, s, LINE_TEXT, NULL);
    free(s);
}

/* A short explanation of a kind of screen, given only the first time. */
static void plain_hint(struct plain *p, enum hint h, const char *text)
{
    if (p->hinted & h)
        return;
    p->hinted |= h;
    plain_blank(p);
    plain_put(p, text, LINE_TEXT, NULL);
}

/* Numbered titles ("1. Causes"), wrapped with a hanging indent. */
static void plain_put_nodes(struct plain *p, struct node *const *v, size_t n)
{
    char prefix[24];
    int numw = n >= 100 ? 3 : n >= 10 ? 2 : 1;

    for (size_t i = 0; i < n; i++) {
        snprintf(prefix, sizeof prefix, "%*zu. ", numw, i + 1);
        plain_put(p, v[i]->title, LINE_TEXT, prefix);
    }
}

/* ---- the path taken */

static struct pframe *plain_top(struct plain *p)
{
    return &p->stack[p->depth - 1];
}

static void plain_pop(struct plain *p)
{
    struct pframe *f = plain_top(p);

    search_results_free(&f->hits);
    free(f->query);
    p->depth--;
}

static struct pframe *plain_push(struct plain *p, struct node *n, size_t index)
{
    struct pframe *f;

    if (!grow((void **)&p->stack, &p->cap, p->depth, sizeof *p->stack)) {
        p->failed = true;
        return NULL;
    }
    f = &p->stack[p->depth++];
    memset(f, 0, sizeof *f);
    f->node = n;
    f->index = index;
    return f;
}

/* Opens n on top of the path; index is its place in the menu on top. */
static void plain_open(struct plain *p, struct node *n, size_t index)
{
    if (plain_push(p, n, index))
        plain_show(p, true);
}

/* ---- screens */

static struct check_state *plain_state(struct plain *p, const struct node *n)
{
    for (size_t i = 0; i < p->n_checks; i++)
        if (p->checks[i].node == n)
            return &p->checks[i];
    return NULL; /* not reached: every checklist is in g->nodes */
}

static void plain_show_menu(struct plain *p, const struct node *m)
{
    plain_put(p, m->title, LINE_TITLE, NULL);
    plain_blank(p);
    plain_put_nodes(p, m->children, m->n_children);
}

/* full: the whole page; otherwise (coming back to it) only its title and
 * links, so that "b" does not make a screen reader read it all again. */
static void plain_show_page(struct plain *p, const struct node *n, bool full)
{
    struct node body = *n;
    struct doc d;

    body.n_see = 0; /* listed below, numbered, instead */
    doc_init(&d, p->width, p->ascii);
    if (!full) {
        plain_put(p, n->title, LINE_TITLE, NULL);
        plain_say(p, "Press Enter to read this page again.");
    } else if (doc_page(&d, &body)) {
        for (size_t i = 0; i < d.n; i++)
            plain_put_line(p, &d.lines[i], NULL);
    } else {
        p->failed = true;
    }
    doc_free(&d);
    if (n->n_see) {
        plain_blank(p);
        plain_put(p, "See also", LINE_HEADING, NULL);
        plain_put_nodes(p, n->see, n->n_see);
    }
    plain_hint(p, HINT_PAGE,
               "On a page: a number opens a See also page, n the next page, p the "
               "previous page, b goes back.");
}

static void plain_put_item(struct plain *p, const struct node *n, const struct check_state *s,
                           size_t i)
{
    char prefix[32];
    int numw = n->check->n_items >= 10 ? 2 : 1;

    snprintf(prefix, sizeof prefix, "%*zu. [%c] ", numw, i + 1, s->ticked[i] ? 'x' : ' ');
    plain_put(p, n->check->items[i].text, LINE_TEXT, prefix);
}

static void plain_put_count(struct plain *p, const struct node *n, const struct check_state *s)
{
    struct check_result r;

    check_score(n->check, s->ticked, &r);
    plain_say(p, "%zu of %zu ticked.", r.n_ticked, n->check->n_items);
}

static void plain_show_check(struct plain *p, const struct node *n)
{
    const struct check_state *s = plain_state(p, n);

    plain_put(p, n->title, LINE_TITLE, NULL);
    for (size_t i = 0; i < n->n_paras; i++) {
        plain_blank(p);
        plain_put(p, n->paras[i], LINE_TEXT, NULL);
    }
    plain_blank(p);
    for (size_t i = 0; i < n->check->n_items; i++)
        plain_put_item(p, n, s, i);
    plain_blank(p);
    plain_put_count(p, n, s);
    plain_hint(p, HINT_CHECK,
               "In a self-check: a number ticks or unticks a statement (1 3 5 for several), "
               "w and a number says why it matters, r shows the result, c clears all "
               "ticks, s saves a summary, b goes back.");
}

/* A line around the first match, or nothing when it is in the title. */
static void plain_put_snippet(struct plain *p, const struct search_hit *h, const char *fq,
                              const char *pad)
{
    size_t ms, ml;
    char *snip;

    if (h->field == 0 || h->field >= search_field_count(h->node))
        return;
    snip = search_snippet(search_field_text(h->node, h->field), fq,
                          p->width - (int)strlen(pad), p->ascii, &ms, &ml);
    if (!snip) {
        p->failed = true;
        return;
    }
    plain_put(p, snip, LINE_TEXT, pad);
    free(snip);
}

static void plain_show_results(struct plain *p, const struct pframe *f)
{
    char fq[SEARCH_MAX_QUERY * 4 + 1], prefix[24];
    size_t n = f->hits.n < MAX_HITS ? f->hits.n : MAX_HITS;
    int numw = n >= 10 ? 2 : 1;

    search_fold_query(f->query, fq, sizeof fq);
    plain_say(p, "Search for \"%s\": %zu found.", f->query, f->hits.n);
    if (f->hits.n > n)
        plain_say(p, "The first %zu are listed. Add a word to narrow the search.", n);
    plain_blank(p);
    for (size_t i = 0; i < n; i++) {
        const struct search_hit *h = &f->hits.v[i];
        snprintf(prefix, sizeof prefix, "%*zu. ", numw, i + 1);
        plain_put(p, h->node->title, LINE_TEXT, prefix);
        memset(prefix, ' ', strlen(prefix));
        plain_put_snippet(p, h, fq, prefix);
    }
    plain_hint(p, HINT_RESULTS, "A number opens that page. b goes back.");
}

static void plain_show(struct plain *p, bool full)
{
    const struct pframe *f = plain_top(p);

    if (!f->node)
        plain_show_results(p, f);
    else if (f->node->type == NODE_MENU)
        plain_show_menu(p, f->node);
    else if (f->node->type == NODE_CHECKLIST)
        plain_show_check(p, f->node);
    else
        plain_show_page(p, f->node, full);
}

/* ---- input */

static void plain_trim(char *s)
{
    size_t len = strlen(s), start = 0;

    while (len > 0 && isspace((unsigned char)s[len - 1]))
        len--;
    while (start < len && isspace((unsigned char)s[start]))
        start++;
    memmove(s, s + start, len - start);
    s[len - start] = '\0';
}

/* Prints the prompt and reads one trimmed line; NULL at end of input (or
 * when the output is gone), after ending the prompt's line. */
static char *plain_read(struct plain *p, const char *prompt)
{
    fputs(prompt, p->out);
    fflush(p->out);
    if (ferror(p->out))
        return NULL;
    if (getline(&p->line, &p->line_cap, p->in) < 0) {
        plain_blank(p);
        return NULL;
    }
    plain_trim(p->line);
    return p->line;
}

/* The value of a whole number of at most 6 digits, or -1. */
static long plain_number(const char *s)
{
    size_t len = strspn(s, "0123456789");

    if (len == 0 || len > 6 || s[len] != '\0')
        return -1;
    return strtol(s, NULL, 10);
}

static const struct {
    const char *word;
    int cmd;
} plain_verbs[] = {
    { "q", 'q' }, { "quit", 'q' }, { "exit", 'q' }, { "b", 'b' }, { "back", 'b' },
    { "h", 'h' }, { "home", 'h' }, { "?", '?' }, { "help", '?' }, { "!", '!' },
    { "n", 'n' }, { "next", 'n' }, { "p", 'p' }, { "previous", 'p' },
    { "w", 'w' }, { "why", 'w' }, { "r", 'r' }, { "result", 'r' },
    { "c", 'c' }, { "clear", 'c' }, { "s", 's' }, { "save", 's' },
};

/* The command a line starts with ('#' for a number, 0 if none); *arg is
 * set to the rest. "w3" and "w 3" both work; letters in any case. */
static int plain_verb(const char *line, const char **arg)
{
    char verb[16];
    size_t len = isalpha((unsigned char)line[0]) ? strspn(line, "abcdefghijklmnopqrstuvwxyz"
                                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
               : isdigit((unsigned char)line[0]) ? strspn(line, "0123456789")
                                                  : 1;

    *arg = line + len + strspn(line + len, " \t");
    if (isdigit((unsigned char)line[0]))
        return '#';
    if (len >= sizeof verb)
        return 0;
    for (size_t i = 0; i < len; i++)
        verb[i] = (char)tolower((unsigned char)line[i]);
    verb[len] = '\0';
    for (size_t i = 0; i < sizeof plain_verbs / sizeof plain_verbs[0]; i++)
        if (strcmp(verb, plain_verbs[i].word) == 0)
            return plain_verbs[i].cmd;
    return 0;
}

/* ---- commands */

static void plain_not_understood(struct plain *p, const char *line)
{
    char *clean = text_clean(line, p->ascii);

    if (!clean) {
        p->failed = true;
        return;
    }
    clean[text_fit(clean, strlen(clean), ECHO_COLS)] = '\0';
    plain_say(p, "Not understood: \"%s\". Type ? for help.", clean);
    free(clean);
}

/* n and p: the next or previous page of the menu this page was opened
 * from, in place (like ] and [ in the full-screen guide). */
static void plain_sibling(struct plain *p, int dir)
{
    struct pframe *f = plain_top(p);
    const struct node *menu = p->depth > 1 ? p->stack[p->depth - 2].node : NULL;

    if (!f->node || f->node->type == NODE_MENU || f->node->type == NODE_CHECKLIST) {
        plain_say(p, "n and p work on pages only.");
        return;
    }
    if (!menu || menu->type != NODE_MENU || f->index == NO_INDEX) {
        plain_say(p, "This page has no next or previous page. Type b to go back.");
        return;
    }
    for (long i = (long)f->index + dir; i >= 0 && i < (long)menu->n_children; i += dir) {
        if (menu->children[i]->type == NODE_PAGE) {
            f->node = menu->children[i];
            f->index = (size_t)i;
            plain_show(p, true);
            return;
        }
    }
    plain_say(p, dir > 0 ? "This is the last page here." : "This is the first page here.");
}

/* Opens n, or shows it again if it is already on top (! or ? twice). */
static void plain_open_once(struct plain *p, struct node *n)
{
    if (plain_top(p)->node == n)
        plain_show(p, true);
    else
        plain_open(p, n, NO_INDEX);
}

static void plain_back(struct plain *p)
{
    if (p->depth == 1) {
        plain_say(p, "This is Home. Type q to quit.");
        return;
    }
    plain_pop(p);
    plain_show(p, false);
}

/* Commands that work everywhere; false if cmd is not one of them. */
static bool plain_common(struct plain *p, int cmd)
{
    struct node *red;

    switch (cmd) {
    case 'q': p->quit = true; return true;
    case 'b': plain_back(p); return true;
    case 'h':
        while (p->depth > 1)
            plain_pop(p);
        plain_show(p, true);
        return true;
    case '?': plain_open_once(p, &p->help); return true;
    case '!':
        red = content_find(p->g, "red-flags");
        if (red)
            plain_open_once(p, red);
        else
            plain_say(p, "This guide has no warning-signs check.");
        return true;
    case 'n': plain_sibling(p, 1); return true;
    case 'p': plain_sibling(p, -1); return true;
    default: return false;
    }
}

/* A number on a menu, a page's links or a list of search results. */
static void plain_pick(struct plain *p, long k)
{
    struct pframe *f = plain_top(p);
    const struct node *n = f->node;
    size_t count = !n ? (f->hits.n < MAX_HITS ? f->hits.n : MAX_HITS)
                 : n->type == NODE_MENU ? n->n_children : n->n_see;

    if (count == 0) {
        plain_say(p, "There are no numbered choices here. Type b to go back.");
    } else if (k < 1 || (size_t)k > count) {
        plain_say(p, "Choose a number from 1 to %zu.", count);
    } else if (!n) {
        plain_open(p, (struct node *)f->hits.v[k - 1].node, NO_INDEX);
    } else if (n->type == NODE_MENU) {
        plain_open(p, n->children[k - 1], (size_t)k - 1);
    } else {
        plain_open(p, n->see[k - 1], NO_INDEX);
    }
}

/* ---- self-check commands */

/* Reads the statement numbers of line (spaces or commas between); false,
 * with a message, unless every one is a statement. */
static bool plain_picks(struct plain *p, const struct node *n, const char *line, long *v,
                        size_t *count)
{
    char *copy = strdup(line), *save = NULL;
    bool ok = copy != NULL;

    *count = 0;
    for (char *t = copy ? strtok_r(copy, " \t,", &save) : NULL; t && ok;
         t = strtok_r(NULL, " \t,", &save)) {
        long k = plain_number(t);
        ok = k >= 1 && (size_t)k <= n->check->n_items && *count < MAX_PICKS;
        if (ok)
            v[(*count)++] = k;
    }
    if (!copy)
        p->failed = true;
    else if (!ok)
        plain_say(p, "Choose statements from 1 to %zu.", n->check->n_items);
    free(copy);
    return ok;
}

static void plain_toggle(struct plain *p, const struct node *n, const char *line)
{
    struct check_state *s = plain_state(p, n);
    long v[MAX_PICKS];
    size_t count;
    bool urgent = false;

    if (!plain_picks(p, n, line, v, &count))
        return;
    for (size_t i = 0; i < count; i++) {
        size_t k = (size_t)v[i] - 1;
        s->ticked[k] = !s->ticked[k];
        urgent |= s->ticked[k] && n->check->items[k].urgent;
        plain_put_item(p, n, s, k);
    }
    plain_put_count(p, n, s);
    /* Do not wait for "r" to say it: this one needs care today. */
    if (urgent)
        plain_say(p, "That is a warning sign. Type r to see what to do.");
}

static void plain_why(struct plain *p, const struct node *n, const char *arg)
{
    long k = plain_number(arg);
    char prefix[32];

    if (!*arg) {
        plain_say(p, "Type w and a statement number, for example w 1.");
    } else if (k < 1 || (size_t)k > n->check->n_items) {
        plain_say(p, "Choose a statement from 1 to %zu.", n->check->n_items);
    } else if (!n->check->items[k - 1].why) {
        plain_say(p, "Statement %ld has no explanation.", k);
    } else {
        snprintf(prefix, sizeof prefix, "Why %ld: ", k);
        plain_put(p, n->check->items[k - 1].why, LINE_TEXT, prefix);
    }
}

static void plain_put_list(struct plain *p, const char *heading, const char *const *v, size_t n)
{
    char *item;

    if (n == 0)
        return;
    plain_blank(p);
    plain_put(p, heading, LINE_HEADING, NULL);
    for (size_t i = 0; i < n; i++) {
        if (asprintf(&item, "- %s", v[i]) < 0) {
            p->failed = true;
            return;
        }
        plain_put(p, item, LINE_TEXT, NULL);
        free(item);
    }
}

/* The band (or the urgent card, marked in words since there is no
 * colour), what was ticked, questions to ask and what to bring: the same
 * parts as the full-screen result. */
static void plain_result(struct plain *p, const struct node *n)
{
    const struct checklist *c = n->check;
    const bool *t = plain_state(p, n)->ticked;
    const char **v = calloc(c->n_items + 1, sizeof *v);
    struct check_result r;

    if (!v) {
        p->failed = true;
        return;
    }
    check_score(c, t, &r);
    if (r.urgent) {
        plain_say(p, "URGENT: %s", c->urgent_title);
        for (size_t i = 0; i < c->n_urgent_paras; i++) {
            plain_blank(p);
            plain_put(p, c->urgent_paras[i], LINE_TEXT, NULL);
        }
    } else if (r.band) {
        plain_say(p, "Result: %s", r.band->title);
        if (r.band->text) {
            plain_blank(p);
            plain_put(p, r.band->text, LINE_TEXT, NULL);
        }
    }
    plain_put_list(p, "You ticked:", v, check_ticked(c, t, false, v));
    plain_put_list(p, "Questions to ask:", v, check_ticked(c, t, true, v));
    plain_put_list(p, "What to bring:", c->bring, c->n_bring);
    if (p->g->disclaimer) {
        plain_blank(p);
        plain_put(p, p->g->disclaimer, LINE_TEXT, NULL);
    }
    free(v);
}

/* Asks before replacing an existing file; end of input means no. */
static bool plain_confirm(struct plain *p)
{
    const char *ans = plain_read(p, "That file exists. Replace it? (y/n) ");

    if (!ans) {
        p->quit = true;
        return false;
    }
    return tolower((unsigned char)ans[0]) == 'y';
}

static void plain_save_to(struct plain *p, const struct node *n, const char *name)
{
    char why[512] = "";
    time_t now = time(NULL);
    char *summary = check_summary(p->g, n, plain_state(p, n)->ticked), *text = NULL, *full;
    char *path = save_expand(name, getenv("HOME"), why, sizeof why);
    enum save_status st;

    if (summary)
        text = save_summary_file(summary, FBSS_VERSION, p->g->reviewed, now, p->ascii);
    free(summary);
    if (!text || !path) {
        if (path || strcmp(why, "out of memory") == 0)
            p->failed = true;
        else
            plain_say(p, "Not saved: %s.", why);
        free(text);
        free(path);
        return;
    }
    st = save_text(path, text, false, why, sizeof why);
    if (st == SAVE_EXISTS)
        st = plain_confirm(p) ? save_text(path, text, true, why, sizeof why) : SAVE_EXISTS;
    if (st == SAVE_OK) {
        full = save_full_path(path);
        plain_say(p, "Saved to %s.", full ? full : path);
        free(full);
    } else if (st == SAVE_EXISTS) {
        plain_say(p, "Not saved.");
    } else {
        plain_say(p, "Not saved: %s.", why);
    }
    free(text);
    free(path);
}

/* s [NAME] saves the summary (check_summary), to the name given or to
 * ~/fbss-summary-DATE.txt. Only on request, never in kiosk mode. */
static void plain_save(struct plain *p, const struct node *n, const char *arg)
{
    char *name, fallback[64];

    if (p->kiosk) {
        plain_say(p, "Saving is turned off on this machine.");
        return;
    }
    /* No prompt for the name: in a script it would take the next line. */
    save_default_name(fallback, sizeof fallback, time(NULL));
    name = strdup(*arg ? arg : fallback); /* the next read reuses the line */
    if (!name) {
        p->failed = true;
        return;
    }
    plain_save_to(p, n, name);
    free(name);
}

static bool plain_check_command(struct plain *p, int cmd, const char *line, const char *arg)
{
    const struct node *n = plain_top(p)->node;
    struct check_state *s = plain_state(p, n);

    switch (cmd) {
    case '#': plain_toggle(p, n, line); return true;
    case 'w': plain_why(p, n, arg); return true;
    case 'r': plain_result(p, n); return true;
    case 'c':
        memset(s->ticked, 0, n->check->n_items * sizeof *s->ticked);
        plain_say(p, "All ticks cleared.");
        return true;
    case 's': plain_save(p, n, arg); return true;
    default: return false;
    }
}

/* ---- search */

static void plain_search(struct plain *p, const char *query)
{
    struct search_results r = { 0 };
    struct pframe *f;

    query += strspn(query, " \t");
    if (!*query) {
        plain_say(p, "Type / and a word, for example /scar.");
        return;
    }
    if (!p->index && !(p->index = search_index_build(p->g))) {
        p->failed = true;
        return;
    }
    if (!search_run(p->index, query, &r)) {
        p->failed = true;
        return;
    }
    if (r.n == 0) {
        plain_say(p, "Nothing found for \"%s\".", query);
        search_results_free(&r);
        return;
    }
    f = plain_push(p, NULL, NO_INDEX);
    if (!f || !(f->query = strdup(query))) {
        p->failed = true;
        search_results_free(&r);
        return;
    }
    f->hits = r;
    plain_show(p, true);
}

/* ---- the loop */

/* One line of input: answers it and leaves the next screen printed. */
static void plain_command(struct plain *p, const char *line)
{
    const struct node *n = plain_top(p)->node;
    const char *arg;
    int cmd;

    plain_blank(p); /* sets the answer apart from the prompt's line */
    if (!*line) {
        plain_show(p, true);
        return;
    }
    if (line[0] == '/') {
        plain_search(p, line + 1);
        return;
    }
    cmd = plain_verb(line, &arg);
    if (cmd && cmd != '#' && *arg && !strchr("ws", cmd))
        cmd = 0; /* "q foo": probably not what was meant */
    if (cmd && plain_common(p, cmd))
        return;
    if (cmd && n && n->type == NODE_CHECKLIST && plain_check_command(p, cmd, line, arg))
        return;
    if (cmd == '#' && !*arg)
        plain_pick(p, plain_number(line));
    else if (cmd && strchr("wrcs", cmd))
        plain_say(p, "w, r, c and s work in a self-check only.");
    else
        plain_not_understood(p, line);
}

static void plain_start(struct plain *p)
{
    plain_put(p, p->g->title, LINE_TITLE, NULL);
    if (p->g->disclaimer)
        plain_put(p, p->g->disclaimer, LINE_TEXT, NULL);
    plain_blank(p);
    plain_show(p, true);
    plain_blank(p);
    plain_say(p, "Type a number and press Enter to open it. Other commands: b back, "
                 "h Home, ! warning signs, /word search, ? help, q quit.");
}

/* ---- setup */

/* The help, written for this mode (the full-screen one lists keys). */
static bool plain_help(struct plain *p)
{
    static const char *const lines[] = {
        "Type a command, then press Enter. Small or capital letters both work.",
        "- A number: open that item of a menu, or that See also page",
        "- Enter on an empty line: show this screen again",
        "- b: go back to where you were before",
        "- h: go to Home",
        "- n or p: the next or previous page of the same menu",
        "- !: warning signs: do I need help now?",
        "- / and a word, such as /scar: search the whole guide",
        "- ?: this help",
        "- q: quit",
        "In a self-check:",
        "- A number: tick or untick that statement (1 3 5 for several)",
        "- w and a number, such as w 1: why that statement matters",
        "- r: the result, with questions to ask and what to bring",
        "- c: clear all ticks",
    };
    const struct guide *g = p->g;
    size_t k = 0;

    for (; k < sizeof lines / sizeof lines[0]; k++)
        p->help_paras[k] = lines[k];
    p->help_paras[k++] = p->kiosk ? "- s: saving is turned off on this machine"
                                  : "- s: save a summary to ~/fbss-summary-DATE.txt, or s and a file name, "
                                    "such as s notes.txt";
    if (asprintf(&p->help_end, "%s%s%s", g->disclaimer ? g->disclaimer : "",
                 g->reviewed ? " Last reviewed: " : "", g->reviewed ? g->reviewed : "") < 0) {
        p->help_end = NULL;
        return false;
    }
    p->help_paras[k++] = p->help_end;
    p->help.id = "help";
    p->help.type = NODE_PAGE;
    p->help.title = "Help";
    p->help.paras = p->help_paras;
    p->help.n_paras = k;
    return true;
}

/* Ticks of every checklist, in memory only. */
static bool plain_checks(struct plain *p)
{
    for (size_t i = 0; i < p->g->n_nodes; i++)
        p->n_checks += p->g->nodes[i]->type == NODE_CHECKLIST;
    p->checks = calloc(p->n_checks + 1, sizeof *p->checks);
    if (!p->checks)
        return false;
    for (size_t i = 0, k = 0; i < p->g->n_nodes; i++) {
        const struct node *n = p->g->nodes[i];
        if (n->type != NODE_CHECKLIST)
            continue;
        p->checks[k].node = n;
        p->checks[k].ticked = calloc(n->check->n_items + 1, sizeof(bool));
        if (!p->checks[k++].ticked)
            return false;
    }
    return true;
}

static bool plain_init(struct plain *p, struct guide *g, const struct plain_options *o,
                       FILE *in, FILE *out)
{
    memset(p, 0, sizeof *p);
    p->g = g;
    p->width = o->width <= 0 ? DEFAULT_WIDTH : o->width < MIN_WIDTH ? MIN_WIDTH : o->width;
    p->ascii = o->ascii;
    p->kiosk = o->kiosk;
    p->in = in;
    p->out = out;
    return plain_checks(p) && plain_help(p) && plain_push(p, g->root, NO_INDEX);
}

static void plain_free(struct plain *p)
{
    while (p->depth > 0)
        plain_pop(p);
    free(p->stack);
    for (size_t i = 0; p->checks && i < p->n_checks; i++)
        free(p->checks[i].ticked);
    free(p->checks);
    free(p->help_end);
    search_index_free(p->index);
    free(p->line);
}

int plain_run(struct guide *g, const struct plain_options *o, FILE *in, FILE *out)
{
    struct plain p;
    const char *line;
    int rc = 0;

    if (plain_init(&p, g, o, in, out)) {
        plain_start(&p);
        while (!p.quit && !p.failed && (line = plain_read(&p, "> ")) != NULL)
            plain_command(&p, line);
    } else {
        p.failed = true;
    }
    fflush(out);
    if (p.failed) {
        fprintf(stderr, "fbss-guide: out of memory\n");
        rc = 2;
    } else if (ferror(out)) {
        if (errno != EPIPE) /* a reader that stopped early is not an error to report */
            fprintf(stderr, "fbss-guide: cannot write the output: %s\n", strerror(errno));
        rc = 2;
    }
    plain_free(&p);
    return rc;
}
