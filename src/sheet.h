/* sheet.h: the reader's appointment sheet: how they rated what matters to
 * them, their questions, their timeline and what they will bring, gathered
 * with their self-check results into one plain text. In memory only; pure
 * (no curses, no files), so cmocka tests it and both faces share it. */
#ifndef FBSS_SHEET_H
#define FBSS_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "content.h"

#define SHEET_MAX_ENTRIES 200 /* questions, or timeline entries */
#define SHEET_MAX_LINE 400    /* bytes in one question or timeline entry */

/* A list of one-line texts the reader owns (copies). */
struct sheet_list {
    char **v;
    size_t n, cap;
};

struct sheet {
    const struct node *values; /* the first values node, or NULL */
    int *ratings;              /* per statement: 0 not rated, 1..n_scale */
    struct sheet_list questions;
    struct sheet_list timeline;
    const char **bring;        /* the values page's bring items, else every
                                  checklist's, each once */
    bool *brought;             /* the reader's ticks */
    size_t n_bring;
};

enum sheet_status {
    SHEET_OK,
    SHEET_EMPTY,     /* nothing but spaces: not added */
    SHEET_DUPLICATE, /* already in the list: not added again */
    SHEET_FULL,      /* SHEET_MAX_ENTRIES reached */
    SHEET_NO_MEMORY,
};

/* Finds the values node and the bring items of g. False when out of memory. */
bool sheet_init(struct sheet *s, const struct guide *g);
void sheet_free(struct sheet *s);

/* Forgets everything the reader entered (kiosk idle): ratings, questions,
 * timeline and ticks. The content links stay. */
void sheet_clear(struct sheet *s);

/* True if the reader has entered anything at all. */
bool sheet_any(const struct sheet *s);

/* ---- what matters to you */

/* Sets statement i to rating 0 (not rated) .. n_scale. False if out of range. */
bool sheet_rate(struct sheet *s, size_t i, int rating);

/* Moves statement i's rating one step (delta -1 or +1), staying in range. */
void sheet_rate_step(struct sheet *s, size_t i, int delta);

/* The reader's priorities in plain words, highest first, each with the
 * options the sources link to it. No option is recommended. Malloc'd. */
char *sheet_values_text(const struct sheet *s);

/* ---- lists: questions and timeline */

/* Adds a copy of text (one line: control characters become spaces, cut
 * to SHEET_MAX_LINE bytes on a character boundary). */
enum sheet_status sheet_list_add(struct sheet_list *l, const char *text);
enum sheet_status sheet_list_set(struct sheet_list *l, size_t i, const char *text);
bool sheet_list_remove(struct sheet_list *l, size_t i);
/* Moves entry i one place up (delta -1) or down (+1). False at an end. */
bool sheet_list_move(struct sheet_list *l, size_t i, int delta);

/* The questions a page offers: the bullets ending in '?' that follow a
 * paragraph that talks of asking ("Questions to ask", "you can ask:").
 * Stores up to max in out; returns how many. */
size_t sheet_page_questions(const struct node *n, const char **out, size_t max);

/* What happened to a list, in words both faces show: done when it went
 * well. NULL for SHEET_NO_MEMORY (the out-of-memory policy applies). */
const char *sheet_status_text(enum sheet_status st, const char *done);

/* Adds each of v[0..n) not yet in the list; *added counts the new ones. */
enum sheet_status sheet_add_all(struct sheet_list *l, const char *const *v, size_t n,
                                size_t *added);

/* ---- what to bring */

void sheet_toggle_bring(struct sheet *s, size_t i);

/* ---- the sheet as rows (both faces number and select these) */

enum sheet_row_kind { SHEET_ROW_QUESTION, SHEET_ROW_TIMELINE, SHEET_ROW_BRING };

/* Questions first, then the timeline, then what to bring. */
size_t sheet_rows(const struct sheet *s);
/* The kind of row r and its index in its own list. */
enum sheet_row_kind sheet_row(const struct sheet *s, size_t r, size_t *i);
/* The list a question or timeline row belongs to (NULL for bring rows). */
struct sheet_list *sheet_row_list(struct sheet *s, size_t r, size_t *i);

/* ---- the whole sheet */

/* One plain text for the screen, a saved file and a printer: self-check
 * ticks and results (only checklists with a tick), the values, questions,
 * timeline and what to bring. Malloc'd; NULL when out of memory. */
char *sheet_text(const struct guide *g, const struct sheet *s,
                 const struct check_state *checks, size_t n_checks);

#endif
