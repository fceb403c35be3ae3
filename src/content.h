/* content.h: the guide's tree, loaded and validated from a folder of .ini
 * files (format: doc/content-format.md). No curses here. */
#ifndef FBSS_CONTENT_H
#define FBSS_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum node_type {
    NODE_MENU, NODE_PAGE, NODE_CHECKLIST, NODE_SOURCE,
    NODE_TERM,     /* a glossary word: title, also, p1..pN (the definition) */
    NODE_GLOSSARY, /* a page that lists every term after its own paragraphs */
};

struct check_item {
    const char *text;
    const char *why; /* may be NULL */
    const char *ask; /* may be NULL */
    int weight;
    bool urgent;
};

struct check_band {
    int min, max;
    const char *title;
    const char *text;
};

struct checklist {
    struct check_item *items;
    size_t n_items;
    struct check_band *bands;
    size_t n_bands;
    const char *urgent_title; /* NULL when no item is urgent */
    const char **urgent_paras;
    size_t n_urgent_paras;
    const char **bring;
    size_t n_bring;
    int max_score; /* sum of the weights of the non-urgent items */
};

/* A small bar chart on a page, from "label | value" pairs. */
struct chart_bar {
    const char *label;
    long value;
};

struct chart {
    const char *title;
    const char *unit;     /* "" when none; "%" sets the scale to 100 */
    long max;             /* the value of a full bar */
    struct chart_bar *bars;
    size_t n_bars;
    size_t after;         /* drawn after this many paragraphs */
};

struct node {
    const char *id;
    enum node_type type;
    const char *title;
    const char *summary; /* may be NULL */
    const char **paras;  /* p1..pN; "- " starts a bullet */
    size_t n_paras;
    struct node **children; /* menus */
    size_t n_children;
    struct node **sources;
    size_t n_sources;
    struct node **see;
    size_t n_see;
    struct checklist *check; /* checklists only */
    struct chart *chart;     /* pages: may be NULL */
    const char **also;       /* terms: other forms of the word, may be empty */
    size_t n_also;
    const char *file;
    int line;
    size_t words;
};

struct guide {
    const char *title;
    const char *reviewed;   /* may be NULL */
    const char *disclaimer; /* may be NULL */
    struct node *root;
    struct node **nodes; /* every node, in file order */
    size_t n_nodes;
    struct node **terms; /* the glossary's terms, sorted by title */
    size_t n_terms;
    struct node **by_id; /* every node sorted by id, for content_find */
    void *arena; /* owns every string and array above */
};

struct content_stats {
    size_t pages, menus, checklists, sources, terms, words;
};

/* Loads every .ini file in dir (sorted by name) into g and validates the
 * whole tree. On any error, adds every problem found to d, leaves g empty
 * and returns false. */
bool content_load(const char *dir, struct guide *g, struct diag *d);

void content_free(struct guide *g);

/* The node with this id, or NULL. */
struct node *content_find(const struct guide *g, const char *id);

void content_stats(const struct guide *g, struct content_stats *st);

/* True if a paragraph is a bullet ("- " at its start). */
bool content_is_bullet(const char *para);

#endif
