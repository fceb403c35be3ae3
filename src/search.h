/* search.h: finding what a reader types in the whole guide. Pure (no
 * curses), so the rules are unit-tested. Text and query are folded the same
 * way (case, accents, typographic punctuation: é = e, ’ = '). A query finds
 * the nodes that hold all its words (stop words such as "is" and "the"
 * aside), each word matching the start of a word ("stimulat" finds
 * stimulation, "scs" does not find discs), in either UK or US spelling
 * (words.h). A word no node holds is corrected to the nearest word of the
 * guide. Results are ranked by where the words are (title, then a term's
 * `also` and any node's `search` words, then summary, then text), how often
 * they occur and whether they stand together. search.c folds and marks;
 * rank.c indexes and ranks. */
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

#define SEARCH_LINE 160 /* a line of advice (search_suggest) */

struct search_hit {
    const struct node *node;
    size_t field;      /* the first field of text (search_field_text) with the most
                          of the words; 0 when only the title, the summary or the
                          node's search words have any */
    size_t count;      /* words matched in the whole node */
    const char *label; /* the node's section ("Treatments") or kind ("Glossary") */
    long score;        /* higher ranks first */
    size_t order;      /* guide order, for equal scores */
};

struct search_results {
    struct search_hit *v;
    size_t n, cap;
    /* The query as searched when a word was corrected ("spinal cord" for
     * "spinal chord"), else "". */
    char shown[SEARCH_MAX_QUERY * 2];
    /* The folded word beginnings the results matched, one per line, for
     * search_find_word: what the screens mark. */
    char match[2048];
};

/* Every node that holds every word of query, best first (see above). An
 * empty query (after folding) finds nothing. False when out of memory. */
bool search_run(const struct search_index *ix, const char *query, struct search_results *out);
void search_results_free(struct search_results *r);

/* Advice when query finds nothing, one short sentence a line: fewer words
 * that find something (`Try fewer words: "spinal" finds 12.`), a near
 * word of the guide (`Did you mean "cord"?`). Writes up to max lines;
 * returns how many. */
size_t search_suggest(const struct search_index *ix, const char *query, char out[][SEARCH_LINE],
                      size_t max);

/* The searchable fields of a node: its title (field 0), its paragraphs,
 * a checklist's statements, a chart's title and labels. */
size_t search_field_count(const struct node *n);
const char *search_field_text(const struct node *n, size_t field);

/* Folds the character at s (len bytes left) into out (up to 4 bytes);
 * *used is the bytes it took. Runs of spaces fold to one: *prev_space
 * carries that. Returns the bytes written. */
size_t search_fold_next(const char *s, size_t len, char *out, size_t *used, bool *prev_space);

/* Folds query into out (cap bytes, 0-terminated); returns its length. */
size_t search_fold_query(const char *query, char *out, size_t cap);

/* Finds the folded query fq in the UTF-8 (or ASCII) text s[0..len) at or
 * after byte from, on whole characters. Sets [*start, *end) to the bytes
 * of s that matched. */
bool search_find(const char *s, size_t len, const char *fq, size_t from, size_t *start,
                 size_t *end);

/* Finds the next word of the UTF-8 text s[0..len), at or after byte from,
 * whose folded form starts with one of the lines of match (a search
 * result's match). Sets [*start, *end) to the whole word. */
bool search_find_word(const char *s, size_t len, const char *match, size_t from, size_t *start,
                      size_t *end);

/* A one-line snippet of text around its first match of fq, at most width
 * columns, cut at spaces with "..." where shortened. Sets *mstart and *mlen
 * to the match inside the snippet. Returns malloc'd text or NULL. */
char *search_snippet(const char *text, const char *fq, int width, bool ascii, size_t *mstart,
                     size_t *mlen);
/* The same around the first word search_find_word finds for match. */
char *search_snippet_words(const char *text, const char *match, int width, bool ascii,
                           size_t *mstart, size_t *mlen);

#endif
