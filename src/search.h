/* search.h: finding words in the whole guide. Pure (no curses), so the
 * matching rules are unit-tested: case-insensitive, accents and
 * typographic punctuation folded (é = e, ’ = '), a query matches as one
 * phrase anywhere in a title or paragraph. */
#ifndef FBSS_SEARCH_H
#define FBSS_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

#define SEARCH_MAX_QUERY 200

/* A folded copy of every searchable node, built once (first search). */
struct search_index;

struct search_index *search_index_build(const struct guide *g);
void search_index_free(struct search_index *ix);

struct search_hit {
    const struct node *node;
    size_t field;  /* where the first match is: see search_field_text */
    size_t count;  /* matches in the whole node */
};

struct search_results {
    struct search_hit *v;
    size_t n, cap;
};

/* Every node that matches query, title matches first, then guide order.
 * An empty query (after folding) finds nothing. False when out of memory. */
bool search_run(const struct search_index *ix, const char *query, struct search_results *out);
void search_results_free(struct search_results *r);

/* The searchable fields of a node: its title (field 0), its paragraphs,
 * a checklist's statements, a chart's title and labels. */
size_t search_field_count(const struct node *n);
const char *search_field_text(const struct node *n, size_t field);

/* Folds query into out (cap bytes, 0-terminated); returns its length. */
size_t search_fold_query(const char *query, char *out, size_t cap);

/* Finds the folded query fq in the UTF-8 (or ASCII) text s[0..len) at or
 * after byte from, on whole characters. Sets [*start, *end) to the bytes
 * of s that matched. */
bool search_find(const char *s, size_t len, const char *fq, size_t from, size_t *start,
                 size_t *end);

/* A one-line snippet of text around its first match of fq, at most width
 * columns, cut at spaces with "..." where shortened. Sets *mstart and *mlen
 * to the match inside the snippet. Returns malloc'd text or NULL. */
char *search_snippet(const char *text, const char *fq, int width, bool ascii, size_t *mstart,
                     size_t *mlen);

#endif
