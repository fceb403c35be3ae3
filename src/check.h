/* check.h: scoring of the tick-box self-checks. Pure: the rules live in
 * the content (weights, bands, urgent items); this only applies them. */
#ifndef FBSS_CHECK_H
#define FBSS_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

/* The ticks of one checklist. They live in memory only. */
struct check_state {
    const struct node *node;
    bool *ticked; /* one per item */
};

struct check_result {
    bool urgent;                    /* an urgent item is ticked: show the card */
    int score;                      /* sum of the weights of ticked items */
    size_t n_ticked;
    const struct check_band *band;  /* NULL when urgent */
};

void check_score(const struct checklist *c, const bool *ticked, struct check_result *r);

/* Stores in out (room for c->n_items) the ticked statements, or with asks
 * set the questions to ask for them; returns how many. */
size_t check_ticked(const struct checklist *c, const bool *ticked, bool asks, const char **out);

/* A plain-text summary of the ticks and the result, for a file the person
 * asks to save (or plain mode). Returns malloc'd text, NULL on no memory. */
char *check_summary(const struct guide *g, const struct node *n, const bool *ticked);

#endif
