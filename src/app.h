/* app.h: the browser's state, shared by the screens: the guide, the path
 * of open nodes (a stack of frames), and the one-shot status message. */
#ifndef FBSS_APP_H
#define FBSS_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "content.h"
#include "keys.h"
#include "history.h"
#include "layout.h"
#include "search.h"

/* A generated list screen (search results, contents, recent pages):
 * rows that each open a node. */
struct listview {
    struct node node;          /* its title; type NODE_LIST */
    struct node **targets;
    int *depth;                /* contents: indentation, else NULL */
    struct search_hit *hits;   /* search: where each row matched, else NULL */
    size_t n, cap;
};

struct app {
    struct guide *g;
    struct history h;         /* the path taken, and recent pages */
    struct node help;         /* generated from the key table */
    struct words *words;      /* screens of a page's glossary words (nav.c) */
    struct listview results, contents, recent;
    struct search_index *index; /* built at the first search */
    char query[SEARCH_MAX_QUERY + 1];
    char folded[SEARCH_MAX_QUERY * 4 + 1]; /* the query as search_find wants it */
    unsigned search_id;       /* counts searches, so a page knows its mark is old */
    struct doc doc;           /* layout of the page on screen */
    const struct node *doc_node;
    struct check_state *checks; /* ticks, in memory only */
    size_t n_checks;
    char msg[160];            /* shown once on the status line */
    bool quit;
    bool kiosk;
    int idle_seconds;         /* back to Home after this long; 0: never */
};

bool app_init(struct app *a, struct guide *g);
void app_free(struct app *a);
void app_run(struct app *a);

struct frame *app_top(struct app *a);
/* The frame under the top one, or NULL at the root. */
struct frame *app_parent(struct app *a);
bool app_push(struct app *a, struct node *n);
void app_pop(struct app *a);
void app_message(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Builds "Home > Causes > ..." for the title bar. */
void app_breadcrumb(const struct app *a, char *buf, size_t size);
/* The layout of node n at the current width (cached). */
const struct doc *app_doc(struct app *a, const struct node *n, int width);
/* Handles keys every screen shares; returns true if ch was used. */
bool app_common_key(struct app *a, enum action act);
/* Forgets everything the last reader did: path, recent pages, ticks,
 * search (kiosk idle timeout). */
void app_forget(struct app *a);

/* nav.c: the ways to find a page. Each opens a screen or says why not. */
void nav_search(struct app *a);
void nav_contents(struct app *a);
void nav_recent(struct app *a);
void nav_words(struct app *a, const struct node *page);
struct listview *nav_list(struct app *a, const struct node *n);
void nav_free(struct app *a);

#endif
