/* check.h: the tick-box self-checks: scoring (when the checklist has
 * bands) and the one layout of a result, used by the result screen, plain
 * mode and the saved summary. Pure: the rules live in the content
 * (weights, bands, urgent items); this only applies them. */
#ifndef FBSS_CHECK_H
#define FBSS_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "layout.h"

/* The ticks of one checklist. They live in memory only. */
struct check_state {
    const struct node *node;
    bool *ticked; /* one per item */
};

struct check_result {
    bool urgent;                    /* an urgent item is ticked: show the card */
    int score;                      /* sum of the weights of ticked items */
    size_t n_ticked;
    const struct check_band *band;  /* NULL when urgent, or the checklist has no bands */
};

void check_score(const struct checklist *c, const bool *ticked, struct check_result *r);

/* Stores in out (room for c->n_items) the ticked statements, or with asks
 * set the questions to ask for them; returns how many. */
size_t check_ticked(const struct checklist *c, const bool *ticked, bool asks, const char **out);

/* Lays out the result of checklist n into d (doc_init'd for its width):
 * "URGENT: " and the urgent card when an urgent item is ticked, else
 * "Result: " and the band (no verdict when the checklist has no bands);
 * what was ticked (without bands, each with its why and its question),
 * the questions to ask, what to bring, the disclaimer. Sets r. False when
 * out of memory. */
bool check_result_doc(struct doc *d, const struct guide *g, const struct node *n,
                      const bool *ticked, struct check_result *r);

/* A plain-text summary of the ticks and the result (the checklist's title,
 * then check_result_doc at 72 columns), for a file the person asks to
 * save. Returns malloc'd text, NULL on no memory. */
char *check_summary(const struct guide *g, const struct node *n, const bool *ticked);
/* The same, laid out for an ASCII terminal when ascii is set (quotes and
 * dashes transliterated, as on its screen). */
char *check_summary_for(const struct guide *g, const struct node *n, const bool *ticked,
                        bool ascii);

#endif
