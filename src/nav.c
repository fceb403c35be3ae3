/* nav.c: the ways to find a page without knowing the tree: search,
 * contents, recent pages, and the glossary words of a page. Each builds
 * a generated screen and opens it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "glossary.h"
#include "grow.h"
#include "ui.h"

static void oom(void)
{
    ui_die("out of memory");
}

static void list_clear(struct listview *l, const char *title)
{
    l->n = 0;
    l->node.type = NODE_LIST;
    l->node.id = "list";
    l->node.title = title;
}

static void list_add(struct listview *l, struct node *target, int depth,
                     const struct search_hit *hit)
{
    size_t cap = l->cap;

    if (!grow((void **)&l->targets, &l->cap, l->n, sizeof *l->targets))
        oom();
    if (l->cap != cap) {
        int *d = realloc(l->depth, l->cap * sizeof *d);
        struct search_hit *h = d ? realloc(l->hits, l->cap * sizeof *h) : NULL;
        if (d)
            l->depth = d;
        if (!h)
            oom();
        l->hits = h;
    }
    l->targets[l->n] = target;
    l->depth[l->n] = depth;
    memset(&l->hits[l->n], 0, sizeof l->hits[0]);
    if (hit)
        l->hits[l->n] = *hit;
    l->n++;
}

/* Opens a list, or replaces the one on top (searching again from the
 * results should not pile up result screens). */
static void list_open(struct app *a, struct listview *l)
{
    struct frame *f = app_top(a);

    if (f->node == &l->node) {
        memset(f, 0, sizeof *f);
        f->node = &l->node;
    } else if (!app_push(a, &l->node)) {
        oom();
    }
}

void nav_search(struct app *a)
{
    static char title[SEARCH_MAX_QUERY + 64];
    char q[SEARCH_MAX_QUERY + 1] = "", folded[sizeof a->folded];
    struct search_results r = { 0 };

    /* The last search stays as it was until this one finds something. */
    if (!ui_prompt("Search for: ", q, sizeof q) || !search_fold_query(q, folded, sizeof folded)) {
        app_message(a, "Search cancelled.");
        return;
    }
    if (!a->index && !(a->index = search_index_build(a->g)))
        oom();
    if (!search_run(a->index, q, &r))
        oom();
    if (r.n == 0) {
        app_message(a, "No page mentions \"%s\".", q);
        search_results_free(&r);
        return;
    }
    snprintf(a->query, sizeof a->query, "%s", q);
    memcpy(a->folded, folded, sizeof a->folded);
    a->search_id++;
    snprintf(title, sizeof title, "Search: \"%s\", %zu page%s", q, r.n, r.n == 1 ? "" : "s");
    list_clear(&a->results, title);
    for (size_t i = 0; i < r.n; i++)
        list_add(&a->results, (struct node *)r.v[i].node, 0, &r.v[i]);
    search_results_free(&r);
    list_open(a, &a->results);
}

/* Depth-first from the root; a node listed under several menus (the
 * self-check) appears once, at its first place. */
static void contents_walk(struct listview *l, struct node *n, int depth, bool *seen,
                          const struct guide *g)
{
    if (n->index < g->n_nodes && g->nodes[n->index] == n) {
        if (seen[n->index])
            return;
        seen[n->index] = true;
    }
    list_add(l, n, depth, NULL);
    if (n->type != NODE_MENU)
        return; /* a glossary's terms are on its page */
    for (size_t i = 0; i < n->n_children; i++)
        contents_walk(l, n->children[i], depth + 1, seen, g);
}

void nav_contents(struct app *a)
{
    if (a->contents.n == 0) {
        bool *seen = calloc(a->g->n_nodes + 1, 1);
        if (!seen)
            oom();
        list_clear(&a->contents, "Contents");
        contents_walk(&a->contents, a->g->root, 0, seen, a->g);
        free(seen);
    }
    list_open(a, &a->contents);
}

void nav_recent(struct app *a)
{
    list_clear(&a->recent, "Recently viewed");
    for (size_t i = 0; i < a->h.n_recent; i++)
        list_add(&a->recent, (struct node *)a->h.recent[i], 0, NULL);
    if (a->recent.n == 0) {
        app_message(a, "No pages viewed yet.");
        return;
    }
    list_open(a, &a->recent);
}

/* A screen of the glossary words of one page. Each has its own node, so
 * the path can hold several and Back shows each as it was. */
struct words {
    struct node node;
    char title[300];
    char intro[400];
    const char *paras[1];
    struct words *next;
};

void nav_words(struct app *a, const struct node *page)
{
    struct words *w;
    size_t n;

    if (page->type == NODE_GLOSSARY && !page->file) {
        app_message(a, "These are the glossary words of the page before.");
        return;
    }
    if (a->g->n_terms == 0) {
        app_message(a, "This guide has no glossary.");
        return;
    }
    w = calloc(1, sizeof *w);
    if (!w || !(w->node.children = calloc(a->g->n_terms, sizeof *w->node.children)))
        oom();
    n = glossary_terms_in(a->g, page, w->node.children);
    if (n == 0) {
        free(w->node.children);
        free(w);
        app_message(a, "No glossary words on this page.");
        return;
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
    w->next = a->words;
    a->words = w;
    if (!app_push(a, &w->node))
        oom();
}

struct listview *nav_list(struct app *a, const struct node *n)
{
    if (n == &a->results.node)
        return &a->results;
    if (n == &a->contents.node)
        return &a->contents;
    return &a->recent;
}

static void list_free(struct listview *l)
{
    free(l->targets);
    free(l->depth);
    free(l->hits);
    memset(l, 0, sizeof *l);
}

void nav_free(struct app *a)
{
    list_free(&a->results);
    list_free(&a->contents);
    list_free(&a->recent);
    while (a->words) {
        struct words *next = a->words->next;
        free(a->words->node.children);
        free(a->words);
        a->words = next;
    }
    search_index_free(a->index);
}
