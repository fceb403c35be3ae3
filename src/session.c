/* session.c: the reader's session (see session.h). No curses, and no
 * stream is read or written here: stdio.h is included for snprintf. */
#include "session.h"
#include "grow.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glossary.h"
#include "savefile.h"

/* A screen of the glossary words of one page. Each has its own node, so
 * the path can hold several and Back shows each as it was. Those no
 * longer on the path are freed when the next one is made. */
struct session_words {
    struct node node;
    char title[300];
    char intro[400];
    const char *paras[1];
    struct session_words *next;
};

/* ---- setup */

static bool init_checks(struct session *s)
{
    const struct guide *g = s->g;

    for (size_t i = 0; i < g->n_nodes; i++)
        s->n_checks += g->nodes[i]->type == NODE_CHECKLIST;
    s->checks = calloc(s->n_checks + 1, sizeof *s->checks);
    if (!s->checks)
        return false;
    for (size_t i = 0, k = 0; i < g->n_nodes; i++) {
        const struct node *n = g->nodes[i];
        if (n->type != NODE_CHECKLIST)
            continue;
        s->checks[k].node = n;
        s->checks[k].ticked = calloc(n->check->n_items + 1, sizeof(bool));
        if (!s->checks[k++].ticked)
            return false;
    }
    return true;
}

/* The help: the command table for this face, then the disclaimer. */
static bool init_help(struct session *s, enum face face)
{
    const struct guide *g = s->g;
    size_t k, n = keys_help_count();
    char *end;

    s->help_paras = calloc(n + 3, sizeof *s->help_paras);
    if (!s->help_paras)
        return false;
    s->help_paras[0] = strdup(face == FACE_SCREEN
        ? "Keys marked (menus), (pages) or (self-check) work only there."
        : "Type a command, then press Enter. Commands marked (menus), (pages) or "
          "(self-check) work only there.");
    if (!s->help_paras[0])
        return false;
    k = keys_help(face, s->kiosk, s->help_paras + 1);
    if (k == 0)
        return false;
    k++;
    size_t len = (g->disclaimer ? strlen(g->disclaimer) : 0) +
                 (g->reviewed ? strlen(g->reviewed) + 16 : 0) + 1;
    if (!(end = malloc(len)))
        return false;
    snprintf(end, len, "%s%s%s", g->disclaimer ? g->disclaimer : "",
             g->reviewed ? " Last reviewed: " : "", g->reviewed ? g->reviewed : "");
    s->help_paras[k++] = end;
    s->help.id = "help";
    s->help.type = NODE_PAGE;
    s->help.title = "Help";
    s->help.paras = (const char **)s->help_paras;
    s->help.n_paras = k;
    return true;
}

static void list_init(struct session_list *l, const char *title)
{
    l->node.type = NODE_LIST;
    l->node.id = "list";
    l->node.title = l->title;
    snprintf(l->title, sizeof l->title, "%s", title);
}

bool session_init(struct session *s, struct guide *g, enum face face, bool kiosk,
                  int idle_seconds)
{
    memset(s, 0, sizeof *s);
    s->g = g;
    s->kiosk = kiosk;
    s->idle_seconds = idle_seconds;
    s->home = getenv("HOME");
    list_init(&s->results, "Search");
    list_init(&s->contents, "Contents");
    list_init(&s->recent, "Recently viewed");
    s->sheet_node.type = NODE_SHEET;
    s->sheet_node.title = "My appointment sheet";
    return init_checks(s) && init_help(s, face) && sheet_init(&s->sheet, g) &&
           history_init(&s->h, g->root);
}

static void list_free(struct session_list *l)
{
    free(l->targets);
    free(l->depth);
    free(l->hits);
    l->targets = NULL;
    l->depth = NULL;
    l->hits = NULL;
    l->n = l->cap = 0;
}

static void words_free(struct session_words *w)
{
    free(w->node.children);
    free(w);
}

void session_free(struct session *s)
{
    for (size_t i = 0; s->checks && i < s->n_checks; i++)
        free(s->checks[i].ticked);
    free(s->checks);
    for (size_t i = 0; s->help_paras && s->help_paras[i]; i++)
        free(s->help_paras[i]);
    free(s->help_paras);
    list_free(&s->results);
    list_free(&s->contents);
    list_free(&s->recent);
    while (s->words) {
        struct session_words *next = s->words->next;
        words_free(s->words);
        s->words = next;
    }
    search_index_free(s->index);
    sheet_free(&s->sheet);
    history_free(&s->h);
    lineedit_history_clear(&s->searches);
    memset(s, 0, sizeof *s);
}

/* ---- the path */

struct frame *session_top(struct session *s)
{
    return history_top(&s->h);
}

struct frame *session_parent(struct session *s)
{
    return history_parent(&s->h);
}

enum view session_view(struct session *s)
{
    switch (session_top(s)->node->type) {
    case NODE_MENU: case NODE_LIST: return SCR_MENU;
    case NODE_CHECKLIST: return SCR_CHECK;
    case NODE_COMPARE: return SCR_COMPARE;
    case NODE_VALUES: return SCR_VALUES;
    case NODE_SHEET: return SCR_SHEET;
    default: return SCR_PAGE;
    }
}

bool session_generated(const struct session *s, const struct node *n)
{
    if (n == &s->help || n == &s->results.node || n == &s->contents.node ||
        n == &s->recent.node || n == &s->sheet_node)
        return true;
    for (const struct session_words *w = s->words; w; w = w->next)
        if (n == &w->node)
            return true;
    return false;
}

static enum session_status push(struct session *s, struct node *n)
{
    return history_push(&s->h, n, !session_generated(s, n)) ? SESSION_OK : SESSION_NO_MEMORY;
}

enum session_status session_open(struct session *s, struct node *n)
{
    return session_top(s)->node == n ? SESSION_OK : push(s, n);
}

struct session_list *session_list_of(struct session *s, const struct node *n)
{
    if (n == &s->results.node)
        return &s->results;
    if (n == &s->contents.node)
        return &s->contents;
    return n == &s->recent.node ? &s->recent : NULL;
}

size_t session_items(struct session *s)
{
    const struct node *n = session_top(s)->node;
    const struct session_list *l = session_list_of(s, n);

    if (l)
        return l->n;
    if (n->type == NODE_MENU)
        return n->n_children;
    return n->type == NODE_CHECKLIST ? 0 : n->n_see;
}

enum session_status session_open_item(struct session *s, size_t i)
{
    struct frame *f = session_top(s);
    struct session_list *l = session_list_of(s, f->node);
    enum session_status st;

    if (i >= session_items(s))
        return SESSION_NO_ITEM;
    if (!l && f->node->type != NODE_MENU)
        return push(s, f->node->see[i]);
    f->sel = i; /* the item opened: next and previous page start from it */
    st = push(s, l ? l->targets[i] : f->node->children[i]);
    if (st == SESSION_OK && l && l->hits[i].node) {
        f = session_top(s);
        f->found = true;
        f->match_block = SIZE_MAX; /* the face marks the first match it finds */
        f->search_id = s->search_id;
    }
    return st;
}

enum session_status session_back(struct session *s)
{
    return history_back(&s->h) ? SESSION_OK : SESSION_AT_HOME;
}

enum session_status session_home(struct session *s)
{
    if (s->h.depth == 1)
        return SESSION_AT_HOME;
    s->h.depth = 1;
    return SESSION_OK;
}

enum session_status session_sibling(struct session *s, int dir)
{
    struct frame *f = session_top(s), *p = session_parent(s);
    const struct node *menu = p ? p->node : NULL;

    if (session_view(s) != SCR_PAGE || session_generated(s, f->node))
        return SESSION_NOT_HERE;
    if (!menu || menu->type != NODE_MENU || p->sel >= menu->n_children ||
        menu->children[p->sel] != f->node)
        return SESSION_NO_NEIGHBOUR;
    for (long i = (long)p->sel + dir; i >= 0 && i < (long)menu->n_children; i += dir) {
        if (menu->children[i]->type == NODE_PAGE) {
            p->sel = (size_t)i;
            memset(f, 0, sizeof *f);
            f->node = menu->children[i];
            history_remember(&s->h, f->node);
            return SESSION_OK;
        }
    }
    return dir > 0 ? SESSION_LAST : SESSION_FIRST;
}

enum session_status session_warning_signs(struct session *s)
{
    struct node *n = content_find(s->g, "red-flags");

    return n ? session_open(s, n) : SESSION_NONE;
}

enum session_status session_help(struct session *s)
{
    return session_open(s, &s->help);
}

/* ---- the self-check */

bool *session_ticks(struct session *s, const struct node *n)
{
    for (size_t i = 0; i < s->n_checks; i++)
        if (s->checks[i].node == n)
            return s->checks[i].ticked;
    return NULL; /* not a checklist of this guide */
}

enum session_status session_tick(struct session *s, size_t i)
{
    const struct node *n = session_top(s)->node;
    bool *t = session_ticks(s, n);

    if (!t)
        return SESSION_NOT_HERE;
    if (i >= n->check->n_items)
        return SESSION_NO_ITEM;
    t[i] = !t[i];
    return SESSION_OK;
}

enum session_status session_clear(struct session *s)
{
    const struct node *n = session_top(s)->node;
    bool *t = session_ticks(s, n);

    if (!t)
        return SESSION_NOT_HERE;
    memset(t, 0, n->check->n_items * sizeof *t);
    return SESSION_OK;
}

bool session_result(struct session *s, const struct node *n, struct doc *d,
                    struct check_result *r)
{
    const bool *t = session_ticks(s, n);

    return t && check_result_doc(d, s->g, n, t, r);
}

bool session_may_save(const struct session *s)
{
    return keys_allowed(ACT_SAVE, s->kiosk);
}

static enum session_status save_once(struct session *s, const char *path, const char *text,
                                     bool replace)
{
    char why[512] = "", *full;

    switch (save_text(path, text, replace, why, sizeof why)) {
    case SAVE_OK:
        full = save_full_path(path);
        snprintf(s->saved, sizeof s->saved, "Saved to %s.", full ? full : path);
        free(full);
        return SESSION_OK;
    case SAVE_EXISTS:
        snprintf(s->saved, sizeof s->saved, "Not saved: %s is kept as it was.", path);
        return SESSION_EXISTS;
    default:
        snprintf(s->saved, sizeof s->saved, "Not saved: %s.", why);
        return SESSION_FAILED;
    }
}

/* The file's text: the summary, dated and cleaned (savefile.h). */
static char *summary_file(struct session *s, const struct node *n, const bool *t)
{
    /* No ticks: the sheet (the only other screen that saves). */
    char *summary = t ? check_summary_for(s->g, n, t, s->ascii)
                      : sheet_text(s->g, &s->sheet, s->checks, s->n_checks), *text;

    if (!summary)
        return NULL;
    text = save_summary_file(summary, FBSS_VERSION, s->g->reviewed, time(NULL), s->ascii);
    free(summary);
    return text;
}

enum session_status session_save(struct session *s, const char *typed,
                                 bool (*replace)(void *ctx), void *ctx)
{
    const struct node *n = session_top(s)->node;
    const bool *t = session_ticks(s, n);
    enum session_status st;
    char why[256] = "", *path, *text;

    if (!session_may_save(s))
        return SESSION_REFUSED;
    if (!t && n != &s->sheet_node)
        return SESSION_NOT_HERE;
    if (!(path = save_expand(typed, s->home, why, sizeof why))) {
        if (strcmp(why, "out of memory") == 0)
            return SESSION_NO_MEMORY;
        snprintf(s->saved, sizeof s->saved, "Not saved: %s.", why);
        return SESSION_FAILED;
    }
    if (!(text = summary_file(s, n, t))) {
        free(path);
        return SESSION_NO_MEMORY;
    }
    st = save_once(s, path, text, false);
    if (st == SESSION_EXISTS && replace && replace(ctx))
        st = save_once(s, path, text, true);
    free(text);
    free(path);
    return st;
}

/* ---- generated lists */

static bool list_add(struct session_list *l, struct node *target, int depth,
                     const struct search_hit *hit)
{
    size_t cap = l->cap;

    if (!grow((void **)&l->targets, &l->cap, l->n, sizeof *l->targets))
        return false;
    if (l->cap != cap) {
        int *d = realloc(l->depth, l->cap * sizeof *d);
        struct search_hit *h = d ? realloc(l->hits, l->cap * sizeof *h) : NULL;
        if (d)
            l->depth = d;
        if (h)
            l->hits = h;
        if (!h) {
            l->cap = cap; /* the old arrays stay as they were */
            return false;
        }
    }
    l->targets[l->n] = target;
    l->depth[l->n] = depth;
    memset(&l->hits[l->n], 0, sizeof l->hits[0]);
    if (hit)
        l->hits[l->n] = *hit;
    l->n++;
    return true;
}

/* Opens a list, or shows it afresh if it is on top (searching again from
 * the results does not pile up result screens). */
static enum session_status list_open(struct session *s, struct session_list *l)
{
    struct frame *f = session_top(s);

    if (f->node != &l->node)
        return push(s, &l->node);
    memset(f, 0, sizeof *f);
    f->node = &l->node;
    return SESSION_OK;
}

enum session_status session_search(struct session *s, const char *query)
{
    char folded[SEARCH_MAX_QUERY * 4 + 1];
    struct search_results r = { 0 };
    bool ok = true;
    size_t len;

    if (search_fold_query(query, folded, sizeof folded) == 0 || !folded[strspn(folded, " ")])
        return SESSION_EMPTY_QUERY;
    if (!s->index && !(s->index = search_index_build(s->g)))
        return SESSION_NO_MEMORY;
    if (!search_run(s->index, query, &r))
        return SESSION_NO_MEMORY;
    query += strspn(query, " \t"); /* as typed, but for spaces at either end */
    len = strlen(query);
    while (len > 0 && (query[len - 1] == ' ' || query[len - 1] == '\t'))
        len--;
    if (r.n == 0) {
        search_results_free(&r);
        snprintf(s->query_tried, sizeof s->query_tried, "%.*s", (int)len, query);
        s->n_advice = search_suggest(s->index, query, s->advice, 2);
        return SESSION_NONE; /* the last search stays as it was */
    }
    snprintf(s->query, sizeof s->query, "%.*s", (int)len, query);
    memcpy(s->shown, r.shown, sizeof s->shown);
    memcpy(s->match, r.match, sizeof s->match);
    s->search_id++;
    /* The title names what was searched: the corrected words, if any. */
    snprintf(s->results.title, sizeof s->results.title, "Search: \"%.*s\", %zu page%s",
             SEARCH_MAX_QUERY, r.shown[0] ? r.shown : s->query, r.n, r.n == 1 ? "" : "s");
    s->results.n = 0;
    for (size_t i = 0; ok && i < r.n; i++)
        ok = list_add(&s->results, (struct node *)r.v[i].node, 0, &r.v[i]);
    search_results_free(&r);
    return ok ? list_open(s, &s->results) : SESSION_NO_MEMORY;
}

/* Lists n at depth unless it was listed already; false when out of memory. */
static bool contents_visit(struct session_list *l, struct node *n, int depth, bool *seen,
                           const struct guide *g, bool *fresh)
{
    *fresh = true;
    if (n->index < g->n_nodes && g->nodes[n->index] == n) {
        *fresh = !seen[n->index];
        seen[n->index] = true;
    }
    return !*fresh || list_add(l, n, depth, NULL);
}

/* Depth-first from the root; a node listed under several menus (the
 * self-check) appears once, at its first place. With a stack of its own,
 * not recursion: content of any depth cannot overflow the call stack. */
static bool contents_walk(struct session_list *l, struct node *root, bool *seen,
                          const struct guide *g)
{
    struct step { struct node *n; size_t next; } *stack = NULL;
    size_t depth = 0, cap = 0;
    bool fresh, ok = contents_visit(l, root, 0, seen, g, &fresh);

    if (ok && fresh && root->type == NODE_MENU) {
        ok = grow((void **)&stack, &cap, 0, sizeof *stack);
        if (ok)
            stack[depth++] = (struct step){ root, 0 };
    }
    while (ok && depth) {
        struct step *top = &stack[depth - 1];
        struct node *c;
        if (top->next == top->n->n_children) {
            depth--;
            continue;
        }
        c = top->n->children[top->next++];
        ok = contents_visit(l, c, (int)depth, seen, g, &fresh);
        /* A glossary's terms are on its page: only menus are walked into. */
        if (!ok || !fresh || c->type != NODE_MENU)
            continue;
        ok = grow((void **)&stack, &cap, depth, sizeof *stack);
        if (ok)
            stack[depth++] = (struct step){ c, 0 };
    }
    free(stack);
    return ok;
}

enum session_status session_contents(struct session *s)
{
    if (s->contents.n == 0) {
        bool *seen = calloc(s->g->n_nodes + 1, 1);
        bool ok = seen && contents_walk(&s->contents, s->g->root, seen, s->g);
        free(seen);
        if (!ok) {
            s->contents.n = 0;
            return SESSION_NO_MEMORY;
        }
    }
    return list_open(s, &s->contents);
}

enum session_status session_recent(struct session *s)
{
    if (s->h.n_recent == 0)
        return SESSION_NONE;
    s->recent.n = 0;
    for (size_t i = 0; i < s->h.n_recent; i++)
        if (!list_add(&s->recent, (struct node *)s->h.recent[i], 0, NULL))
            return SESSION_NO_MEMORY;
    return list_open(s, &s->recent);
}

/* True if a words screen is a step of the path. */
static bool on_path(const struct session *s, const struct session_words *w)
{
    for (size_t i = 0; i < s->h.depth; i++)
        if (s->h.path[i].node == &w->node)
            return true;
    return false;
}

/* Frees the words screens no longer on the path. */
static void words_sweep(struct session *s)
{
    for (struct session_words **p = &s->words; *p;) {
        struct session_words *w = *p;
        if (on_path(s, w)) {
            p = &w->next;
        } else {
            *p = w->next;
            words_free(w);
            s->n_words--;
        }
    }
}

enum session_status session_words(struct session *s)
{
    const struct node *page = session_top(s)->node;
    struct session_words *w;
    size_t n;

    if (session_view(s) != SCR_PAGE)
        return SESSION_NOT_HERE;
    if (page == &s->help)
        return SESSION_NONE;
    if (session_generated(s, page))
        return SESSION_ALREADY;
    if (s->g->n_terms == 0)
        return SESSION_NONE;
    words_sweep(s);
    w = calloc(1, sizeof *w);
    if (!w || !(w->node.children = calloc(s->g->n_terms, sizeof *w->node.children))) {
        free(w);
        return SESSION_NO_MEMORY;
    }
    n = glossary_terms_in(s->g, page, w->node.children);
    if (n == 0) {
        words_free(w);
        return SESSION_NONE;
    }
    snprintf(w->title, sizeof w->title, "Words on: %s", page->title);
    snprintf(w->intro, sizeof w->intro, "%zu word%s from the glossary %s used on \"%s\".", n,
             n == 1 ? "" : "s", n == 1 ? "is" : "are", page->title);
    w->paras[0] = w->intro;
    w->node.id = "words";
    w->node.type = NODE_GLOSSARY;
    w->node.title = w->title;
    w->node.paras = w->paras;
    w->node.n_paras = 1;
    w->node.n_children = n;
    w->next = s->words;
    s->words = w;
    s->n_words++;
    return push(s, &w->node);
}

void session_search_note(const struct session *s, char *buf, size_t size)
{
    if (s->shown[0])
        snprintf(buf, size, "Showing results for \"%s\" (you typed \"%s\")", s->shown,
                 s->query);
    else
        snprintf(buf, size, "%s", "");
}

void session_row_title(const struct session_list *l, size_t i, char *buf, size_t size)
{
    const struct search_hit *h = &l->hits[i];

    if (h->node && h->label && h->label[0])
        snprintf(buf, size, "%s \xE2\x80\x94 %s", l->targets[i]->title, h->label);
    else
        snprintf(buf, size, "%s", l->targets[i]->title);
}

char *session_snippet(const struct session *s, const struct search_hit *h, int width,
                      bool ascii, size_t *mstart, size_t *mlen)
{
    /* A title match is on the row above: show how the page begins. */
    size_t field = h->field == 0 && search_field_count(h->node) > 1 ? 1 : h->field;

    return search_snippet_words(search_field_text(h->node, field), s->match, width, ascii,
                                mstart, mlen);
}

/* ---- matches on a page */

/* The next match at or after (block, off), or before it when back is set. */
static bool find_match(const struct doc *d, const char *match, size_t block, size_t off,
                       bool back, size_t *mb, size_t *mo)
{
    bool found = false;
    size_t st, e;

    for (size_t b = back ? 0 : block; b < d->n_texts && (!back || b <= block); b++) {
        const char *t = d->texts[b];
        for (size_t from = b == block && !back ? off : 0;
             search_find_word(t, strlen(t), match, from, &st, &e); from = st + 1) {
            if (back && b == block && st >= off)
                break;
            *mb = b;
            *mo = st;
            found = true;
            if (!back)
                return true;
        }
    }
    return found;
}

void session_match_check(const struct session *s, struct frame *f)
{
    if (f->found && f->search_id != s->search_id)
        f->found = false; /* a newer search: this mark is not one of its matches */
}

enum session_status session_match(const struct session *s, const struct doc *d,
                                  struct frame *f, bool back)
{
    bool first = !f->found || f->match_block == SIZE_MAX || f->search_id != s->search_id;
    /* With no match marked yet, n starts at the top and N at the bottom. */
    size_t b = first ? (back ? d->n_texts : 0) : f->match_block;
    size_t o = first ? 0 : f->match_off + (back ? 0 : 1);
    enum session_status st = SESSION_OK;

    if (!s->match[0])
        return SESSION_NO_SEARCH;
    if (!find_match(d, s->match, b, o, back, &b, &o)) {
        if (!find_match(d, s->match, back ? d->n_texts : 0, 0, back, &b, &o)) {
            f->found = false;
            return SESSION_NO_MATCH;
        }
        if (!first)
            st = b == f->match_block && o == f->match_off ? SESSION_ONLY : SESSION_WRAPPED;
    }
    f->found = true;
    f->match_block = b;
    f->match_off = o;
    f->search_id = s->search_id;
    return st;
}

/* ---- words */

static const char *none_of(enum action act)
{
    switch (act) {
    case ACT_URGENT: return "This guide has no warning-signs check.";
    case ACT_RECENT: return "No pages viewed yet.";
    case ACT_WORDS: return "No glossary words on this page.";
    default: return "Nothing found.";
    }
}

/* Never a dead end: what to try when a search finds nothing. */
static void nothing_found(const struct session *s, const char *verb, char *buf, size_t size)
{
    size_t n = (size_t)snprintf(buf, size, "No page has \"%s\".", s->query_tried);

    for (size_t i = 0; i < s->n_advice && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, " %s", s->advice[i]);
    if (n < size)
        snprintf(buf + n, size - n, " Or %s t for the contents, or look in the glossary.", verb);
}

static const char *only_in(enum action act)
{
    size_t n;
    const struct binding *t = keys_table(&n);

    for (size_t i = 0; i < n; i++) {
        if (t[i].action != act)
            continue;
        if (t[i].screens == SCR_COMPARE)
            return "That works in the comparison of options only.";
        if (t[i].screens == SCR_VALUES)
            return "That works on the What matters to you page only.";
        if (t[i].screens == SCR_SHEET)
            return "That works in My appointment sheet only.";
        if (t[i].screens == (SCR_PAGE | SCR_CHECK | SCR_SHEET))
            return "That works on pages, in a self-check or in My appointment sheet.";
        if (t[i].screens == (SCR_PAGE | SCR_CHECK))
            return "That works on pages and in a self-check.";
        if (t[i].screens == (SCR_CHECK | SCR_VALUES | SCR_SHEET))
            return "That works in a self-check, What matters to you or My appointment sheet.";
        if (t[i].screens == (SCR_CHECK | SCR_SHEET))
            return "That works in a self-check or My appointment sheet.";
        if (t[i].screens & SCR_CHECK)
            return "That works in a self-check only.";
        return t[i].screens == SCR_MENU ? "That works in menus only."
                                        : "That works on pages only.";
    }
    return "That does not work here.";
}

void session_message(const struct session *s, enum session_status st, enum action act,
                     enum face face, char *buf, size_t size)
{
    const char *verb = face == FACE_SCREEN ? "Press" : "Type";

    if (session_aid_message(s, st, act, buf, size))
        return;
    if (act == ACT_SAVE && (st == SESSION_OK || st == SESSION_EXISTS || st == SESSION_FAILED)) {
        snprintf(buf, size, "%s", s->saved);
        return;
    }
    switch (st) {
    case SESSION_OK: snprintf(buf, size, "%s", ""); break;
    case SESSION_NO_MEMORY: snprintf(buf, size, "Out of memory."); break;
    case SESSION_NOT_HERE: snprintf(buf, size, "%s", only_in(act)); break;
    case SESSION_NO_ITEM: snprintf(buf, size, "There is no such item here."); break;
    case SESSION_AT_HOME: snprintf(buf, size, "This is Home. %s q to quit.", verb); break;
    case SESSION_NO_NEIGHBOUR:
        snprintf(buf, size, "This page has no next or previous page.");
        break;
    case SESSION_LAST: snprintf(buf, size, "This is the last page here."); break;
    case SESSION_FIRST: snprintf(buf, size, "This is the first page here."); break;
    case SESSION_NONE:
        if (act == ACT_SEARCH)
            nothing_found(s, face == FACE_SCREEN ? "press" : "type", buf, size);
        else
            snprintf(buf, size, "%s", none_of(act));
        break;
    case SESSION_EMPTY_QUERY: snprintf(buf, size, "Search cancelled."); break;
    case SESSION_ALREADY:
        snprintf(buf, size, "These are the glossary words of the page before.");
        break;
    case SESSION_REFUSED: snprintf(buf, size, "Saving is turned off on this machine."); break;
    case SESSION_EXISTS: case SESSION_FAILED: snprintf(buf, size, "Not saved."); break;
    case SESSION_NO_SEARCH: snprintf(buf, size, "%s / to search first.", verb); break;
    case SESSION_NO_MATCH:
        /* A page found by its other names (a term's also, a page's search
         * words) may not use the words searched for. */
        snprintf(buf, size, "The words of \"%s\" are not in this page's text.",
                 s->shown[0] ? s->shown : s->query);
        break;
    case SESSION_WRAPPED:
        snprintf(buf, size, act == ACT_PREV_MATCH ? "Back to the last match."
                                                  : "Back to the first match.");
        break;
    case SESSION_ONLY: snprintf(buf, size, "The only match on this page."); break;
    case SESSION_NO_PRINTER: snprintf(buf, size, "No printer is set up on this machine."); break;
    }
}

/* ---- quitting */

bool session_has_answers(const struct session *s)
{
    if (sheet_any(&s->sheet))
        return true; /* priorities rated, questions or a timeline written */
    for (size_t i = 0; i < s->n_checks; i++)
        for (size_t k = 0; k < s->checks[i].node->check->n_items; k++)
            if (s->checks[i].ticked[k])
                return true;
    return false;
}

bool session_on_top(const struct session *s, const struct frame *f)
{
    return f->result || session_generated(s, f->node);
}

/* ---- kiosk */

void session_forget(struct session *s)
{
    for (size_t i = 0; i < s->n_checks; i++)
        memset(s->checks[i].ticked, 0, s->checks[i].node->check->n_items * sizeof(bool));
    history_reset(&s->h);
    sheet_clear(&s->sheet); /* questions, timeline, ratings, ticks: all of it */
    s->query[0] = s->shown[0] = s->match[0] = s->query_tried[0] = '\0';
    s->n_advice = 0;
    lineedit_history_clear(&s->searches);
    s->results.n = 0;
    s->recent.n = 0;
    words_sweep(s);
}
